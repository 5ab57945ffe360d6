// Eight staff members at once on one database: every change a command reports as
// stored must stay in the history, and no version may be made from a stale read.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <thread>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cli/cli_run.hpp"
#include "support/fixtures.hpp"

extern char** environ;

using namespace hoithao;
using namespace hoithao::testing;

namespace {

constexpr int kWriters = 8;
constexpr int kRounds = 20;

const std::vector<std::string> kSessions{"talks", "opening", "welcome", "presentation-regulation",
                                         "presentation-legislation", "presentation-reform", "discussion",
                                         "e-government", "closing", "gifts"};

struct Command {
    std::string tag;   // unique; stored as the version's author
    std::string kind;  // move, pin, set, solve, replan
    std::string session, start;  // move and pin: the session; move: its new local start
    std::string period;          // set: the unavailable period added
    std::vector<std::string> args;
    int code = -1;
    std::string out, err;
};

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

std::string clock_after(int minutes_after_0730) {
    const int m = 7 * 60 + 30 + minutes_after_0730;
    return two(m / 60) + ":" + two(m % 60);
}

// Writer w's command of round r: a fixed mix, so every run exercises every kind.
Command command_for(const std::string& db, int w, int r) {
    Command c;
    c.tag = "w" + std::to_string(w) + "-r" + two(r);
    const int pick = (w + r) % 6;
    const auto& session = kSessions[(w * 7 + r * 3) % kSessions.size()];
    if (pick <= 1) {
        c.kind = "move";
        c.session = session;
        c.start = std::string(r % 2 ? "2022-09-10 " : "2022-09-09 ") + clock_after(15 * ((w * 5 + r) % 36));
        c.args = {"move", db, session, "--to", c.start};
    } else if (pick == 2) {
        c.kind = "pin";
        c.session = session;
        c.args = {r % 4 == 2 ? "unpin" : "pin", db, session};
        if (c.args[0] == "unpin") c.kind = "unpin";
    } else if (pick == 3) {
        c.kind = "set";
        const int n = w * kRounds + r;  // a distinct minute on the 8th for every command
        c.period = "2022-09-08 " + clock_after(n) + "/2022-09-08 " + clock_after(n + 1);
        c.args = {"set", db, "person:hoang-quoc-viet", "--unavailable", c.period};
    } else if (pick == 4) {
        c.kind = "solve";
        c.args = {"solve", db, "--time-limit", "1", "--seed", std::to_string(r + 1), "--quiet"};
    } else {
        c.kind = "replan";
        c.args = {"replan", db, "--now", "2022-09-08 07:00", "--time-limit", "1", "--quiet"};
    }
    c.args.insert(c.args.end(), {"--author", c.tag});
    return c;
}

// Runs the real binary as its own process, as a second staff member would.
void run_process(Command& c, const std::filesystem::path& dir) {
    const auto out = (dir / (c.tag + ".out")).string(), err = (dir / (c.tag + ".err")).string();
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    std::vector<std::string> argv{HOITHAO_BINARY};
    argv.insert(argv.end(), c.args.begin(), c.args.end());
    std::vector<char*> raw;
    for (auto& a : argv) raw.push_back(a.data());
    raw.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, HOITHAO_BINARY, &files, nullptr, raw.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    int status = 0;
    if (spawned == 0) ::waitpid(pid, &status, 0);
    c.code = spawned == 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    c.out = read_file(out);
    c.err = read_file(err);
}

struct Row {
    std::string room, start, end, interpreter;
    int pinned = 0;
    bool operator==(const Row&) const = default;
};
using Placements = std::map<std::string, Row>;

std::map<int, Placements> all_placements(SQLite::Database& db) {
    std::map<int, Placements> out;
    SQLite::Statement q(db, "SELECT version, session_id, COALESCE(room_id, ''), start_utc, end_utc, "
                            "COALESCE(interpreter_id, ''), pinned FROM placements");
    while (q.executeStep())
        out[q.getColumn(0).getInt()][q.getColumn(1).getString()] = {
            q.getColumn(2).getString(), q.getColumn(3).getString(), q.getColumn(4).getString(),
            q.getColumn(5).getString(), q.getColumn(6).getInt()};
    return out;
}

// "2022-09-09 14:00" in Cửa Lò (UTC+7) as stored.
std::string stored_utc(const std::string& local) {
    const int hour = std::stoi(local.substr(11, 2)) - 7;
    return local.substr(0, 10) + "T" + two(hour) + ":" + local.substr(14, 2) + ":00Z";
}

}  // namespace

TEST_CASE("eight writers at once lose no update", "[cli][concurrency]") {
    TempDir tmp;
    const auto db = (tmp / "busy.db").string();
    REQUIRE(run_cli({"init", db}).code == 0);
    REQUIRE(run_cli({"import", db, std::string(HOITHAO_SOURCE_DIR) + "/examples/cualo-2022/workshop.toml"}).code == 0);
    REQUIRE(run_cli({"solve", db, "--quiet", "--time-limit", "1", "--author", "setup"}).code == 0);

    std::vector<std::vector<Command>> commands(kWriters);
    for (int w = 0; w < kWriters; ++w)
        for (int r = 0; r < kRounds; ++r) commands[w].push_back(command_for(db, w, r));
    {
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w)
            writers.emplace_back([&, w] {
                for (auto& c : commands[w]) run_process(c, tmp.path());
            });
        for (auto& t : writers) t.join();
    }

    // Every command either stored a version (0, 1) or said that nothing was stored (4).
    std::map<int, const Command*> by_version;
    int stored = 0, refused = 0, rebased = 0;
    const std::regex stored_as("stored as version ([0-9]+)");
    for (const auto& writer : commands)
        for (const auto& c : writer) {
            INFO(c.tag << " " << c.kind << " exit " << c.code << "\n" << c.out << c.err);
            CHECK(c.err.find("internal error") == std::string::npos);
            CHECK(c.err.find("locked") == std::string::npos);
            // A solve may leave a session unplaced; moving it then needs a hall.
            if (c.code == 2 && (c.kind == "move" || c.kind == "pin" || c.kind == "unpin") &&
                c.err.find("is not placed in version") != std::string::npos) {
                ++refused;
                continue;
            }
            REQUIRE((c.code == 0 || c.code == 1 || c.code == 4));
            if (c.code == 4) {
                CHECK(c.err.find("nothing was stored") != std::string::npos);
                CHECK(c.out.find("stored as version") == std::string::npos);
                ++refused;
                continue;
            }
            std::smatch m;
            REQUIRE(std::regex_search(c.out, m, stored_as));
            by_version[std::stoi(m[1])] = &c;
            ++stored;
            if (c.out.find("your change is applied on top") != std::string::npos) ++rebased;
        }

    SQLite::Database conn(db);
    REQUIRE(conn.execAndGet("PRAGMA integrity_check").getString() == "ok");
    const int versions = conn.execAndGet("SELECT count(*) FROM agenda_versions").getInt();
    CHECK(versions == stored + 1);  // the setup's plan, then one per success

    // Each version was made from the one before it: no write from a stale read.
    SQLite::Statement history(conn, "SELECT version, based_on, author FROM agenda_versions ORDER BY version");
    while (history.executeStep()) {
        const int version = history.getColumn(0).getInt();
        if (version == 1) continue;
        INFO("version " << version << " by " << history.getColumn(2).getString());
        CHECK(history.getColumn(1).getInt() == version - 1);
        REQUIRE(by_version.count(version));
        CHECK(by_version[version]->tag == history.getColumn(2).getString());
    }

    // A version changes only what its command was about; anything else it changed
    // would undo someone's reported success.
    const auto placements = all_placements(conn);
    int lost = 0;
    for (const auto& [version, c] : by_version) {
        const auto& before = placements.at(version - 1);
        const auto& after = placements.at(version);
        std::set<std::string> changed;
        for (const auto& s : kSessions) {
            auto b = before.find(s), a = after.find(s);
            const bool same = (b == before.end()) == (a == after.end()) && (b == before.end() || b->second == a->second);
            if (!same) changed.insert(s);
        }
        if (c->kind == "solve" || c->kind == "replan") continue;
        for (const auto& s : changed) {
            INFO("version " << version << " (" << c->tag << ", " << c->kind << " " << c->session << ") changed " << s);
            CHECK(s == c->session);
            if (s != c->session) ++lost;
        }
        if (c->kind == "move") {
            INFO(c->tag << " moved " << c->session << " to " << c->start);
            REQUIRE(after.count(c->session));
            CHECK(after.at(c->session).start == stored_utc(c->start));
        }
        if (c->kind == "pin" || c->kind == "unpin") {
            REQUIRE(after.count(c->session));
            CHECK(after.at(c->session).pinned == (c->kind == "pin" ? 1 : 0));
        }
    }

    // Facts are not versioned: every period a `set` reported stored is still there.
    const auto unavailable =
        conn.execAndGet("SELECT unavailable FROM participants WHERE id = 'hoang-quoc-viet'").getString();
    for (const auto& [version, c] : by_version) {
        if (c->kind != "set") continue;
        const auto from = stored_utc(c->period.substr(0, 16));
        INFO(c->tag << " added " << c->period);
        CHECK(unavailable.find(from) != std::string::npos);
        if (unavailable.find(from) == std::string::npos) ++lost;
    }
    CHECK(lost == 0);
    std::cout << "concurrency: " << kWriters << " writers x " << kRounds << " rounds: " << stored << " stored ("
              << rebased << " rebased onto a newer version), " << refused << " refused with 'nothing was stored', "
              << lost << " lost updates\n";
    CHECK(stored > kWriters * kRounds / 4);  // a test in which everything is refused proves nothing
}
