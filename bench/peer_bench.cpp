// hoithao side by side with MiniZinc+Gecode and CBC on the same timetabling instances
// (ITC2007 Track 2 files: one-hour grid, so every peer can express them), same time
// limit each. Every answer is read back and verified by hoithao's check; the soft
// cost is the ITC2007 one, scored by the same constraint units.
//
//   peer_bench [--dir DIR] [--seconds N] [--only 17,8,1,22] [--work DIR] [--markdown FILE]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>

#include "io/itc2007.hpp"
#include "model/error.hpp"
#include "peers/cbc.hpp"
#include "peers/minizinc.hpp"
#include "solve/constraints/itc_grid.hpp"
#include "solve/solver.hpp"

namespace fs = std::filesystem;
using namespace hoithao;

namespace {

struct Options {
    fs::path dir = "../shared/bench/itc2007-track2";
    double seconds = 60;
    std::vector<int> only = {17, 8, 1, 22};
    fs::path work = "build/peer-work";
    fs::path markdown;
};

struct Outcome {
    std::string system, status;
    double seconds = 0;
    bool conflict_free = false;
    long soft = 0;
};

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) throw model::InputError(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--dir") o.dir = next();
        else if (arg == "--seconds") o.seconds = std::stod(next());
        else if (arg == "--work") o.work = next();
        else if (arg == "--markdown") o.markdown = next();
        else if (arg == "--only") {
            o.only.clear();
            std::istringstream list(next());
            for (std::string item; std::getline(list, item, ',');) o.only.push_back(std::stoi(item));
        } else throw model::InputError("unknown option " + arg);
    }
    return o;
}

std::string fixed(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// Verifies an agenda with hoithao's checker.
Outcome verdict(const std::string& system, const model::Scenario& scenario, const model::Agenda& agenda, double seconds,
                const std::string& status) {
    auto report = solve::check(scenario, agenda);
    Outcome o{system, status, seconds, report.hard_count() == 0, report.soft_cost()};
    if (!o.conflict_free) o.status += ", " + std::to_string(report.hard_count()) + " hard conflicts";
    return o;
}

using PeerSolve = std::function<std::optional<std::vector<int>>(peers::RunResult&)>;

Outcome run_peer(const std::string& system, const std::string& program, const model::Scenario& scenario,
                 const solve::Problem& problem, const PeerSolve& solve) {
    if (!peers::installed(program)) return {system, "not installed", 0, false, 0};
    peers::RunResult run;
    auto started = std::chrono::steady_clock::now();
    auto choice = solve(run);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!choice) {
        std::string why = run.timed_out        ? "killed by timeout, no solution"
                          : !run.note.empty()  ? run.note
                          : run.exit_code != 0 ? "failed (exit " + std::to_string(run.exit_code) + ")"
                                               : "no solution within the limit";
        return {system, why, seconds, false, 0};
    }
    return verdict(system, scenario, peers::agenda_of(problem, *choice), seconds, "solution");
}

}  // namespace

int main(int argc, char** argv) {
    try {
        Options o = parse_options(argc, argv);
        std::vector<std::string> lines = {
            "| # | events | system | result | time to conflict-free (s) | soft cost | hoithao time / peer time |",
            "|---|---|---|---|---|---|---|"};
        for (const auto& l : lines) std::cout << l << '\n';
        for (int instance : o.only) {
            const fs::path file = o.dir / ("comp-2007-2-" + std::to_string(instance) + ".tim");
            auto scenario = io::load_itc2007(file.string());
            scenario.event.weights = solve::itc2007_weights();
            auto problem = solve::compile(scenario);
            if (auto why = peers::unsupported(problem)) throw model::InputError(file.string() + ": " + *why);
            auto grid = peers::grid_model(problem);
            const auto work = o.work / std::to_string(instance);

            solve::SolveOptions options;
            options.time_limit_seconds = o.seconds;
            auto planned = solve::plan(scenario, options);
            // hoithao goes on improving the soft cost after its first conflict-free
            // agenda; the peers stop at theirs, so compare that first one.
            Outcome own = verdict("hoithao", scenario, planned.agenda, planned.seconds_to_conflict_free, "agenda");
            if (planned.first_soft_cost >= 0) {
                own.status += ", soft " + std::to_string(own.soft) + " after " + fixed(planned.seconds) + " s";
                own.soft = planned.first_soft_cost;
            }
            std::vector<Outcome> outcomes = {own};
            outcomes.push_back(run_peer("MiniZinc+Gecode", "minizinc", scenario, problem, [&](peers::RunResult& run) {
                return peers::solve_minizinc(grid, static_cast<int>(problem.rooms.size()), o.seconds, work / "minizinc", run);
            }));
            outcomes.push_back(run_peer("CBC", "cbc", scenario, problem, [&](peers::RunResult& run) {
                return peers::solve_cbc(grid, o.seconds, work / "cbc", run);
            }));
            for (const auto& x : outcomes) {
                std::string ratio = "–";
                if (x.system != "hoithao" && x.conflict_free && outcomes[0].conflict_free)
                    ratio = fixed(outcomes[0].seconds / x.seconds) + " (peer/hoithao " +
                            fixed(x.seconds / std::max(outcomes[0].seconds, 0.01)) + ")";
                lines.push_back("| " + std::to_string(instance) + " | " + std::to_string(scenario.sessions.size()) + " | " +
                                x.system + " | " + x.status + " | " + (x.conflict_free ? fixed(x.seconds) : "–") + " | " +
                                (x.conflict_free ? std::to_string(x.soft) : "–") + " | " + ratio + " |");
                std::cout << lines.back() << std::endl;
            }
        }
        if (!o.markdown.empty()) {
            std::ofstream md(o.markdown);
            for (const auto& l : lines) md << l << '\n';
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "peer_bench: " << e.what() << '\n';
        return 2;
    }
}
