#pragma once
// Phase 1: place the sessions the construction left out, by ejection chains with
// tabu search. An unplaced session takes the option whose blockers weigh least;
// they leave and queue up in turn. Sessions just placed are tabu for a while, and
// a session's weight grows each time it cannot get in without ejecting others, so
// hard sessions win their place (squeaky wheel). Before ejecting anyone, a session
// may take a hall by moving its holder to another free hall at the same time.
// Placed sessions never conflict: the hard cost is the number of sessions left out.
#include <random>

#include "solve/search/clock.hpp"
#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

namespace hoithao::solve::search {

// Returns the best assignment seen (fewest unplaced, all placed ones conflict-free).
// Stops when all are placed, at the time limit, or after `patience` iterations
// without a new best. `weights` (one per session, at least 1) carry what earlier
// rounds learnt about which sessions are hard to place.
Assignment repair(State& state, const Options& options, std::mt19937& rng, Clock& clock, long patience,
                  std::vector<long>& weights);

}  // namespace hoithao::solve::search
