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
