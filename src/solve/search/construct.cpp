#include "solve/search/construct.hpp"

#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <tuple>

#include "solve/constraints/moved_session.hpp"
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

// Whether the rules of `s` alone still allow its previous place (a movable session
// that had one).
bool previous_allowed(const Problem& p, const Options& options, int s) {
    const auto& previous = p.sessions[s].previous;
    if (options.fixed(s) || !previous || !previous->placed()) return false;
    const auto& cands = p.sessions[s].candidates;
    return options.interpreter_ok(s, *previous) && std::any_of(cands.begin(), cands.end(), [&](const Candidate& c) {
               return c.room == previous->room && c.start == previous->start;
           });
}

// Re-planning: pinned sessions first, then every session whose previous place is
// still allowed and free, so the search only looks for room for what the change displaced.
void keep_previous(State& state, const Options& options) {
    const Problem& p = state.problem();
    const int n = static_cast<int>(p.sessions.size());
    for (int s = 0; s < n; ++s)
        if (options.fixed(s)) place_first_fit(state, options, s);
    for (int s = 0; s < n; ++s)
        if (previous_allowed(p, options, s) && state.fits(s, *p.sessions[s].previous))
            state.place(s, *p.sessions[s].previous);
}

// Re-planning, second step: each displaced session goes where the fewest further
// moves let it. An ejection chain places it at an option and re-places the sessions
// in the way the same way, down to kDepth levels (the last takes free options only).
// A chain costs the moved amount (1 + rank factor of the VIPs) of every session it
// takes away from its previous place: a free option costs nothing, nor does evicting
// a session that has moved already; then the least senior kept sessions go first.
// The search is branch and bound, options weighed by what their evictions cost at
// least, so the cheapest chain within the effort allowed is found; ties go to the
// option order (least one-session soft cost).
class Chains {
public:
    Chains(State& state, const Options& options, Clock& clock) : state_(state), options_(options), clock_(clock) {
        locked_.assign(state.problem().sessions.size(), 0);
    }

    // Places unplaced `s` by the cheapest chain found; false (nothing changed) when none.
    bool place(int s) {
        budget_ = kBudget;
        auto found = cheapest(s, 0, std::numeric_limits<long>::max());
        if (!found) return false;
        apply(found->moves);
        return true;
    }

private:
    using Moves = std::vector<std::pair<int, Place>>;  // session → place (unplaced: removed)
    struct Found {
        long cost = 0;
        Moves moves;  // each session once, `s` first
    };
    struct Option {
        long cost;  // moved amount of the kept sessions in the way: a lower bound of the chain
        Place place;
        std::vector<int> blockers;
    };

    static constexpr int kDepth = 3;                     // levels of a chain; the last only takes free options
    static constexpr std::size_t kEvicted[] = {4, 2};    // sessions one option may evict, by level
    // Options followed further, by level: all of them at the top (within the budget),
    // since giving up leaves the session to the repair, which does not weigh moves.
    static constexpr std::size_t kBranches[] = {std::numeric_limits<std::size_t>::max(), 6};
    static constexpr long kBudget = 200000;              // placement tests per displaced session

    std::optional<Place> free_option(int s) {
        for (auto c : options_.order(s))
            for (int interpreter : options_.interpreters(s)) {
                Place place = options_.place(s, c, interpreter);
                --budget_;
                if (options_.interpreter_ok(s, place) && state_.fits(s, place)) return place;
            }
        return std::nullopt;
    }

    // `s` at `place` if the sessions in the way may leave, with what that costs at least.
    std::optional<Option> evicting(int s, const Place& place, int depth, long bound) {
        const Problem& p = state_.problem();
        --budget_;
        Option option{0, place, {}};
        state_.blockers(s, place, option.blockers);
        if (option.blockers.empty() || option.blockers.size() > kEvicted[depth]) return std::nullopt;
        for (int t : option.blockers) {
            if (options_.fixed(t) || locked_[t]) return std::nullopt;
            if (at_previous_place(p, t, state_.at(t))) option.cost += moved_amount(p, t);
        }
        if (option.cost >= bound) return std::nullopt;
        return option;
    }

    // The options of unplaced `s` whose evictions are allowed, cheapest first.
    std::vector<Option> options_to_evict(int s, int depth, long bound) {
        std::vector<Option> found;
        const auto& order = options_.order(s);
        for (std::size_t i = 0; i < order.size() && budget_ > 0; ++i)
            for (int interpreter : options_.interpreters(s)) {
                Place place = options_.place(s, order[i], interpreter);
                if (!options_.interpreter_ok(s, place)) continue;
                if (auto option = evicting(s, place, depth, bound)) found.push_back(std::move(*option));
            }
        std::stable_sort(found.begin(), found.end(), [](const Option& a, const Option& b) { return a.cost < b.cost; });
        return found;
    }

    // The cheapest chain placing unplaced `s` at a cost below `bound`; the state is
    // left as it was.
    std::optional<Found> cheapest(int s, int depth, long bound) {
        if (auto place = free_option(s)) return Found{0, {{s, *place}}};
        if (depth + 1 >= kDepth || clock_.expired()) return std::nullopt;
        std::optional<Found> best;
        ++locked_[s];  // the sessions deeper in the chain must not evict it
        auto choices = options_to_evict(s, depth, bound);
        if (choices.size() > kBranches[depth]) choices.resize(kBranches[depth]);
        for (const Option& option : choices) {
            if (option.cost >= bound || budget_ <= 0) break;
            Moves chain{{s, option.place}};
            for (int t : option.blockers) chain.emplace_back(t, Place{});
            std::vector<Moves> undo{apply(chain)};
            long cost = option.cost;
            Moves moves{{s, option.place}};
            bool complete = true;
            for (int t : option.blockers) {
                auto next = cheapest(t, depth + 1, bound - cost);
                if (!next) {
                    complete = false;
                    break;
                }
                cost += next->cost;
                undo.push_back(apply(next->moves));
                for (const auto& move : next->moves) {
                    ++locked_[move.first];  // placed by this chain: nothing later in it may evict them
                    moves.push_back(move);
                }
            }
            for (auto it = undo.rbegin(); it != undo.rend(); ++it) apply(*it);
            for (std::size_t i = 1; i < moves.size(); ++i) --locked_[moves[i].first];
            if (complete && cost < bound) {
                bound = cost;
                best = Found{cost, std::move(moves)};
            }
        }
        --locked_[s];
        return best;
    }

    // Sets each listed session to its place; returns the moves that set them back.
    Moves apply(const Moves& moves) {
        Moves undo;
        for (const auto& [s, place] : moves) {
            undo.emplace_back(s, state_.at(s));
            if (state_.at(s).placed()) state_.remove(s);
        }
        for (const auto& [s, place] : moves)
            if (place.placed()) state_.place(s, place);
        return undo;
    }

    State& state_;
    const Options& options_;
    Clock& clock_;
    std::vector<int> locked_;
    long budget_ = 0;
};

// Re-planning: keep what still works, then place the displaced sessions, those with
// the fewest options first, each by the cheapest ejection chain. Sessions no chain
// places stay unplaced for the repair.
void replan(State& state, const Options& options, Clock& clock) {
    const Problem& p = state.problem();
    keep_previous(state, options);
    std::vector<int> displaced;
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s)
        if (!state.at(s).placed() && !p.sessions[s].candidates.empty()) displaced.push_back(s);
    std::stable_sort(displaced.begin(), displaced.end(), [&](int a, int b) {
        return std::make_tuple(p.sessions[a].candidates.size(), -p.sessions[a].duration) <
               std::make_tuple(p.sessions[b].candidates.size(), -p.sessions[b].duration);
    });
    Chains chains(state, options, clock);
    for (int s : displaced) {
        if (clock.expired()) return;
        chains.place(s);
    }
}

}  // namespace

void construct(State& state, const Options& options, std::mt19937& rng, Clock& clock) {
    const Problem& p = state.problem();
    const int n = static_cast<int>(p.sessions.size());
    if (p.minimise_changes) {
        replan(state, options, clock);
        return;
    }
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
