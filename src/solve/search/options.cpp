#include "solve/search/options.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <stdexcept>

namespace hoithao::solve::search {

namespace {

// The one-session soft rules that weigh anything, by what their cost depends on:
// a rule of the Time scope costs the same for every hall of one zone at one start,
// one of the Room scope the same at every start, so each is asked once per value.
struct UnarySoft {
    std::vector<const Constraint*> by_time, by_room, other;

    explicit UnarySoft(const ConstraintList& constraints) {
        for (const auto& c : constraints) {
            if (c->kind() != Kind::Soft || c->scope() == Scope::Global || c->weight() == 0) continue;
            auto& list = c->scope() == Scope::Time ? by_time : c->scope() == Scope::Room ? by_room : other;
            list.push_back(c.get());
        }
    }
};

long cost_of(const std::vector<const Constraint*>& rules, const Problem& p, const Assignment& empty, int s,
             const Place& place) {
    long sum = 0;
    for (const Constraint* c : rules) sum += c->delta(p, empty, s, place);
    return sum;
}

// Bits enough for the values 0 … count - 1.
int bits_for(std::size_t count) {
    int bits = 0;
    while ((std::size_t{1} << bits) < count) ++bits;
    return bits;
}

}  // namespace

Options::Options(const Problem& p, const ConstraintList& constraints)
    : p_(p), order_(p.sessions.size()), interpreters_(p.sessions.size()), fixed_(p.sessions.size(), 0) {
    for (const auto& c : constraints)
        if (c->kind() == Kind::Hard && (c->scope() == Scope::Session || c->name() == "interpretation"))
            interpreter_rules_.push_back(c.get());
    const UnarySoft soft(constraints);
    const Assignment empty(p.sessions.size());
    // Halls ranked by capacity: among candidates of one cost and start, the tightest first.
    std::vector<int> by_capacity(p.rooms.size()), capacity_rank(p.rooms.size());
    std::iota(by_capacity.begin(), by_capacity.end(), 0);
    std::stable_sort(by_capacity.begin(), by_capacity.end(),
                     [&](int a, int b) { return p.rooms[a].capacity < p.rooms[b].capacity; });
    for (std::size_t i = 0; i < by_capacity.size(); ++i) capacity_rank[by_capacity[i]] = static_cast<int>(i);
    const int room_bits = bits_for(p.rooms.size());

    constexpr long kUnknown = -1;
    std::vector<long> room_cost, cost;
    std::vector<std::pair<int, long>> zone_cost;  // at the current start
    std::vector<int> start_rank;
    // The order is by cost, then start, then capacity rank; candidates are unique by
    // start and hall, so one integer (cost | start's rank | hall's rank) sorts them.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s) {
        const auto& d = p.sessions[s];
        fixed_[s] = d.pin.has_value();
        interpreters_[s] = d.needs_interpreter ? d.interpreters : std::vector<int>{-1};
        // A pinned session keeps its interpreter too when it had one.
        if (d.pin && d.pin->interpreter >= 0) interpreters_[s] = {d.pin->interpreter};
        const auto& cands = d.candidates;
        room_cost.assign(p.rooms.size(), kUnknown);
        zone_cost.clear();
        cost.resize(cands.size());
        start_rank.resize(cands.size());
        long most = 0;
        for (std::size_t i = 0; i < cands.size(); ++i) {
            const Candidate& c = cands[i];
            const Place place{c.room, c.start, -1};
            start_rank[i] = i == 0 ? 0 : start_rank[i - 1] + (cands[i - 1].start != c.start);
            if (i > 0 && cands[i - 1].start != c.start) zone_cost.clear();
            const int zone = p.zone_of_room(c.room);
            auto z = std::find_if(zone_cost.begin(), zone_cost.end(), [&](const auto& e) { return e.first == zone; });
            if (z == zone_cost.end()) z = zone_cost.insert(z, {zone, cost_of(soft.by_time, p, empty, s, place)});
            long& by_room = room_cost[c.room];
            if (by_room == kUnknown) by_room = cost_of(soft.by_room, p, empty, s, place);
            cost[i] = z->second + by_room + cost_of(soft.other, p, empty, s, place);
            most = std::max(most, std::abs(cost[i]));
        }
        const int start_bits = bits_for(cands.empty() ? 1 : static_cast<std::size_t>(start_rank.back()) + 1);
        const int cost_shift = start_bits + room_bits;
        // One sign bit spare: costs are shifted up by `most` so that all are >= 0.
        if (cost_shift + bits_for(static_cast<std::size_t>(2 * most + 1)) > 63)
            throw std::logic_error("soft costs too large to order the candidates");
        keys.resize(cands.size());
        for (std::size_t i = 0; i < cands.size(); ++i)
            keys[i] = {static_cast<std::uint64_t>(cost[i] + most) << cost_shift |
                           static_cast<std::uint64_t>(start_rank[i]) << room_bits |
                           static_cast<std::uint64_t>(capacity_rank[cands[i].room]),
                       static_cast<std::uint32_t>(i)};
        std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        auto& order = order_[s];
        order.resize(keys.size());
        for (std::size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].second;
    }
}

bool Options::interpreter_ok(int s, const Place& place) const {
    if (place.interpreter < 0) return true;
    return std::all_of(interpreter_rules_.begin(), interpreter_rules_.end(),
                       [&](const Constraint* c) { return c->allows(p_, s, place); });
}

Place Options::place(int s, std::uint32_t candidate, int interpreter) const {
    const Candidate& c = p_.sessions[s].candidates[candidate];
    return Place{c.room, c.start, interpreter};
}

}  // namespace hoithao::solve::search
