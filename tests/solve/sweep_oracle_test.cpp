// The overlap and travel units find their conflicts by sweeping timelines; here
// they must report exactly what the plain definitions give — every pair of
// sessions for overlaps, every person's whole day for travel — violation by
// violation, in the same order, on random assignments dense enough to clash.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <random>

#include "solve/constraint.hpp"
#include "solve/generator.hpp"

using namespace hoithao;

namespace {

struct Found {
    std::vector<std::string> sessions, people;
    long cost = 0;
    bool operator==(const Found&) const = default;
};

std::vector<Found> found_by(const solve::Problem& p, const solve::Assignment& a, std::string_view rule) {
    std::vector<Found> list;
    for (const auto& c : solve::make_constraints())
        if (c->name() == rule) {
            std::vector<solve::Violation> out;
            c->check(p, a, out);
            for (const auto& v : out) list.push_back({v.sessions, v.people, v.cost});
        }
    return list;
}

Found found(const solve::Problem& p, std::vector<int> sessions, const std::vector<int>& people, long cost) {
    Found f;
    for (int s : sessions) f.sessions.push_back(p.sessions[s].id);
    for (int x : people) f.people.push_back(p.people[x].id);
    f.cost = cost;
    return f;
}

bool busy_in(const solve::Problem& p, const solve::Assignment& a, int s, int person) {
    const auto& who = p.sessions[s].attendees;
    return a[s].interpreter == person || std::binary_search(who.begin(), who.end(), person);
}

// A random place for every session, a few halls and days so that many overlap;
// interpreters are anyone at all, sometimes an attendee, to split attendance groups.
solve::Assignment crowded(const solve::Problem& p, std::mt19937& rng) {
    solve::Assignment a(p.sessions.size());
    for (int s = 0; s < static_cast<int>(a.size()); ++s) {
        const auto& cands = p.sessions[s].candidates;
        if (cands.empty() || rng() % 8 == 0) continue;
        auto c = cands[rng() % std::min<std::size_t>(cands.size(), 12)];
        int interpreter = rng() % 3 == 0 ? static_cast<int>(rng() % p.people.size()) : -1;
        a[s] = solve::Place{c.room, c.start, interpreter};
    }
    return a;
}

}  // namespace

TEST_CASE("sweeps find the conflicts of the plain definitions, in order", "[solve][sweep]") {
    int overlaps = 0, travels = 0;
    for (unsigned seed = 1; seed <= 10; ++seed) {
        auto scenario = testing::generate({seed, 24, seed % 2 == 0, 1 + static_cast<int>(seed % 3), false});
        auto p = solve::compile(scenario);
        std::mt19937 rng(seed);
        const int n = static_cast<int>(p.sessions.size()), people = static_cast<int>(p.people.size());
        for (int round = 0; round < 10; ++round) {
            auto a = crowded(p, rng);
            std::vector<Found> person, room;
            for (int s = 0; s < n; ++s)
                for (int t = s + 1; t < n; ++t) {
                    if (!a[s].placed() || !a[t].placed() ||
                        solve::overlap_minutes(a[s].start, p.end(s, a[s]), a[t].start, p.end(t, a[t])) == 0)
                        continue;
                    std::vector<int> shared;
                    for (int x = 0; x < people; ++x)
                        if (busy_in(p, a, s, x) && busy_in(p, a, t, x)) shared.push_back(x);
                    if (!shared.empty()) person.push_back(found(p, {s, t}, shared, 1));
                    if (a[s].room == a[t].room) room.push_back(found(p, {s, t}, {}, 1));
                }
            std::map<std::pair<int, int>, std::vector<int>> moves;
            for (int x = 0; x < people; ++x) {
                std::vector<std::pair<solve::Instant, int>> day;
                for (int s = 0; s < n; ++s)
                    if (a[s].placed() && busy_in(p, a, s, x)) day.emplace_back(a[s].start, s);
                std::sort(day.begin(), day.end());
                for (std::size_t i = 1; i < day.size(); ++i) {
                    int from = day[i - 1].second, to = day[i].second;
                    solve::Instant gap = a[to].start - p.end(from, a[from]);
                    if (gap >= 0 && p.travel_minutes(a[from].room, a[to].room) > gap) moves[{from, to}].push_back(x);
                }
            }
            std::vector<Found> travel;
            for (const auto& [pair, who] : moves)
                travel.push_back(found(p, {pair.first, pair.second}, who, static_cast<long>(who.size())));
            INFO("seed " << seed << " round " << round);
            CHECK(found_by(p, a, "person-double-booked") == person);
            CHECK(found_by(p, a, "room-double-booked") == room);
            CHECK(found_by(p, a, "travel-time") == travel);
            overlaps += static_cast<int>(person.size() + room.size());
            travels += static_cast<int>(travel.size());
        }
    }
    // The assignments are crowded enough for the comparison to mean something.
    CHECK(overlaps > 100);
    CHECK(travels > 20);
}
