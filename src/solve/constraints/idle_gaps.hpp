#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: few idle gaps in a VIP's day. Cost per half hour waiting between two
// sessions of one day (meal breaks and the time on the road between their halls
// excepted: travel is not waiting), times the rank factor (3 for a minister).
class IdleGaps final : public Constraint {
public:
    IdleGaps() { set_weight(1); }
    std::string_view name() const override { return "idle-gaps"; }
    std::string_view title() const override { return "waiting between sessions"; }
    Kind kind() const override { return Kind::Soft; }
    void check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
