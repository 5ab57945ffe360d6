#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// `after`: a session starts at least its gap after an earlier one ends.
class Precedence final : public Constraint {
public:
    std::string_view name() const override { return "precedence"; }
    std::string_view title() const override { return "sessions in the wrong order"; }
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
};

}  // namespace hoithao::solve
