// On tiny generated events every conflict-free agenda on the planning grid can be
// listed; plan() must reach the least soft cost among them.
#include <catch2/catch.hpp>

#include <functional>
#include <limits>

#include "solve/generator.hpp"
#include "solve/reference_checker.hpp"
#include "solve/solver.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

std::vector<model::Placement> grid(const model::Scenario& s, const model::Session& x) {
    std::vector<model::Placement> out;
    std::vector<std::string> interpreters{""};
    if (x.interpretation) {
        interpreters.clear();
        for (const auto& p : s.participants)
            if (p.has_role(model::Role::Interpreter)) interpreters.push_back(p.id);
    }
    for (const auto& room : s.rooms)
        for (auto day : s.event.days())
            for (int m = 0; m < 24 * 60; m += s.event.slot_minutes)
                for (const auto& interpreter : interpreters) {
                    model::Agenda alone;
                    model::Placement p{x.id, room.id, model::to_instant(day, {m}, s.find_venue(room.venue_id)->zone),
                                       {}, interpreter, false};
                    p.end = p.start + model::Minutes{x.duration_minutes};
                    alone.placements = {p};
                    if (reference_conflicts(s, alone, true).empty()) out.push_back(p);
                }
    return out;
}

// Least soft cost of a conflict-free agenda, or -1 when there is none.
long optimum(const model::Scenario& s) {
    std::vector<std::vector<model::Placement>> options;
    for (const auto& x : s.sessions) options.push_back(grid(s, x));
    model::Agenda agenda;
    long best = -1;
    std::function<void(std::size_t)> extend = [&](std::size_t i) {
        if (i == options.size()) {
            auto report = solve::check(s, agenda);
            if (report.hard_count() == 0 && (best < 0 || report.soft_cost() < best)) best = report.soft_cost();
            return;
        }
        for (const auto& p : options[i]) {
            agenda.placements.push_back(p);
            if (reference_conflicts(s, agenda, true).empty()) extend(i + 1);
            agenda.placements.pop_back();
        }
    };
    extend(0);
    return best;
}

}  // namespace

TEST_CASE("on tiny cases plan() reaches the least soft cost", "[solve][optimum]") {
    int compared = 0, with_cost = 0;
    for (unsigned seed = 1; seed <= 60; ++seed) {
        GeneratorOptions g;
        g.seed = seed;
        g.tiny = true;
        g.sessions = 3 + static_cast<int>(seed % 2);
        g.cities = 1 + static_cast<int>(seed % 2);
        auto scenario = generate(g);
        long best = optimum(scenario);
        if (best < 0) continue;
        solve::SolveOptions options;
        options.seed = seed;
        options.time_limit_seconds = 10;
        auto result = solve::plan(scenario, options);
        INFO("seed " << seed << ": optimum " << best << ", plan " << result.report.soft_cost());
        REQUIRE(result.outcome == solve::Outcome::ConflictFree);
        CHECK(result.report.soft_cost() == best);
        ++compared;
        with_cost += best > 0;
    }
    CHECK(compared > 20);
    CHECK(with_cost > 5);
}
