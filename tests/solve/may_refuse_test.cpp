// compile and the candidate order ask a one-session rule only about the sessions it
// may refuse or cost anything (Constraint::may_refuse). That is only right if a rule that says it may not
// refuse a session allows every place of it: checked on generated events with
// windows, allowed days, late arrivals, unavailable people and closed halls.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <string>

#include "solve/constraint.hpp"
#include "solve/generator.hpp"

using namespace hoithao;

TEST_CASE("a rule that may not refuse a session allows every place of it", "[solve][may-refuse]") {
    auto constraints = solve::make_constraints();
    std::map<std::string, int> skipped, refused;  // by rule: sessions it skips; places refused
    for (unsigned seed = 1; seed <= 30; ++seed) {
        testing::GeneratorOptions options{seed, 14, seed % 2 == 0, 1 + static_cast<int>(seed % 3), false};
        options.hall_closures = seed % 3 == 0;
        options.travel_arrivals = seed % 4 == 1;
        auto scenario = testing::generate(options);
        // Some attendees away one morning (the generator only makes interpreters so).
        for (std::size_t i = seed % 4; i < scenario.participants.size(); i += 4)
            if (!scenario.participants[i].has_role(model::Role::Interpreter))
                scenario.participants[i].unavailable = {
                    {model::to_instant(scenario.event.first_day, {9 * 60}, scenario.event.zone),
                     model::to_instant(scenario.event.first_day, {11 * 60}, scenario.event.zone)}};
        auto problem = solve::compile(scenario);
        std::mt19937 rng(seed);
        const auto& event = scenario.event;
        const solve::Instant from = solve::to_minutes(model::to_instant(event.first_day - date::days{1}, {0}, event.zone));
        const solve::Instant to = solve::to_minutes(model::to_instant(event.last_day + date::days{2}, {0}, event.zone));
        for (const auto& c : constraints) {
            if (c->scope() == solve::Scope::Global) continue;
            const std::string rule(c->name());
            for (int s = 0; s < static_cast<int>(problem.sessions.size()); ++s) {
                const bool may = c->may_refuse(problem, s);
                skipped[rule] += !may;
                for (int k = 0; k < 200; ++k) {
                    const solve::Place place{static_cast<int>(rng() % problem.rooms.size()),
                                             from + 15 * static_cast<solve::Instant>(rng() % ((to - from) / 15)), -1};
                    const bool allows = c->allows(problem, s, place);
                    INFO("seed " << seed << ", rule " << rule << ", " << problem.describe(s, place));
                    if (!may) REQUIRE(allows);
                    refused[rule] += !allows;
                }
            }
        }
    }
    // Each rule that can skip sessions did skip some, and most still refused places of
    // others (nothing is pinned or moved here, no start fixed, no ITC grid).
    const std::set<std::string> never_here{"pinned-kept", "fixed-start", "moved-session", "itc-last-slot"};
    for (const std::string rule : {"allowed-times", "delegation-present", "fixed-start", "pinned-kept", "person-unavailable",
                                   "hall-unavailable", "morning-preferred", "moved-session", "itc-last-slot"}) {
        INFO(rule << ": " << skipped[rule] << " sessions skipped, " << refused[rule] << " places refused");
        CHECK(skipped[rule] > 0);
        if (!never_here.count(rule)) CHECK(refused[rule] > 0);
    }
}
