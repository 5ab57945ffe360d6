#include "solve/search/soft_cost.hpp"

#include <algorithm>

namespace hoithao::solve::search {
namespace {

constexpr int kTabledSlots = 12;  // days of up to 2^12 slot patterns are costed by table

}  // namespace

SoftCost::SoftCost(const Problem& p, const ConstraintList& constraints, const Assignment& assignment) : p_(p) {
    std::vector<Violation> found;
    for (const auto& c : constraints) {
        if (c->kind() != Kind::Soft) continue;
        c->check(p, assignment, found);
        if (c->weight() == 0) continue;  // costs nothing whatever the move
        const auto* day_rule = dynamic_cast<const ItcStudentDayRule*>(c.get());
        if (day_rule && !itc_enabled(p)) continue;
        if (day_rule) day_rules_.push_back(day_rule);
        else if (dynamic_cast<const BalancedDays*>(c.get())) loads_.emplace(p, assignment), loads_weight_ = c->weight();
        else units_.push_back(c.get());
    }
    total_ = total_cost(found);
    if (day_rules_.empty()) return;
    per_day_ = itc_slots_per_day(p);
    for (const auto& d : p.sessions)
        for (const Candidate& c : d.candidates) days_ = std::max(days_, itc_slot(p, Place{c.room, c.start, -1}).day + 1);
    count_.assign(p.group_people.size() * static_cast<std::size_t>(days_) * per_day_, 0);
    occupied_.assign(p.group_people.size() * static_cast<std::size_t>(days_), 0);
    crowded_.assign(occupied_.size(), 0);
    scratch_.resize(per_day_);
    // The rules' own day_cost() for each set of occupied slots, so a delta looks costs up.
    if (per_day_ <= kTabledSlots)
        for (std::uint32_t bits = 0; bits < (1u << per_day_); ++bits) {
            for (int k = 0; k < per_day_; ++k) scratch_[k] = (bits >> k) & 1;
            long cost = 0;
            for (const ItcStudentDayRule* rule : day_rules_) cost += rule->day_cost(scratch_);
            cost_of_bits_.push_back(cost);
        }
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s) count(s, assignment[s], +1);
}

void SoftCost::count(int s, const Place& place, int change) {
    if (day_rules_.empty()) return;
    GridSlot g = itc_slot(p_, place);
    if (g.day < 0) return;
    for (int group : p_.sessions[s].groups) {
        const std::size_t day = static_cast<std::size_t>(group) * days_ + g.day;
        const int now = slots(group, g.day)[g.slot] += change;
        if (now == (change > 0 ? 1 : 0)) occupied_[day] ^= 1u << g.slot;
        if (now == (change > 0 ? 2 : 1)) crowded_[day] += change;
    }
}

long SoftCost::day_cost(int group, int day, int slot_out, int slot_in) const {
    const std::size_t at = static_cast<std::size_t>(group) * days_ + day;
    if (!cost_of_bits_.empty() && crowded_[at] == 0) {
        std::uint32_t bits = occupied_[at];
        if (slot_out >= 0) bits &= ~(1u << slot_out);
        if (slot_in < 0) return cost_of_bits_[bits];
        if (!((bits >> slot_in) & 1)) return cost_of_bits_[bits | 1u << slot_in];
    }
    const int* now = slots(group, day);
    std::copy(now, now + per_day_, scratch_.begin());
    if (slot_out >= 0) --scratch_[slot_out];
    if (slot_in >= 0) ++scratch_[slot_in];
    long cost = 0;
    for (const ItcStudentDayRule* rule : day_rules_) cost += rule->day_cost(scratch_);
    return cost;
}

long SoftCost::day_rules_delta(int s, const Place& from, const Place& to) const {
    const GridSlot a = itc_slot(p_, from), b = itc_slot(p_, to);
    if (a.day == b.day && a.slot == b.slot) return 0;
    long change = 0;
    for (int group : p_.sessions[s].groups) {
        long before = 0, after = 0;
        if (a.day >= 0 && a.day == b.day) {
            before += day_cost(group, a.day, -1, -1);
            after += day_cost(group, a.day, a.slot, b.slot);
        } else {
            if (a.day >= 0) before += day_cost(group, a.day, -1, -1), after += day_cost(group, a.day, a.slot, -1);
            if (b.day >= 0) before += day_cost(group, b.day, -1, -1), after += day_cost(group, b.day, -1, b.slot);
        }
        change += (after - before) * static_cast<long>(p_.group_people[group].size());
    }
    return change;
}

long SoftCost::delta(const Assignment& assignment, int s, const Place& place) const {
    long d = day_rules_.empty() ? 0 : day_rules_delta(s, assignment[s], place);
    for (const Constraint* c : units_) d += c->delta(p_, assignment, s, place);
    if (loads_) d += loads_->delta(assignment[s], place, p_.sessions[s].duration, loads_weight_);
    return d;
}

void SoftCost::moved(int s, const Place& from, const Place& to, long delta) {
    count(s, from, -1);
    count(s, to, +1);
    if (loads_) loads_->move(from, to, p_.sessions[s].duration);
    total_ += delta;
}

}  // namespace hoithao::solve::search
