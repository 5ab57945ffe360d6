#pragma once
// The soft cost of the search's agenda, kept up to date move by move. Most soft
// units answer delta() themselves; the ITC2007 per-student day rules would rescan
// every attendee's sessions for each move, so their cost is kept here from slot
// counts per attendance group and day, which makes a move's delta O(groups) (a table
// of day costs by occupied slots);
// balanced-days would sum every session's minutes, so its day loads are kept here too.
// tests/solve/annealing_test.cpp checks every delta against the units' own.
#include <cstdint>
#include <optional>
#include <vector>

#include "solve/constraint.hpp"
#include "solve/constraints/balanced_days.hpp"
#include "solve/constraints/itc_grid.hpp"

namespace hoithao::solve::search {

class SoftCost {
public:
    SoftCost(const Problem& problem, const ConstraintList& constraints, const Assignment& assignment);

    long total() const { return total_; }
    // Change in soft cost if `session` moved from its place in `assignment` to `place`
    // (unplaced when room < 0).
    long delta(const Assignment& assignment, int session, const Place& place) const;
    // Records that `session` moved from `from` to `to`, changing the cost by `delta`.
    void moved(int session, const Place& from, const Place& to, long delta);

private:
    long day_rules_delta(int session, const Place& from, const Place& to) const;
    long day_cost(int group, int day, int slot_out, int slot_in) const;  // slot -1: none
    int* slots(int group, int day) { return &count_[(static_cast<std::size_t>(group) * days_ + day) * per_day_]; }
    const int* slots(int group, int day) const {
        return &count_[(static_cast<std::size_t>(group) * days_ + day) * per_day_];
    }
    void count(int session, const Place& place, int change);

    const Problem& p_;
    std::vector<const Constraint*> units_;             // soft units asked for their own delta
    std::vector<const ItcStudentDayRule*> day_rules_;  // soft units costed from slot counts
    int days_ = 0, per_day_ = 0;
    std::vector<int> count_;                           // sessions per group, day and slot
    // Per group and day: the slots holding a session (bit k for slot k) and how many
    // hold more than one. A day with none crowded is costed from its bits by table.
    std::vector<std::uint32_t> occupied_;
    std::vector<int> crowded_;
    std::vector<long> cost_of_bits_;                   // empty when days have too many slots
    mutable std::vector<int> scratch_;
    mutable std::optional<DayLoads> loads_;            // balanced-days, when weighted
    long loads_weight_ = 0;
    long total_ = 0;
};

}  // namespace hoithao::solve::search
