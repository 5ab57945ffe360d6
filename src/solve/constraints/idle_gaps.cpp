#include "solve/constraints/idle_gaps.hpp"

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {
namespace {

// Minutes waited between two sessions of one day: the gap without the meal
// breaks and without the time on the road between their halls.
long idle(const Problem& p, const Booked& a, const Booked& b) {
    if (a.day != b.day || b.start <= a.end) return 0;
    long gap = b.start - a.end - on_the_road(p, a, b);
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
            const Instant road = on_the_road(p, line[i - 1], line[i]);
            out.push_back(violation({line[i - 1].session, line[i].session}, {person},
                                    p.people[person].name + " waits " + std::to_string(minutes) + " min between " +
                                        p.describe(line[i - 1].session, a[line[i - 1].session]) + " and " +
                                        p.describe(line[i].session, a[line[i].session]) +
                                        (road > 0 ? " (besides " + duration_text(road) + " on the road)" : ""),
                                    p, minutes / 30 * rank_factor(p, person) * weight()));
        }
    }
}

// Idle times are a sum over neighbouring sessions: see around().
long IdleGaps::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    long change = 0;
    const auto half_hours = [&](const Booked& x, const Booked& y) { return idle(p, x, y) / 30; };
    for (int person : p.sessions[session].vips) {
        const auto& sessions = p.people[person].sessions;
        change += (around(p, a, sessions, session, place, half_hours) -
                   around(p, a, sessions, session, a[session], half_hours)) *
                  rank_factor(p, person) * weight();
    }
    return change;
}

}  // namespace hoithao::solve
