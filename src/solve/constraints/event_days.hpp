#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Sessions fall on days of the event that are not blocked (holidays).
class EventDays final : public UnaryConstraint {
public:
    std::string_view name() const override { return "event-days"; }
    std::string_view title() const override { return "outside the event's days"; }
    Scope scope() const override { return Scope::Time; }
    bool allows(const Problem& problem, int session, const Place& place) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
