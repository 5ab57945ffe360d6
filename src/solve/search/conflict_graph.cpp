#include "solve/search/conflict_graph.hpp"

namespace hoithao::solve::search {

ConflictGraph conflict_graph(const Problem& p) {
    ConflictGraph graph(p.sessions.size());
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s)
        for (int t : p.sessions[s].neighbours)
            if (t > s) boost::add_edge(s, t, graph);
    return graph;
}

}  // namespace hoithao::solve::search
