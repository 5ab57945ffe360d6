// precedence (`after`) and same-time (`same_time_as`).
#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("precedence: talks, then 30 min later the signing", "[solve][precedence]") {
    auto s = workshop();
    add_session(s, "talks", "Hội đàm", 60, {"vn_min", "la_min"});
    add_session(s, "signing", "Ký kết", 30, {"vn_min", "la_min"}).after = {{"talks", 30}};
    model::Agenda agenda;
    // 08:00   09:00 09:15  09:30
    // [talks--)                    hall_a
    //         ^gap 30 ends 09:30
    //               [signing)      room_b   <- 15 min too early
    agenda.placements = {at(s, "talks", "hall_a", "2022-09-09", "08:00"), at(s, "signing", "room_b", "2022-09-09", "09:15")};
    auto found = of_rule(solve::check(s, agenda), "precedence");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("at least 30 min after 'Hội đàm'") != std::string::npos);
    CHECK(found[0].message.find("15 min too early") != std::string::npos);
    agenda.placements[1] = at(s, "signing", "room_b", "2022-09-09", "09:30");
    CHECK(of_rule(solve::check(s, agenda), "precedence").empty());
}

TEST_CASE("same-time: parallel group discussions start together", "[solve][same-time]") {
    auto s = workshop();
    add_session(s, "g1", "Thảo luận nhóm 1", 60, {"vn_dep"});
    add_session(s, "g2", "Thảo luận nhóm 2", 60, {"la_dir"}).same_time_as = "g1";
    model::Agenda agenda;
    agenda.placements = {at(s, "g1", "room_b", "2022-09-09", "14:00"), at(s, "g2", "room_c", "2022-09-09", "14:15")};
    auto found = of_rule(solve::check(s, agenda), "same-time");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("must start together with 'Thảo luận nhóm 1'") != std::string::npos);
    agenda.placements[1] = at(s, "g2", "room_c", "2022-09-09", "14:00");
    CHECK(of_rule(solve::check(s, agenda), "same-time").empty());
}
