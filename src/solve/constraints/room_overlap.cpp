#include "solve/constraints/room_overlap.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

Instant shared_minutes(const Problem& p, int s, const Place& a, int t, const Place& b) {
    if (!a.placed() || !b.placed() || a.room != b.room) return 0;
    return overlap_minutes(a.start, p.end(s, a), b.start, p.end(t, b));
}

}  // namespace

// Each hall's sessions in start order: a session overlaps exactly the later ones
// that start before it ends, so the sweep costs O(n log n + overlaps), not O(n²).
void RoomDoubleBooked::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    std::vector<std::vector<int>> halls(p.rooms.size());
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s)
        if (assignment[s].placed()) halls[assignment[s].room].push_back(s);
    std::vector<std::pair<int, int>> pairs;
    for (auto& hall : halls) {
        std::sort(hall.begin(), hall.end(), [&](int s, int t) {
            return assignment[s].start != assignment[t].start ? assignment[s].start < assignment[t].start : s < t;
        });
        for (std::size_t i = 0; i < hall.size(); ++i) {
            const Instant end = p.end(hall[i], assignment[hall[i]]);
            for (std::size_t j = i + 1; j < hall.size() && assignment[hall[j]].start < end; ++j)
                pairs.emplace_back(std::min(hall[i], hall[j]), std::max(hall[i], hall[j]));
        }
    }
    std::sort(pairs.begin(), pairs.end());  // the order of the violations: by first session, then second
    for (auto [s, t] : pairs) {
        auto minutes = shared_minutes(p, s, assignment[s], t, assignment[t]);
        out.push_back(violation({s, t}, {},
                                p.rooms[assignment[s].room].name + " is booked for both " +
                                    p.describe(s, assignment[s]) + " and " + p.describe(t, assignment[t]) +
                                    ": overlaps by " + std::to_string(minutes) + " min",
                                p));
    }
}

// A scan of every session's integers; the search never calls it (its State keeps
// one timeline per hall for the hard rules).
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
