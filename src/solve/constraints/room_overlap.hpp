#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A hall hosts one session at a time.
class RoomDoubleBooked final : public Constraint {
public:
    std::string_view name() const override { return "room-double-booked"; }
    std::string_view title() const override { return "a hall booked twice"; }
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
};

}  // namespace hoithao::solve
