// End-to-end: the commands a protocol officer types, run in-process with their own
// streams, plus one run of the real binary for exit-code plumbing.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include <sys/wait.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cli/app.hpp"
#include "model/time.hpp"
#include "solve/reference_checker.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;

namespace {

struct Run {
    int code;
    std::string out, err;
};

Run hoithao_cli(std::vector<std::string> args) {
    std::ostringstream out, err;
    cli::Context ctx{out, err, [] { return std::string("2026-11-23T08:00:00Z"); }};
    int code = cli::run(args, ctx);
    return {code, out.str(), err.str()};
}

std::string example(const std::string& relative) { return std::string(HOITHAO_SOURCE_DIR) + "/examples/" + relative; }

int count_rows(const std::string& db, const std::string& sql) {
    SQLite::Database conn(db);
    return conn.execAndGet(sql).getInt();
}

// The Cửa Lò example with `text` as its scenario, laid out like the source tree so
// its relative includes still resolve; returns the scenario's path. Its data folder is
// not hoithao's, so importing it needs `--allow-include` (see allow_data).
std::string edited_cualo(const testing::TempDir& tmp, const std::string& text) {
    namespace fs = std::filesystem;
    fs::copy(fs::path(HOITHAO_SOURCE_DIR) / "data", tmp / "data", fs::copy_options::recursive);
    fs::create_directories(tmp / "examples");
    fs::copy(example("cualo-2022"), tmp / "examples" / "cualo-2022", fs::copy_options::recursive);
    auto file = tmp / "examples" / "cualo-2022" / "workshop.toml";
    std::ofstream(file, std::ios::trunc) << text;
    return file.string();
}

// `import DB FILE` of a scenario made by edited_cualo, allowed to read its copied data.
std::vector<std::string> import_edited(const testing::TempDir& tmp, const std::string& db, const std::string& file) {
    return {"import", db, file, "--allow-include", (tmp / "data").string()};
}

void replace(std::string& text, const std::string& from, const std::string& to) {
    auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    text.replace(pos, from.size(), to);
}

}  // namespace

TEST_CASE("each bundled example is planned without conflict and exported", "[cli][e2e]") {
    auto file = GENERATE(as<std::string>{}, "cualo-2022/workshop.toml", "cualo-2012/workshop.toml",
                         "hanoi-2022/visit.toml", "hanoi-2013/conference.toml");
    testing::TempDir tmp;
    auto db = (tmp / "event.db").string();
    REQUIRE(hoithao_cli({"init", db}).code == 0);
    auto imported = hoithao_cli({"import", db, example(file)});
    INFO(imported.err);
    REQUIRE(imported.code == 0);

    auto solved = hoithao_cli({"solve", db, "--quiet", "--time-limit", "20"});
    INFO(solved.out << solved.err);
    REQUIRE(solved.code == 0);
    CHECK(solved.out.find("without conflict; stored as version 1") != std::string::npos);

    auto checked = hoithao_cli({"check", db});
    INFO(checked.out);
    CHECK(checked.code == 0);
    CHECK(checked.out.find("0 hard conflicts") != std::string::npos);

    auto shown = hoithao_cli({"show", db, "--by", "room"});
    CHECK(shown.code == 0);

    auto exported = hoithao_cli({"export", db, "--out", (tmp / "agenda").string()});
    INFO(exported.err);
    CHECK(exported.code == 0);
    CHECK(std::filesystem::exists(tmp / "agenda" / "event.md"));
    CHECK(std::filesystem::exists(tmp / "agenda" / "event.csv"));
    CHECK(std::filesystem::exists(tmp / "agenda" / "event.json"));
}

TEST_CASE("the Hà Nội 2013 conference signs on the afternoon of the 21st and then meets the press", "[cli][e2e]") {
    testing::TempDir tmp;
    auto db = (tmp / "hanoi-2013.db").string();
    REQUIRE(hoithao_cli({"init", db}).code == 0);
    auto imported = hoithao_cli({"import", db, example("hanoi-2013/conference.toml")});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    auto solved = hoithao_cli({"solve", db, "--quiet"});
    INFO(solved.out << solved.err);
    REQUIRE(solved.code == 0);
    auto checked = hoithao_cli({"check", db});
    INFO(checked.out);
    CHECK(checked.code == 0);
    CHECK(checked.out.find("0 hard conflicts") != std::string::npos);

    store::Store store(db, false);
    const auto scenario = store.load_scenario("hanoi-2013");
    const auto agenda = store.load_agenda("hanoi-2013");
    REQUIRE(agenda);
    CHECK(agenda->status == model::AgendaStatus::Complete);
    CHECK(agenda->placements.size() == scenario.sessions.size());
    for (const auto& session : scenario.sessions) {
        INFO(session.id);
        CHECK(agenda->find(session.id));
    }
    CHECK(testing::reference_conflicts(scenario, *agenda).empty());  // the independent checker agrees

    const std::string zone = "Asia/Ho_Chi_Minh";
    const auto* signing = agenda->find("signing");
    REQUIRE(signing);
    CHECK(model::format_day(model::local_day(signing->start, zone)) == "2013-01-21");
    CHECK(model::local_clock(signing->start, zone).minutes >= 13 * 60);
    const auto* hall = scenario.find_room(signing->room_id);
    REQUIRE(hall);
    CHECK(hall->venue_id == "vpcp-hq");
    CHECK(hall->equipment.count("signing_table") == 1);

    const auto* press = agenda->find("press");
    REQUIRE(press);
    CHECK(press->start >= signing->end);
    const auto* talks = agenda->find("talks");
    REQUIRE(talks);
    CHECK(talks->end <= signing->start);
    const auto* opening = agenda->find("opening");
    const auto* closing = agenda->find("closing");
    REQUIRE(opening);
    REQUIRE(closing);
    for (const auto& placement : agenda->placements) {  // opening first (after the welcome), closing last
        INFO(placement.session_id);
        if (placement.session_id != "opening" && placement.session_id != "welcome")
            CHECK(placement.start >= opening->end);
        if (placement.session_id != "closing") CHECK(placement.end <= closing->start);
        if (placement.session_id.rfind("visit-", 0) == 0)
            CHECK(model::format_day(model::local_day(placement.start, zone)) == "2013-01-22");
    }
}

TEST_CASE("the Cửa Lò workshop agenda names its people and halls", "[cli][e2e]") {
    testing::TempDir tmp;
    auto db = (tmp / "cualo.db").string();
    hoithao_cli({"init", db});
    REQUIRE(hoithao_cli({"import", db, example("cualo-2022/workshop.toml")}).code == 0);
    REQUIRE(hoithao_cli({"solve", db, "--quiet"}).code == 0);
    auto shown = hoithao_cli({"show", db});
    CHECK(shown.out.find("Trần Văn Sơn") != std::string::npos);
    CHECK(shown.out.find("A-lun-xay Xủn-nạ-lạt") != std::string::npos);
    CHECK(shown.out.find("(Cửa Lò)") != std::string::npos);

    SECTION("solving again keeps version 1 and adds version 2") {
        REQUIRE(hoithao_cli({"solve", db, "--quiet", "--note", "lần 2"}).code == 0);
        CHECK(count_rows(db, "SELECT COUNT(*) FROM agenda_versions") == 2);
        CHECK(hoithao_cli({"check", db, "--version", "1"}).code == 0);
        CHECK(hoithao_cli({"check", db, "--version", "3"}).code == 2);
    }

    SECTION("check catches a conflict injected by hand with sqlite3") {
        // Put the second session into the first one's hall at the same time.
        std::string sql =
            "UPDATE placements SET "
            " room_id = (SELECT room_id FROM placements WHERE version = 1 AND seq = 0),"
            " start_utc = (SELECT start_utc FROM placements WHERE version = 1 AND seq = 0),"
            " end_utc = (SELECT end_utc FROM placements WHERE version = 1 AND seq = 0)"
            " WHERE version = 1 AND seq = 1;";
        REQUIRE(std::system(("sqlite3 '" + db + "' \"" + sql + "\"").c_str()) == 0);
        auto checked = hoithao_cli({"check", db});
        INFO(checked.out);
        CHECK(checked.code == 1);
        CHECK(checked.out.find("conflict (a hall booked twice)") != std::string::npos);
    }

    SECTION("a selector for someone who is not in the event is refused") {
        auto r = hoithao_cli({"show", db, "--for", "person:nobody"});
        CHECK(r.code == 2);
        CHECK(r.err.find("no person with id 'nobody'") != std::string::npos);
    }
}

TEST_CASE("export writes every format, and SEQUENCE follows the moves across stored versions", "[cli][e2e]") {
    testing::TempDir tmp;
    auto db = (tmp / "cualo.db").string();
    hoithao_cli({"init", db});
    REQUIRE(hoithao_cli({"import", db, example("cualo-2022/workshop.toml")}).code == 0);
    REQUIRE(hoithao_cli({"solve", db, "--quiet"}).code == 0);
    std::string moved;
    {  // A re-plan by hand: version 2 moves one session by a day and changes nothing else.
        store::Store store(db, false);
        auto agenda = *store.load_agenda("cualo-2022");
        auto& p = agenda.placements.back();
        moved = p.session_id;
        p.start += std::chrono::hours(24);
        p.end += std::chrono::hours(24);
        agenda.created_at = "2026-11-24T08:00:00Z";
        REQUIRE(store.save_agenda(agenda) == 2);
    }
    auto uids = [&](const std::string& version) {
        auto out = tmp / ("v" + version);
        auto r = hoithao_cli({"export", db, "--out", out.string(), "--version", version, "--format", "ics"});
        REQUIRE(r.code == 0);
        auto text = testing::read_file(out / "event.ics");
        std::map<std::string, std::string> found;  // UID -> SEQUENCE
        std::istringstream lines(text);
        std::string uid;
        for (std::string line; std::getline(lines, line);) {
            if (line.rfind("UID:", 0) == 0) uid = line.substr(4, line.size() - 5);
            if (line.rfind("SEQUENCE:", 0) == 0) found[uid] = line.substr(9, line.size() - 10);
        }
        return found;
    };
    auto v1 = uids("1"), v2 = uids("2");
    REQUIRE(v1.size() > 5);
    REQUIRE(v1.size() == v2.size());
    for (const auto& [uid, sequence] : v1) {
        REQUIRE(v2.count(uid) == 1);
        CHECK(sequence == "0");
        CHECK(v2[uid] == (uid == moved + "@cualo-2022.hoithao" ? "1" : "0"));
    }

    auto all = hoithao_cli({"export", db, "--out", (tmp / "all").string(), "--lang", "lo"});
    INFO(all.err);
    REQUIRE(all.code == 0);
    for (const auto* name : {"event.ics", "event.html", "event.xlsx", "event.csv", "event.json", "event.md",
                             "person-tran-van-son.html", "delegation-la.ics", "timeline-2022-09-09.svg"})
        CHECK(std::filesystem::exists(tmp / "all" / name));
    for (const auto& entry : std::filesystem::directory_iterator(tmp / "all"))
        if (entry.path().extension() == ".svg") CHECK(entry.path().filename().string().rfind("timeline-", 0) == 0);
    CHECK(hoithao_cli({"export", db, "--out", (tmp / "x").string(), "--format", "pdf"}).code == 2);

    // The version handed out: no json (it is for tools), no version number, no ids.
    auto final = hoithao_cli({"export", db, "--out", (tmp / "final").string(), "--lang", "lo", "--final"});
    INFO(final.err);
    REQUIRE(final.code == 0);
    CHECK_FALSE(std::filesystem::exists(tmp / "final" / "event.json"));
    auto page = testing::read_file(tmp / "final" / "event.html");
    CHECK(page.find("ກຳນົດການ") != std::string::npos);
    CHECK(page.find("ສະບັບ") == std::string::npos);  // "version"
    CHECK(testing::read_file(tmp / "final" / "event.csv").find("session_id") == std::string::npos);
    auto json = hoithao_cli({"export", db, "--out", (tmp / "y").string(), "--final", "--format", "json,html"});
    CHECK(json.code == 2);
    CHECK(json.err.find("json is for tools") != std::string::npos);
}

TEST_CASE("bad input is refused with file, line and field, and the database is untouched", "[cli][e2e]") {
    testing::TempDir tmp;
    auto db = (tmp / "event.db").string();
    hoithao_cli({"init", db});
    REQUIRE(hoithao_cli({"import", db, example("cualo-2022/workshop.toml")}).code == 0);
    REQUIRE(hoithao_cli({"solve", db, "--quiet"}).code == 0);
    auto sessions_before = count_rows(db, "SELECT COUNT(*) FROM sessions");

    // The same event with one session pointing at a hall that does not exist.
    auto text = testing::read_file(example("cualo-2022/workshop.toml"));
    auto pos = text.find("[[session]]");
    REQUIRE(pos != std::string::npos);
    text.insert(pos + 11, "\nroom = \"hall-z\"");
    auto r = hoithao_cli(import_edited(tmp, db, edited_cualo(tmp, text)));
    INFO(r.err);
    CHECK(r.code == 2);
    CHECK(r.err.find("workshop.toml:") != std::string::npos);
    CHECK(r.err.find("room") != std::string::npos);
    CHECK(count_rows(db, "SELECT COUNT(*) FROM sessions") == sessions_before);
    CHECK(count_rows(db, "SELECT COUNT(*) FROM agenda_versions") == 1);
}

TEST_CASE("solve says why a one-day Cửa Lò workshop cannot be planned", "[cli][explain]") {
    // The whole workshop on 09/09, the day ending at 16:30: after the talks and the
    // chain of speeches, the discussion no longer fits before the closing.
    testing::TempDir tmp;
    auto db = (tmp / "event.db").string();
    auto text = testing::read_file(example("cualo-2022/workshop.toml"));
    replace(text, "start = 2022-09-08", "start = 2022-09-09");
    replace(text, "end = 2022-09-10", "end = 2022-09-09");
    replace(text, "working_hours = [\"07:30\", \"17:30\"]", "working_hours = [\"07:30\", \"16:30\"]");
    replace(text, "days = [2022-09-09, 2022-09-10]", "days = [2022-09-09]");
    REQUIRE(hoithao_cli({"init", db}).code == 0);
    auto imported = hoithao_cli(import_edited(tmp, db, edited_cualo(tmp, text)));
    INFO(imported.err);
    REQUIRE(imported.code == 0);

    auto solved = hoithao_cli({"solve", db, "--quiet", "--time-limit", "10"});
    INFO(solved.out << solved.err);
    CHECK(solved.code == 1);
    CHECK(solved.out.find("no conflict-free agenda exists:\n  - ") != std::string::npos);
    const std::string discussion = "'Thảo luận: công tác tham mưu và bảo đảm hậu cần, kỹ thuật phục vụ Chính phủ'";
    CHECK(solved.out.find("  - " + discussion + " must come after 'Kết quả cải cách hành chính") != std::string::npos);
    CHECK(solved.out.find("which cannot end before 09/09 15:00, and end before 'Phát biểu bế mạc Hội thảo' starts") !=
          std::string::npos);
    CHECK(solved.out.find("that leaves 1 h, but " + discussion + " takes 1 h 30\n") != std::string::npos);
    CHECK(solved.out.find("(marked infeasible)") != std::string::npos);
    CHECK(count_rows(db, "SELECT COUNT(*) FROM agenda_versions WHERE status = 'infeasible'") == 1);
}

TEST_CASE("usage errors, missing databases and help", "[cli]") {
    CHECK(hoithao_cli({}).code == 2);
    CHECK(hoithao_cli({"plan"}).code == 2);
    auto help = hoithao_cli({"solve", "--help"});
    CHECK(help.code == 0);
    CHECK(help.out.find("--time-limit") != std::string::npos);
    testing::TempDir tmp;
    auto missing = hoithao_cli({"check", (tmp / "none.db").string()});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("none.db") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(tmp / "none.db"));
}

TEST_CASE("a scenario that cannot be satisfied exits 1 and keeps the attempt", "[cli][e2e]") {
    testing::TempDir tmp;
    auto db = (tmp / "event.db").string();
    hoithao_cli({"init", db});
    REQUIRE(hoithao_cli({"import", db, example("cualo-2022/workshop.toml")}).code == 0);
    // Squeeze the event into one hour: nothing fits.
    std::string squeeze = "UPDATE events SET work_from = '08:00', work_to = '09:00'";
    REQUIRE(std::system(("sqlite3 '" + db + "' \"" + squeeze + "\"").c_str()) == 0);
    auto r = hoithao_cli({"solve", db, "--quiet", "--time-limit", "5"});
    INFO(r.out);
    CHECK(r.code == 1);
    CHECK(r.out.find("best attempt stored as version 1") != std::string::npos);
    CHECK(count_rows(db, "SELECT COUNT(*) FROM agenda_versions WHERE status <> 'complete'") == 1);
    CHECK(hoithao_cli({"check", db}).code == 1);
}

TEST_CASE("the real binary returns the command's exit code", "[cli][binary]") {
    testing::TempDir tmp;
    auto db = (tmp / "x.db").string();
    auto run = [&](const std::string& args) {
        int status = std::system((std::string(HOITHAO_BINARY) + " " + args + " >/dev/null 2>&1").c_str());
        return WEXITSTATUS(status);
    };
    CHECK(run("init '" + db + "'") == 0);
    CHECK(run("check '" + db + "'") == 2);  // nothing imported yet
    CHECK(run("frobnicate") == 2);
    CHECK(run("--help") == 0);
}

TEST_CASE("import stores a precedence chain of 100,000 sessions listed last to first", "[cli][chain]") {
    constexpr int n = 100000;
    testing::TempDir tmp;
    std::ostringstream text;
    text << "[event]\nid = \"chain\"\nname = \"Chuỗi\"\nhost = \"VN\"\nstart = 2022-09-08\nend = 2022-09-10\n";
    for (int i = n - 1; i >= 0; --i) {
        text << "\n[[session]]\nid = \"s" << i << "\"\ntitle = \"Phiên " << i << "\"\nkind = \"talks\"\nduration = 30\n";
        if (i > 0) text << "after = [\"s" << i - 1 << "\"]\n";
    }
    std::ofstream(tmp / "chain.toml") << text.str();
    auto db = (tmp / "event.db").string();
    hoithao_cli({"init", db});
    auto r = hoithao_cli({"import", db, (tmp / "chain.toml").string()});
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK(count_rows(db, "SELECT COUNT(*) FROM sessions") == n);
    CHECK(count_rows(db, "SELECT COUNT(*) FROM sessions WHERE after = '[]'") == 1);
    SQLite::Database conn(db);
    CHECK(conn.execAndGet("SELECT after FROM sessions WHERE id = 's99999'").getString().find("\"s99998\"") !=
          std::string::npos);
}

TEST_CASE("import reads included files outside the scenario's folder only with --allow-include", "[cli][include]") {
    testing::TempDir tmp;
    auto db = (tmp / "event.db").string();
    hoithao_cli({"init", db});
    auto file = edited_cualo(tmp, testing::read_file(example("cualo-2022/workshop.toml")));
    auto before = testing::read_file(db);
    auto refused = hoithao_cli({"import", db, file});
    INFO(refused.err);
    CHECK(refused.code == 2);
    CHECK(refused.err.find("workshop.toml:6: field 'include[0]': '") != std::string::npos);
    CHECK(refused.err.find("to read it, import with --allow-include " + (tmp / "data").string()) != std::string::npos);
    CHECK(testing::read_file(db) == before);
    auto allowed = hoithao_cli(import_edited(tmp, db, file));
    CHECK(allowed.code == 0);
    CHECK(count_rows(db, "SELECT COUNT(*) FROM venues") > 3);
    // The bundled examples read hoithao's own data folder and need nothing.
    CHECK(hoithao_cli({"import", db, example("cualo-2022/workshop.toml")}).code == 0);
}
