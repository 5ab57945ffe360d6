#pragma once
// Shared by the comfort rules: one person's or delegation's placed sessions,
// ordered by start, with one session seen at another place (for deltas).
#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "solve/problem.hpp"

namespace hoithao::solve {

struct Booked {
    Instant start = 0, end = 0;
    int session = -1;
    int room = -1;
    model::Day day{};  // local day in the room's zone
};

inline Booked booked_at(const Problem& p, int s, const Place& at) {
    return Booked{at.start, p.end(s, at), s, at.room, p.local(at.start, p.zone_of_room(at.room)).day};
}

// Minutes of the time between two sessions spent on the road from a's hall to
// b's (the travel table, or the city buffer between venues of one city): travel,
// which the comfort rules must not count as waiting. Never more than the gap.
inline Instant on_the_road(const Problem& p, const Booked& a, const Booked& b) {
    const Instant gap = b.start - a.end;
    return gap > 0 ? std::min<Instant>(gap, p.travel_minutes(a.room, b.room)) : 0;
}

// Sessions starting before `from` or from `to` on are left out.
inline std::vector<Booked> booked(const Problem& p, const Assignment& a, const std::vector<int>& sessions,
                                  int moved = -1, const Place* place = nullptr,
                                  Instant from = std::numeric_limits<Instant>::min(),
                                  Instant to = std::numeric_limits<Instant>::max()) {
    std::vector<Booked> list;
    for (int s : sessions) {
        const Place& at = s == moved ? *place : a[s];
        if (!at.placed() || at.start < from || at.start >= to) continue;
        list.push_back(booked_at(p, s, at));
    }
    std::sort(list.begin(), list.end(), [](const Booked& x, const Booked& y) {
        return x.start != y.start ? x.start < y.start : x.session < y.session;
    });
    return list;
}

// For a cost summed over neighbouring sessions of a timeline (ordered by start, then
// session): moving `session` only changes the pairs around its old and its new
// position. Returns pair_cost(previous, session at `place`) + pair_cost(session,
// next) − pair_cost(previous, next), the neighbours taken among `sessions`.
template <typename PairCost>
long around(const Problem& p, const Assignment& a, const std::vector<int>& sessions, int session, const Place& place,
            PairCost pair_cost) {
    if (!place.placed()) return 0;
    const auto key = [](Instant start, int s) { return std::pair{start, s}; };
    const auto here = key(place.start, session);
    int before = -1, after = -1;
    for (int s : sessions) {
        if (s == session || !a[s].placed()) continue;
        const auto k = key(a[s].start, s);
        if (k < here && (before < 0 || k > key(a[before].start, before))) before = s;
        if (k > here && (after < 0 || k < key(a[after].start, after))) after = s;
    }
    const Booked middle = booked_at(p, session, place);
    const Booked prev = before >= 0 ? booked_at(p, before, a[before]) : Booked{};
    const Booked next = after >= 0 ? booked_at(p, after, a[after]) : Booked{};
    long sum = 0;
    if (before >= 0) sum += pair_cost(prev, middle);
    if (after >= 0) sum += pair_cost(middle, next);
    if (before >= 0 && after >= 0) sum -= pair_cost(prev, next);
    return sum;
}

// Weight of a VIP's comfort: 3 for a minister (rank 1) down to 1 at kVipRank.
inline long rank_factor(const Problem& p, int person) { return Problem::kVipRank + 1 - p.people[person].rank; }

}  // namespace hoithao::solve
