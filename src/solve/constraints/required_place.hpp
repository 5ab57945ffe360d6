#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A session bound to a room, venue or city is held there.
class RequiredPlace final : public UnaryConstraint {
public:
    std::string_view name() const override { return "required-place"; }
    std::string_view title() const override { return "not in the required venue, city or hall"; }
    Scope scope() const override { return Scope::Room; }
    bool allows(const Problem& problem, int session, const Place& place) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
