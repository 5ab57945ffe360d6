// Properties of plan() on seeded generated scenarios, judged by the independent
// reference checker and, on tiny cases, by exhaustive enumeration.
#include <catch2/catch.hpp>

#include <functional>

#include "solve/generator.hpp"
#include "solve/reference_checker.hpp"
#include "solve/solver.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

// Every placement the planner may use for one session: each room, each slot of
// each event day from local midnight, each interpreter (or none); kept when the
// reference checker finds nothing wrong with it alone.
std::vector<model::Placement> options_for(const model::Scenario& s, const model::Session& x) {
    std::vector<model::Placement> out;
    std::vector<std::string> interpreters{""};
    if (x.interpretation) {
        interpreters.clear();
        for (const auto& p : s.participants)
            if (p.has_role(model::Role::Interpreter)) interpreters.push_back(p.id);
    }
    for (const auto& room : s.rooms) {
        std::string zone = s.find_venue(room.venue_id)->zone;
        for (auto day : s.event.days())
            for (int m = 0; m < 24 * 60; m += s.event.slot_minutes)
                for (const auto& interpreter : interpreters) {
                    model::Agenda alone;
                    model::Placement p{x.id, room.id, model::to_instant(day, {m}, zone), {}, interpreter, false};
                    p.end = p.start + model::Minutes{x.duration_minutes};
                    alone.placements = {p};
                    if (reference_conflicts(s, alone, true).empty()) out.push_back(p);
                }
    }
    return out;
}

// Whether some agenda on the planning grid has no hard conflict at all.
bool conflict_free_exists(const model::Scenario& s) {
    std::vector<std::vector<model::Placement>> options;
    for (const auto& x : s.sessions) options.push_back(options_for(s, x));
    model::Agenda agenda;
    std::function<bool(std::size_t)> extend = [&](std::size_t i) {
        if (i == options.size()) return reference_conflicts(s, agenda).empty();
        for (const auto& p : options[i]) {
            agenda.placements.push_back(p);
            if (reference_conflicts(s, agenda, true).empty() && extend(i + 1)) return true;
            agenda.placements.pop_back();
        }
        return false;
    };
    return extend(0);
}

}  // namespace

TEST_CASE("whatever plan() returns, check() and the reference checker agree", "[solve][property]") {
    int conflict_free = 0, other = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        GeneratorOptions g;
        g.seed = seed;
        g.sessions = 3 + static_cast<int>(seed * 13 % 38);
        g.tight = seed % 4 == 0;
        g.cities = 1 + static_cast<int>(seed % 3);
        g.hall_closures = seed % 3 == 1;
        g.travel_arrivals = seed % 5 == 2;
        auto scenario = generate(g);
        solve::SolveOptions options;
        options.seed = seed;
        options.time_limit_seconds = 0.1;
        // A third of the runs try two halls per session first, then every hall.
        if (seed % 3 == 2) options.rooms_per_session = 2;
        auto result = solve::plan(scenario, options);
        auto reference = reference_conflicts(scenario, result.agenda);
        auto report = solve::check(scenario, result.agenda);
        INFO("seed " << seed << ", " << g.sessions << " sessions, outcome " << static_cast<int>(result.outcome)
                     << (reference.empty() ? "" : ", reference: " + reference.front()));
        CHECK(report.hard_count() == result.report.hard_count());
        CHECK((report.hard_count() == 0) == reference.empty());
        // A partial agenda leaves sessions out but never contains a conflict.
        CHECK(reference_conflicts(scenario, result.agenda, true).empty());
        if (result.outcome == solve::Outcome::ConflictFree) {
            ++conflict_free;
            CHECK(reference.empty());
            CHECK(report.hard_count() == 0);
        } else {
            ++other;
            CHECK(report.hard_count() > 0);
            if (result.outcome == solve::Outcome::ProvenInfeasible) CHECK_FALSE(result.reasons.empty());
        }
    }
    CHECK(conflict_free > 150);
    CHECK(other > 0);
}

TEST_CASE("on tiny cases plan() matches exhaustive enumeration", "[solve][property]") {
    int feasible = 0, infeasible = 0;
    for (unsigned seed = 1; seed <= 300; ++seed) {
        GeneratorOptions g;
        g.seed = seed;
        g.tiny = true;
        g.sessions = 3 + static_cast<int>(seed % 3);
        g.cities = 1 + static_cast<int>(seed % 2);
        g.hall_closures = seed % 4 == 3;
        g.travel_arrivals = seed % 5 == 2;
        auto scenario = generate(g);
        bool exists = conflict_free_exists(scenario);
        solve::SolveOptions options;
        options.seed = seed;
        options.time_limit_seconds = 10;
        // One hall per session first: what that narrow search finds or proves must
        // never stand for the whole event.
        if (seed % 3 == 0) options.rooms_per_session = 1;
        auto result = solve::plan(scenario, options);
        INFO("seed " << seed << ": enumeration says " << (exists ? "feasible" : "infeasible") << ", plan says "
                     << static_cast<int>(result.outcome) << (result.reasons.empty() ? "" : ": " + result.reasons[0]));
        if (exists) {
            ++feasible;
            CHECK(result.outcome == solve::Outcome::ConflictFree);
        } else {
            ++infeasible;
            CHECK(result.outcome == solve::Outcome::ProvenInfeasible);
        }
    }
    CHECK(feasible > 50);
    CHECK(infeasible > 50);
}
