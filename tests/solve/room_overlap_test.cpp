#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("room-double-booked names the room and the overlap", "[solve][room-double-booked]") {
    auto s = workshop();
    add_session(s, "a", "Tham luận 1", 60, {"vn_dep"});
    add_session(s, "b", "Tham luận 2", 60, {"la_dir"});
    model::Agenda agenda;
    // 08:00  08:45  09:00  09:45
    // [a-----------)               room_c
    //        [b-----------)        room_c   <- 15 min
    agenda.placements = {at(s, "a", "room_c", "2022-09-09", "08:00"), at(s, "b", "room_c", "2022-09-09", "08:45")};
    auto found = of_rule(solve::check(s, agenda), "room-double-booked");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0], "a"));
    CHECK(names(found[0], "b"));
    CHECK(found[0].message.find("Phòng C") != std::string::npos);
    CHECK(found[0].message.find("overlaps by 15 min") != std::string::npos);

    agenda.placements[1].room_id = "room_b";
    CHECK(of_rule(solve::check(s, agenda), "room-double-booked").empty());
}
