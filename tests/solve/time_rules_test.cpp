// event-days, working-hours, meal-break, allowed-times and fixed-start: the
// time-scoped units, read in the zone of the room's venue.
#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("event-days rejects days outside the event and blocked days", "[solve][event-days]") {
    auto s = workshop();
    s.event.blocked_days = {*model::parse_day("2022-09-10")};
    add_session(s, "a", "Tham quan", 60, {"vn_dep"});
    model::Agenda agenda;
    agenda.placements = {at(s, "a", "room_c", "2022-09-10", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "event-days");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("blocked day") != std::string::npos);
    agenda.placements = {at(s, "a", "room_c", "2022-09-11", "08:00")};
    found = of_rule(solve::check(s, agenda), "event-days");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("outside the event (08/09–10/09)") != std::string::npos);
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "08:00")};
    CHECK(of_rule(solve::check(s, agenda), "event-days").empty());
}

TEST_CASE("working-hours says by how much a session runs late", "[solve][working-hours]") {
    auto s = workshop();
    add_session(s, "a", "Thảo luận nhóm", 75, {"vn_dep"});
    model::Agenda agenda;
    // 16:45          17:30  18:00
    // [a--------------|-----)     <- 30 min after working hours
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "16:45")};
    auto found = of_rule(solve::check(s, agenda), "working-hours");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("09/09 16:45–18:00") != std::string::npos);
    CHECK(found[0].message.find("outside working hours 08:00–17:30 by 30 min") != std::string::npos);
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "16:15")};
    CHECK(of_rule(solve::check(s, agenda), "working-hours").empty());
}

TEST_CASE("working hours are read in the venue's zone", "[solve][working-hours]") {
    auto s = workshop();
    s.venues[3].zone = "Asia/Tokyo";  // pretend Viêng Chăn were UTC+9: 08:00 HCM is 10:00 there
    add_session(s, "a", "Làm việc", 60, {"la_dir"});
    model::Agenda agenda;
    model::Placement p;
    p.session_id = "a";
    p.room_id = "room_vte";
    p.start = local("2022-09-09", "16:00");  // 18:00 in Tokyo
    p.end = p.start + model::Minutes{60};
    agenda.placements = {p};
    auto found = of_rule(solve::check(s, agenda), "working-hours");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("09/09 18:00–19:00") != std::string::npos);
}

TEST_CASE("meal-break forbids running across lunch", "[solve][meal-break]") {
    auto s = workshop();
    add_session(s, "a", "Tham luận", 60, {"vn_dep"});
    model::Agenda agenda;
    // 11:30  12:00       13:30
    // [a------|---)            <- into lunch
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "11:30")};
    auto found = of_rule(solve::check(s, agenda), "meal-break");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("break 'lunch' 12:00–13:30") != std::string::npos);
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "11:00")};
    CHECK(of_rule(solve::check(s, agenda), "meal-break").empty());
}

TEST_CASE("allowed-times keeps a session to its days and windows", "[solve][allowed-times]") {
    auto s = workshop();
    auto& a = add_session(s, "a", "Hội đàm", 60, {"vn_min"});
    a.allowed_days = {*model::parse_day("2022-09-09")};
    a.windows = {model::ClockWindow{{8 * 60}, {11 * 60}}};
    model::Agenda agenda;
    agenda.placements = {at(s, "a", "room_c", "2022-09-08", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "allowed-times");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("allowed only on 2022-09-09") != std::string::npos);
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "10:30")};
    found = of_rule(solve::check(s, agenda), "allowed-times");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("allowed only within 08:00–11:00") != std::string::npos);
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "10:00")};
    CHECK(of_rule(solve::check(s, agenda), "allowed-times").empty());
}

TEST_CASE("fixed-start holds VIP sessions to their instant", "[solve][fixed-start]") {
    auto s = workshop();
    add_session(s, "a", "Hội đàm", 60, {"vn_min"}).fixed_start = local("2022-09-09", "08:00");
    model::Agenda agenda;
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "09:00")};
    auto found = of_rule(solve::check(s, agenda), "fixed-start");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("fixed start at 09/09 08:00") != std::string::npos);
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "08:00")};
    CHECK(of_rule(solve::check(s, agenda), "fixed-start").empty());
}
