#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("morning-preferred is soft and weighs minutes after noon", "[solve][morning-preferred]") {
    auto s = workshop();
    // Staff switch the other soft rules off in [weights]: only this one is left to cost.
    for (const char* rule : {"balanced-days", "hall-fit", "idle-gaps", "hall-changes", "compact-days"})
        s.event.weights[rule] = 0;
    add_session(s, "signing", "Ký kết", 60, {"vn_min"}).kind = model::SessionKind::Signing;
    add_session(s, "visit", "Tham quan", 60, {"vn_dep"}).kind = model::SessionKind::SiteVisit;
    model::Agenda agenda;
    agenda.placements = {at(s, "signing", "room_b", "2022-09-09", "14:00"), at(s, "visit", "room_c", "2022-09-09", "14:00")};
    auto report = solve::check(s, agenda);
    auto found = of_rule(report, "morning-preferred");
    REQUIRE(found.size() == 1);  // site visits have no preference
    CHECK_FALSE(found[0].hard);
    CHECK(found[0].cost == 60);
    CHECK(report.hard_count() == 0);
    CHECK(report.soft_cost() == 60);
    agenda.placements[0] = at(s, "signing", "room_b", "2022-09-09", "09:00");
    CHECK(solve::check(s, agenda).soft_cost() == 0);
}

TEST_CASE("weights from the scenario scale soft costs", "[solve][weights]") {
    auto s = workshop();
    for (const char* rule : {"balanced-days", "hall-fit", "idle-gaps", "hall-changes", "compact-days"})
        s.event.weights[rule] = 0;
    s.event.weights["morning-preferred"] = 3;
    add_session(s, "signing", "Ký kết", 60, {"vn_min"}).kind = model::SessionKind::Signing;
    model::Agenda agenda;
    agenda.placements = {at(s, "signing", "room_b", "2022-09-09", "14:00")};
    CHECK(solve::check(s, agenda).soft_cost() == 180);
}
