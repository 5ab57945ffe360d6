// The scenario reader accepts in [weights] exactly the soft rules the solver has;
// the rules that measure waiting count time on the road as travel.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "model/soft_rules.hpp"
#include "solve/constraint.hpp"
#include "solve/fixture.hpp"

using namespace hoithao;

TEST_CASE("the names [weights] accepts are the solver's soft rules", "[solve][weights]") {
    std::set<std::string> solver, listed;
    for (const auto& c : solve::make_constraints())
        if (c->kind() == solve::Kind::Soft) solver.emplace(c->name());
    for (auto name : model::kSoftRules) listed.emplace(name);
    CHECK(listed == solver);
    CHECK(listed.size() == model::kSoftRules.size());
}

// Hà Nội 08:00–09:00, then Cửa Lò 16:00: of the seven hours between, 4 h 30 are
// on the road and 1 h 30 is lunch, so the minister waits one hour, not five and a half.
TEST_CASE("time on the road between two cities is travel, not waiting", "[solve][soft][explain]") {
    auto s = testing::workshop();
    auto& head = s.participants[2];  // la_min, head of the Lao delegation
    head.name = "Xổm-phết Phôm-ma-xổn";
    head.title = "Bộ trưởng, Chủ nhiệm Văn phòng Phủ Thủ tướng";
    testing::add_session(s, "hn", "Làm việc tại Hà Nội", 60, {"la_min"});
    testing::add_session(s, "cl", "Hội thảo tại Cửa Lò", 60, {"la_min"});
    model::Agenda agenda;
    agenda.placements = {testing::at(s, "hn", "hall_hn", "2022-09-09", "08:00"),
                         testing::at(s, "cl", "room_c", "2022-09-09", "16:00")};
    const auto report = solve::check(s, agenda);
    INFO(testing::dump(report));
    const auto waits = testing::of_rule(report, "idle-gaps");
    REQUIRE(waits.size() == 1);
    CHECK(waits[0].message ==
          "Xổm-phết Phôm-ma-xổn waits 60 min between 'Làm việc tại Hà Nội' (09/09 08:00–09:00, Phòng họp VPCP) and "
          "'Hội thảo tại Cửa Lò' (09/09 16:00–17:00, Phòng C) (besides 4 h 30 on the road)");
    CHECK(waits[0].cost == 2 * 3);  // two half hours, a minister's factor
    const auto idle = testing::of_rule(report, "compact-days");
    REQUIRE(idle.size() == 1);
    CHECK(idle[0].message ==
          "Đoàn Lào (led by Bộ trưởng, Chủ nhiệm Văn phòng Phủ Thủ tướng Xổm-phết Phôm-ma-xổn) has 150 idle min "
          "between 'Làm việc tại Hà Nội' (09/09 08:00–09:00, Phòng họp VPCP) and 'Hội thảo tại Cửa Lò' (09/09 "
          "16:00–17:00, Phòng C) (besides 4 h 30 on the road)");
    CHECK(idle[0].cost == 5);
}

TEST_CASE("a move between two venues of Cửa Lò is travel too", "[solve][soft]") {
    auto s = testing::workshop();
    testing::add_session(s, "a", "Tham luận 1", 60, {"vn_min"});
    testing::add_session(s, "b", "Tham luận 2", 60, {"vn_min"});
    model::Agenda agenda;  // Khách sạn Mường Thanh, then Trung tâm Hội nghị 45 min later: 30 min waiting
    agenda.placements = {testing::at(s, "a", "hall_a", "2022-09-09", "08:00"),
                         testing::at(s, "b", "room_c", "2022-09-09", "09:45")};
    const auto waits = testing::of_rule(solve::check(s, agenda), "idle-gaps");
    REQUIRE(waits.size() == 1);
    CHECK(waits[0].message.ends_with("waits 30 min between 'Tham luận 1' (09/09 08:00–09:00, Hội trường A) and "
                                     "'Tham luận 2' (09/09 09:45–10:45, Phòng C) (besides 15 min on the road)"));
    agenda.placements[1] = testing::at(s, "b", "room_c", "2022-09-09", "09:30");  // 15 min waiting: below a half hour
    CHECK(testing::of_rule(solve::check(s, agenda), "idle-gaps").empty());
}
