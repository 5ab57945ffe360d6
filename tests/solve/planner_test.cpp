#include <catch2/catch.hpp>

#include <set>

#include "solve/fixture.hpp"
#include "solve/problem.hpp"
#include "solve/reference_checker.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

model::Scenario programme() {
    auto s = workshop();
    auto& opening = add_session(s, "opening", "Khai mạc", 60);
    opening.kind = model::SessionKind::Opening;
    opening.delegations = {"vn", "la"};
    opening.headcount = 100;
    opening.interpretation = model::Interpretation{"vi", "lo", model::InterpretationMode::Simultaneous};
    auto& talks = add_session(s, "talks", "Hội đàm", 60, {"vn_min", "la_min"});
    talks.kind = model::SessionKind::Talks;
    talks.interpretation = model::Interpretation{"vi", "lo", {}};
    talks.after = {{"opening", 0}};
    auto& signing = add_session(s, "signing", "Ký kết biên bản ghi nhớ", 30, {"vn_min", "la_min"});
    signing.kind = model::SessionKind::Signing;
    signing.interpretation = model::Interpretation{"vi", "lo", {}};
    signing.equipment = {model::kSigningTable};
    signing.after = {{"talks", 15}};
    add_session(s, "visit", "Tham quan", 60, {"vn_dep"}).city = "Cửa Lò";
    add_session(s, "hn", "Làm việc tại VPCP", 60, {"vn_dep"}).city = "Hà Nội";
    add_session(s, "group", "Thảo luận nhóm", 60, {"la_dir"}).interpretation = model::Interpretation{"vi", "lo", {}};
    return s;
}

solve::SolveResult plan(const model::Scenario& s, double seconds = 5, const model::Agenda* previous = nullptr) {
    solve::SolveOptions options;
    options.time_limit_seconds = seconds;
    options.previous = previous;
    return solve::plan(s, options);
}

model::Placement& find(model::Agenda& agenda, const std::string& id) {
    for (auto& p : agenda.placements)
        if (p.session_id == id) return p;
    FAIL("no placement for " << id);
    return agenda.placements.front();
}

void move(const model::Scenario& s, model::Placement& p, model::TimePoint start) {
    p.start = start;
    p.end = start + model::Minutes{s.find_session(p.session_id)->duration_minutes};
}

}  // namespace

TEST_CASE("plan finds a conflict-free programme, earliest first", "[solve][planner]") {
    auto s = programme();
    auto result = plan(s);
    INFO(dump(result.report));
    REQUIRE(result.outcome == solve::Outcome::ConflictFree);
    CHECK(result.agenda.status == model::AgendaStatus::Complete);
    CHECK(result.report.hard_count() == 0);
    CHECK(reference_conflicts(s, result.agenda).empty());
    CHECK(result.agenda.placements.size() == s.sessions.size());
    CHECK(result.agenda.find("talks")->start >= result.agenda.find("opening")->end);
    CHECK(result.agenda.find("signing")->start >= result.agenda.find("talks")->end + model::Minutes{15});
    CHECK(result.agenda.find("talks")->interpreter_id == "int_1");
    CHECK(result.agenda.find("signing")->room_id != "room_c");  // no signing table there
    CHECK(of_rule(result.report, "morning-preferred").empty());  // talks and signing in the morning
}

TEST_CASE("plan is deterministic for a seed", "[solve][planner]") {
    auto s = programme();
    CHECK(plan(s).agenda.placements == plan(s).agenda.placements);
    // A longer limit buys more annealing steps, still counted, not timed.
    CHECK(plan(s, 25).agenda.placements == plan(s, 25).agenda.placements);
}

TEST_CASE("plan keeps pinned sessions where they were", "[solve][planner]") {
    auto s = programme();
    s.sessions[1].pinned = true;  // talks
    model::Agenda previous;
    previous.placements = {at(s, "talks", "room_b", "2022-09-09", "15:00", "int_2")};
    auto result = plan(s, 5, &previous);
    REQUIRE(result.outcome == solve::Outcome::ConflictFree);
    const auto* talks = result.agenda.find("talks");
    CHECK(talks->room_id == "room_b");
    CHECK(talks->start == local("2022-09-09", "15:00"));
    CHECK(talks->pinned);
    CHECK(result.agenda.find("signing")->start >= local("2022-09-09", "16:15"));
}

TEST_CASE("injected conflicts are named with the right rule", "[solve][planner][inject]") {
    auto s = programme();
    auto result = plan(s);
    REQUIRE(result.outcome == solve::Outcome::ConflictFree);
    const model::Agenda valid = result.agenda;
    auto expect = [&](const model::Agenda& agenda, const std::string& rule, const std::string& who) {
        auto report = solve::check(s, agenda);
        INFO(rule << "\n" << dump(report));
        auto found = of_rule(report, rule);
        REQUIRE_FALSE(found.empty());
        CHECK(std::any_of(found.begin(), found.end(), [&](const solve::Violation& v) { return names(v, who); }));
        CHECK_FALSE(reference_conflicts(s, agenda).empty());
    };
    {  // vn_dep (member of vn) in the visit during the opening
        auto a = valid;
        move(s, find(a, "visit"), find(a, "opening").start);
        expect(a, "person-double-booked", "vn_dep");
    }
    {  // the visit in the hall of the talks, at the same time; nobody in common
        auto a = valid;
        find(a, "visit").room_id = find(a, "talks").room_id;
        move(s, find(a, "visit"), find(a, "talks").start);
        expect(a, "room-double-booked", "visit");
    }
    {  // 100 people in a 60-seat hall
        auto a = valid;
        find(a, "opening").room_id = "hall_hn";
        expect(a, "room-capacity", "opening");
    }
    {
        auto a = valid;
        move(s, find(a, "visit"), local("2022-09-10", "17:00"));
        expect(a, "working-hours", "visit");
    }
    {
        auto a = valid;
        move(s, find(a, "visit"), local("2022-09-10", "11:30"));
        expect(a, "meal-break", "visit");
    }
    {  // vn_dep straight from Cửa Lò to Hà Nội
        auto a = valid;
        move(s, find(a, "hn"), find(a, "visit").end);
        expect(a, "travel-time", "vn_dep");
    }
    {  // the talks' interpreter also at the group discussion
        auto a = valid;
        auto& group = find(a, "group");
        group.interpreter_id = find(a, "talks").interpreter_id;
        group.room_id = find(a, "talks").room_id == "room_c" ? "room_b" : "room_c";
        move(s, group, find(a, "talks").start);
        expect(a, "person-double-booked", group.interpreter_id);
    }
    {  // the signing before the talks
        auto a = valid;
        move(s, find(a, "signing"), find(a, "talks").start - model::Minutes{30});
        expect(a, "precedence", "signing");
    }
}

TEST_CASE("proven infeasible: no room at all", "[solve][planner][infeasible]") {
    auto s = programme();
    s.sessions[0].headcount = 200;
    s.sessions[0].city = "Cửa Lò";
    auto result = plan(s);
    REQUIRE(result.outcome == solve::Outcome::ProvenInfeasible);
    CHECK(result.agenda.status == model::AgendaStatus::Infeasible);
    REQUIRE(result.reasons.size() == 1);
    CHECK(result.reasons[0] ==
          "'Khai mạc' needs a hall for 200 people with booths in Cửa Lò: Hội trường A seats only 150, Phòng C seats "
          "only 40 and has no booths, Phòng B seats only 30 and has no booths");
}

TEST_CASE("proven infeasible: a minister's day is overbooked", "[solve][planner][infeasible]") {
    auto s = workshop();
    for (int i = 0; i < 5; ++i) {
        auto& x = add_session(s, "m" + std::to_string(i), "Làm việc " + std::to_string(i), 120, {"vn_min"});
        x.allowed_days = {*model::parse_day("2022-09-09")};
    }
    // 08:00–12:00 and 13:30–17:30 leave 480 min; five 120-min sessions need 600.
    auto result = plan(s);
    REQUIRE(result.outcome == solve::Outcome::ProvenInfeasible);
    REQUIRE_FALSE(result.reasons.empty());
    CHECK(result.reasons[0].find("Bộ trưởng Trần Văn Sơn must attend") != std::string::npos);
    CHECK(result.reasons[0].find("(8 h available), but they need 10 h together") != std::string::npos);
}

TEST_CASE("proven infeasible: precedence cycle", "[solve][planner][infeasible]") {
    auto s = workshop();
    add_session(s, "a", "Hội đàm", 60, {"vn_min"}).after = {{"b", 0}};
    add_session(s, "b", "Ký kết", 60, {"vn_min"}).after = {{"a", 0}};
    auto result = plan(s);
    REQUIRE(result.outcome == solve::Outcome::ProvenInfeasible);
    CHECK(result.reasons[0] == "the order rules form a cycle: 'Hội đàm' comes after 'Ký kết', which comes after 'Hội đàm'");
}

TEST_CASE("proven infeasible by exhausting the search", "[solve][planner][infeasible]") {
    // Three sessions, each pair shares a person, two possible hours: a triangle
    // needs three hours, though each person alone has time for their two.
    // 08:00 09:00 10:00
    // [ a  )[ b  )         a: vn_min+vn_dep, b: vn_dep+la_dir, c: la_dir+vn_min
    auto s = workshop();
    s.event.last_day = s.event.first_day;
    s.event.working_hours = model::ClockWindow{{8 * 60}, {10 * 60}};
    add_session(s, "a", "Tham luận A", 60, {"vn_min", "vn_dep"});
    add_session(s, "b", "Tham luận B", 60, {"vn_dep", "la_dir"});
    add_session(s, "c", "Tham luận C", 60, {"la_dir", "vn_min"});
    for (auto& x : s.sessions) x.venue_id = "v_cl1";  // two rooms: no room shortage to blame
    s.event.slot_minutes = 60;
    auto result = plan(s);
    REQUIRE(result.outcome == solve::Outcome::ProvenInfeasible);
    REQUIRE_FALSE(result.reasons.empty());
    INFO(result.reasons[0]);
    CHECK_FALSE(result.agenda.placements.empty());  // best partial agenda
    CHECK(reference_conflicts(s, result.agenda, true).empty());
}

TEST_CASE("no time at all gives NotFound with a partial agenda", "[solve][planner]") {
    auto s = programme();
    auto result = plan(s, 0.0);
    CHECK(result.outcome == solve::Outcome::NotFound);
    CHECK(result.agenda.status == model::AgendaStatus::Partial);
    CHECK(result.report.hard_count() > 0);
}

TEST_CASE("a session's few best-fitting halls come first, every hall when they cannot work", "[solve][planner]") {
    // Three sessions of ten people fixed at one time in Cửa Lò, which has three
    // halls; with one hall per session all want room_b (30 seats, the best fit).
    auto s = workshop();
    for (const char* id : {"x", "y", "z"}) {
        auto& x = add_session(s, id, std::string("Tọa đàm ") + id, 60);
        x.headcount = 10;
        x.city = "Cửa Lò";
        x.fixed_start = local("2022-09-08", "09:00");
    }
    auto narrow = solve::compile(s, nullptr, std::nullopt, 1);
    CHECK(narrow.rooms_limited);
    for (const auto& x : narrow.sessions) CHECK(x.rooms == std::vector<int>{narrow.room_index("room_b")});
    CHECK_FALSE(solve::compile(s).rooms_limited);

    solve::SolveOptions options;
    options.rooms_per_session = 1;
    auto result = solve::plan(s, options);
    REQUIRE(result.outcome == solve::Outcome::ConflictFree);
    INFO(dump(result.report));
    CHECK(result.report.hard_count() == 0);
    CHECK(reference_conflicts(s, result.agenda, true).empty());
    std::set<std::string> rooms;
    for (const auto& p : result.agenda.placements) rooms.insert(p.room_id);
    CHECK(rooms == std::set<std::string>{"hall_a", "room_b", "room_c"});
}

TEST_CASE("a pinned session keeps its hall however few halls the others get", "[solve][planner]") {
    auto s = workshop();
    auto& x = add_session(s, "x", "Tọa đàm Viêng Chăn – Cửa Lò", 60);
    x.headcount = 10;
    x.city = "Cửa Lò";
    x.pinned = true;
    model::Agenda previous;
    previous.placements = {at(s, "x", "hall_a", "2022-09-08", "10:00")};
    auto narrow = solve::compile(s, &previous, std::nullopt, 1);
    CHECK(narrow.sessions[narrow.session_index("x")].rooms == std::vector<int>{narrow.room_index("hall_a")});

    solve::SolveOptions options;
    options.rooms_per_session = 1;
    options.previous = &previous;
    auto result = solve::plan(s, options);
    REQUIRE(result.outcome == solve::Outcome::ConflictFree);
    CHECK(result.agenda.find("x")->room_id == "hall_a");
}
