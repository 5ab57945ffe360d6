#pragma once
// Phase 2: simulated annealing on the soft cost of a conflict-free agenda, with
// three moves: relocate (one session to another option), swap (two sessions of one
// length exchange their times and halls) and Kempe chain (the sessions linked to
// one session across its time and another time all change sides; halls are found
// by matching, re-seating the sessions already there). A move is taken only when
// it keeps every hard rule.
//
// The temperature falls geometrically from a start calibrated on sampled moves to
// a fraction of the smallest worsening seen. Its progress is counted in steps by
// default, so one seed and one input give one agenda; or in seconds until the
// time limit, for runs that should use all the time they are given.
#include <random>

#include "solve/search/clock.hpp"
#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

namespace hoithao::solve::search {

struct Schedule {
    long steps = 0;               // length of the cooling, unless until_time_limit
    bool until_time_limit = false;  // cool over the time left instead, and stop at the limit
};

struct Improved {
    Assignment best;
    long cost = 0;           // soft cost of `best`
    long initial_cost = 0;   // soft cost before
};

// Improves `state` in place; returns the best assignment found.
Improved improve(State& state, const Options& options, const ConstraintList& constraints, std::mt19937& rng,
                 Clock& clock, const Schedule& schedule);

}  // namespace hoithao::solve::search
