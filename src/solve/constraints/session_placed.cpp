#include "solve/constraints/session_placed.hpp"

namespace hoithao::solve {

void SessionPlaced::check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const {
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s)
        if (!assignment[s].placed())
            out.push_back(violation({s}, {}, problem.quoted_title(s) + " is not placed in the agenda", problem));
}

long SessionPlaced::delta(const Problem&, const Assignment& assignment, int session, const Place& place) const {
    return (place.placed() ? 0 : 1) - (assignment[session].placed() ? 0 : 1);
}

}  // namespace hoithao::solve
