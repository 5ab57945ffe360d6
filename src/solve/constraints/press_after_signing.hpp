#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: a press meeting comes after the signing of the people it shares with it.
// Cost per half hour (at least 1) by which the press starts before that signing ends.
class PressAfterSigning final : public Constraint {
public:
    PressAfterSigning() { set_weight(5); }
    std::string_view name() const override { return "press-after-signing"; }
    std::string_view title() const override { return "press not right after the signing"; }
    Kind kind() const override { return Kind::Soft; }
    void check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
