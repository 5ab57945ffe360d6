// room-capacity, room-equipment and required-place: the room-scoped units.
#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("room-capacity compares headcount with seats", "[solve][room-capacity]") {
    auto s = workshop();
    add_session(s, "plenary", "Phiên toàn thể", 60, {"vn_min"}).headcount = 110;
    model::Agenda agenda;
    agenda.placements = {at(s, "plenary", "hall_hn", "2022-09-09", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "room-capacity");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("expects 110 people but Phòng họp VPCP holds 60") != std::string::npos);
    agenda.placements[0].room_id = "hall_a";
    CHECK(of_rule(solve::check(s, agenda), "room-capacity").empty());
}

TEST_CASE("headcount 0 counts named attendees and whole delegations", "[solve][room-capacity]") {
    auto s = workshop();
    s.rooms[4].capacity = 2;  // room_vte
    auto& sess = add_session(s, "meet", "Làm việc", 60, {"vn_min"});
    sess.delegations = {"la"};  // + la_min, la_dir = 3 people
    sess.city = "";
    model::Agenda agenda;
    agenda.placements = {at(s, "meet", "room_vte", "2022-09-09", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "room-capacity");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("expects 3 people") != std::string::npos);
}

TEST_CASE("room-equipment requires booths for simultaneous interpretation", "[solve][room-equipment]") {
    auto s = workshop();
    add_session(s, "plenary", "Phiên toàn thể", 60, {"vn_min", "la_min"}).interpretation =
        model::Interpretation{"vi", "lo", model::InterpretationMode::Simultaneous};
    model::Agenda agenda;
    agenda.placements = {at(s, "plenary", "room_c", "2022-09-09", "08:00", "int_1")};
    auto found = of_rule(solve::check(s, agenda), "room-equipment");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("needs booths") != std::string::npos);
    CHECK(found[0].message.find("Phòng C lacks") != std::string::npos);
    agenda.placements[0].room_id = "hall_a";
    CHECK(of_rule(solve::check(s, agenda), "room-equipment").empty());
}

TEST_CASE("required-place keeps a session in its room, venue or city", "[solve][required-place]") {
    auto s = workshop();
    add_session(s, "signing", "Ký kết", 60, {"vn_min"}).city = "Hà Nội";
    add_session(s, "gifts", "Trao quà", 30, {"vn_dep"}).venue_id = "v_cl2";
    add_session(s, "closing", "Bế mạc", 30, {"la_dir"}).room_id = "hall_a";
    model::Agenda agenda;
    agenda.placements = {at(s, "signing", "hall_a", "2022-09-09", "08:00"),
                         at(s, "gifts", "room_b", "2022-09-09", "08:00"),
                         at(s, "closing", "room_c", "2022-09-09", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "required-place");
    REQUIRE(found.size() == 3);
    CHECK(found[0].message.find("must be held in Hà Nội") != std::string::npos);
    CHECK(found[1].message.find("at Trung tâm Hội nghị Cửa Lò") != std::string::npos);
    CHECK(found[2].message.find("in Hội trường A") != std::string::npos);
    agenda.placements = {at(s, "signing", "hall_hn", "2022-09-09", "08:00"),
                         at(s, "gifts", "room_c", "2022-09-09", "08:00"),
                         at(s, "closing", "hall_a", "2022-09-09", "08:00")};
    CHECK(of_rule(solve::check(s, agenda), "required-place").empty());
}
