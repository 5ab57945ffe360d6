// Change and check: hand edits stored as new versions, every kind of hard conflict
// named by check, agenda files edited outside hoithao, diff, history and restore.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "cli/cli_run.hpp"
#include "solve/fixture.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

// The solve tests' workshop with seven sessions; version 1 places them without conflict:
// 09/09  08:00 talks (hall_a, int_1)   pres (room_c)    10:00 sign (room_b, int_1)
//        10:00 disc (room_c)           14:00 brief (room_c)
// 10/09  09:00 plenary (hall_a, everyone of vn and la)   14:00 visit (room_c, int_2)
model::Scenario edit_scenario() {
    auto s = workshop();
    const model::Interpretation vi_lo{"vi", "lo", model::InterpretationMode::Consecutive};
    add_session(s, "talks", "Hội đàm", 90, {"vn_min", "la_min"}).interpretation = vi_lo;
    {
        auto& sign = add_session(s, "sign", "Ký kết", 30, {"vn_min", "la_min"});
        sign.interpretation = vi_lo;
        sign.equipment = {model::kSigningTable};
        sign.after = {{"talks", 15}};
    }
    add_session(s, "pres", "Tham luận", 60, {"vn_dep"});
    add_session(s, "brief", "Làm việc", 60, {"vn_dep"});
    add_session(s, "disc", "Thảo luận", 60, {"la_dir"});
    {
        auto& plenary = add_session(s, "plenary", "Phiên toàn thể", 60);
        plenary.delegations = {"vn", "la"};
        plenary.headcount = 100;
    }
    add_session(s, "visit", "Tham quan", 60, {"la_dir"}).interpretation = vi_lo;
    return s;
}

model::Agenda first_agenda(const model::Scenario& s) {
    model::Agenda a;
    a.event_id = s.event.id;
    a.created_at = "2026-11-22T08:00:00Z";
    a.note = "first plan";
    a.placements = {at(s, "talks", "hall_a", "2022-09-09", "08:00", "int_1"),
                    at(s, "pres", "room_c", "2022-09-09", "08:00"),
                    at(s, "sign", "room_b", "2022-09-09", "10:00", "int_1"),
                    at(s, "disc", "room_c", "2022-09-09", "10:00"),
                    at(s, "brief", "room_c", "2022-09-09", "14:00"),
                    at(s, "plenary", "hall_a", "2022-09-10", "09:00"),
                    at(s, "visit", "room_c", "2022-09-10", "14:00", "int_2")};
    return a;
}

struct EditDb {
    TempDir tmp;
    std::string db = (tmp / "edit.db").string();
    EditDb() {
        store::Store store(db, true);
        auto s = edit_scenario();
        store.save_scenario(s, "2026-11-22T07:00:00Z");
        store.save_agenda(first_agenda(s));
    }
    model::Agenda load(int version) const {
        store::Store store(db, false);
        return *store.load_agenda("ws", version);
    }
    int versions() const { return query_int(db, "SELECT count(*) FROM agenda_versions"); }
};

// The hard conflicts a check printed, as "rule" lines.
std::vector<std::string> hard_lines(const Run& r) {
    std::vector<std::string> lines;
    std::istringstream in(r.out);
    for (std::string line; std::getline(in, line);)
        if (line.rfind("conflict (", 0) == 0) lines.push_back(line);
    return lines;
}

nlohmann::json check_json(const std::string& db, std::vector<std::string> more = {}) {
    std::vector<std::string> args{"check", db, "--format", "json"};
    args.insert(args.end(), more.begin(), more.end());
    auto r = run_cli(args);
    INFO(r.out << r.err);
    return nlohmann::json::parse(r.out);
}

// The one hard conflict of the latest version: its rule, and whether it names `who`.
void require_only_hard(const std::string& db, const std::string& rule, std::vector<std::string> who) {
    auto doc = check_json(db);
    INFO(doc.dump(2));
    REQUIRE(doc["hard"] == 1);
    const auto& v = doc["conflicts"][0];
    CHECK(v["severity"] == "hard");
    CHECK(v["rule"] == rule);
    for (const auto& id : who) {
        bool named = std::find(v["people"].begin(), v["people"].end(), id) != v["people"].end() ||
                     std::find(v["sessions"].begin(), v["sessions"].end(), id) != v["sessions"].end();
        CHECK(named);
    }
}

}  // namespace

TEST_CASE("the first version of the edit fixture is conflict-free", "[edit][check]") {
    EditDb e;
    auto r = run_cli({"check", e.db});
    INFO(r.out);
    CHECK(r.code == 0);
    CHECK(r.says("0 hard conflicts"));
}

TEST_CASE("check names each kind of hard conflict injected by hand", "[edit][check]") {
    EditDb e;
    SECTION("a person in two places at once") {
        auto r = run_cli({"move", e.db, "brief", "--to", "2022-09-09 08:30", "--room", "room_b"});
        CHECK(r.code == 1);
        require_only_hard(e.db, "person-double-booked", {"vn_dep", "pres", "brief"});
    }
    SECTION("a hall double-booked") {
        run_cli({"move", e.db, "disc", "--to", "2022-09-09 08:30", "--room", "hall_a"});
        require_only_hard(e.db, "room-double-booked", {"talks", "disc"});
    }
    SECTION("a hall too small") {
        run_cli({"move", e.db, "plenary", "--to", "2022-09-10 09:00", "--room", "room_c"});
        require_only_hard(e.db, "room-capacity", {"plenary"});
    }
    SECTION("outside working hours") {
        run_cli({"move", e.db, "disc", "--to", "2022-09-09 18:00"});
        require_only_hard(e.db, "working-hours", {"disc"});
    }
    SECTION("too little time to travel between cities") {
        auto r = run_cli({"move", e.db, "brief", "--to", "2022-09-09 10:00", "--room", "hall_hn"});
        CHECK(r.says("needs 270 min travel"));
        require_only_hard(e.db, "travel-time", {"vn_dep", "pres", "brief"});
    }
    SECTION("an interpreter booked twice, edited with sqlite") {
        exec_sql(e.db, "UPDATE placements SET interpreter_id = 'int_1', room_id = 'room_b', start_utc = '2022-09-09T01:30:00Z', "
                       "end_utc = '2022-09-09T02:30:00Z' WHERE version = 1 AND session_id = 'visit'");
        require_only_hard(e.db, "person-double-booked", {"int_1", "talks", "visit"});
    }
    SECTION("precedence broken") {
        run_cli({"move", e.db, "talks", "--to", "2022-09-09 14:00"});
        require_only_hard(e.db, "precedence", {"talks", "sign"});
    }
}

TEST_CASE("edits store new versions with who, when and why, and leave old ones alone", "[edit]") {
    EditDb e;
    const auto v1 = e.load(1);
    auto r = run_cli({"move", e.db, "disc", "--to", "2022-09-09 15:00", "--author", "lan", "--note", "đoàn Lào xin đổi"});
    INFO(r.out << r.err);
    CHECK(r.code == 0);
    CHECK(r.says("stored as version 2"));
    const auto v2 = e.load(2);
    CHECK(v2.author == "lan");
    CHECK(v2.created_at == "2026-11-23T08:00:00Z");
    CHECK(v2.note.find("đoàn Lào xin đổi") != std::string::npos);
    CHECK(v2.find("disc")->start == local("2022-09-09", "15:00", "Asia/Ho_Chi_Minh"));
    CHECK(v2.find("disc")->end == local("2022-09-09", "16:00", "Asia/Ho_Chi_Minh"));
    CHECK(e.load(1).placements == v1.placements);

    SECTION("pin and unpin") {
        CHECK(run_cli({"pin", e.db, "talks"}).code == 0);
        CHECK(e.load(3).find("talks")->pinned);
        CHECK(run_cli({"unpin", e.db, "talks"}).code == 0);
        CHECK_FALSE(e.load(4).find("talks")->pinned);
        CHECK(e.load(2).placements == v2.placements);
    }
    SECTION("restore makes an old version current as a new one") {
        auto restored = run_cli({"restore", e.db, "1"});
        CHECK(restored.code == 0);
        const auto v3 = e.load(3);
        CHECK(v3.placements == v1.placements);
        CHECK(v3.note == "restored from version 1");
        auto log = run_cli({"log", e.db});
        INFO(log.out);
        CHECK(log.says("lan"));
        CHECK(log.says("restored from version 1"));
        CHECK(log.says("7 placed  0 hard"));
    }
}

TEST_CASE("unknown ids exit 2 naming them and change nothing", "[edit]") {
    EditDb e;
    auto before = query_int(e.db, "SELECT count(*) FROM agenda_versions");
    for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
             {"move", e.db, "nope", "--to", "2022-09-09 15:00"},
             {"move", e.db, "disc", "--to", "2022-09-09 15:00", "--room", "hall_z"},
             {"move", e.db, "disc", "--to", "9 Sep 15:00"},
             {"move", e.db, "disc", "--to", "2022-09-09 15:00", "--interpreter", "nobody"},
             {"pin", e.db, "nope"},
             {"cancel", e.db, "nope"},
             {"set", e.db, "person:nobody", "--unavailable", "2022-09-09 08:00/2022-09-09 10:00"},
             {"set", e.db, "delegation:xx", "--arrival", "2022-09-09 10:00"},
             {"set", e.db, "room:hall_z", "--closed"},
             {"set", e.db, "room:hall_z", "--closed", "2022-09-09 13:00/2022-09-09 17:00"},
             {"set", e.db, "room:hall_a", "--arrival", "2022-09-09 10:00"},
             {"restore", e.db, "9"},
             {"diff", e.db, "1", "9"}}) {
        auto r = run_cli(args);
        INFO(args[0] << " " << args[2] << ": " << r.err);
        CHECK(r.code == 2);
        CHECK((r.err.find("nope") != std::string::npos || r.err.find("hall_z") != std::string::npos ||
               r.err.find("nobody") != std::string::npos || r.err.find("xx") != std::string::npos ||
               r.err.find("9") != std::string::npos || r.err.find("room") != std::string::npos));
    }
    CHECK(query_int(e.db, "SELECT count(*) FROM agenda_versions") == before);
    CHECK(query_int(e.db, "SELECT count(*) FROM participants WHERE unavailable <> '[]'") == 0);
    CHECK(query_int(e.db, "SELECT count(*) FROM rooms WHERE closed = 1") == 0);
    CHECK(query_int(e.db, "SELECT count(*) FROM room_unavailable") == 0);
}

TEST_CASE("cancel keeps the session, lists it apart, and uncancel brings it back", "[edit]") {
    EditDb e;
    auto r = run_cli({"cancel", e.db, "visit", "--note", "đoàn về sớm"});
    INFO(r.out << r.err);
    CHECK(r.code == 0);
    CHECK(e.load(2).find("visit") == nullptr);
    CHECK(query_int(e.db, "SELECT cancelled FROM sessions WHERE id = 'visit'") == 1);
    {
        store::Store store(e.db, false);
        CHECK(store.load_scenario("ws").find_session("visit") == nullptr);
        REQUIRE(store.cancelled_sessions("ws").size() == 1);
    }
    CHECK(run_cli({"check", e.db}).says("cancelled (not planned): visit"));
    auto old = run_cli({"check", e.db, "--version", "1"});
    CHECK(old.code == 1);
    CHECK(old.says("conflict (a cancelled session)"));
    CHECK(run_cli({"move", e.db, "visit", "--to", "2022-09-10 15:00"}).code == 2);

    auto back = run_cli({"uncancel", e.db, "visit"});
    INFO(back.out);
    CHECK(back.code == 1);  // back, but not placed yet
    CHECK(back.says("conflict (a session not placed)"));
    CHECK(run_cli({"move", e.db, "visit", "--to", "2022-09-10 15:00", "--room", "room_c", "--interpreter", "int_2"})
              .code == 0);
}

TEST_CASE("facts changed from the command line are checked at once", "[edit][check]") {
    EditDb e;
    SECTION("a delegation arriving late") {
        auto r = run_cli({"set", e.db, "delegation:la", "--arrival", "2022-09-09 12:00", "--note", "máy bay trễ"});
        INFO(r.out << r.err);
        CHECK(r.code == 1);
        CHECK(r.says("conflict (a delegation not yet arrived or already gone)"));
        CHECK(e.versions() == 2);
        CHECK(query_int(e.db, "SELECT count(*) FROM delegations WHERE id = 'la' AND arrival_utc = '2022-09-09T05:00:00Z'") == 1);
    }
    SECTION("a person unavailable") {
        auto r = run_cli({"set", e.db, "person:vn_dep", "--unavailable", "2022-09-09 13:30/2022-09-09 17:30"});
        CHECK(r.code == 1);
        require_only_hard(e.db, "person-unavailable", {"vn_dep", "brief"});
    }
    SECTION("a hall closed, then opened again") {
        auto r = run_cli({"set", e.db, "room:room_c", "--closed"});
        INFO(r.out);
        CHECK(r.code == 1);
        CHECK(r.says("conflict (a hall that is closed)"));
        CHECK(query_int(e.db, "SELECT closed FROM rooms WHERE id = 'room_c'") == 1);
        CHECK(run_cli({"check", e.db}).says("closed hall (not used): room_c"));
        CHECK(run_cli({"move", e.db, "disc", "--to", "2022-09-09 15:00", "--room", "room_c"}).code == 2);
        CHECK(run_cli({"set", e.db, "room:room_c", "--open"}).code == 0);
    }
    SECTION("a hall taken for an afternoon, then opened again") {
        auto r = run_cli({"set", e.db, "room:room_c", "--closed", "2022-09-09 13:00/2022-09-09 17:00", "--note",
                          "hội nghị khác"});
        INFO(r.out << r.err);
        CHECK(r.code == 1);
        // Only the briefing at 14:00 is in Phòng C then; the morning sessions there are fine.
        require_only_hard(e.db, "hall-unavailable", {"brief"});
        auto check = run_cli({"check", e.db});
        INFO(check.out);
        CHECK(check.says("Phòng C is unavailable 09/09 13:00–17:00"));
        CHECK(check.says("'Làm việc'"));
        CHECK(check.says("hall taken: room_c — Phòng C, 2022-09-09 13:00/2022-09-09 17:00"));
        CHECK(e.versions() == 2);
        CHECK(e.load(2).note == "hall 'room_c' closed 2022-09-09 13:00/2022-09-09 17:00 — hội nghị khác");
        CHECK(query_int(e.db, "SELECT closed FROM rooms WHERE id = 'room_c'") == 0);
        CHECK(query_int(e.db, "SELECT count(*) FROM room_unavailable WHERE room_id = 'room_c' AND "
                              "start_utc = '2022-09-09T06:00:00Z' AND end_utc = '2022-09-09T10:00:00Z'") == 1);
        // The hall is still there outside the period: a move into it the next morning is fine.
        CHECK(run_cli({"move", e.db, "brief", "--to", "2022-09-10 10:30", "--room", "room_c"}).code == 0);
        CHECK(run_cli({"move", e.db, "brief", "--to", "2022-09-09 16:30", "--room", "room_c"}).code == 1);

        auto open = run_cli({"set", e.db, "room:room_c", "--open"});
        INFO(open.out);
        CHECK(open.code == 0);
        CHECK(query_int(e.db, "SELECT count(*) FROM room_unavailable") == 0);
    }
    SECTION("a period that cannot be read is refused, naming --closed") {
        for (const char* bad : {"2022-09-09 13:00", "2022-09-09 17:00/2022-09-09 13:00", "9/9 13:00/9/9 17:00"}) {
            auto r = run_cli({"set", e.db, "room:room_c", "--closed", bad});
            INFO(bad << ": " << r.err);
            CHECK(r.code == 2);
            CHECK(r.err.find("--closed") != std::string::npos);
        }
        CHECK(e.versions() == 1);
        CHECK(query_int(e.db, "SELECT count(*) FROM room_unavailable") == 0);
        CHECK(query_int(e.db, "SELECT closed FROM rooms WHERE id = 'room_c'") == 0);
    }
}

TEST_CASE("an exported CSV edited in a spreadsheet is checked cell by cell", "[check]") {
    EditDb e;
    auto out = e.tmp / "agenda";
    REQUIRE(run_cli({"export", e.db, "--out", out.string(), "--format", "csv,json"}).code == 0);
    CHECK(run_cli({"check", e.db, "--agenda", (out / "event.csv").string()}).code == 0);
    CHECK(run_cli({"check", e.db, "--agenda", (out / "event.json").string()}).code == 0);

    // Move 'disc' onto 'pres' in Phòng C by editing its start cell only.
    auto text = read_file(out / "event.csv");
    auto row = text.find("\"disc\"");
    REQUIRE(row != std::string::npos);
    auto line_start = text.rfind('\n', row) + 1;
    auto start_cell = text.find("10:00", line_start);
    REQUIRE(start_cell < row);
    text.replace(start_cell, 5, "08:00");
    auto edited = e.tmp / "edited.csv";
    std::ofstream(edited, std::ios::binary) << text;

    auto r = run_cli({"check", e.db, "--agenda", edited.string()});
    INFO(r.out << r.err);
    CHECK(r.code == 1);
    auto hard = hard_lines(r);
    REQUIRE(hard.size() == 1);
    CHECK(hard[0].find("a hall booked twice") != std::string::npos);
    CHECK(r.says("end 11:00 ignored"));
    auto doc = check_json(e.db, {"--agenda", edited.string()});
    auto sessions = doc["conflicts"][0]["sessions"].get<std::set<std::string>>();
    CHECK(sessions == std::set<std::string>{"pres", "disc"});

    SECTION("without the byte-order mark and with a neutralised cell") {
        auto plain = text.substr(3);
        auto title = plain.find("Thảo luận");
        plain.insert(title, "'=");  // a spreadsheet's formula guard on the title is ignored
        std::ofstream(edited, std::ios::binary | std::ios::trunc) << plain;
        auto again = run_cli({"check", e.db, "--agenda", edited.string()});
        CHECK(hard_lines(again).size() == 1);
    }
    SECTION("a bad cell is named by file, line and field") {
        auto bad = text;
        bad.replace(bad.find("08:00", line_start), 5, "8h00");
        std::ofstream(edited, std::ios::binary | std::ios::trunc) << bad;
        auto refused = run_cli({"check", e.db, "--agenda", edited.string()});
        CHECK(refused.code == 2);
        CHECK(refused.err.find("edited.csv:") != std::string::npos);
        CHECK(refused.err.find("field 'start'") != std::string::npos);
    }
}

TEST_CASE("diff lists what moved and whom to notify; export writes only their files", "[diff]") {
    EditDb e;
    REQUIRE(run_cli({"move", e.db, "brief", "--to", "2022-09-09 15:00", "--room", "room_b"}).code == 0);
    auto r = run_cli({"diff", e.db, "1", "2"});
    INFO(r.out << r.err);
    CHECK(r.code == 0);
    CHECK(r.says("1 moved, 0 added, 0 removed"));
    CHECK(r.says("moved   brief 'Làm việc': 2022-09-09 14:00–15:00, Phòng C → 2022-09-09 15:00–16:00, Phòng B"));
    CHECK(r.says("notify 1 people, 1 delegations, 2 halls"));
    CHECK(r.says("person vn_dep"));
    CHECK_FALSE(r.says("person vn_min"));
    CHECK_FALSE(r.says("delegation la"));

    auto out = e.tmp / "changed";
    auto exported = run_cli({"export", e.db, "--out", out.string(), "--format", "md", "--changed-since", "1"});
    INFO(exported.out << exported.err);
    CHECK(exported.code == 0);
    std::set<std::string> files;
    for (const auto& f : std::filesystem::directory_iterator(out)) files.insert(f.path().filename().string());
    CHECK(files == std::set<std::string>{"person-vn_dep.md", "delegation-vn.md", "room-room_b.md", "room-room_c.md"});
    CHECK(run_cli({"export", e.db, "--out", out.string(), "--changed-since", "2"}).says("nothing changed"));
}
