#include "solve/search/construct.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "solve/search/conflict_graph.hpp"

namespace hoithao::solve::search {

bool place_first_fit(State& state, const Options& options, int s, std::size_t limit) {
    const auto& order = options.order(s);
    std::size_t n = limit ? std::min(limit, order.size()) : order.size();
    for (std::size_t i = 0; i < n; ++i)
        for (int interpreter : options.interpreters(s)) {
            Place place = options.place(s, order[i], interpreter);
            if (options.interpreter_ok(s, place) && state.fits(s, place)) {
                state.place(s, place);
                return true;
            }
        }
    return false;
}

bool place_by_room_swap(State& state, const Options& options, int s, std::size_t limit) {
    const Problem& p = state.problem();
    const auto& order = options.order(s);
    std::vector<int> blockers;
    std::size_t n = limit ? std::min(limit, order.size()) : order.size();
    for (std::size_t i = 0; i < n; ++i)
        for (int interpreter : options.interpreters(s)) {
            Place place = options.place(s, order[i], interpreter);
            if (!options.interpreter_ok(s, place)) continue;
            state.blockers(s, place, blockers);
            if (blockers.size() != 1) continue;
            int t = blockers.front();
            const Place old = state.at(t);
            if (options.fixed(t) || old.room != place.room) continue;
            state.remove(t);
            if (!state.fits(s, place)) {  // t was in the way for more than its hall
                state.place(t, old);
                continue;
            }
            state.place(s, place);
            for (const Candidate& c : p.sessions[t].candidates)
                if (c.start == old.start && c.room != old.room && state.fits(t, Place{c.room, c.start, old.interpreter})) {
                    state.place(t, Place{c.room, c.start, old.interpreter});
                    return true;
                }
            state.remove(s);
            state.place(t, old);
        }
    return false;
}

namespace {

// Re-planning: pinned sessions first, then every session whose previous place is
// still allowed and free, so the search only looks for room for what the change displaced.
void keep_previous(State& state, const Options& options) {
    const Problem& p = state.problem();
    const int n = static_cast<int>(p.sessions.size());
    for (int s = 0; s < n; ++s)
        if (options.fixed(s)) place_first_fit(state, options, s);
    for (int s = 0; s < n; ++s) {
        const auto& previous = p.sessions[s].previous;
        if (options.fixed(s) || !previous || !previous->placed()) continue;
        const auto& cands = p.sessions[s].candidates;
        bool allowed = std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
            return c.room == previous->room && c.start == previous->start;
        });
        if (allowed && options.interpreter_ok(s, *previous) && state.fits(s, *previous)) state.place(s, *previous);
    }
}

}  // namespace

void construct(State& state, const Options& options, std::mt19937& rng, Clock& clock) {
    const Problem& p = state.problem();
    const int n = static_cast<int>(p.sessions.size());
    if (p.minimise_changes) keep_previous(state, options);
    ConflictGraph graph = conflict_graph(p);
    std::vector<int> saturation(n, 0), waiting(n, 0);
    std::vector<unsigned> tie(n);
    for (int s = 0; s < n; ++s) {
        tie[s] = static_cast<unsigned>(rng());
        for (auto [e, gap] : p.sessions[s].after) waiting[s] += e != s;
    }
    // Pinned sessions first; then most saturated, fewest candidates, highest degree.
    auto key = [&](int s) {
        return std::make_tuple(!options.fixed(s), -saturation[s], p.sessions[s].candidates.size(),
                               -static_cast<long>(boost::out_degree(s, graph)), tie[s], s);
    };
    using Key = decltype(key(0));
    std::set<Key> queue;
    std::vector<char> done(n, 0);
    for (int s = 0; s < n; ++s)
        if (waiting[s] == 0) queue.insert(key(s));
    for (int handled = 0; handled < n;) {
        if (clock.expired()) return;
        if (queue.empty())  // only sessions on an order cycle are left: take them anyway
            for (int s = 0; s < n; ++s)
                if (!done[s]) queue.insert(key(s));
        int s = std::get<5>(*queue.begin());
        queue.erase(queue.begin());
        if (done[s]) continue;
        done[s] = 1;
        ++handled;
        bool placed = state.at(s).placed() || place_first_fit(state, options, s) ||
                      place_by_room_swap(state, options, s, 64);
        // Sessions coming after this one may now go: they only start later.
        for (auto [later, gap] : p.sessions[s].before)
            if (later != s && !done[later] && --waiting[later] == 0) queue.insert(key(later));
        if (!placed) continue;
        for (auto t : boost::make_iterator_range(boost::adjacent_vertices(s, graph))) {
            int u = static_cast<int>(t);
            if (done[u] || waiting[u] > 0) {
                ++saturation[u];
                continue;
            }
            queue.erase(key(u));
            ++saturation[u];
            queue.insert(key(u));
        }
    }
}

}  // namespace hoithao::solve::search
