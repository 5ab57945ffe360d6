#include "solve/constraints/room_overlap.hpp"

namespace hoithao::solve {
namespace {

Instant shared_minutes(const Problem& p, int s, const Place& a, int t, const Place& b) {
    if (!a.placed() || !b.placed() || a.room != b.room) return 0;
    return overlap_minutes(a.start, p.end(s, a), b.start, p.end(t, b));
}

}  // namespace

void RoomDoubleBooked::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    const int n = static_cast<int>(assignment.size());
    for (int s = 0; s < n; ++s)
        for (int t = s + 1; t < n; ++t)
            if (auto minutes = shared_minutes(p, s, assignment[s], t, assignment[t]); minutes > 0)
                out.push_back(violation({s, t}, {},
                                        p.rooms[assignment[s].room].name + " is booked for both " +
                                            p.describe(s, assignment[s]) + " and " + p.describe(t, assignment[t]) +
                                            ": overlaps by " + std::to_string(minutes) + " min",
                                        p));
}

long RoomDoubleBooked::delta(const Problem& p, const Assignment& assignment, int session, const Place& place) const {
    long change = 0;
    for (int t = 0; t < static_cast<int>(assignment.size()); ++t) {
        if (t == session) continue;
        change += (shared_minutes(p, session, place, t, assignment[t]) > 0) -
                  (shared_minutes(p, session, assignment[session], t, assignment[t]) > 0);
    }
    return change;
}

}  // namespace hoithao::solve
