#pragma once
// Shared ground of the ITC2007 Track 2 soft rules: the event's slot grid (days ×
// working-hour slots) and a base for rules that score one student's day. They count
// only in scenarios with Event::itc2007_soft_cost set, so hoithao's own events are
// never scored by them.
#include <map>
#include <string>
#include <vector>

#include "solve/constraint.hpp"

namespace hoithao::solve {

bool itc_enabled(const Problem& problem);

// Weights for Event::weights that leave only the ITC2007 rules scored (every other
// soft rule 0), so an imported instance is optimised and reported on the
// competition's cost alone. The importer (io layer) cannot name solve's rules: the
// caller sets them.
std::map<std::string, int> itc2007_weights();
int itc_slots_per_day(const Problem& problem);  // working hours / slot length

// Day (from the event's first day) and slot of a placed session's start; day -1 when
// unplaced or off the grid. ITC sessions last one slot, so the start slot is the slot.
struct GridSlot {
    int day = -1;
    int slot = -1;
};
GridSlot itc_slot(const Problem& problem, const Place& place);

// A soft rule scored per student and day from how many of their sessions start in
// each slot of that day. delta() rescans only the days the moved session leaves and
// enters, for its attendees.
class ItcStudentDayRule : public Constraint {
public:
    Kind kind() const override { return Kind::Soft; }
    Scope scope() const override { return Scope::Global; }
    void check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session, const Place& place) const override;

    // Cost of one student's day; `per_slot[k]` sessions start in slot k.
    virtual long day_cost(const std::vector<int>& per_slot) const = 0;

protected:
    virtual std::string explain(const Problem& problem, int person, int day, long cost) const = 0;
};

}  // namespace hoithao::solve
