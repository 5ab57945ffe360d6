// Gecode-style oracle: on many random agendas of generated scenarios, each
// constraint unit flags a conflict exactly when the naive reference checker
// finds one of the same kind.
#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "solve/generator.hpp"
#include "solve/reference_checker.hpp"
#include "solve/solver.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

// The rule a reference tag belongs to; longest prefixes first.
std::string rule_of(const std::string& tag) {
    static const std::vector<std::pair<std::string, std::string>> prefixes{
        {"room overlap", "room-double-booked"}, {"person overlap", "person-double-booked"},
        {"allowed day", "allowed-times"},       {"window", "allowed-times"},
        {"capacity", "room-capacity"},          {"equipment", "room-equipment"},
        {"room ", "required-place"},            {"venue", "required-place"},
        {"city", "required-place"},             {"day", "event-days"},
        {"hours", "working-hours"},             {"meal", "meal-break"},
        {"fixed", "fixed-start"},               {"arrival", "delegation-present"},
        {"departure", "delegation-present"},    {"unavailable", "person-unavailable"},
        {"interpreter", "interpretation"},      {"after", "precedence"},
        {"same time", "same-time"},             {"travel", "travel-time"},
        {"unplaced", "session-unplaced"},       {"hall taken", "hall-unavailable"},
    };
    for (const auto& [prefix, rule] : prefixes)
        if (tag.rfind(prefix, 0) == 0) return rule;
    return "agenda-data";
}

model::Agenda random_agenda(const model::Scenario& s, std::mt19937& rng) {
    model::Agenda agenda;
    auto days = s.event.days();
    for (const auto& x : s.sessions) {
        if (rng() % 10 == 0) continue;
        model::Placement p;
        p.session_id = x.id;
        p.room_id = s.rooms[rng() % s.rooms.size()].id;
        auto day = days[rng() % days.size()] + date::days{rng() % 8 == 0 ? 3 : 0};
        int clock = 7 * 60 + static_cast<int>(rng() % 22) * 30 + (rng() % 6 == 0 ? 10 : 0);
        p.start = model::to_instant(day, {clock}, "Asia/Ho_Chi_Minh");
        p.end = p.start + model::Minutes{x.duration_minutes};
        if (x.interpretation || rng() % 8 == 0)
            p.interpreter_id = s.participants[rng() % s.participants.size()].id;
        agenda.placements.push_back(std::move(p));
    }
    return agenda;
}

}  // namespace

TEST_CASE("each rule fires exactly when the reference finds its kind of conflict", "[solve][oracle]") {
    std::map<std::string, int> fired;
    for (unsigned seed = 1; seed <= 30; ++seed) {
        auto scenario = generate({seed, 4 + static_cast<int>(seed % 6), seed % 3 == 0, 1 + static_cast<int>(seed % 3),
                                  false, seed % 2 == 0, seed % 4 == 1});
        std::mt19937 rng(seed);
        for (int round = 0; round < 100; ++round) {
            auto agenda = random_agenda(scenario, rng);
            std::set<std::string> expected, actual;
            for (const auto& tag : reference_conflicts(scenario, agenda)) expected.insert(rule_of(tag));
            for (const auto& v : solve::check(scenario, agenda).violations)
                if (v.hard) actual.insert(v.rule), ++fired[v.rule];
            INFO("seed " << seed << " round " << round);
            CHECK(expected == actual);
        }
    }
    // The random agendas exercise every rule that generated scenarios can break.
    for (const char* rule : {"person-double-booked", "room-double-booked", "room-capacity", "room-equipment",
                             "required-place", "event-days", "working-hours", "meal-break", "allowed-times",
                             "delegation-present", "interpretation", "precedence", "travel-time", "session-unplaced",
                             "hall-unavailable"})
        CHECK(fired[rule] > 0);
}

TEST_CASE("waiting costs what the reference says, and time on the road is not waiting", "[solve][oracle][soft]") {
    int told_apart = 0;  // agendas whose waiting cost changes if travel counted as waiting
    for (unsigned seed = 1; seed <= 30; ++seed) {
        auto scenario = generate({seed, 4 + static_cast<int>(seed % 6), seed % 3 == 0, 1 + static_cast<int>(seed % 3),
                                  false, seed % 2 == 0});
        std::mt19937 rng(seed);
        for (int round = 0; round < 100; ++round) {
            auto agenda = random_agenda(scenario, rng);
            long actual = 0;
            for (const auto& v : solve::check(scenario, agenda).violations)
                if (v.rule == "idle-gaps" || v.rule == "compact-days") actual += v.cost;
            INFO("seed " << seed << " round " << round);
            CHECK(actual == reference_waiting_cost(scenario, agenda));
            told_apart += reference_waiting_cost(scenario, agenda, true) != actual;
        }
    }
    CHECK(told_apart > 0);
}
