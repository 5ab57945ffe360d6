#include "solve/constraints/person_overlap.hpp"

#include <algorithm>

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

}  // namespace

void PersonDoubleBooked::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    const int n = static_cast<int>(assignment.size());
    for (int s = 0; s < n; ++s)
        for (int t = s + 1; t < n; ++t) {
            const Place &a = assignment[s], &b = assignment[t];
            if (!clash(p, s, a, t, b)) continue;
            std::vector<int> shared;
            std::vector<std::string> who;
            for (int person = 0; person < static_cast<int>(p.people.size()); ++person)
                if (attends(p.sessions[s], a, person) && attends(p.sessions[t], b, person)) {
                    shared.push_back(person);
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
