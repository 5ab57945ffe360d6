// The benchmark's peers (bench/peers/) on generated one-hour-grid events: the FET
// export and read-back, and one tiny instance per peer, run only when the peer is
// installed (bench/peers/install.sh; never in CI), its answer verified by check.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <sstream>

#include "../bench/peers/cbc.hpp"
#include "../bench/peers/fet.hpp"
#include "../bench/peers/minizinc.hpp"
#include "solve/generator.hpp"
#include "solve/solver.hpp"

using namespace hoithao;

namespace {

model::Scenario grid_event(int sessions, int halls, int days) {
    testing::EventSize size;
    size.sessions = sessions;
    size.participants = 5 * sessions;
    size.halls = halls;
    size.days = days;
    size.hour_grid = true;
    return testing::generate_event(size);
}

std::filesystem::path scratch(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("hoithao-peer-" + name + "-" + std::to_string(std::random_device{}()));
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

void check_peer_answer(const model::Scenario& scenario, const solve::Problem& problem,
                       const std::optional<std::vector<int>>& choice) {
    REQUIRE(choice);
    auto report = solve::check(scenario, peers::agenda_of(problem, *choice));
    CHECK(report.hard_count() == 0);
}

}  // namespace

TEST_CASE("generator: the hour-grid event is one every peer can express", "[peers]") {
    auto scenario = grid_event(60, 12, 3);
    auto problem = solve::compile(scenario);
    CHECK_FALSE(peers::unsupported(problem));
    CHECK(scenario.event.slot_minutes == 60);
    int ordered = 0, mornings = 0;
    for (const auto& s : scenario.sessions) {
        CHECK(s.duration_minutes == 60);
        CHECK_FALSE(s.interpretation);
        for (const auto& a : s.after) {
            CHECK(a.gap_minutes == 0);
            ++ordered;
        }
        mornings += !s.windows.empty();
    }
    CHECK(ordered > 0);
    CHECK(mornings > 0);
    auto time = peers::fet_time(problem);
    REQUIRE(time);
    CHECK(time->days == 3);
    CHECK(time->hours == 9);  // 08:00 … 16:00; 12:00 is lunch and no session's start
}

TEST_CASE("FET export: one activity per session, exact on the hour grid, escaped", "[peers]") {
    auto scenario = grid_event(20, 12, 3);
    auto problem = solve::compile(scenario);
    auto grid = peers::grid_model(problem);
    auto time = peers::fet_time(problem);
    REQUIRE(time);
    std::ostringstream out;
    auto loose = peers::write_fet(out, problem, grid, *time);
    CHECK(loose.sessions == 0);
    CHECK(loose.precedences == 0);
    const auto xml = out.str();
    CHECK(count(xml, "<Activity>") == problem.sessions.size());
    CHECK(count(xml, "<ConstraintActivityPreferredRooms>") == problem.sessions.size());
    CHECK(count(xml, "<ConstraintTwoActivitiesOrdered>") == grid.precedences.size());
    CHECK(peers::xml_escape("A & B <\"x\"> 'y'") == "A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;");
    CHECK(peers::xml_unescape(peers::xml_escape("Hội trường <A> & 'B'")) == "Hội trường <A> & 'B'");
}

TEST_CASE("FET read-back: places become candidates, other places are counted", "[peers]") {
    auto scenario = grid_event(20, 12, 3);
    auto problem = solve::compile(scenario);
    auto time = peers::fet_time(problem);
    REQUIRE(time);
    const auto& wanted = problem.sessions[1].candidates.back();
    auto [day, hour] = time->slot.at(wanted.start);
    std::istringstream activities("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Activities_Timetable>\n"
                                  "<Activity>\n\t<Id>2</Id>\n\t<Day>" + peers::fet_day(day) + "</Day>\n\t<Hour>" +
                                  peers::fet_hour(*time, hour) + "</Hour>\n\t<Room>" +
                                  problem.rooms[wanted.room].id + "</Room>\n</Activity>\n"
                                  "<Activity>\n\t<Id>3</Id>\n\t<Day>d99</Day>\n\t<Hour>08:00</Hour>\n\t<Room>" +
                                  problem.rooms[wanted.room].id + "</Room>\n</Activity>\n</Activities_Timetable>\n");
    int outside = -1;
    auto choice = peers::read_fet_activities(activities, problem, *time, outside);
    REQUIRE(choice.size() == problem.sessions.size());
    CHECK(choice[1] == static_cast<int>(problem.sessions[1].candidates.size()) - 1);
    CHECK(choice[0] == -1);  // absent from the file
    CHECK(choice[2] == -1);  // a day the event does not have
    CHECK(outside == 1);
}

TEST_CASE("peers: FET solves a tiny generated event", "[peers]") {
    if (!peers::installed("fet-cl")) {
        WARN("fet-cl not installed: skipped");
        return;
    }
    auto scenario = grid_event(12, 4, 1);
    auto problem = solve::compile(scenario);
    auto dir = scratch("fet");
    peers::RunResult run;
    auto choice = peers::solve_fet(problem, peers::grid_model(problem), 30, dir, run);
    std::filesystem::remove_all(dir);
    INFO(run.note);
    check_peer_answer(scenario, problem, choice);
}

TEST_CASE("peers: MiniZinc+Gecode solves a tiny generated event", "[peers]") {
    if (!peers::installed("minizinc")) {
        WARN("minizinc not installed: skipped");
        return;
    }
    auto scenario = grid_event(12, 4, 1);
    auto problem = solve::compile(scenario);
    auto dir = scratch("mzn-gen");
    peers::RunResult run;
    auto choice = peers::solve_minizinc(peers::grid_model(problem), static_cast<int>(problem.rooms.size()), 30, dir, run);
    std::filesystem::remove_all(dir);
    check_peer_answer(scenario, problem, choice);
}

TEST_CASE("peers: CBC solves a tiny generated event", "[peers]") {
    if (!peers::installed("cbc")) {
        WARN("cbc not installed: skipped");
        return;
    }
    auto scenario = grid_event(12, 4, 1);
    auto problem = solve::compile(scenario);
    auto dir = scratch("cbc-gen");
    peers::RunResult run;
    auto choice = peers::solve_cbc(peers::grid_model(problem), 30, dir, run);
    std::filesystem::remove_all(dir);
    check_peer_answer(scenario, problem, choice);
}
