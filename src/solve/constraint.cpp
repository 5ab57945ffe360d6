#include "solve/constraint.hpp"

namespace hoithao::solve {

long Constraint::delta(const Problem& problem, const Assignment& assignment, int session,
                       const Place& place) const {
    std::vector<Violation> before, after;
    check(problem, assignment, before);
    Assignment moved = assignment;
    moved[session] = place;
    check(problem, moved, after);
    return total_cost(after) - total_cost(before);
}

bool Constraint::allows(const Problem&, int, const Place&) const { return true; }

Violation Constraint::violation(std::vector<int> sessions, std::vector<int> people, std::string message,
                                const Problem& problem, long cost) const {
    Violation v;
    v.rule = std::string(name());
    v.title = std::string(title());
    v.hard = kind() == Kind::Hard;
    v.cost = cost;
    for (int s : sessions) v.sessions.push_back(problem.sessions[s].id);
    for (int p : people) v.people.push_back(problem.people[p].id);
    v.message = std::move(message);
    return v;
}

long total_cost(const std::vector<Violation>& violations) {
    long sum = 0;
    for (const auto& v : violations) sum += v.cost;
    return sum;
}

long UnaryConstraint::cost(const Problem& problem, int session, const Place& place) const {
    return allows(problem, session, place) ? 0 : 1;
}

void UnaryConstraint::check(const Problem& problem, const Assignment& assignment,
                            std::vector<Violation>& out) const {
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s) {
        const Place& place = assignment[s];
        if (!place.placed()) continue;
        long c = cost(problem, s, place);
        if (c > 0)
            out.push_back(violation({s}, people_involved(problem, s, place), explain(problem, s, place),
                                    problem, c));
    }
}

long UnaryConstraint::delta(const Problem& problem, const Assignment& assignment, int session,
                            const Place& place) const {
    const Place& now = assignment[session];
    long before = now.placed() ? cost(problem, session, now) : 0;
    long after = place.placed() ? cost(problem, session, place) : 0;
    return after - before;
}

}  // namespace hoithao::solve
