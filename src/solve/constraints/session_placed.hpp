#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Every session of the programme must be placed somewhere, some time.
class SessionPlaced final : public Constraint {
public:
    std::string_view name() const override { return "session-unplaced"; }
    std::string_view title() const override { return "a session not placed"; }
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
};

}  // namespace hoithao::solve
