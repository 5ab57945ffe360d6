#pragma once
// The conflict graph of sessions (Boost.Graph): an edge joins two sessions that
// share a person or are tied by an order or start-together rule.
#include <boost/graph/adjacency_list.hpp>

#include "solve/problem.hpp"

namespace hoithao::solve::search {

using ConflictGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

ConflictGraph conflict_graph(const Problem& problem);

}  // namespace hoithao::solve::search
