#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("person-double-booked names the person and the overlap", "[solve][person-double-booked]") {
    auto s = workshop();
    add_session(s, "talks", "Hội đàm", 90, {"vn_min", "la_min"});
    add_session(s, "visit", "Tham quan", 60, {"vn_min"});
    model::Agenda agenda;
    // 08:00   09:00   10:00
    // [talks--------)            hall_a
    //         [visit--)          room_b   <- vn_min in both, 30 min
    agenda.placements = {at(s, "talks", "hall_a", "2022-09-09", "08:00"), at(s, "visit", "room_b", "2022-09-09", "09:00")};
    auto report = solve::check(s, agenda);
    auto found = of_rule(report, "person-double-booked");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0], "vn_min"));
    CHECK_FALSE(names(found[0], "la_min"));
    CHECK(found[0].message.find("Bộ trưởng Trần Văn Sơn") != std::string::npos);
    CHECK(found[0].message.find("overlaps by 30 min") != std::string::npos);
    CHECK(found[0].message.find("09/09 08:00–09:30") != std::string::npos);

    agenda.placements[1] = at(s, "visit", "room_b", "2022-09-09", "09:30");  // back to back is fine
    CHECK(of_rule(solve::check(s, agenda), "person-double-booked").empty());
}

TEST_CASE("delegation members and interpreters are busy too", "[solve][person-double-booked]") {
    auto s = workshop();
    add_session(s, "plenary", "Phiên toàn thể", 60).delegations = {"la"};
    add_session(s, "courtesy", "Chào xã giao", 60, {"la_dir"});
    add_session(s, "talks", "Hội đàm", 60, {"vn_dep"}).interpretation = model::Interpretation{"vi", "lo", {}};
    add_session(s, "signing", "Ký kết", 60, {"vn_min"}).interpretation = model::Interpretation{"vi", "lo", {}};
    model::Agenda agenda;
    // 14:00   15:00
    // [plenary)      hall_a   whole Lao delegation
    // [courtesy)     room_b   la_dir          <- member of la
    // [talks--)      room_c   int_1
    // [signing)      hall_hn  int_1           <- interpreter twice
    agenda.placements = {at(s, "plenary", "hall_a", "2022-09-09", "14:00"),
                         at(s, "courtesy", "room_b", "2022-09-09", "14:00"),
                         at(s, "talks", "room_c", "2022-09-09", "14:00", "int_1"),
                         at(s, "signing", "hall_hn", "2022-09-09", "14:00", "int_1")};
    auto found = of_rule(solve::check(s, agenda), "person-double-booked");
    REQUIRE(found.size() == 2);
    CHECK(names(found[0], "la_dir"));
    CHECK(names(found[1], "int_1"));
    CHECK(found[1].message.find("interpreter Phiên dịch Lê Thị Hoa") != std::string::npos);

    agenda.placements[3].interpreter_id = "int_2";
    agenda.placements[1] = at(s, "courtesy", "room_b", "2022-09-09", "15:00");
    CHECK(of_rule(solve::check(s, agenda), "person-double-booked").empty());
}
