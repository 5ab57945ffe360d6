// Every fast delta() must equal the recompute-from-scratch default (CP-SAT's
// ViolationDelta contract), on random assignments of generated scenarios.
#include <catch2/catch.hpp>

#include <random>

#include "solve/constraint.hpp"
#include "solve/generator.hpp"

using namespace hoithao;

TEST_CASE("fast deltas equal recomputed deltas", "[solve][delta]") {
    auto constraints = solve::make_constraints();
    for (unsigned seed = 1; seed <= 12; ++seed) {
        auto scenario = testing::generate({seed, 12, seed % 2 == 0, 1 + static_cast<int>(seed % 3), false});
        auto problem = solve::compile(scenario);
        std::mt19937 rng(seed);
        auto random_place = [&](int s) {
            const auto& x = problem.sessions[s];
            if (x.candidates.empty() || rng() % 5 == 0) return solve::Place{};
            // Mostly candidates, sometimes any room at a candidate time, to break unary rules too.
            auto c = x.candidates[rng() % x.candidates.size()];
            int room = rng() % 3 == 0 ? static_cast<int>(rng() % problem.rooms.size()) : c.room;
            int interp = rng() % 2 ? static_cast<int>(rng() % problem.people.size()) : -1;
            return solve::Place{room, c.start + (rng() % 4 == 0 ? 30 : 0), interp};
        };
        solve::Assignment a(problem.sessions.size());
        for (int s = 0; s < static_cast<int>(a.size()); ++s) a[s] = random_place(s);
        for (int move = 0; move < 40; ++move) {
            int s = static_cast<int>(rng() % a.size());
            auto place = random_place(s);
            for (const auto& c : constraints) {
                INFO("seed " << seed << " rule " << c->name());
                REQUIRE(c->delta(problem, a, s, place) == c->Constraint::delta(problem, a, s, place));
            }
            a[s] = place;
        }
    }
}
