#pragma once
// Shared by the comfort rules: one person's or delegation's placed sessions,
// ordered by start, with one session seen at another place (for deltas).
#include <algorithm>
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

inline std::vector<Booked> booked(const Problem& p, const Assignment& a, const std::vector<int>& sessions,
                                  int moved = -1, const Place* place = nullptr) {
    std::vector<Booked> list;
    for (int s : sessions) {
        const Place& at = s == moved ? *place : a[s];
        if (!at.placed()) continue;
        list.push_back(booked_at(p, s, at));
    }
    std::sort(list.begin(), list.end(), [](const Booked& x, const Booked& y) {
        return x.start != y.start ? x.start < y.start : x.session < y.session;
    });
    return list;
}

// Weight of a VIP's comfort: 3 for a minister (rank 1) down to 1 at kVipRank.
inline long rank_factor(const Problem& p, int person) { return Problem::kVipRank + 1 - p.people[person].rank; }

}  // namespace hoithao::solve
