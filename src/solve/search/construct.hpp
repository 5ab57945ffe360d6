#pragma once
// Phase 0: a first agenda by DSATUR on the conflict graph of sessions — the
// session with the most placed neighbours goes next (ties: fewest candidates,
// most neighbours) — each at its first fitting option, halls found by augmenting
// paths when the wanted one is taken. Sessions with no room left stay unplaced for
// the local search.
// Re-planning (Problem::minimise_changes) builds instead on the previous agenda:
// every session whose previous place still works stays there, and each displaced
// session is placed by the ejection chain that moves the fewest others, weighted
// by the rank of the people they affect.
#include <random>

#include "solve/search/clock.hpp"
#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

namespace hoithao::solve::search {

void construct(State& state, const Options& options, std::mt19937& rng, Clock& clock);

// The first option of `session` that fits, placing it; false when none does.
// `limit` caps the candidates looked at (0: all).
bool place_first_fit(State& state, const Options& options, int session, std::size_t limit = 0);

// Hall matching by augmenting paths of length one: `session` takes a hall at one of
// its candidate times by moving the session holding it to another free hall at the
// same time. False (and nothing changed) when no such pair exists.
bool place_by_room_swap(State& state, const Options& options, int session, std::size_t limit);

}  // namespace hoithao::solve::search
