// The search tries each session's candidates least one-session soft cost first, then
// earliest, then in the tightest hall. search::Options builds that order without a
// comparison sort (costs asked once per start or hall, a counting pass by cost); here
// it must equal a plain sort by the units' own deltas, on the default weights (few
// cost values) and on weights that give many (the fallback for more than a handful).
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <tuple>

#include "solve/constraint.hpp"
#include "solve/generator.hpp"
#include "solve/search/options.hpp"

using namespace hoithao;

namespace {

// Every session's order as (start, hall) pairs: candidates listed twice (a clock
// change) are the same pair, so their relative order does not matter.
using Order = std::vector<std::pair<solve::Instant, int>>;

struct Reference {
    Order order;
    std::size_t cost_values = 0;  // distinct costs among the session's candidates
};

Reference reference_order(const solve::Problem& p, const solve::ConstraintList& constraints, int s) {
    const solve::Assignment empty(p.sessions.size());
    const auto& cands = p.sessions[s].candidates;
    std::vector<long> cost(cands.size(), 0);
    for (std::size_t i = 0; i < cands.size(); ++i)
        for (const auto& c : constraints)
            if (c->kind() == solve::Kind::Soft && c->scope() != solve::Scope::Global)
                cost[i] += c->delta(p, empty, s, solve::Place{cands[i].room, cands[i].start, -1});
    std::vector<std::size_t> index(cands.size());
    std::iota(index.begin(), index.end(), 0);
    std::stable_sort(index.begin(), index.end(), [&](std::size_t a, std::size_t b) {
        return std::tuple(cost[a], cands[a].start, p.rooms[cands[a].room].capacity, cands[a].room) <
               std::tuple(cost[b], cands[b].start, p.rooms[cands[b].room].capacity, cands[b].room);
    });
    Reference ref;
    for (auto i : index) ref.order.emplace_back(cands[i].start, cands[i].room);
    std::sort(cost.begin(), cost.end());
    ref.cost_values = static_cast<std::size_t>(std::unique(cost.begin(), cost.end()) - cost.begin());
    return ref;
}

Order options_order(const solve::Problem& p, const solve::search::Options& options, int s) {
    Order order;
    for (auto i : options.order(s)) order.emplace_back(p.sessions[s].candidates[i].start, p.sessions[s].candidates[i].room);
    return order;
}

}  // namespace

TEST_CASE("candidates are ordered by one-session soft cost, then start, then the tightest hall",
          "[solve][options]") {
    int sessions = 0, many_levels = 0;
    std::size_t most_levels = 0;
    for (unsigned seed = 1; seed <= 12; ++seed) {
        auto scenario = seed > 6 ? testing::generate_event({seed, 60, 300, 14, 3, seed % 2 == 0})
                                 : testing::generate({seed, 16, seed % 2 == 0, 1 + static_cast<int>(seed % 3), false});
        // Odd weights spread the costs over many values (minutes after noon × 7 plus
        // empty seats by twenties × 5); hall-fit at 0 leaves the start alone to decide.
        if (seed % 3 != 0) scenario.event.weights = {{"morning-preferred", 7}, {"hall-fit", seed % 3 == 1 ? 5 : 0}};
        // Talks anywhere, among halls 20 seats apart: the morning rule weighs every
        // start, hall-fit every hall.
        if (seed % 3 == 1) {
            for (auto& session : scenario.sessions) {
                session.kind = model::SessionKind::Talks;
                session.room_id.clear(), session.venue_id.clear(), session.city.clear();
            }
            for (int k = 1; k <= 30; ++k) {
                model::Room hall = scenario.rooms.front();
                hall.id = "phong-" + std::to_string(k);
                hall.name = "Phòng " + std::to_string(k);
                hall.capacity = 400 + 20 * k;
                scenario.rooms.push_back(hall);
            }
        }
        auto constraints = solve::make_constraints(scenario.event.weights);
        auto problem = solve::compile(scenario);
        const solve::search::Options options(problem, constraints);
        for (int s = 0; s < static_cast<int>(problem.sessions.size()); ++s) {
            auto expected = reference_order(problem, constraints, s);
            INFO("seed " << seed << ", session " << problem.sessions[s].id);
            REQUIRE(options_order(problem, options, s) == expected.order);
            ++sessions;
            many_levels += expected.cost_values > 32;
            most_levels = std::max(most_levels, expected.cost_values);
        }
    }
    CHECK(sessions > 300);
    INFO("most " << most_levels);
    CHECK(many_levels > 20);  // the counting pass's fallback was taken
}
