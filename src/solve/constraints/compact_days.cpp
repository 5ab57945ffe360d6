#include "solve/constraints/compact_days.hpp"

#include <limits>

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {
namespace {

// Calls f(day's first session, last session, idle minutes, minutes on the road) for
// each day with idle time. Travel is counted from the hall of the session that ends
// last so far: the delegation leaves from there.
template <typename F>
void idle_days(const Problem& p, const std::vector<Booked>& line, F f) {
    for (std::size_t i = 0; i < line.size();) {
        std::size_t j = i;
        Booked covering = line[i];
        Instant idle = 0, road = 0;
        for (++j; j < line.size() && line[j].day == line[i].day; ++j) {
            if (line[j].start > covering.end) {
                const Instant travel = on_the_road(p, covering, line[j]);
                idle += line[j].start - covering.end - travel;
                road += travel;
            }
            if (line[j].end > covering.end) covering = line[j];
        }
        if (idle >= 30) f(line[i].session, line[j - 1].session, idle, road);
        i = j;
    }
}

long cost(const Problem& p, const std::vector<Booked>& line, long weight) {
    long sum = 0;
    idle_days(p, line, [&](int, int, Instant idle, Instant) { sum += idle / 30; });
    return sum * weight;
}

}  // namespace

void CompactDays::check(const Problem& p, const Assignment& a, std::vector<Violation>& out) const {
    for (int d = 0; d < static_cast<int>(p.delegations.size()); ++d)
        idle_days(p, booked(p, a, p.delegations[d].sessions), [&](int first, int last, Instant idle, Instant road) {
            out.push_back(violation({first, last}, {},
                                    delegation_text(p, d) + " has " +
                                        std::to_string(idle) + " idle min between " + p.describe(first, a[first]) +
                                        " and " + p.describe(last, a[last]) +
                                        (road > 0 ? " (besides " + duration_text(road) + " on the road)" : ""),
                                    p, idle / 30 * weight()));
        });
}

// The cost is a sum over days, and a move changes only the day the session leaves
// and the day it joins, so only the sessions that may fall on those days are looked at.
long CompactDays::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    std::vector<model::Day> days;
    for (const Place* at : {&a[session], &place})
        if (at->placed()) days.push_back(booked_at(p, session, *at).day);
    if (days.size() == 2 && days[0] == days[1]) days.pop_back();
    long change = 0;
    for (model::Day day : days) {
        // The day's span in every zone of the event: a session's day is its hall's.
        Instant from = std::numeric_limits<Instant>::max(), to = std::numeric_limits<Instant>::min();
        for (int zone = 0; zone < static_cast<int>(p.zones.size()); ++zone) {
            from = std::min(from, p.instant(day, 0, zone));
            to = std::max(to, p.instant(day + date::days{1}, 0, zone));
        }
        auto on_day = [&](std::vector<Booked> line) {
            std::erase_if(line, [&](const Booked& b) { return b.day != day; });
            return cost(p, line, weight());
        };
        for (int d : p.sessions[session].delegations) {
            const auto& sessions = p.delegations[d].sessions;
            change += on_day(booked(p, a, sessions, session, &place, from, to)) -
                      on_day(booked(p, a, sessions, -1, nullptr, from, to));
        }
    }
    return change;
}

}  // namespace hoithao::solve
