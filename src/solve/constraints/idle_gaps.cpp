#include "solve/constraints/idle_gaps.hpp"

#include <utility>

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {
namespace {

// Idle minutes between two sessions of one day, without the meal breaks.
long idle(const Problem& p, const Booked& a, const Booked& b) {
    if (a.day != b.day || b.start <= a.end) return 0;
    long gap = b.start - a.end;
    int zone = p.zone_of_room(b.room);
    for (const auto& meal : p.scenario->event.breaks)
        gap -= overlap_minutes(a.end, b.start, p.instant(a.day, meal.window.from.minutes, zone),
                               p.instant(a.day, meal.window.to.minutes, zone));
    return gap > 0 ? gap : 0;
}

}  // namespace

void IdleGaps::check(const Problem& p, const Assignment& a, std::vector<Violation>& out) const {
    for (int person = 0; person < static_cast<int>(p.people.size()); ++person) {
        if (p.people[person].rank > Problem::kVipRank) continue;
        auto line = booked(p, a, p.people[person].sessions);
        for (std::size_t i = 1; i < line.size(); ++i) {
            long minutes = idle(p, line[i - 1], line[i]);
            if (minutes < 30) continue;
            out.push_back(violation({line[i - 1].session, line[i].session}, {person},
                                    p.people[person].name + " waits " + std::to_string(minutes) + " min between " +
                                        p.describe(line[i - 1].session, a[line[i - 1].session]) + " and " +
                                        p.describe(line[i].session, a[line[i].session]),
                                    p, minutes / 30 * rank_factor(p, person) * weight()));
        }
    }
}

// A person's idle cost is a sum over neighbouring sessions, so moving one session
// only changes the pairs around its old and its new position. Returns the cost of
// `session` at `place` against its neighbours, less the pair it separates.
long IdleGaps::around(const Problem& p, const Assignment& a, int person, int session, const Place& place) const {
    if (!place.placed()) return 0;
    const auto key = [](Instant start, int s) { return std::pair{start, s}; };
    const auto here = key(place.start, session);
    int before = -1, after = -1;
    for (int s : p.people[person].sessions) {
        if (s == session || !a[s].placed()) continue;
        const auto k = key(a[s].start, s);
        if (k < here && (before < 0 || k > key(a[before].start, before))) before = s;
        if (k > here && (after < 0 || k < key(a[after].start, after))) after = s;
    }
    const Booked middle = booked_at(p, session, place);
    const Booked prev = before >= 0 ? booked_at(p, before, a[before]) : Booked{};
    const Booked next = after >= 0 ? booked_at(p, after, a[after]) : Booked{};
    long half_hours = 0;
    if (before >= 0) half_hours += idle(p, prev, middle) / 30;
    if (after >= 0) half_hours += idle(p, middle, next) / 30;
    if (before >= 0 && after >= 0) half_hours -= idle(p, prev, next) / 30;
    return half_hours * rank_factor(p, person) * weight();
}

long IdleGaps::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    long change = 0;
    for (int person : p.sessions[session].vips)
        change += around(p, a, person, session, place) - around(p, a, person, session, a[session]);
    return change;
}

}  // namespace hoithao::solve
