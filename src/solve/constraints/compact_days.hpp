#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: compact days for delegations. Cost per half hour of a delegation's day,
// from its first session to its last, in which no member has a session (meal
// breaks included: a long lunch is a gap too). Time on the road between the halls
// of two sessions in a row is travel, not idle time.
class CompactDays final : public Constraint {
public:
    std::string_view name() const override { return "compact-days"; }
    std::string_view title() const override { return "idle time in a delegation's day"; }
    Kind kind() const override { return Kind::Soft; }
    void check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
