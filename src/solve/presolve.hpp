#pragma once
// Proofs of infeasibility that need no search, and the domain pruning they allow
// (FET's "impossible to respect" pre-checks). Every step is sound: a candidate is
// removed only when no conflict-free agenda can use it.
#include <string>
#include <vector>

#include "solve/problem.hpp"

namespace hoithao::solve {

// Prunes candidates by precedence and same-time bounds; returns, in protocol
// terms, why no conflict-free agenda exists (empty when none of the checks proves it).
std::vector<std::string> presolve(Problem& problem);

}  // namespace hoithao::solve
