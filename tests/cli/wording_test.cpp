// What a protocol officer reads names people, halls and rules in words: no rule
// id ever appears in the output of solve, check, move or replan, even on a plan
// full of conflicts; and a replan that could move nothing says so.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>

#include "cli/cli_run.hpp"
#include "solve/constraint.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

std::string cualo_2022() { return std::string(HOITHAO_SOURCE_DIR) + "/examples/cualo-2022/workshop.toml"; }

// Every rule id of the registry, and those the agenda reader and the CLI add.
std::set<std::string> rule_ids() {
    std::set<std::string> ids{"unknown-session", "duplicate-placement", "unknown-room", "unknown-interpreter",
                              "wrong-end",       "room-closed",         "session-cancelled"};
    for (const auto& c : solve::make_constraints()) ids.emplace(c->name());
    return ids;
}

// A line names an id as an id: hyphenated ids anywhere, one-word ids ("precedence",
// "interpretation", also ordinary words) only quoted or in brackets.
std::string id_in(const std::string& line, const std::set<std::string>& ids) {
    for (const auto& id : ids) {
        const bool found = id.find('-') != std::string::npos
                               ? line.find(id) != std::string::npos
                               : line.find("'" + id + "'") != std::string::npos ||
                                     line.find("(" + id + ")") != std::string::npos;
        if (found) return id;
    }
    return {};
}

}  // namespace

TEST_CASE("no output names a rule by its id, even on a plan full of conflicts", "[cli][wording]") {
    TempDir tmp;
    const std::string db = (tmp / "ev.db").string();
    std::vector<Run> runs;
    auto step = [&](std::vector<std::string> args) {
        runs.push_back(run_cli(args));
        INFO(args[0] << "\n" << runs.back().out << runs.back().err);
        CHECK(runs.back().code <= 2);
    };
    step({"init", db});
    step({"import", db, cualo_2022()});
    step({"solve", db, "--time-limit", "3", "--quiet"});
    // Talks on the wrong day with an interpreter away then; the welcome in a small
    // hall without booths, at the time of a presentation; a hall closed.
    step({"move", db, "talks", "--to", "2022-09-10 08:00", "--interpreter", "somsanith-khamphoune"});
    step({"move", db, "welcome", "--to", "2022-09-09 13:45", "--room", "mt-cualo-sen"});
    step({"set", db, "room:mt-cualo-vip", "--closed", "2022-09-09 08:00/2022-09-09 12:00"});
    step({"check", db});
    step({"check", db, "--verbose"});
    step({"log", db});
    step({"replan", db, "--now", "2022-09-08 12:00", "--time-limit", "3", "--quiet"});
    step({"replan", db, "--time-limit", "1", "--quiet"});
    step({"check", db, "--verbose"});
    const auto ids = rule_ids();
    bool conflicts = false;
    for (const auto& run : runs) {
        std::istringstream lines(run.out + run.err);
        for (std::string line; std::getline(lines, line);) {
            conflicts = conflicts || line.starts_with("conflict (");
            INFO(line);
            CHECK(id_in(line, ids).empty());
        }
    }
    CHECK(conflicts);  // the moves did leave conflicts to word
}

TEST_CASE("replan after the event has happened stores nothing and says which --now would work", "[cli][replan]") {
    TempDir tmp;
    const std::string db = (tmp / "ev.db").string();
    REQUIRE(run_cli({"init", db}).code == 0);
    REQUIRE(run_cli({"import", db, cualo_2022()}).code == 0);
    REQUIRE(run_cli({"solve", db, "--time-limit", "3", "--quiet"}).code == 0);
    // The talks moved off their day, their interpreter away then.
    CHECK(run_cli({"move", db, "talks", "--to", "2022-09-10 08:00", "--interpreter", "somsanith-khamphoune"}).code ==
          1);
    // The test clock (23/11/2026) is long after the event: every session has happened.
    const auto late = run_cli({"replan", db, "--time-limit", "1", "--quiet"});
    CHECK(late.code == 2);
    INFO(late.out << late.err);
    const auto said = late.out + late.err;
    CHECK(said.find("every session of version 2 starts before 2026-11-23 15:00, so all have taken place and none "
                    "may move; give --now \"2022-09-09 ") != std::string::npos);
    CHECK(said.find("\" (the first session's start) or earlier to re-plan them") != std::string::npos);
    CHECK(query_int(db, "SELECT COUNT(*) FROM agenda_versions") == 2);
    // From before the event, the talks return to their day with a free interpreter.
    const auto replanned = run_cli({"replan", db, "--now", "2022-09-08 12:00", "--time-limit", "3", "--quiet"});
    INFO(replanned.out);
    CHECK(replanned.code == 0);
    CHECK(replanned.says("0 hard conflicts"));
}
