#include <catch2/catch.hpp>

#include <algorithm>

#include "solve/fixture.hpp"
#include "solve/problem.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("compile: attendees, headcount, booths and candidate rooms", "[solve][problem]") {
    auto s = workshop();
    auto& plenary = add_session(s, "plenary", "Phiên toàn thể", 60, {"vn_min"});
    plenary.delegations = {"la"};
    plenary.interpretation = model::Interpretation{"vi", "lo", model::InterpretationMode::Simultaneous};
    auto p = solve::compile(s);
    const auto& x = p.sessions[0];
    CHECK(x.attendees.size() == 3);  // vn_min + la_min + la_dir
    CHECK(x.headcount == 3);
    CHECK(x.equipment.count("booths"));
    CHECK(x.interpreters == std::vector<int>{p.person_index("int_1"), p.person_index("int_2")});
    CHECK(x.rooms == std::vector<int>{p.room_index("hall_a"), p.room_index("hall_hn")});
    CHECK(x.delegations.size() == 2);  // la whole, vn through vn_min
}

TEST_CASE("compile: shortest travel over links, with Dijkstra", "[solve][problem]") {
    auto s = workshop();
    s.venues.push_back({"v_hue", "Huế", "Huế", "", "Asia/Ho_Chi_Minh"});
    s.rooms.push_back({"room_hue", "v_hue", "Phòng Huế", 20, {}, {}});
    auto p = solve::compile(s);
    int hn = p.room_index("hall_hn"), cl = p.room_index("hall_a"), cl2 = p.room_index("room_c"),
        b = p.room_index("room_b"), vte = p.room_index("room_vte"), hue = p.room_index("room_hue");
    CHECK(p.travel_minutes(hn, cl) == 270);
    CHECK(p.travel_minutes(vte, cl) == 460);  // through Hà Nội
    CHECK(p.travel_minutes(cl, cl2) == 15);   // same city, other venue
    CHECK(p.travel_minutes(cl, b) == 0);      // same venue
    CHECK(p.travel_minutes(cl, hue) == solve::Problem::kUnreachable);
}

TEST_CASE("compile: candidate starts avoid lunch and end within hours", "[solve][problem]") {
    auto s = workshop();
    s.event.last_day = s.event.first_day;  // one day, 08 Sep
    add_session(s, "a", "Tham luận", 60, {"vn_dep"}).room_id = "room_c";
    add_session(s, "b", "Hội đàm", 60, {"vn_min"}).fixed_start = local("2022-09-08", "09:10");
    auto p = solve::compile(s);
    std::vector<std::string> starts;
    for (const auto& c : p.sessions[0].candidates) starts.push_back(p.time_text(c.start, c.room));
    // 08:00 … 11:00 (ends by lunch at 12:00), 13:30 … 16:30 (ends by 17:30), every 15 min.
    CHECK(starts.size() == 13 + 13);
    CHECK(starts.front() == "08/09 08:00");
    CHECK(std::count(starts.begin(), starts.end(), "08/09 11:00") == 1);
    CHECK(std::count(starts.begin(), starts.end(), "08/09 11:15") == 0);
    CHECK(std::count(starts.begin(), starts.end(), "08/09 13:30") == 1);
    CHECK(starts.back() == "08/09 16:30");
    for (const auto& c : p.sessions[1].candidates) CHECK(p.time_text(c.start, c.room) == "08/09 09:10");
}

TEST_CASE("compile: an empty domain names the rule that empties it", "[solve][problem]") {
    auto s = workshop();
    auto& big = add_session(s, "big", "Hội thảo", 60, {"vn_min"});
    big.headcount = 200;
    big.city = "Cửa Lò";
    big.interpretation = model::Interpretation{"vi", "lo", model::InterpretationMode::Simultaneous};
    add_session(s, "long", "Tham quan", 600, {"vn_dep"});
    auto p = solve::compile(s);
    CHECK(p.sessions[0].candidates.empty());
    CHECK(p.sessions[0].no_candidate_reason ==
          "'Hội thảo' needs a hall for 200 people with booths in Cửa Lò: Hội trường A seats only 150, Phòng C seats "
          "only 40 and has no booths, Phòng B seats only 30 and has no booths");
    CHECK(p.sessions[1].candidates.empty());
    CHECK(p.sessions[1].no_candidate_reason.find("no start is left once these apply: outside the event's days, outside working hours") != std::string::npos);
}

TEST_CASE("compile: candidates of halls in two zones are every allowed pair, by start then hall", "[solve][problem]") {
    auto s = workshop();
    s.event.last_day = s.event.first_day;
    // Tokyo is two hours ahead: its local working hours start before Hà Nội's, so
    // the two zones' starts interleave in UTC.
    s.venues.push_back({"v_tokyo", "Tokyo", "Tokyo", "", "Asia/Tokyo"});
    s.rooms.push_back({"room_tokyo", "v_tokyo", "Tokyo Hall", 200, {}, {}});
    add_session(s, "a", "Tham luận", 60, {"vn_dep"});
    auto p = solve::compile(s);
    const auto& x = p.sessions[0];
    REQUIRE(x.rooms.size() > 2);
    std::vector<std::pair<solve::Instant, int>> expected, actual;
    for (int r : x.rooms)
        for (int m = 0; m < 24 * 60; m += 15) {
            // Working hours 08:00–17:30 with lunch 12:00–13:30, local to the hall.
            bool morning = m >= 8 * 60 && m + 60 <= 12 * 60, afternoon = m >= 13 * 60 + 30 && m + 60 <= 17 * 60 + 30;
            if (morning || afternoon) expected.emplace_back(p.instant(s.event.first_day, m, p.zone_of_room(r)), r);
        }
    std::sort(expected.begin(), expected.end());
    for (const auto& c : x.candidates) actual.emplace_back(c.start, c.room);
    CHECK(actual == expected);
    // Tokyo's 08:00 is Hà Nội's 06:00: the first candidates are all in Tokyo.
    CHECK(x.candidates.front().room == p.room_index("room_tokyo"));
}
