#include "solve/constraints/precedence.hpp"

namespace hoithao::solve {
namespace {

// Minutes by which `later` starts too early after `earlier` ends (0 when fine or unplaced).
Instant too_early(const Problem& p, const Place& l, int earlier, const Place& e, int gap) {
    if (!l.placed() || !e.placed()) return 0;
    Instant wanted = p.end(earlier, e) + gap;
    return l.start < wanted ? wanted - l.start : 0;
}

}  // namespace

void Precedence::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s)
        for (auto [e, gap] : p.sessions[s].after) {
            const Place &later = assignment[s], &earlier = assignment[e];
            Instant minutes = too_early(p, later, e, earlier, gap);
            if (minutes == 0) continue;
            std::string rule = gap > 0 ? "at least " + std::to_string(gap) + " min after " : "after ";
            out.push_back(violation({e, s}, {},
                                    p.describe(s, later) + " must start " + rule + p.describe(e, earlier) +
                                        " ends; it starts " + std::to_string(minutes) + " min too early",
                                    p));
        }
}

long Precedence::delta(const Problem& p, const Assignment& assignment, int session, const Place& place) const {
    const Place& now = assignment[session];
    long change = 0;
    for (auto [e, gap] : p.sessions[session].after)
        change += (too_early(p, place, e, assignment[e], gap) > 0) -
                  (too_early(p, now, e, assignment[e], gap) > 0);
    for (auto [s, gap] : p.sessions[session].before)
        if (s != session)
            change += (too_early(p, assignment[s], session, place, gap) > 0) -
                      (too_early(p, assignment[s], session, now, gap) > 0);
    return change;
}

}  // namespace hoithao::solve
