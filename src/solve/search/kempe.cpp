#include "solve/search/kempe.hpp"

#include <algorithm>

namespace hoithao::solve::search {
namespace {

// Kuhn's augmenting paths: rooms_of[i] lists the halls session i may take, best
// first, and usable(i, room) says whether it fits there, asked at most once per pair
// and only when the search reaches it (most sessions keep their first hall).
template <typename Usable>
class HallMatching {
public:
    HallMatching(const std::vector<std::vector<int>>& rooms_of, Usable usable)
        : rooms_of_(rooms_of), usable_(usable), known_(rooms_of.size()) {
        for (std::size_t i = 0; i < rooms_of.size(); ++i) known_[i].assign(rooms_of[i].size(), kUnknown);
    }

    // Matched hall per session, or nothing when some session gets none.
    std::optional<std::vector<int>> solve() {
        for (int i = 0; i < static_cast<int>(rooms_of_.size()); ++i) {
            visited_.clear();
            if (!augment(i)) return std::nullopt;
        }
        std::vector<int> hall(rooms_of_.size(), -1);
        for (const auto& [room, i] : holder_) hall[i] = room;
        return hall;
    }

private:
    enum : char { kUnknown, kYes, kNo };

    bool usable(int i, std::size_t k) {
        if (known_[i][k] == kUnknown) known_[i][k] = usable_(i, rooms_of_[i][k]) ? kYes : kNo;
        return known_[i][k] == kYes;
    }

    bool augment(int i) {
        for (std::size_t k = 0; k < rooms_of_[i].size(); ++k) {
            const int room = rooms_of_[i][k];
            if (std::find(visited_.begin(), visited_.end(), room) != visited_.end() || !usable(i, k)) continue;
            visited_.push_back(room);
            auto it = std::find_if(holder_.begin(), holder_.end(), [&](const auto& h) { return h.first == room; });
            if (it == holder_.end()) {
                holder_.emplace_back(room, i);
                return true;
            }
            // By index: the recursion may add holders and move the vector.
            const auto held = static_cast<std::size_t>(it - holder_.begin());
            if (augment(holder_[held].second)) {
                holder_[held].second = i;
                return true;
            }
        }
        return false;
    }

    const std::vector<std::vector<int>>& rooms_of_;
    Usable usable_;
    std::vector<std::vector<char>> known_;    // per session and entry of rooms_of_: kUnknown, kYes, kNo
    std::vector<std::pair<int, int>> holder_;  // (room, session index) matched so far
    std::vector<int> visited_;
};

}  // namespace

std::vector<int> kempe_chain(const State& state, const Options& options, int session, Instant to, std::size_t limit) {
    const Problem& p = state.problem();
    const Instant from = state.at(session).start;
    const int duration = p.sessions[session].duration;
    // A chain holding a session not allowed at its other time cannot move: found as
    // that session joins, the chain is given up before it grows further.
    auto allowed = [&](int t, Instant start) {
        const auto& cands = p.sessions[t].candidates;
        auto it = std::lower_bound(cands.begin(), cands.end(), Candidate{start, 0},
                                   [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
        return it != cands.end() && it->start == start;
    };
    std::vector<int> chain{session};
    for (std::size_t next = 0; next < chain.size(); ++next)
        for (int t : p.sessions[chain[next]].neighbours) {
            const Place& place = state.at(t);
            if (!place.placed() || (place.start != from && place.start != to)) continue;
            if (std::find(chain.begin(), chain.end(), t) != chain.end()) continue;
            if (options.fixed(t) || p.sessions[t].duration != duration || chain.size() == limit ||
                !allowed(t, place.start == from ? to : from))
                return {};
            chain.push_back(t);
        }
    return chain;
}

std::optional<std::vector<Place>> match_halls(const State& state, const Options& options,
                                              const std::vector<int>& sessions, const std::vector<Place>& from,
                                              Instant start, const std::vector<int>& movable) {
    const Problem& p = state.problem();
    std::vector<std::vector<int>> rooms_of(sessions.size());
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const auto& cands = p.sessions[sessions[i]].candidates;
        auto [first, last] = std::equal_range(cands.begin(), cands.end(), Candidate{start, 0},
                                              [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
        if (first == last) return std::nullopt;
        for (auto c = first; c != last; ++c) rooms_of[i].push_back(c->room);
        auto own = std::find(rooms_of[i].begin(), rooms_of[i].end(), from[i].room);
        if (own != rooms_of[i].end()) std::rotate(rooms_of[i].begin(), own, own + 1);
    }
    auto usable = [&](int i, int room) {
        Place place{room, start, from[i].interpreter};
        // Already there: the state's placed sessions never conflict.
        if (state.at(sessions[i]) == place) return true;
        return options.interpreter_ok(sessions[i], place) && state.fits(sessions[i], place, movable);
    };
    auto halls = HallMatching(rooms_of, usable).solve();
    if (!halls) return std::nullopt;
    std::vector<Place> places;
    for (std::size_t i = 0; i < sessions.size(); ++i) places.push_back(Place{(*halls)[i], start, from[i].interpreter});
    return places;
}

}  // namespace hoithao::solve::search
