#include "solve/constraints/hall_changes.hpp"

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {
namespace {

long change_cost(const Problem& p, const Booked& a, const Booked& b) {
    if (a.day != b.day || a.room == b.room) return 0;
    return p.rooms[a.room].venue == p.rooms[b.room].venue ? 1 : 3;
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

// Hall changes are a sum over neighbouring sessions: see around().
long HallChanges::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    long change = 0;
    const auto changes = [&](const Booked& x, const Booked& y) { return change_cost(p, x, y); };
    for (int person : p.sessions[session].vips) {
        const auto& sessions = p.people[person].sessions;
        change += (around(p, a, sessions, session, place, changes) -
                   around(p, a, sessions, session, a[session], changes)) *
                  rank_factor(p, person) * weight();
    }
    return change;
}

}  // namespace hoithao::solve
