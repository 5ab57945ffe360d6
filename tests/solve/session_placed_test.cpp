// session-unplaced, and agendas that do not match the scenario (hand-edited databases).
#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("every session must be placed", "[solve][session-unplaced]") {
    auto s = workshop();
    add_session(s, "a", "Khai mạc", 30, {"vn_min"});
    add_session(s, "b", "Bế mạc", 30, {"vn_min"});
    model::Agenda agenda;
    agenda.placements = {at(s, "a", "hall_a", "2022-09-09", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "session-unplaced");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0], "b"));
    agenda.placements.push_back(at(s, "b", "hall_a", "2022-09-09", "09:00"));
    CHECK(solve::check(s, agenda).hard_count() == 0);
}

TEST_CASE("unknown ids in an agenda are violations, not crashes", "[solve][agenda-data]") {
    auto s = workshop();
    add_session(s, "a", "Khai mạc", 30, {"vn_min"});
    model::Agenda agenda;
    auto ghost = at(s, "a", "hall_a", "2022-09-09", "08:00");
    ghost.session_id = "ghost";
    auto lost = at(s, "a", "nowhere", "2022-09-09", "08:00");
    auto stranger = at(s, "a", "hall_a", "2022-09-09", "09:00", "nobody");
    stranger.end += model::Minutes{15};
    agenda.placements = {ghost, lost, stranger, stranger};
    auto report = solve::check(s, agenda);
    INFO(dump(report));
    CHECK(of_rule(report, "unknown-session").size() == 1);
    CHECK(of_rule(report, "unknown-room").size() == 1);
    CHECK(of_rule(report, "unknown-interpreter").size() == 1);
    CHECK(of_rule(report, "wrong-end").size() == 1);
    CHECK(of_rule(report, "duplicate-placement").size() == 1);
    CHECK(of_rule(report, "session-unplaced").empty());
}
