#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A hall is not used while it is taken (Room::unavailable: another event has it
// on Friday afternoon, say); outside those periods it is planned as usual.
class HallUnavailable final : public UnaryConstraint {
public:
    std::string_view name() const override { return "hall-unavailable"; }
    std::string_view title() const override { return "a hall taken at that time"; }
    // Looks at the room and the start together, so it filters whole candidates.
    Scope scope() const override { return Scope::Session; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
