// Facts staff have that working hours alone cannot say: an evening reception, and a
// session wanted on a national holiday.
#include <catch2/catch.hpp>

#include <fstream>

#include "cli/cli_run.hpp"
#include "solve/reference_checker.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

std::string scenario(const std::string& ceremony_day, const std::string& dinner) {
    return R"(include = [")" + std::string(HOITHAO_SOURCE_DIR) + R"(/data/venues.toml"]
[event]
id = "cualo-9"
name = "Hội thảo Cửa Lò tháng 9"
host = "VN"
timezone = "Asia/Ho_Chi_Minh"
start = 2022-09-01
end = 2022-09-03
working_hours = ["07:30", "17:30"]
breaks = [{ name = "Nghỉ trưa", from = "11:30", to = "13:30" }]
holidays = [{ day = 2022-09-02, name = "Quốc khánh 2/9" }, { day = 2022-12-02, name = "Quốc khánh Lào" }]

[[delegation]]
id = "la"
name = "Đoàn Văn phòng Phủ Thủ tướng Lào"
side = "LA"
head = "alunxay"

[[participant]]
id = "alunxay"
name = "A-lun-xay Xủn-nạ-lạt"
names = { lo = "ອາລຸນໄຊ ສູນນະລາດ" }
title = "Bộ trưởng, Chủ nhiệm Văn phòng Phủ Thủ tướng Lào"
rank = 1
delegation = "la"
languages = ["lo"]

[[session]]
id = "ceremony"
title = "Lễ chào cờ"
kind = "plenary"
duration = 60
attendees = ["alunxay"]
days = [)" + ceremony_day + R"(]
city = "Cửa Lò"

[[session]]
id = "dinner"
title = "Tiệc chiêu đãi chào mừng Đoàn Lào"
kind = "plenary"
duration = 120
attendees = ["alunxay"]
days = [2022-09-03]
city = "Cửa Lò"
)" + dinner + "\n";
}

struct Event {
    TempDir tmp;
    std::string db = (tmp / "e.db").string();
    std::string file = (tmp / "e.toml").string();
    Run import(const std::string& text) {
        std::ofstream(file, std::ios::trunc) << text;
        return run_cli({"import", db, file});
    }
    Event() { run_cli({"init", db}); }
};

}  // namespace

TEST_CASE("an evening reception is planned outside working hours without widening them", "[cli][facts]") {
    Event e;
    REQUIRE(e.import(scenario("2022-09-01", "outside_hours = true\nwindows = [[\"18:30\", \"21:00\"]]")).code == 0);
    auto solved = run_cli({"solve", e.db, "--quiet"});
    INFO(solved.out);
    REQUIRE(solved.code == 0);
    store::Store store(e.db, false);
    const auto state = store.read_event("cualo-9");
    const auto* dinner = state.agenda->find("dinner");
    REQUIRE(dinner);
    CHECK(dinner->start >= local("2022-09-03", "18:30"));
    CHECK(dinner->end <= local("2022-09-03", "21:00"));
    CHECK(reference_conflicts(state.scenario, *state.agenda).empty());
    // The rest of the event keeps its hours: the ceremony is still within them.
    const auto* ceremony = state.agenda->find("ceremony");
    REQUIRE(ceremony);
    CHECK(ceremony->start >= local("2022-09-01", "07:30"));

    SECTION("without times it is refused at import, naming the field") {
        auto r = e.import(scenario("2022-09-01", "outside_hours = true"));
        CHECK(r.code == 2);
        CHECK(r.err.find("e.toml:") != std::string::npos);
        CHECK(r.err.find("field 'outside_hours': a session outside working hours needs its times") != std::string::npos);
    }
    SECTION("without outside_hours an evening window is proven impossible, in words") {
        REQUIRE(e.import(scenario("2022-09-01", "windows = [[\"18:30\", \"21:00\"]]")).code == 0);
        auto r = run_cli({"solve", e.db, "--quiet"});
        CHECK(r.code == 1);
        CHECK(r.says("no conflict-free agenda exists"));
        CHECK(r.says("outside working hours"));
    }
}

TEST_CASE("a session wanted only on a national holiday is a proof naming the holiday, not an import error",
          "[cli][facts]") {
    Event e;
    auto imported = e.import(scenario("2022-09-02", ""));
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    auto solved = run_cli({"solve", e.db, "--quiet"});
    INFO(solved.out);
    CHECK(solved.code == 1);
    CHECK(solved.says("no conflict-free agenda exists:\n  - 'Lễ chào cờ' (1 h) has no possible start time: it may only "
                      "take place on 2022-09-02 (Quốc khánh 2/9), when nothing is planned (blocked day)\n"));
    // A day outside the event is still a typo, refused at import.
    auto outside = e.import(scenario("2022-09-09", ""));
    CHECK(outside.code == 2);
    CHECK(outside.err.find("is not an event day") != std::string::npos);
}

TEST_CASE("a session's facts and a hall's equipment change by command, for this event only, and survive a re-import",
          "[cli][facts]") {
    Event e;
    REQUIRE(e.import(scenario("2022-09-01", "outside_hours = true\nwindows = [[\"18:30\", \"21:00\"]]")).code == 0);
    REQUIRE(run_cli({"solve", e.db, "--quiet"}).code == 0);

    auto set = run_cli({"set", e.db, "session:ceremony", "--duration", "90", "--days", "2022-09-03", "--window",
                        "08:00-10:00", "--equipment", "+signing_table", "--hard-only"});
    INFO(set.out << set.err);
    CHECK(set.code == 1);  // the stored place no longer fits: said, and fixed by a replan
    CHECK(run_cli({"replan", e.db, "--now", "2022-08-31 08:00", "--quiet"}).code == 0);
    {
        store::Store store(e.db, false);
        const auto state = store.read_event("cualo-9");
        const auto& ceremony = *state.scenario.find_session("ceremony");
        CHECK(ceremony.duration_minutes == 90);
        CHECK(ceremony.allowed_days == std::vector<model::Day>{*model::parse_day("2022-09-03")});
        CHECK(ceremony.equipment.count("signing_table") == 1);
        const auto* placed = state.agenda->find("ceremony");
        REQUIRE(placed);
        CHECK(placed->start >= local("2022-09-03", "08:00"));
        CHECK(placed->end <= local("2022-09-03", "10:00"));
        CHECK(state.scenario.find_room(placed->room_id)->equipment.count("signing_table") == 1);
        CHECK(reference_conflicts(state.scenario, *state.agenda).empty());
    }

    // A hall gains a signing table for this event; the shared data file is untouched.
    const auto venues = read_file(std::string(HOITHAO_SOURCE_DIR) + "/data/venues.toml");
    CHECK(run_cli({"set", e.db, "room:mt-cualo-lan", "--equipment", "+signing_table,-projector"}).code <= 1);
    CHECK(read_file(std::string(HOITHAO_SOURCE_DIR) + "/data/venues.toml") == venues);

    auto again = e.import(scenario("2022-09-01", "outside_hours = true\nwindows = [[\"18:30\", \"21:00\"]]"));
    INFO(again.out);
    CHECK(again.code == 0);
    CHECK(again.says("kept from a command: session 'ceremony'"));
    CHECK(again.says("kept from a command: hall 'mt-cualo-lan'"));
    store::Store store(e.db, false);
    const auto scenario = store.load_scenario("cualo-9");
    CHECK(scenario.find_session("ceremony")->duration_minutes == 90);
    CHECK(scenario.find_room("mt-cualo-lan")->equipment.count("signing_table") == 1);
    CHECK(scenario.find_room("mt-cualo-lan")->equipment.count("projector") == 0);

    SECTION("bad values are refused at their option, nothing stored") {
        const int versions = query_int(e.db, "SELECT count(*) FROM agenda_versions");
        auto bad_day = run_cli({"set", e.db, "session:ceremony", "--days", "2022-09-09"});
        CHECK(bad_day.code == 2);
        CHECK(bad_day.err == "hoithao: field '--days': day 2022-09-09 is not an event day\n");
        auto bad_window = run_cli({"set", e.db, "session:ceremony", "--window", "8h-10h"});
        CHECK(bad_window.code == 2);
        CHECK(bad_window.err.find("field '--window'") != std::string::npos);
        CHECK(run_cli({"set", e.db, "delegation:la", "--duration", "30"}).code == 2);
        CHECK(query_int(e.db, "SELECT count(*) FROM agenda_versions") == versions);
    }
}

TEST_CASE("a delegation without a head is imported with a warning", "[cli][facts]") {
    Event e;
    auto text = scenario("2022-09-01", "");
    text.erase(text.find("head = \"alunxay\"\n"), std::string("head = \"alunxay\"\n").size());
    auto r = e.import(text);
    CHECK(r.code == 0);
    CHECK(r.says("warning: delegation 'la' (Đoàn Văn phòng Phủ Thủ tướng Lào) has no head"));
    CHECK_FALSE(e.import(scenario("2022-09-01", "")).says("warning"));
}
