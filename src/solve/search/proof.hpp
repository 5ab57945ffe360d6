#pragma once
// A complete search, for proofs: every option of every session is tried
// (depth-first, the session with the fewest fitting options next), so a run that
// ends within its node limit either finds a conflict-free agenda or proves that
// none exists for the sessions it was given.
#include <vector>

#include "solve/search/clock.hpp"
#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

namespace hoithao::solve::search {

enum class Proof { Found, Exhausted, Stopped };

// Places every session of `sessions` (all unplaced in `state`) or proves it cannot
// be done while the placed sessions stay. On Found the state holds them; otherwise
// it is left as it was.
Proof exhaust(State& state, const Options& options, const std::vector<int>& sessions, long node_limit,
              const Clock& clock);

}  // namespace hoithao::solve::search
