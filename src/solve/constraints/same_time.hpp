#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// `same_time_as`: two sessions start at the same instant.
class SameTime final : public Constraint {
public:
    std::string_view name() const override { return "same-time"; }
    std::string_view title() const override { return "sessions that must start together"; }
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
};

}  // namespace hoithao::solve
