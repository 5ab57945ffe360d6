#pragma once
// Phase 1: place the sessions the construction left out, by ejection chains with
// tabu search. An unplaced session takes the option whose blockers weigh least;
// they leave and queue up in turn. Sessions just placed are tabu for a while, and
// a session's weight grows each time it cannot get in without ejecting others, so
// hard sessions win their place (squeaky wheel). Placed sessions never conflict:
// the hard cost is the number of sessions left out.
#include <random>

#include "solve/search/clock.hpp"
#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

namespace hoithao::solve::search {

// Returns the best assignment seen (fewest unplaced, all placed ones conflict-free).
// Stops when all are placed, at the time limit, or after `patience` iterations
// without a new best.
Assignment repair(State& state, const Options& options, std::mt19937& rng, Clock& clock, long patience);

}  // namespace hoithao::solve::search
