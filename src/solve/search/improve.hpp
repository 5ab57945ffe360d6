#pragma once
// Phase 2: simulated annealing on the soft cost of a conflict-free agenda, with
// relocate moves (one session to another option) and swap moves (two sessions of
// one length exchange their times and halls). A move is tried only when it keeps
// every hard rule; its soft cost comes from the soft constraint units' deltas.
// The number of steps depends on the input alone, so runs are reproducible.
#include <random>

#include "solve/search/clock.hpp"
#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

namespace hoithao::solve::search {

struct Improved {
    Assignment best;
    long cost = 0;           // soft cost of `best`
    long initial_cost = 0;   // soft cost before
};

// Improves `state` in place; returns the best assignment found.
Improved improve(State& state, const Options& options, const ConstraintList& constraints,
                                    std::mt19937& rng, Clock& clock, long steps);

}  // namespace hoithao::solve::search
