// The search's timelines must agree with the hard constraint units: on random
// conflict-free partial agendas, a placement has no blockers exactly when placing
// it adds no hard cost by the units' recomputed deltas, and removing the blockers
// it names always makes room.
#include <catch2/catch.hpp>

#include <random>

#include "solve/constraint.hpp"
#include "solve/generator.hpp"
#include "solve/search/options.hpp"
#include "solve/search/state.hpp"

using namespace hoithao;

TEST_CASE("state blockers agree with the hard constraint units", "[solve][state]") {
    auto constraints = solve::make_constraints();
    std::vector<const solve::Constraint*> between;  // rules between sessions; candidates cover the rest
    for (const auto& c : constraints)
        if (c->kind() == solve::Kind::Hard && c->scope() == solve::Scope::Global && c->name() != "session-unplaced" &&
            c->name() != "interpretation")
            between.push_back(c.get());
    int checked = 0, blocked = 0;
    for (unsigned seed = 1; seed <= 20; ++seed) {
        auto scenario = testing::generate({seed, 14, seed % 2 == 0, 1 + static_cast<int>(seed % 3), false});
        auto problem = solve::compile(scenario);
        solve::search::Options options(problem, constraints);
        solve::search::State state(problem);
        std::mt19937 rng(seed);
        std::vector<int> blockers;
        for (int round = 0; round < 300; ++round) {
            int s = static_cast<int>(rng() % problem.sessions.size());
            const auto& order = options.order(s);
            if (order.empty()) continue;
            if (state.at(s).placed()) state.remove(s);
            const auto& interpreters = options.interpreters(s);
            auto place = options.place(s, order[rng() % order.size()], interpreters[rng() % interpreters.size()]);
            state.blockers(s, place, blockers);
            long added = 0;
            for (const auto* c : between) added += c->Constraint::delta(problem, state.assignment(), s, place);
            INFO("seed " << seed << " round " << round << " blockers " << blockers.size() << " added " << added);
            REQUIRE((added == 0) == blockers.empty());
            REQUIRE(state.fits(s, place) == blockers.empty());
            ++checked;
            blocked += !blockers.empty();
            for (int t : blockers) state.remove(t);
            state.place(s, place);
            for (const auto* c : between) {
                std::vector<solve::Violation> found;
                c->check(problem, state.assignment(), found);
                REQUIRE(found.empty());
            }
        }
    }
    CHECK(blocked > 100);
    CHECK(checked - blocked > 100);
}

// The relocation move stops at the first free hall that clashes when no two halls are
// apart: that is only right if a clash then never depends on the hall.
TEST_CASE("without travel, a placement clashes in every free hall at that time or in none", "[solve][state]") {
    auto constraints = solve::make_constraints();
    int apart = 0, together = 0, compared = 0, clashing = 0;
    for (unsigned seed = 1; seed <= 30; ++seed) {
        auto scenario = testing::generate({seed, 30, true, 1 + static_cast<int>(seed % 2), false});
        auto problem = solve::compile(scenario);
        bool any_travel = false;
        for (int a = 0; a < static_cast<int>(problem.rooms.size()); ++a)
            for (int b = 0; b < static_cast<int>(problem.rooms.size()); ++b)
                any_travel = any_travel || problem.travel_minutes(a, b) != 0;
        REQUIRE(problem.no_travel == !any_travel);
        ++(problem.no_travel ? together : apart);
        solve::search::Options options(problem, constraints);
        solve::search::State state(problem);
        std::mt19937 rng(seed);
        for (int round = 0; round < 1000; ++round) {
            int s = static_cast<int>(rng() % problem.sessions.size());
            const auto& cands = problem.sessions[s].candidates;
            if (cands.empty() || problem.sessions[s].needs_interpreter) continue;
            const solve::Instant start = cands[rng() % cands.size()].start;
            int fitting = 0, free_halls = 0;
            for (const auto& c : cands) {
                if (c.start != start) continue;
                const solve::Place place{c.room, start, -1};
                bool held = false;  // by another placed session, found the slow way
                for (int t = 0; t < static_cast<int>(problem.sessions.size()); ++t)
                    held = held || (t != s && state.at(t).placed() && state.at(t).room == c.room &&
                                    state.at(t).start < problem.end(s, place) &&
                                    start < problem.end(t, state.at(t)));
                REQUIRE(state.hall_free(c.room, start, problem.end(s, place), s) == !held);
                if (held) continue;
                ++free_halls;
                fitting += state.fits(s, place);
            }
            if (problem.no_travel && free_halls > 1) {
                INFO("seed " << seed << " round " << round);
                REQUIRE((fitting == 0 || fitting == free_halls));
                ++compared;
                clashing += fitting == 0;
            }
            const solve::Place place = options.place(s, options.order(s)[rng() % options.order(s).size()], -1);
            if (state.at(s).placed()) state.remove(s);
            if (state.fits(s, place)) state.place(s, place);
        }
    }
    CHECK(apart > 0);
    CHECK(together > 0);
    INFO("compared " << compared << ", clashing " << clashing);
    CHECK(compared > 200);
    CHECK(clashing > 20);
}
