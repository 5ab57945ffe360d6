#include "solve/constraints/hall_changes.hpp"

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {
namespace {

long change_cost(const Problem& p, const Booked& a, const Booked& b) {
    if (a.day != b.day || a.room == b.room) return 0;
    return p.rooms[a.room].venue == p.rooms[b.room].venue ? 1 : 3;
}

long cost(const Problem& p, const std::vector<Booked>& line, int person, long weight) {
    long sum = 0;
    for (std::size_t i = 1; i < line.size(); ++i) sum += change_cost(p, line[i - 1], line[i]);
    return sum * rank_factor(p, person) * weight;
}

}  // namespace

void HallChanges::check(const Problem& p, const Assignment& a, std::vector<Violation>& out) const {
    for (int person = 0; person < static_cast<int>(p.people.size()); ++person) {
        if (p.people[person].rank > Problem::kVipRank) continue;
        auto line = booked(p, a, p.people[person].sessions);
        for (std::size_t i = 1; i < line.size(); ++i) {
            long c = change_cost(p, line[i - 1], line[i]);
            if (c == 0) continue;
            out.push_back(violation({line[i - 1].session, line[i].session}, {person},
                                    p.people[person].name + " changes " + (c > 1 ? "venue" : "hall") + " from " +
                                        p.describe(line[i - 1].session, a[line[i - 1].session]) + " to " +
                                        p.describe(line[i].session, a[line[i].session]),
                                    p, c * rank_factor(p, person) * weight()));
        }
    }
}

long HallChanges::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    long change = 0;
    for (int person : p.sessions[session].vips) {
        const auto& sessions = p.people[person].sessions;
        change += cost(p, booked(p, a, sessions, session, &place), person, weight()) -
                  cost(p, booked(p, a, sessions), person, weight());
    }
    return change;
}

}  // namespace hoithao::solve
