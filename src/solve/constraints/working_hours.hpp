#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Sessions run within the event's working hours, local time of their venue, unless
// staff hold them outside hours (a dinner, a reception).
class WorkingHours final : public UnaryConstraint {
public:
    std::string_view name() const override { return "working-hours"; }
    std::string_view title() const override { return "outside working hours"; }
    Scope scope() const override { return Scope::Time; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
