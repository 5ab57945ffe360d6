#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "io/itc2007.hpp"
#include "model/error.hpp"
#include "solve/solver.hpp"

using namespace hoithao;

namespace {

// 3 events, 2 rooms, 1 feature, 2 students:
//   s0 attends e0, e1; s1 attends e1, e2. r0 (2 seats) has f0, r1 (1 seat) not;
//   e0 needs f0. e1 may not take slots 0, 1 (Mon 09–11) and 44 (Fri 17–18).
//   e0 must be earlier than e2.
std::vector<std::string> tiny_lines() {
    std::vector<std::string> v = {"3 2 1 2", "2", "1"};
    for (int x : {1, 1, 0, 0, 1, 1}) v.push_back(std::to_string(x));  // attendance, student-major
    for (int x : {1, 0}) v.push_back(std::to_string(x));              // room features
    for (int x : {1, 0, 0}) v.push_back(std::to_string(x));           // event features
    for (int e = 0; e < 3; ++e)
        for (int t = 0; t < 45; ++t) v.push_back(e == 1 && (t < 2 || t == 44) ? "0" : "1");
    for (int x : {0, 0, 1, 0, 0, 0, -1, 0, 0}) v.push_back(std::to_string(x));  // precedence
    return v;
}

std::string join(const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& l : lines) text += l + "\r\n";
    return text;
}

model::Scenario parse(const std::string& text) {
    std::istringstream in(text);
    return io::parse_itc2007(in, "tiny.tim");
}

std::string error_of(const std::vector<std::string>& lines) {
    try {
        parse(join(lines));
    } catch (const model::InputError& e) {
        return e.what();
    }
    return "no error";
}

model::Placement at_slot(const model::Scenario& s, const std::string& session, int slot, const std::string& room) {
    model::Placement p;
    p.session_id = session;
    p.room_id = room;
    p.start = model::to_instant(s.event.first_day + date::days{slot / 9}, {9 * 60 + 60 * (slot % 9)}, s.event.zone);
    p.end = p.start + model::Minutes{60};
    return p;
}

}  // namespace

TEST_CASE("itc2007: a tiny instance becomes a scenario", "[itc][io]") {
    auto s = parse(join(tiny_lines()));
    CHECK(s.event.id == "tiny");
    CHECK(s.event.itc2007_soft_cost);
    CHECK(s.event.slot_minutes == 60);
    CHECK(s.event.days().size() == 5);
    CHECK(s.event.working_hours == model::ClockWindow{{9 * 60}, {18 * 60}});
    REQUIRE(s.sessions.size() == 3);
    REQUIRE(s.rooms.size() == 2);
    REQUIRE(s.participants.size() == 2);
    CHECK(s.rooms[0].capacity == 2);
    CHECK(s.rooms[0].equipment == std::set<std::string>{"f0"});
    CHECK(s.rooms[1].equipment.empty());
    CHECK(s.sessions[0].equipment == std::set<std::string>{"f0"});
    CHECK(s.sessions[0].attendees == std::vector<std::string>{"s0"});
    CHECK(s.sessions[1].attendees == std::vector<std::string>{"s0", "s1"});
    CHECK(s.sessions[0].unavailable.empty());
    // Slots 0 and 1 merge into one span; slot 44 is the last hour of Friday.
    REQUIRE(s.sessions[1].unavailable.size() == 2);
    CHECK(s.sessions[1].unavailable[0].start == model::to_instant(s.event.first_day, {9 * 60}, s.event.zone));
    CHECK(s.sessions[1].unavailable[0].length() == model::Minutes{120});
    CHECK(s.sessions[1].unavailable[1].start ==
          model::to_instant(s.event.first_day + date::days{4}, {17 * 60}, s.event.zone));
    REQUIRE(s.sessions[2].after.size() == 1);
    CHECK(s.sessions[2].after[0].session == "e0");
    CHECK(s.sessions[2].after[0].gap_minutes == 0);
    CHECK(s.sessions[0].after.empty());
}

TEST_CASE("itc2007: the checker enforces the imported hard rules", "[itc][io]") {
    auto s = parse(join(tiny_lines()));
    model::Agenda agenda;
    agenda.placements = {at_slot(s, "e0", 3, "r0"), at_slot(s, "e1", 1, "r0"), at_slot(s, "e2", 2, "r1")};
    auto report = solve::check(s, agenda);
    std::set<std::string> rules;
    for (const auto& v : report.violations)
        if (v.hard) rules.insert(v.rule);
    CHECK(rules == std::set<std::string>{"session-unavailable", "precedence"});
    agenda.placements = {at_slot(s, "e0", 3, "r0"), at_slot(s, "e1", 4, "r0"), at_slot(s, "e2", 12, "r1")};
    CHECK(solve::check(s, agenda).hard_count() == 0);
}

TEST_CASE("itc2007: bad files name the file and line", "[itc][io]") {
    auto lines = tiny_lines();
    auto broken = [&](std::size_t index, const std::string& value) {
        auto copy = lines;
        copy[index] = value;
        return error_of(copy);
    };
    CHECK_THAT(broken(3, "2"),
               Catch::Contains("tiny.tim:4: field 'attendance of student 0 at event 0': value 2, expected 0 to 1"));
    CHECK_THAT(broken(1, "x"), Catch::Contains("tiny.tim:2: field 'capacity of room 0': expected one number, found 'x'"));
    CHECK_THAT(broken(1, "1 2"), Catch::Contains("tiny.tim:2"));
    CHECK_THAT(broken(0, "3 2 1"), Catch::Contains("tiny.tim:1: field 'header'") && Catch::Contains("4 numbers"));
    CHECK_THAT(broken(0, "0 2 1 2"), Catch::Contains("header out of range"));
    // Row 2, column 0 must be -1 since row 0, column 2 is 1.
    CHECK_THAT(broken(lines.size() - 3, "0"), Catch::Contains("not antisymmetric"));
    CHECK_THAT(broken(lines.size() - 5, "1"), Catch::Contains("precede itself"));
    auto shorter = lines;
    shorter.pop_back();
    CHECK_THAT(error_of(shorter), Catch::Contains("tiny.tim:158") && Catch::Contains("ends before"));
    auto longer = lines;
    longer.push_back("0");
    CHECK_THAT(error_of(longer), Catch::Contains("after the last of 158 lines"));
    longer.back() = "";
    CHECK(error_of(longer) == "no error");  // a trailing empty line is harmless
    CHECK_THROWS_AS(io::load_itc2007("/nonexistent/x.tim"), model::InputError);
}

TEST_CASE("itc2007: solutions list timeslot and room per event", "[itc][io]") {
    auto s = parse(join(tiny_lines()));
    model::Agenda agenda;
    agenda.placements = {at_slot(s, "e2", 44, "r0"), at_slot(s, "e0", 10, "r1")};
    std::ostringstream out;
    io::write_itc2007_solution(out, s, agenda);
    CHECK(out.str() == "10 1\n-1 -1\n44 0\n");
    CHECK(io::itc2007_timeslot(s, agenda.placements[0]) == 44);
    agenda.placements[0].start += model::Minutes{30};
    CHECK_THROWS_AS(io::write_itc2007_solution(out, s, agenda), model::InputError);
}

TEST_CASE("itc2007: instance 1 matches its header", "[itc][io]") {
    const std::filesystem::path file =
        std::filesystem::path(HOITHAO_SOURCE_DIR) / "../shared/bench/itc2007-track2/comp-2007-2-1.tim";
    if (!std::filesystem::exists(file)) {
        WARN("benchmark files not found at " << file);
        return;
    }
    auto s = io::load_itc2007(file.string());
    CHECK(s.event.id == "comp-2007-2-1");
    CHECK(s.sessions.size() == 400);
    CHECK(s.rooms.size() == 10);
    CHECK(s.participants.size() == 500);
    // Totals counted independently from the file.
    std::size_t attendances = 0, precedences = 0;
    for (const auto& x : s.sessions) attendances += x.attendees.size(), precedences += x.after.size();
    CHECK(attendances == 10510);
    CHECK(precedences == 40);
}
