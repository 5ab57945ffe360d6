#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// The hall seats the expected headcount.
class RoomCapacity final : public UnaryConstraint {
public:
    std::string_view name() const override { return "room-capacity"; }
    std::string_view title() const override { return "a hall too small"; }
    Scope scope() const override { return Scope::Room; }
    bool allows(const Problem& problem, int session, const Place& place) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
