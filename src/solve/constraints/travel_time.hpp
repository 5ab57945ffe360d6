#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Each person has time to travel between the venues of consecutive sessions:
// the city buffer within a city, the shortest link between cities.
class TravelTime final : public Constraint {
public:
    std::string_view name() const override { return "travel-time"; }
    std::string_view title() const override { return "no time to travel between places"; }
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
};

}  // namespace hoithao::solve
