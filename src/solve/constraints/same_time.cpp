#include "solve/constraints/same_time.hpp"

namespace hoithao::solve {
namespace {

bool apart(const Place& a, const Place& b) { return a.placed() && b.placed() && a.start != b.start; }

}  // namespace

void SameTime::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s) {
        int t = p.sessions[s].same_time;
        if (t < 0 || t == s || !apart(assignment[s], assignment[t])) continue;
        out.push_back(violation({s, t}, {},
                                p.describe(s, assignment[s]) + " must start together with " +
                                    p.describe(t, assignment[t]),
                                p));
    }
}

long SameTime::delta(const Problem& p, const Assignment& assignment, int session, const Place& place) const {
    const Place& now = assignment[session];
    long change = 0;
    if (int t = p.sessions[session].same_time; t >= 0 && t != session)
        change += apart(place, assignment[t]) - apart(now, assignment[t]);
    // Sessions that name this one as their partner: its neighbours.
    for (int s : p.sessions[session].neighbours)
        if (p.sessions[s].same_time == session)
            change += apart(assignment[s], place) - apart(assignment[s], now);
    return change;
}

}  // namespace hoithao::solve
