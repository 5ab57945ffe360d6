// Smoke tests of the benchmark's peer adapters (bench/peers/): one tiny instance per
// peer, run only when the peer is installed (bench/peers/install.sh; never in CI).
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <sstream>

#include "../bench/peers/cbc.hpp"
#include "../bench/peers/fet.hpp"
#include "../bench/peers/minizinc.hpp"
#include "io/itc2007.hpp"
#include "solve/solver.hpp"

using namespace hoithao;

namespace {

// 5 events, 2 rooms (r1 has f0), 3 students. e0 needs f0; e1 may only take slots
// 0–8 (Monday); e4 must come after e3. Students: s0 {e0,e1,e2}, s1 {e1,e3}, s2 {e2,e3,e4}.
std::string tiny_tim() {
    std::ostringstream t;
    t << "5 2 1 3\r\n3\r\n3\r\n";
    const int attends[3][5] = {{1, 1, 1, 0, 0}, {0, 1, 0, 1, 0}, {0, 0, 1, 1, 1}};
    for (const auto& row : attends)
        for (int v : row) t << v << "\r\n";
    t << "0\r\n1\r\n";              // room features
    t << "1\r\n0\r\n0\r\n0\r\n0\r\n";  // event features
    for (int e = 0; e < 5; ++e)
        for (int slot = 0; slot < 45; ++slot) t << (e == 1 && slot >= 9 ? 0 : 1) << "\r\n";
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 5; ++j) t << (i == 3 && j == 4 ? 1 : i == 4 && j == 3 ? -1 : 0) << "\r\n";
    return t.str();
}

std::filesystem::path scratch(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("hoithao-peer-" + name + "-" + std::to_string(std::random_device{}()));
}

void check_peer_answer(const model::Scenario& scenario, const solve::Problem& problem,
                       const std::optional<std::vector<int>>& choice) {
    REQUIRE(choice);
    auto report = solve::check(scenario, peers::agenda_of(problem, *choice));
    CHECK(report.hard_count() == 0);
}

}  // namespace

TEST_CASE("peers: MiniZinc+Gecode solves a tiny instance", "[itc][peers]") {
    if (!peers::installed("minizinc")) {
        WARN("minizinc not installed: skipped");
        return;
    }
    std::istringstream in(tiny_tim());
    auto scenario = io::parse_itc2007(in, "tiny.tim");
    auto problem = solve::compile(scenario);
    REQUIRE_FALSE(peers::unsupported(problem));
    auto dir = scratch("mzn");
    peers::RunResult run;
    auto choice = peers::solve_minizinc(peers::grid_model(problem), 2, 20, dir, run);
    std::filesystem::remove_all(dir);
    check_peer_answer(scenario, problem, choice);
}

TEST_CASE("peers: CBC solves a tiny instance", "[itc][peers]") {
    if (!peers::installed("cbc")) {
        WARN("cbc not installed: skipped");
        return;
    }
    std::istringstream in(tiny_tim());
    auto scenario = io::parse_itc2007(in, "tiny.tim");
    auto problem = solve::compile(scenario);
    auto dir = scratch("cbc");
    peers::RunResult run;
    auto choice = peers::solve_cbc(peers::grid_model(problem), 20, dir, run);
    std::filesystem::remove_all(dir);
    check_peer_answer(scenario, problem, choice);
}

TEST_CASE("peers: FET solves a tiny instance", "[itc][peers]") {
    if (!peers::installed("fet-cl")) {
        WARN("fet-cl not installed: skipped");
        return;
    }
    std::istringstream in(tiny_tim());
    auto scenario = io::parse_itc2007(in, "tiny.tim");
    auto problem = solve::compile(scenario);
    auto dir = scratch("fet");
    peers::RunResult run;
    auto choice = peers::solve_fet(problem, peers::grid_model(problem), 20, dir, run);
    std::filesystem::remove_all(dir);
    INFO(run.note);
    check_peer_answer(scenario, problem, choice);
}
