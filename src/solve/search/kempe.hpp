#pragma once
// Kempe chains, the classic move of graph-colouring timetablers: the sessions at two
// start times that are linked, directly or through one another, by a shared person
// or an order rule must change sides together. Swapping a whole chain keeps the
// people apart where moving one session alone would clash; halls at the new time
// are found by bipartite matching.
#include <optional>
#include <vector>

#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

namespace hoithao::solve::search {

// The chain of placed `session` between its start and `to`: the sessions starting at
// either time reachable from it through neighbours starting at either time. Empty
// when it cannot move as a block: it holds a fixed session, one of another length or
// one with no candidate at its other time, or more than `limit` sessions.
std::vector<int> kempe_chain(const State& state, const Options& options, int session, Instant to, std::size_t limit);

// One hall each, all different, for `sessions` (unplaced in `state`) at `start`,
// keeping their interpreters (`from[i]` is where sessions[i] was): every place is a
// candidate that fits the placed sessions but those of `movable` (sorted: placed
// sessions that will not be in the way, being among `sessions`, which the matching
// may re-seat, or on their way elsewhere). A session keeps its hall when it can.
// Nothing when no such matching exists.
std::optional<std::vector<Place>> match_halls(const State& state, const Options& options,
                                              const std::vector<int>& sessions, const std::vector<Place>& from,
                                              Instant start, const std::vector<int>& movable = {});

}  // namespace hoithao::solve::search
