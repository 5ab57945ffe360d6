#include "solve/constraints/itc_grid.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

// Sessions per slot of `day` for `person`, with `session` taken to be at `place`.
std::vector<int> day_profile(const Problem& p, const Assignment& assignment, int person, int day, int session,
                             const Place& place) {
    std::vector<int> per_slot(itc_slots_per_day(p), 0);
    for (int t : p.people[person].sessions) {
        GridSlot g = itc_slot(p, t == session ? place : assignment[t]);
        if (g.day == day) ++per_slot[g.slot];
    }
    return per_slot;
}

}  // namespace

bool itc_enabled(const Problem& p) { return p.scenario->event.itc2007_soft_cost; }

std::map<std::string, int> itc2007_weights() {
    std::map<std::string, int> weights;
    for (const auto& c : make_constraints())
        if (c->kind() == Kind::Soft && !c->name().starts_with("itc-")) weights[std::string(c->name())] = 0;
    return weights;
}

int itc_slots_per_day(const Problem& p) {
    const auto& event = p.scenario->event;
    return std::max(0, (event.working_hours.to.minutes - event.working_hours.from.minutes) /
                           std::max(1, event.slot_minutes));
}

GridSlot itc_slot(const Problem& p, const Place& place) {
    if (!place.placed()) return {};
    const auto& event = p.scenario->event;
    auto local = p.local(place.start, p.zone_of_room(place.room));
    int day = static_cast<int>((local.day - event.first_day).count());
    int minutes = local.clock - event.working_hours.from.minutes;
    int slot_length = std::max(1, event.slot_minutes);
    if (day < 0 || minutes < 0 || minutes % slot_length != 0 || minutes / slot_length >= itc_slots_per_day(p))
        return {};
    return {day, minutes / slot_length};
}

void ItcStudentDayRule::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    if (!itc_enabled(p)) return;
    for (int person = 0; person < static_cast<int>(p.people.size()); ++person) {
        std::vector<std::vector<int>> by_day;  // sessions of the person, per day
        for (int t : p.people[person].sessions) {
            GridSlot g = itc_slot(p, assignment[t]);
            if (g.day < 0) continue;
            if (g.day >= static_cast<int>(by_day.size())) by_day.resize(g.day + 1);
            by_day[g.day].push_back(t);
        }
        for (int day = 0; day < static_cast<int>(by_day.size()); ++day) {
            if (by_day[day].empty()) continue;
            long cost = day_cost(day_profile(p, assignment, person, day, -1, Place{}));
            if (cost > 0) out.push_back(violation(by_day[day], {person}, explain(p, person, day, cost), p, cost));
        }
    }
}

long ItcStudentDayRule::delta(const Problem& p, const Assignment& assignment, int session, const Place& place) const {
    if (!itc_enabled(p)) return 0;
    const int from = itc_slot(p, assignment[session]).day, to = itc_slot(p, place).day;
    long change = 0;
    const int days[] = {from, to == from ? -1 : to};
    for (int person : p.sessions[session].attendees)
        for (int day : days) {
            if (day < 0) continue;
            change += day_cost(day_profile(p, assignment, person, day, session, place)) -
                      day_cost(day_profile(p, assignment, person, day, session, assignment[session]));
        }
    return change;
}

}  // namespace hoithao::solve
