#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("travel-time between cities uses the shortest link", "[solve][travel-time]") {
    auto s = workshop();
    add_session(s, "hn", "Làm việc tại VPCP", 60, {"vn_min"});
    add_session(s, "cl", "Khai mạc", 60, {"vn_min", "vn_dep"});
    model::Agenda agenda;
    // 08:00 09:00 10:00
    // [hn---)                Hà Nội
    //             [cl---)    Cửa Lò   <- needs 270 min by road, has 60
    agenda.placements = {at(s, "hn", "hall_hn", "2022-09-09", "08:00"), at(s, "cl", "hall_a", "2022-09-09", "10:00")};
    auto found = of_rule(solve::check(s, agenda), "travel-time");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0], "vn_min"));
    CHECK_FALSE(names(found[0], "vn_dep"));
    CHECK(found[0].message.find("needs 270 min travel Hà Nội → Cửa Lò, has 60") != std::string::npos);
    agenda.placements[1] = at(s, "cl", "hall_a", "2022-09-09", "14:00");
    CHECK(of_rule(solve::check(s, agenda), "travel-time").empty());
}

TEST_CASE("travel-time chains links and applies the city buffer", "[solve][travel-time]") {
    auto s = workshop();
    add_session(s, "vte", "Hội đàm tại Viêng Chăn", 60, {"la_dir"});
    add_session(s, "cl", "Tham luận", 60, {"la_dir"});
    add_session(s, "cl2", "Thảo luận", 60, {"la_dir"});
    model::Agenda agenda;
    // Viêng Chăn → Cửa Lò goes through Hà Nội: 190 + 270 = 460 min.
    agenda.placements = {at(s, "vte", "room_vte", "2022-09-08", "08:00"), at(s, "cl", "hall_a", "2022-09-08", "14:00"),
                         at(s, "cl2", "room_c", "2022-09-08", "15:05")};
    auto found = of_rule(solve::check(s, agenda), "travel-time");
    REQUIRE(found.size() == 2);
    CHECK(found[0].message.find("needs 460 min travel Viêng Chăn → Cửa Lò, has 300") != std::string::npos);
    CHECK(found[1].message.find("needs 15 min") != std::string::npos);
    CHECK(found[1].message.find("has 5") != std::string::npos);
    agenda.placements = {at(s, "vte", "room_vte", "2022-09-08", "08:00"), at(s, "cl", "hall_a", "2022-09-09", "08:00"),
                         at(s, "cl2", "room_b", "2022-09-09", "09:00")};  // same venue: no buffer
    CHECK(of_rule(solve::check(s, agenda), "travel-time").empty());
}
