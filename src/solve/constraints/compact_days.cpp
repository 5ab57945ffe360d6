#include "solve/constraints/compact_days.hpp"

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {
namespace {

// Calls f(day's first session, last session, idle minutes) for each day with idle time.
template <typename F>
void idle_days(const std::vector<Booked>& line, F f) {
    for (std::size_t i = 0; i < line.size();) {
        std::size_t j = i;
        Instant covered = line[i].end, idle = 0;
        for (++j; j < line.size() && line[j].day == line[i].day; ++j) {
            if (line[j].start > covered) idle += line[j].start - covered;
            covered = std::max(covered, line[j].end);
        }
        if (idle >= 30) f(line[i].session, line[j - 1].session, idle);
        i = j;
    }
}

long cost(const std::vector<Booked>& line, long weight) {
    long sum = 0;
    idle_days(line, [&](int, int, Instant idle) { sum += idle / 30; });
    return sum * weight;
}

}  // namespace

void CompactDays::check(const Problem& p, const Assignment& a, std::vector<Violation>& out) const {
    for (const auto& d : p.delegations)
        idle_days(booked(p, a, d.sessions), [&](int first, int last, Instant idle) {
            out.push_back(violation({first, last}, {},
                                    d.name + " has " + std::to_string(idle) + " idle min between " +
                                        p.describe(first, a[first]) + " and " + p.describe(last, a[last]),
                                    p, idle / 30 * weight()));
        });
}

long CompactDays::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    long change = 0;
    for (int d : p.sessions[session].delegations) {
        const auto& sessions = p.delegations[d].sessions;
        change += cost(booked(p, a, sessions, session, &place), weight()) - cost(booked(p, a, sessions), weight());
    }
    return change;
}

}  // namespace hoithao::solve
