#pragma once
// Why no conflict-free agenda exists, in protocol terms. A deletion filter drops
// sessions, in blocks, while the rest still cannot all be placed, leaving a
// smallest set that cannot hold together; a second filter then lifts the rules
// between them (one person in two places at once, an order, starting together,
// the way between two cities or venues, a hall or an interpreter for one session
// at a time) in a copy of the Problem, and keeps only those without which the set
// could be placed. The explanation names those rules, with the time the sessions
// may use.
#include <string>

#include "solve/problem.hpp"
#include "solve/search/clock.hpp"

namespace hoithao::solve::search {

// `problem` as compiled, before the presolve, cannot be placed whole (proved);
// returns the explanation.
std::string explain_infeasible(const Problem& problem, const Clock& clock);

}  // namespace hoithao::solve::search
