#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: few hall and venue changes in a VIP's day. Cost 1 per change of hall in
// one venue and 3 per change of venue between consecutive sessions of one day,
// times the rank factor (3 for a minister).
class HallChanges final : public Constraint {
public:
    HallChanges() { set_weight(2); }
    std::string_view name() const override { return "hall-changes"; }
    std::string_view title() const override { return "a change of hall between sessions"; }
    Kind kind() const override { return Kind::Soft; }
    void check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
