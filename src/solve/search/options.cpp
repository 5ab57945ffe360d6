#include "solve/search/options.hpp"

#include <algorithm>
#include <numeric>

namespace hoithao::solve::search {

Options::Options(const Problem& p, const ConstraintList& constraints)
    : p_(p), order_(p.sessions.size()), interpreters_(p.sessions.size()), fixed_(p.sessions.size(), 0) {
    std::vector<const Constraint*> unary_soft;
    for (const auto& c : constraints) {
        if (c->kind() == Kind::Soft && c->scope() != Scope::Global) unary_soft.push_back(c.get());
        if (c->kind() == Kind::Hard && (c->scope() == Scope::Session || c->name() == "interpretation"))
            interpreter_rules_.push_back(c.get());
    }
    const Assignment empty(p.sessions.size());
    std::vector<long> cost;
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s) {
        const auto& d = p.sessions[s];
        fixed_[s] = d.pin.has_value();
        interpreters_[s] = d.needs_interpreter ? d.interpreters : std::vector<int>{-1};
        // A pinned session keeps its interpreter too when it had one.
        if (d.pin && d.pin->interpreter >= 0) interpreters_[s] = {d.pin->interpreter};
        const auto& cands = d.candidates;
        cost.assign(cands.size(), 0);
        for (std::size_t i = 0; i < cands.size(); ++i)
            for (const Constraint* c : unary_soft) cost[i] += c->delta(p, empty, s, Place{cands[i].room, cands[i].start, -1});
        auto& order = order_[s];
        order.resize(cands.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (cost[a] != cost[b]) return cost[a] < cost[b];
            if (cands[a].start != cands[b].start) return cands[a].start < cands[b].start;
            return p.rooms[cands[a].room].capacity < p.rooms[cands[b].room].capacity;
        });
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
