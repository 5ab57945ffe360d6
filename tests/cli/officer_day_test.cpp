// A protocol officer's day on the January 2013 Hà Nội conference, as scripted in the
// issue on planning a real event alone: plan, export, a late flight, the signing hall
// taken for the afternoon, a site visit moved and pinned, a re-import, diff and notify.
// After every step: the exit code is 0 or 1 (never 3), no session has disappeared,
// the order rules hold, and `check` agrees with the independent reference checker.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "cli/cli_run.hpp"
#include "solve/reference_checker.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

struct Day {
    TempDir tmp;
    std::string db = (tmp / "hanoi.db").string();
    std::string file = (tmp / "conference.toml").string();

    Day() {
        // The scenario as the officer keeps it, in their own folder.
        std::ofstream(file) << example_scenario("hanoi-2013/conference.toml");
    }

    Run step(std::vector<std::string> args) {
        auto r = run_cli(args);
        INFO(args[0] << " " << (args.size() > 2 ? args[2] : "") << "\n" << r.out << r.err);
        CHECK((r.code == 0 || r.code == 1));
        CHECK(r.err.find("internal error") == std::string::npos);
        verify();
        return r;
    }

    // What the officer and an outside auditor would check after each step.
    void verify() {
        store::Store store(db, false);
        const auto state = store.read_event("hanoi-2013");
        if (!state.agenda) return;
        const auto& agenda = *state.agenda;
        for (const auto& s : state.scenario.sessions) {
            INFO("session " << s.id << " in version " << agenda.version);
            CHECK(agenda.find(s.id));  // nothing disappears from a plan
        }
        const auto* signing = agenda.find("signing");
        const auto* press = agenda.find("press");
        const auto* talks = agenda.find("talks");
        if (signing && press) CHECK(press->start >= signing->end);
        if (signing && talks) CHECK(signing->start >= talks->end + model::Minutes(15));
        const auto reference = reference_conflicts(state.scenario, agenda, true);
        const auto checked = run_cli({"check", db, "--hard-only"});
        INFO(checked.out);
        CHECK(checked.code == (reference.empty() ? 0 : 1));
    }

    model::Agenda latest() {
        store::Store store(db, false);
        return *store.load_agenda("hanoi-2013");
    }
};

}  // namespace

TEST_CASE("an officer's day on the Hà Nội 2013 conference never dead-ends", "[cli][officer]") {
    Day day;
    REQUIRE(run_cli({"init", day.db}).code == 0);
    CHECK(day.step({"import", day.db, day.file}).code == 0);
    CHECK(day.step({"solve", day.db, "--quiet", "--author", "lan"}).code == 0);
    CHECK(day.step({"export", day.db, "--out", (day.tmp / "v1").string()}).code == 0);
    CHECK(std::filesystem::exists(day.tmp / "v1" / "delegation-la.ics"));
    const auto first = day.latest();

    // The Lao flight lands three hours late: the time alone changes, the airport and the
    // flight stay. The officer would hold the welcome as the plane lands and is told why
    // not, in protocol terms; replanning then leaves time for the drive from Nội Bài.
    day.step({"set", day.db, "delegation:la", "--arrival", "2013-01-20 15:00", "--author", "lan"});
    auto eager = day.step({"move", day.db, "welcome", "--to", "2013-01-20 15:00"});
    CHECK(eager.code == 1);
    CHECK(eager.says("is held while its delegation is away: Đoàn Văn phòng Phủ Thủ tướng Lào (led by Thứ trưởng, Phó "
                     "Chủ nhiệm Văn phòng Phủ Thủ tướng Lào Khăm-xinh Vông-xay) arrives at Sân bay quốc tế Nội Bài at "
                     "20/01 15:00 (chuyến bay QV 311 (giả định)) and needs 30 min within Hà Nội"));
    day.step({"replan", day.db, "--now", "2013-01-19 08:00", "--quiet", "--author", "lan"});
    REQUIRE(day.latest().find("welcome"));
    CHECK(day.latest().find("welcome")->start >= local("2013-01-20", "15:30"));

    // The signing hall is taken for the afternoon of the 21st: the signing is kept,
    // moved to a hall that can take it or held with its conflict named, never removed.
    day.step({"set", day.db, "room:vpcp-signing", "--closed", "2013-01-21 13:00/2013-01-21 17:30"});
    auto replanned = day.step({"replan", day.db, "--now", "2013-01-19 08:00", "--quiet"});
    CHECK_FALSE(replanned.says("removed signing"));
    const auto after_closure = day.latest();
    REQUIRE(after_closure.find("signing"));
    if (after_closure.find("signing")->room_id == "vpcp-signing") {
        CHECK(replanned.says("conflict (a hall taken at that time): 'Ký kết Biên bản ghi nhớ"));
        // The way out it names: the plenary hall of the same building, given a signing table.
        CHECK(replanned.says("Hội trường tầng 1 is free then and holds 200; it would do with signing table: "
                             "'hoithao set " + day.db + " room:vpcp-hall-1 --equipment +signing_table', then replan"));
        day.step({"set", day.db, "room:vpcp-hall-1", "--equipment", "+signing_table"});
        CHECK(day.step({"replan", day.db, "--now", "2013-01-19 08:00", "--quiet"}).code == 0);
        CHECK(day.latest().find("signing")->room_id == "vpcp-hall-1");
    }

    // A site visit moved by hand and pinned, then a replan around it.
    day.step({"move", day.db, "visit-training", "--to", "2013-01-22 08:00"});
    day.step({"pin", day.db, "visit-training"});
    day.step({"replan", day.db, "--now", "2013-01-19 08:00", "--quiet"});
    const auto pinned = day.latest();
    REQUIRE(pinned.find("visit-training"));
    CHECK(pinned.find("visit-training")->start == local("2013-01-22", "08:00"));

    // The Lao side sends another witness for the signing.
    day.step({"set", day.db, "session:signing", "--roles", "witnesses=hoang-thi-minh-thu,bounmy-phimmasan"});

    // The officer fixes a typo in the file and imports it again: the closure and the
    // late arrival entered by command stay, and import says so.
    auto imported = day.step({"import", day.db, day.file});
    CHECK(imported.code == 0);
    CHECK(imported.says("kept from a command: hall 'vpcp-signing' taken 2013-01-21 13:00/2013-01-21 17:30"));
    CHECK(imported.says("kept from a command: delegation 'la' arrives 2013-01-20 15:00"));
    CHECK(imported.says("kept from a command: hall 'vpcp-hall-1' gains signing_table"));
    CHECK(imported.says("kept from a command: session 'signing' with witnesses hoang-thi-minh-thu, bounmy-phimmasan"));
    {
        store::Store store(day.db, false);
        const auto scenario = store.load_scenario("hanoi-2013");
        CHECK(scenario.find_room("vpcp-signing")->unavailable.size() == 1);
        CHECK(scenario.find_delegation("la")->arrival == local("2013-01-20", "15:00"));
        CHECK(scenario.find_delegation("la")->arrival_via ==
              model::Passage{"Hà Nội", "Sân bay quốc tế Nội Bài", "chuyến bay QV 311 (giả định)"});
    }

    // Whom to tell: the diff from the first plan names the people and halls concerned.
    auto diff = day.step({"diff", day.db, std::to_string(first.version), std::to_string(day.latest().version)});
    CHECK(diff.code == 0);
    CHECK(diff.says("notify"));
    CHECK(day.step({"export", day.db, "--out", (day.tmp / "changed").string(), "--changed-since",
                    std::to_string(first.version)})
              .code == 0);

    // The programme handed out: no version number, the signatories and witnesses of the day.
    CHECK(day.step({"export", day.db, "--out", (day.tmp / "final").string(), "--final"}).code == 0);
    const auto programme = read_file(day.tmp / "final" / "event.md");
    CHECK(programme.find("phiên bản") == std::string::npos);
    CHECK(programme.find("Ký kết: Trịnh Văn Khải, Khăm-xinh Vông-xay; Chứng kiến: Hoàng Thị Minh Thu, "
                         "Bun-mi Phim-ma-xản") != std::string::npos);
    CHECK(programme.find("Đoàn đến: Đoàn Văn phòng Phủ Thủ tướng Lào — Sân bay quốc tế Nội Bài, chuyến bay QV 311 "
                         "(giả định)") != std::string::npos);
}
