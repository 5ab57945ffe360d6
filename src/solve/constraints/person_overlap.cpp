#include "solve/constraints/person_overlap.hpp"

#include <algorithm>
#include <iterator>

namespace hoithao::solve {
namespace {

bool attends(const SessionData& s, const Place& place, int person) {
    return place.interpreter == person || std::binary_search(s.attendees.begin(), s.attendees.end(), person);
}

// Whether two placed sessions keep someone busy in both; no allocation, for delta().
bool share_someone(const Problem& p, int s, const Place& a, int t, const Place& b) {
    const auto &x = p.sessions[s].attendees, &y = p.sessions[t].attendees;
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
        if (*i == *j) return true;
        *i < *j ? ++i : ++j;
    }
    return (a.interpreter >= 0 && attends(p.sessions[t], b, a.interpreter)) ||
           (b.interpreter >= 0 && attends(p.sessions[s], a, b.interpreter));
}

bool clash(const Problem& p, int s, const Place& a, int t, const Place& b) {
    return a.placed() && b.placed() &&
           overlap_minutes(a.start, p.end(s, a), b.start, p.end(t, b)) > 0 && share_someone(p, s, a, t, b);
}

// People busy in both sessions, in index order.
std::vector<int> shared_people(const Problem& p, int s, const Place& a, int t, const Place& b) {
    const auto &x = p.sessions[s].attendees, &y = p.sessions[t].attendees;
    std::vector<int> shared;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(shared));
    if (a.interpreter >= 0 && attends(p.sessions[t], b, a.interpreter)) shared.push_back(a.interpreter);
    if (b.interpreter >= 0 && attends(p.sessions[s], a, b.interpreter)) shared.push_back(b.interpreter);
    std::sort(shared.begin(), shared.end());
    shared.erase(std::unique(shared.begin(), shared.end()), shared.end());
    return shared;
}

// Pairs (s < t) of placed sessions that overlap in time and that one attendance
// group attends, or in which one group's member interprets: a superset of the
// clashes, found by sweeping each group's sessions in start order, so the cost
// grows with attendances and overlaps rather than with all pairs of sessions.
std::vector<std::pair<int, int>> overlapping_pairs(const Problem& p, const Assignment& assignment) {
    std::vector<std::vector<int>> lines(p.group_people.size());
    for (int g = 0; g < static_cast<int>(lines.size()); ++g)
        for (int s : p.group_sessions[g])
            if (assignment[s].placed()) lines[g].push_back(s);
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s)
        if (assignment[s].placed() && assignment[s].interpreter >= 0)
            lines[p.person_group[assignment[s].interpreter]].push_back(s);
    std::vector<std::pair<int, int>> pairs;
    for (auto& line : lines) {
        std::sort(line.begin(), line.end(), [&](int s, int t) {
            return assignment[s].start != assignment[t].start ? assignment[s].start < assignment[t].start : s < t;
        });
        line.erase(std::unique(line.begin(), line.end()), line.end());
        for (std::size_t i = 0; i < line.size(); ++i) {
            const Instant end = p.end(line[i], assignment[line[i]]);
            for (std::size_t j = i + 1; j < line.size() && assignment[line[j]].start < end; ++j)
                pairs.emplace_back(std::min(line[i], line[j]), std::max(line[i], line[j]));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

}  // namespace

void PersonDoubleBooked::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    for (auto [s, t] : overlapping_pairs(p, assignment)) {
        const Place &a = assignment[s], &b = assignment[t];
        if (!clash(p, s, a, t, b)) continue;
        std::vector<int> shared = shared_people(p, s, a, t, b);
        std::vector<std::string> who;
        std::vector<int> by_rank = shared;  // named highest rank first
        std::stable_sort(by_rank.begin(), by_rank.end(),
                         [&](int x, int y) { return p.people[x].rank < p.people[y].rank; });
        for (int person : by_rank) {
            bool interpreting = a.interpreter == person || b.interpreter == person;
            who.push_back((interpreting ? "interpreter " : "") + p.people[person].name);
        }
        std::string names;
        for (std::size_t i = 0; i < who.size() && i < 3; ++i)
            names += (i == 0 ? "" : (i + 1 == who.size() ? " and " : ", ")) + who[i];
        if (who.size() > 3) names += " and " + std::to_string(who.size() - 3) + " others";
        auto minutes = overlap_minutes(a.start, p.end(s, a), b.start, p.end(t, b));
        out.push_back(violation({s, t}, shared,
                                names + (shared.size() > 1 ? " are" : " is") + " booked for both " +
                                    p.describe(s, a) + " and " + p.describe(t, b) + ": overlaps by " +
                                    std::to_string(minutes) + " min",
                                p));
    }
}

// A scan of every session, but of integers only: who interprets which session is
// known from the assignment alone, and the search never calls this (its State
// keeps per-group timelines for the hard rules).
long PersonDoubleBooked::delta(const Problem& p, const Assignment& assignment, int session, const Place& place) const {
    const Place& now = assignment[session];
    long change = 0;
    for (int t = 0; t < static_cast<int>(assignment.size()); ++t) {
        if (t == session || !assignment[t].placed()) continue;
        change += clash(p, session, place, t, assignment[t]) - clash(p, session, now, t, assignment[t]);
    }
    return change;
}

}  // namespace hoithao::solve
