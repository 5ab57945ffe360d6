// delegation-present, person-unavailable and pinned-kept.
#include <catch2/catch.hpp>

#include <algorithm>

#include "solve/fixture.hpp"
#include "solve/problem.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("delegation-present: nothing before arrival or after departure", "[solve][delegation-present]") {
    auto s = workshop();
    s.delegations[1].arrival = local("2022-09-09", "10:00");
    s.delegations[1].departure = local("2022-09-10", "12:00");
    add_session(s, "courtesy", "Chào xã giao", 60, {"la_dir"});  // a named member brings the delegation
    model::Agenda agenda;
    // 08:00  09:00  10:00 (Lao delegation arrives)
    // [courtesy)            <- too early
    agenda.placements = {at(s, "courtesy", "room_c", "2022-09-09", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "delegation-present");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("Đoàn Lào arrives 09/09 10:00") != std::string::npos);
    CHECK(names(found[0], "la_min"));  // the head is named
    agenda.placements = {at(s, "courtesy", "room_c", "2022-09-10", "11:30")};
    found = of_rule(solve::check(s, agenda), "delegation-present");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("leaves 10/09 12:00") != std::string::npos);
    agenda.placements = {at(s, "courtesy", "room_c", "2022-09-09", "10:00")};
    CHECK(of_rule(solve::check(s, agenda), "delegation-present").empty());
}

namespace {

// The Lao delegation led by its minister, flying into Nội Bài (Hà Nội) on the 9th and
// out of it on the 10th; its halls lie in Cửa Lò (4 h 30 by road) and in Hà Nội.
model::Scenario lao_flights() {
    auto s = workshop();
    auto& minister = s.participants[2];  // la_min
    minister.name = "A-lun-xay Xủn-nạ-lạt";
    minister.title = "Bộ trưởng";
    auto& la = s.delegations[1];
    la.arrival = local("2022-09-09", "09:30");
    la.arrival_via = {"Hà Nội", "Sân bay quốc tế Nội Bài", "chuyến bay QV 311"};
    la.departure = local("2022-09-10", "17:00");
    la.departure_via = {"Hà Nội", "Sân bay quốc tế Nội Bài", "ຖ້ຽວບິນ QV 312"};
    add_session(s, "courtesy", "Chào xã giao", 60, {"la_dir"});
    return s;
}

std::vector<std::string> presence_messages(const model::Scenario& s, const model::Placement& placement) {
    model::Agenda agenda;
    agenda.placements = {placement};
    std::vector<std::string> out;
    for (const auto& v : of_rule(solve::check(s, agenda), "delegation-present")) out.push_back(v.message);
    return out;
}

}  // namespace

TEST_CASE("delegation-present: a delegation landing in Hà Nội needs the road to Cửa Lò", "[solve][delegation-present]") {
    const auto s = lao_flights();
    // 09:30 lands at Nội Bài, + 4 h 30 by road: 14:00 in Cửa Lò at the earliest.
    CHECK(presence_messages(s, at(s, "courtesy", "room_c", "2022-09-09", "13:30")) ==
          std::vector<std::string>{"'Chào xã giao' (09/09 13:30–14:30, Phòng C) is held while its delegation is away: "
                                   "Đoàn Lào (led by Bộ trưởng A-lun-xay Xủn-nạ-lạt) arrives at Sân bay quốc tế Nội Bài "
                                   "at 09/09 09:30 (chuyến bay QV 311) and needs 4 h 30 by road to Cửa Lò"});
    CHECK(presence_messages(s, at(s, "courtesy", "room_c", "2022-09-09", "14:00")).empty());
    // In Hà Nội itself the event's city buffer (15 min) takes it from the airport to the hall.
    CHECK(presence_messages(s, at(s, "courtesy", "hall_hn", "2022-09-09", "09:30")) ==
          std::vector<std::string>{"'Chào xã giao' (09/09 09:30–10:30, Phòng họp VPCP) is held while its delegation is "
                                   "away: Đoàn Lào (led by Bộ trưởng A-lun-xay Xủn-nạ-lạt) arrives at Sân bay quốc tế "
                                   "Nội Bài at 09/09 09:30 (chuyến bay QV 311) and needs 15 min within Hà Nội"});
    CHECK(presence_messages(s, at(s, "courtesy", "hall_hn", "2022-09-09", "09:45")).empty());
}

TEST_CASE("delegation-present: leaving by air from Hà Nội ends the day in Cửa Lò early", "[solve][delegation-present]") {
    const auto s = lao_flights();
    // 17:00 takes off from Nội Bài, − 4 h 30 by road: done in Cửa Lò by 12:30.
    CHECK(presence_messages(s, at(s, "courtesy", "room_c", "2022-09-10", "11:30")).empty());
    CHECK(presence_messages(s, at(s, "courtesy", "room_c", "2022-09-10", "12:00")) ==
          std::vector<std::string>{"'Chào xã giao' (10/09 12:00–13:00, Phòng C) is held while its delegation is away: "
                                   "Đoàn Lào (led by Bộ trưởng A-lun-xay Xủn-nạ-lạt) leaves from Sân bay quốc tế Nội Bài "
                                   "at 10/09 17:00 (ຖ້ຽວບິນ QV 312) and needs 4 h 30 by road from Cửa Lò"});
    CHECK(presence_messages(s, at(s, "courtesy", "hall_hn", "2022-09-10", "15:45")).empty());
    CHECK(presence_messages(s, at(s, "courtesy", "hall_hn", "2022-09-10", "16:00")).size() == 1);
}

TEST_CASE("delegation-present: travel over several links, and a city no travel reaches", "[solve][delegation-present]") {
    auto s = lao_flights();
    auto& la = s.delegations[1];
    la.arrival_via = {"Viêng Chăn", "", ""};  // by air to Hà Nội (3 h 10), then road (4 h 30)
    la.departure.reset();
    CHECK(presence_messages(s, at(s, "courtesy", "room_c", "2022-09-09", "17:00")) ==
          std::vector<std::string>{"'Chào xã giao' (09/09 17:00–18:00, Phòng C) is held while its delegation is away: "
                                   "Đoàn Lào (led by Bộ trưởng A-lun-xay Xủn-nạ-lạt) arrives in Viêng Chăn at 09/09 09:30 "
                                   "and needs 7 h 40 by air, then road to Cửa Lò"});
    CHECK(presence_messages(s, at(s, "courtesy", "room_c", "2022-09-09", "17:15")).empty());
    la.arrival_via = {"Vinh", "Sân bay Vinh", ""};  // the stored event knows no travel from Vinh
    CHECK(presence_messages(s, at(s, "courtesy", "room_c", "2022-09-10", "08:00")) ==
          std::vector<std::string>{"'Chào xã giao' (10/09 08:00–09:00, Phòng C) is held while its delegation is away: "
                                   "Đoàn Lào (led by Bộ trưởng A-lun-xay Xủn-nạ-lạt) arrives at Sân bay Vinh at 09/09 "
                                   "09:30 and no travel leads to Cửa Lò"});
}

TEST_CASE("delegation-present: the planner waits for the road from the airport", "[solve][delegation-present]") {
    auto s = lao_flights();
    s.sessions.back().city = "Cửa Lò";
    s.sessions.back().allowed_days = {*model::parse_day("2022-09-09")};
    solve::SolveOptions options;
    options.time_limit_seconds = 2;
    const auto result = solve::plan(s, options);
    REQUIRE(result.outcome == solve::Outcome::ConflictFree);
    const auto* placed = result.agenda.find("courtesy");
    REQUIRE(placed);
    CHECK(placed->start >= local("2022-09-09", "14:00"));
}

TEST_CASE("person-unavailable covers attendees and the interpreter", "[solve][person-unavailable]") {
    auto s = workshop();
    s.participants[0].unavailable = {{local("2022-09-09", "08:00"), local("2022-09-09", "10:00")}};  // vn_min
    s.participants[5].unavailable = {{local("2022-09-09", "14:00"), local("2022-09-09", "15:00")}};  // int_2
    add_session(s, "talks", "Hội đàm", 60, {"vn_min", "la_min"}).interpretation = model::Interpretation{"vi", "lo", {}};
    model::Agenda agenda;
    agenda.placements = {at(s, "talks", "room_b", "2022-09-09", "09:30", "int_1")};
    auto found = of_rule(solve::check(s, agenda), "person-unavailable");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0], "vn_min"));
    CHECK(found[0].message.find("unavailable 09/09 08:00–10:00 (overlaps by 30 min)") != std::string::npos);
    agenda.placements = {at(s, "talks", "room_b", "2022-09-09", "14:30", "int_2")};
    found = of_rule(solve::check(s, agenda), "person-unavailable");
    REQUIRE(found.size() == 1);
    CHECK(names(found[0], "int_2"));
    agenda.placements = {at(s, "talks", "room_b", "2022-09-09", "14:30", "int_1")};
    CHECK(of_rule(solve::check(s, agenda), "person-unavailable").empty());
}

TEST_CASE("person-unavailable: the attendees' spans add up, overlapping or end to end", "[solve][person-unavailable]") {
    auto s = workshop();
    s.participants[0].unavailable = {{local("2022-09-09", "08:00"), local("2022-09-09", "09:00")}};  // vn_min
    s.participants[1].unavailable = {{local("2022-09-09", "10:00"), local("2022-09-09", "10:30")},   // vn_dep
                                     {local("2022-09-09", "08:30"), local("2022-09-09", "10:00")},
                                     {local("2022-09-09", "15:00"), local("2022-09-09", "15:00")}};  // empty
    add_session(s, "talks", "Hội đàm", 60, {"vn_min", "vn_dep"}).room_id = "room_c";
    auto p = solve::compile(s);
    std::vector<std::string> on_9th;
    for (const auto& c : p.sessions[0].candidates)
        if (auto text = p.time_text(c.start, c.room); text.starts_with("09/09")) on_9th.push_back(text.substr(6));
    // 08:00–10:30 is taken as one span; 15:00–15:00 takes nothing.
    REQUIRE_FALSE(on_9th.empty());
    CHECK(on_9th.front() == "10:30");
    CHECK(std::count(on_9th.begin(), on_9th.end(), "14:30") == 1);
    CHECK(std::count(on_9th.begin(), on_9th.end(), "15:00") == 1);
}

TEST_CASE("pinned-kept compares with the previous agenda", "[solve][pinned-kept]") {
    auto s = workshop();
    add_session(s, "signing", "Ký kết", 60, {"vn_min"}).pinned = true;
    add_session(s, "visit", "Tham quan", 60, {"vn_dep"});
    model::Agenda previous;
    previous.placements = {at(s, "signing", "hall_hn", "2022-09-09", "09:00"), at(s, "visit", "room_c", "2022-09-09", "09:00")};
    model::Agenda agenda;
    agenda.placements = {at(s, "signing", "hall_hn", "2022-09-09", "10:00"), at(s, "visit", "room_c", "2022-09-09", "10:00")};
    auto found = of_rule(solve::check(s, agenda, &previous), "pinned-kept");
    REQUIRE(found.size() == 1);  // visit is not pinned: it may move
    CHECK(names(found[0], "signing"));
    CHECK(found[0].message.find("is pinned to 'Ký kết' (09/09 09:00–10:00, Phòng họp VPCP)") != std::string::npos);
    CHECK(of_rule(solve::check(s, agenda), "pinned-kept").empty());  // no previous agenda, no pin
    agenda.placements[0] = previous.placements[0];
    CHECK(of_rule(solve::check(s, agenda, &previous), "pinned-kept").empty());
}
