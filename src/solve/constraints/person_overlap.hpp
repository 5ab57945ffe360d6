#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Nobody is in two places at once: named attendees, members of attending
// delegations and the assigned interpreter.
class PersonDoubleBooked final : public Constraint {
public:
    std::string_view name() const override { return "person-double-booked"; }
    std::string_view title() const override { return "a person in two places at once"; }
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
};

}  // namespace hoithao::solve
