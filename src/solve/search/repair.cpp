#include "solve/search/repair.hpp"

#include <algorithm>
#include <deque>

#include "solve/search/construct.hpp"

namespace hoithao::solve::search {
namespace {

constexpr std::size_t kSampled = 96;  // options weighed per step on large domains

}  // namespace

Assignment repair(State& state, const Options& options, std::mt19937& rng, Clock& clock, long patience,
                  std::vector<long>& weight) {
    const Problem& p = state.problem();
    const int n = static_cast<int>(p.sessions.size());
    std::deque<int> queue;
    for (int s = 0; s < n; ++s)
        if (!state.at(s).placed() && !p.sessions[s].candidates.empty()) queue.push_back(s);
    Assignment best = state.assignment();
    int best_unplaced = state.unplaced();
    std::vector<long> tabu_until(n, 0);
    std::vector<int> blockers, chosen;
    long since_best = 0;
    for (long iter = 1; !queue.empty() && since_best < patience; ++iter, ++since_best) {
        if ((iter & 63) == 0) {
            if (clock.expired()) break;
            clock.report("repair", best_unplaced, 0);
        }
        int s = queue.front();
        queue.pop_front();
        if (state.at(s).placed()) continue;
        // A free option, or one freed by a change of hall: no one has to leave.
        if (place_first_fit(state, options, s) || place_by_room_swap(state, options, s, kSampled)) {
            tabu_until[s] = iter + 8;
            if (state.unplaced() < best_unplaced) best_unplaced = state.unplaced(), best = state.assignment(), since_best = 0;
            continue;
        }
        const auto& order = options.order(s);
        long best_score = -1;
        Place best_place;
        auto weigh = [&](std::uint32_t candidate) {
            for (int interpreter : options.interpreters(s)) {
                Place place = options.place(s, candidate, interpreter);
                if (!options.interpreter_ok(s, place)) continue;
                state.blockers(s, place, blockers);
                long score = 0;
                for (int t : blockers) {
                    if (options.fixed(t) || tabu_until[t] > iter) score = -1;
                    if (score < 0) break;
                    score += weight[t];
                }
                if (score < 0) continue;
                score = score * 16 + static_cast<long>(rng() % 16);  // random ties
                if (best_score < 0 || score < best_score) best_score = score, best_place = place, chosen = blockers;
            }
        };
        if (order.size() <= kSampled)
            for (auto c : order) weigh(c);
        else
            for (std::size_t k = 0; k < kSampled; ++k) weigh(order[rng() % order.size()]);
        if (best_score < 0) {  // everything in the way is pinned or tabu: later
            ++weight[s];
            queue.push_back(s);
            continue;
        }
        if (!chosen.empty()) ++weight[s];
        for (int t : chosen) {
            state.remove(t);
            queue.push_back(t);
        }
        state.place(s, best_place);
        tabu_until[s] = iter + 8 + static_cast<long>(rng() % 8);
        if (state.unplaced() < best_unplaced) {
            best_unplaced = state.unplaced();
            best = state.assignment();
            since_best = 0;
        }
    }
    return best;
}

}  // namespace hoithao::solve::search
