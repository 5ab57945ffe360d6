#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// `after`: a session starts at least its gap after an earlier one ends.
class Precedence final : public Constraint {
public:
    std::string_view name() const override { return "precedence"; }
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
};

}  // namespace hoithao::solve
