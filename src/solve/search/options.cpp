#include "solve/search/options.hpp"

#include <algorithm>
#include <iterator>
#include <numeric>

namespace hoithao::solve::search {

namespace {

// The one-session soft rules that weigh anything, by what their cost depends on:
// a rule of the Time scope costs the same for every hall of one zone and city at one start,
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

// The rules of `all` that may cost `s` anything.
void costing(const std::vector<const Constraint*>& all, const Problem& p, int s, std::vector<const Constraint*>& out) {
    out.clear();
    std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Constraint* c) { return c->may_refuse(p, s); });
}

// `arranged` (candidate indices) reordered by cost, keeping the order among equal costs:
// a counting sort, as the costs take few values (hall-fit counts seats by twenties,
// times by the hour).
void stable_order_by_cost(const std::vector<std::uint32_t>& arranged, const std::vector<long>& cost,
                          std::vector<long>& levels, std::vector<std::uint32_t>& level_of,
                          std::vector<std::uint32_t>& slots, std::vector<std::uint32_t>& order) {
    constexpr std::size_t kFewLevels = 32;
    levels.clear();
    for (long c : cost) {
        if (std::find(levels.begin(), levels.end(), c) != levels.end()) continue;
        if (levels.size() == kFewLevels) {  // many after all: sort them all
            levels = cost;
            break;
        }
        levels.push_back(c);
    }
    std::sort(levels.begin(), levels.end());
    levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
    level_of.resize(cost.size());
    slots.assign(levels.size() + 1, 0);
    for (std::size_t i = 0; i < cost.size(); ++i) {
        level_of[i] = static_cast<std::uint32_t>(std::lower_bound(levels.begin(), levels.end(), cost[i]) - levels.begin());
        ++slots[level_of[i] + 1];
    }
    std::partial_sum(slots.begin(), slots.end(), slots.begin());
    order.resize(arranged.size());
    for (std::uint32_t i : arranged) order[slots[level_of[i]]++] = i;
}

}  // namespace

Options::Options(const Problem& p, const ConstraintList& constraints)
    : p_(p), order_(p.sessions.size()), interpreters_(p.sessions.size()), fixed_(p.sessions.size(), 0) {
    for (const auto& c : constraints) {
        if (c->kind() != Kind::Hard) continue;
        if (c->name() == "interpretation") interpretation_ = c.get();
        if (c->scope() == Scope::Session || c.get() == interpretation_) interpreter_rules_.push_back(c.get());
    }
    const UnarySoft soft(constraints);
    const Assignment empty(p.sessions.size());
    // Halls ranked by capacity: among candidates of one cost and start, the tightest first.
    std::vector<int> by_capacity(p.rooms.size()), capacity_rank(p.rooms.size());
    std::iota(by_capacity.begin(), by_capacity.end(), 0);
    std::stable_sort(by_capacity.begin(), by_capacity.end(),
                     [&](int a, int b) { return p.rooms[a].capacity < p.rooms[b].capacity; });
    for (std::size_t i = 0; i < by_capacity.size(); ++i) capacity_rank[by_capacity[i]] = static_cast<int>(i);

    constexpr long kUnknown = -1;
    std::vector<long> room_cost, cost, levels;
    std::vector<std::pair<std::pair<int, int>, long>> zone_cost;  // by (zone, city), at the current start
    std::vector<std::uint32_t> arranged, level_of, slots;
    std::vector<const Constraint*> time_rules, room_rules, other_rules;  // those that may cost the session anything
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
        costing(soft.by_time, p, s, time_rules), costing(soft.by_room, p, s, room_rules), costing(soft.other, p, s, other_rules);
        for (std::size_t i = 0; i < cands.size(); ++i) {
            const Candidate& c = cands[i];
            const Place place{c.room, c.start, -1};
            if (i > 0 && cands[i - 1].start != c.start) zone_cost.clear();
            const auto zone = std::pair{p.zone_of_room(c.room), p.city_of(c.room)};
            auto z = std::find_if(zone_cost.begin(), zone_cost.end(), [&](const auto& e) { return e.first == zone; });
            if (z == zone_cost.end()) z = zone_cost.insert(z, {zone, cost_of(time_rules, p, empty, s, place)});
            long& by_room = room_cost[c.room];
            if (by_room == kUnknown) by_room = cost_of(room_rules, p, empty, s, place);
            cost[i] = z->second + by_room + cost_of(other_rules, p, empty, s, place);
        }
        // Candidates come sorted by start; within each start the halls go by capacity,
        // and a stable pass by cost then gives the order (cost, start, capacity).
        arranged.resize(cands.size());
        std::iota(arranged.begin(), arranged.end(), 0u);
        for (auto first = arranged.begin(); first != arranged.end();) {
            auto last = std::find_if(first, arranged.end(), [&](std::uint32_t i) { return cands[i].start != cands[*first].start; });
            std::sort(first, last, [&](std::uint32_t a, std::uint32_t b) {
                return capacity_rank[cands[a].room] < capacity_rank[cands[b].room];
            });
            first = last;
        }
        stable_order_by_cost(arranged, cost, levels, level_of, slots, order_[s]);
    }
}

bool Options::interpreter_ok(int s, const Place& place) const {
    if (place.interpreter < 0) return true;
    // A rule that refuses the place whoever interprets (a held session, see plan())
    // says nothing about the interpreter; the interpretation rule speaks of nothing else,
    // and always refuses a place without one.
    const Place without{place.room, place.start, -1};
    return std::all_of(interpreter_rules_.begin(), interpreter_rules_.end(), [&](const Constraint* c) {
        return c->allows(p_, s, place) || (c != interpretation_ && !c->allows(p_, s, without));
    });
}

Place Options::place(int s, std::uint32_t candidate, int interpreter) const {
    const Candidate& c = p_.sessions[s].candidates[candidate];
    return Place{c.room, c.start, interpreter};
}

}  // namespace hoithao::solve::search
