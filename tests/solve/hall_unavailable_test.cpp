// hall-unavailable: a hall taken for a period (another event) is used outside it only.
#include <catch2/catch.hpp>

#include <algorithm>

#include "solve/fixture.hpp"
#include "solve/problem.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

// Phòng C is taken on the afternoon of 9 September.
model::Scenario taken_afternoon() {
    auto s = workshop();
    for (auto& r : s.rooms)
        if (r.id == "room_c") r.unavailable = {{local("2022-09-09", "13:00"), local("2022-09-09", "17:00")}};
    add_session(s, "brief", "Làm việc", 60, {"vn_dep"});
    return s;
}

}  // namespace

TEST_CASE("hall-unavailable names the hall, the session and the period", "[solve][hall-unavailable]") {
    const auto s = taken_afternoon();
    model::Agenda agenda;
    agenda.placements = {at(s, "brief", "room_c", "2022-09-09", "16:30")};
    auto found = of_rule(solve::check(s, agenda), "hall-unavailable");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0], "brief"));
    CHECK(found[0].message ==
          "'Làm việc' (09/09 16:30–17:30, Phòng C): Phòng C is unavailable 09/09 13:00–17:00 (overlaps by 30 min)");

    // Half-open periods: a session ending as the hall is taken, or starting as it is freed, is fine.
    for (const char* clock : {"12:00", "17:00"}) {
        agenda.placements = {at(s, "brief", "room_c", "2022-09-09", clock)};
        INFO(clock);
        CHECK(of_rule(solve::check(s, agenda), "hall-unavailable").empty());
    }
    // Another hall, or the same hall another day, is not affected.
    agenda.placements = {at(s, "brief", "room_b", "2022-09-09", "14:00")};
    CHECK(of_rule(solve::check(s, agenda), "hall-unavailable").empty());
    agenda.placements = {at(s, "brief", "room_c", "2022-09-10", "14:00")};
    CHECK(of_rule(solve::check(s, agenda), "hall-unavailable").empty());
}

TEST_CASE("compile() offers no start in a hall while it is taken", "[solve][hall-unavailable]") {
    const auto s = taken_afternoon();
    const auto p = solve::compile(s);
    const int room_c = p.room_index("room_c");
    const auto& brief = p.sessions[p.session_index("brief")];
    const auto from = solve::to_minutes(local("2022-09-09", "13:00")), to = solve::to_minutes(local("2022-09-09", "17:00"));
    auto in_period = [&](const solve::Candidate& c) {
        return c.room == room_c && solve::overlap_minutes(c.start, c.start + brief.duration, from, to) > 0;
    };
    CHECK(std::none_of(brief.candidates.begin(), brief.candidates.end(), in_period));
    // The hall itself stays a candidate outside the period, and other halls during it.
    const auto two_pm = solve::to_minutes(local("2022-09-09", "14:00"));
    CHECK(std::any_of(brief.candidates.begin(), brief.candidates.end(),
                      [&](const solve::Candidate& c) { return c.room == room_c && c.start + brief.duration <= from; }));
    CHECK(std::any_of(brief.candidates.begin(), brief.candidates.end(),
                      [&](const solve::Candidate& c) { return c.room != room_c && c.start == two_pm; }));
}

TEST_CASE("a session that can only be held while its hall is taken is explained", "[solve][hall-unavailable]") {
    auto s = taken_afternoon();
    auto& brief = s.sessions.back();
    brief.room_id = "room_c";
    brief.allowed_days = {*model::parse_day("2022-09-09")};
    brief.windows = {model::ClockWindow{{14 * 60}, {16 * 60}}};
    solve::SolveOptions options;
    options.time_limit_seconds = 5;
    const auto result = solve::plan(s, options);
    REQUIRE(result.outcome == solve::Outcome::ProvenInfeasible);
    REQUIRE_FALSE(result.reasons.empty());
    INFO(result.reasons[0]);
    CHECK(result.reasons[0].find("'Làm việc'") != std::string::npos);
    CHECK(result.reasons[0].find("a hall taken at that time") != std::string::npos);
    CHECK(result.reasons[0].find("Phòng C is unavailable 09/09 13:00–17:00") != std::string::npos);
}
