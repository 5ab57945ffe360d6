#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: balanced load across the event's days. Cost per hour by which a day's
// session time exceeds the average day's (event zone).
class BalancedDays final : public Constraint {
public:
    std::string_view name() const override { return "balanced-days"; }
    Kind kind() const override { return Kind::Soft; }
    void check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
