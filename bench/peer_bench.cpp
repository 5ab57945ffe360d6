// hoithao side by side with FET, MiniZinc+Gecode and CBC on the same instances, same
// time limit each, on a one-hour grid so every peer can express them:
//   --generated 20,60,200,600   generated events (testing::generate_event, hour_grid)
//   --only 17,8,1,22            ITC2007 Track 2 files from --dir
// Every answer is read back and verified by hoithao's check and scored by the same
// soft-cost evaluator (the ITC2007 one for ITC instances, the event's own otherwise).
//
//   peer_bench [--generated SIZES | --only LIST] [--dir DIR] [--seconds N] [--seed N]
//              [--repeat N] [--work DIR] [--markdown FILE]
// --repeat N (generated events): every system N times per size, each row its run of
// median time; times of well under a second move a lot from run to run on a shared
// machine. A peer with no answer within the limit in its first run is not run again.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <sstream>

#include "io/itc2007.hpp"
#include "model/error.hpp"
#include "peers/cbc.hpp"
#include "peers/fet.hpp"
#include "peers/minizinc.hpp"
#include "solve/constraints/itc_grid.hpp"
#include "solve/generator.hpp"
#include "solve/solver.hpp"

namespace fs = std::filesystem;
using namespace hoithao;

namespace {

struct Options {
    fs::path dir = "../shared/bench/itc2007-track2";
    double seconds = 60;
    unsigned seed = 1;
    std::vector<int> only = {17, 8, 1, 22};
    std::vector<int> generated;  // sizes in sessions; empty: the ITC2007 instances
    int repeat = 1;
    fs::path work = "build/peer-work";
    fs::path markdown;
};

struct Outcome {
    std::string system, status;
    double seconds = 0;
    bool conflict_free = false;
    long soft = 0;
};

std::vector<int> int_list(const std::string& text) {
    std::vector<int> out;
    std::istringstream list(text);
    for (std::string item; std::getline(list, item, ',');) out.push_back(std::stoi(item));
    return out;
}

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
        else if (arg == "--seed") o.seed = static_cast<unsigned>(std::stoul(next()));
        else if (arg == "--work") o.work = next();
        else if (arg == "--markdown") o.markdown = next();
        else if (arg == "--only") o.only = int_list(next());
        else if (arg == "--generated") o.generated = int_list(next());
        else if (arg == "--repeat") o.repeat = std::max(1, std::stoi(next()));
        else throw model::InputError("unknown option " + arg);
    }
    return o;
}

std::string fixed(double v, int decimals = 2) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

double seconds_since(std::chrono::steady_clock::time_point started) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
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

// A peer's time is its whole run: writing its model, the solver process, reading
// the answer back.
Outcome run_peer(const std::string& system, const std::string& program, const model::Scenario& scenario,
                 const solve::Problem& problem, const PeerSolve& solve) {
    if (!peers::installed(program)) return {system, "not installed", 0, false, 0};
    peers::RunResult run;
    auto started = std::chrono::steady_clock::now();
    auto choice = solve(run);
    double seconds = seconds_since(started);
    if (!choice) {
        std::string why = run.timed_out        ? "timed out, no solution"
                          : !run.note.empty()  ? run.note
                          : run.exit_code != 0 ? "failed (exit " + std::to_string(run.exit_code) + ")"
                                               : "no solution within the limit";
        return {system, why, seconds, false, 0};
    }
    return verdict(system, scenario, peers::agenda_of(problem, *choice), seconds,
                   run.note.empty() ? "solution" : "solution (" + run.note + ")");
}

// The three peers on one instance, in this order; those `skip` names are left out.
std::vector<Outcome> run_peers(const model::Scenario& scenario, const solve::Problem& problem, double seconds,
                               const fs::path& work, const std::function<bool(const std::string&)>& skip = {}) {
    auto grid = peers::grid_model(problem);
    std::vector<Outcome> outcomes;
    auto add = [&](const std::string& system, const std::string& program, const PeerSolve& solve) {
        if (!skip || !skip(system)) outcomes.push_back(run_peer(system, program, scenario, problem, solve));
    };
    add("FET", "fet-cl", [&](peers::RunResult& run) { return peers::solve_fet(problem, grid, seconds, work / "fet", run); });
    add("MiniZinc+Gecode", "minizinc", [&](peers::RunResult& run) {
        return peers::solve_minizinc(grid, static_cast<int>(problem.rooms.size()), seconds, work / "minizinc", run);
    });
    add("CBC", "cbc", [&](peers::RunResult& run) { return peers::solve_cbc(grid, seconds, work / "cbc", run); });
    return outcomes;
}

// A system's run of median time (lower median), a run without a conflict-free answer
// counting as the slowest; with several runs its status lists every run's time.
Outcome median_run(std::vector<Outcome> runs) {
    auto time = [](const Outcome& x) { return x.conflict_free ? x.seconds : std::numeric_limits<double>::infinity(); };
    std::stable_sort(runs.begin(), runs.end(), [&](const Outcome& a, const Outcome& b) { return time(a) < time(b); });
    Outcome median = runs[(runs.size() - 1) / 2];
    if (runs.size() > 1) {
        median.status += "; median of " + std::to_string(runs.size()) + " runs (s):";
        for (const auto& x : runs)
            median.status += (&x == &runs.front() ? " " : ", ") + (x.conflict_free ? fixed(x.seconds, 3) : "none");
    }
    return median;
}

solve::Problem compile_for_peers(const model::Scenario& scenario, const std::string& name) {
    auto problem = solve::compile(scenario);
    if (auto why = peers::unsupported(problem)) throw model::InputError(name + ": " + *why);
    return problem;
}

void emit(std::vector<std::string>& lines, std::string line) {
    std::cout << line << std::endl;
    lines.push_back(std::move(line));
}

// ITC2007: hoithao's first conflict-free timetable against the peers' first (and only) one.
void itc_rows(const Options& o, std::vector<std::string>& lines) {
    emit(lines, "| # | events | system | result | time to conflict-free (s) | soft cost | hoithao time / peer time |");
    emit(lines, "|---|---|---|---|---|---|---|");
    for (int instance : o.only) {
        const fs::path file = o.dir / ("comp-2007-2-" + std::to_string(instance) + ".tim");
        auto scenario = io::load_itc2007(file.string());
        scenario.event.weights = solve::itc2007_weights();
        auto problem = compile_for_peers(scenario, file.string());

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
        for (auto& x : run_peers(scenario, problem, o.seconds, o.work / std::to_string(instance))) outcomes.push_back(x);
        for (const auto& x : outcomes) {
            std::string ratio = "–";
            if (x.system != "hoithao" && x.conflict_free && own.conflict_free)
                ratio = fixed(own.seconds / x.seconds) + " (peer/hoithao " + fixed(x.seconds / std::max(own.seconds, 0.01)) +
                        ")";
            emit(lines, "| " + std::to_string(instance) + " | " + std::to_string(scenario.sessions.size()) + " | " +
                            x.system + " | " + x.status + " | " + (x.conflict_free ? fixed(x.seconds) : "–") + " | " +
                            (x.conflict_free ? std::to_string(x.soft) : "–") + " | " + ratio + " |");
        }
    }
}

// The sizes of scenario_bench, on the one-hour grid.
testing::EventSize event_size(int sessions, unsigned seed) {
    testing::EventSize size;
    size.seed = seed;
    size.sessions = sessions;
    size.participants = 5 * sessions;
    size.halls = std::max(12, sessions / 15);
    size.days = sessions < 100 ? 3 : 5;
    size.hour_grid = true;
    return size;
}

// The target at one size: hoithao conflict-free at least 10× sooner than every
// peer, with equal or lower soft cost. A peer without a conflict-free answer within
// the limit is beaten on time when hoithao took at most a tenth of the limit.
std::string target_verdict(int n, const std::vector<Outcome>& outcomes, double limit) {
    const Outcome& own = outcomes[0];
    if (!own.conflict_free) return "- " + std::to_string(n) + " sessions: **not met**: hoithao found no conflict-free agenda";
    std::vector<std::string> misses, notes;
    for (std::size_t i = 1; i < outcomes.size(); ++i) {
        const Outcome& x = outcomes[i];
        if (x.status == "not installed") {
            misses.push_back(x.system + " not measured (not installed)");
        } else if (!x.conflict_free) {
            notes.push_back(x.system + ": no conflict-free answer in " + fixed(limit, 0) + " s");
            if (own.seconds * 10 > limit) misses.push_back(x.system + ": hoithao took over a tenth of the limit");
        } else {
            const double factor = x.seconds / own.seconds;
            notes.push_back(x.system + " " + fixed(factor, 1) + "× later, soft " + std::to_string(x.soft));
            if (factor < 10) misses.push_back(x.system + " only " + fixed(factor, 1) + "× later");
            if (own.soft > x.soft) misses.push_back(x.system + "'s soft cost is lower");
        }
    }
    std::string line = "- " + std::to_string(n) + " sessions: " + (misses.empty() ? "met" : "**not met**") +
                       " (hoithao " + fixed(own.seconds, 3) + " s, soft " + std::to_string(own.soft);
    for (const auto& note : notes) line += "; " + note;
    line += ")";
    for (std::size_t i = 0; i < misses.size(); ++i) line += (i ? "; " : ": ") + misses[i];
    return line;
}

// Generated events: time to the first conflict-free agenda and the final soft cost at
// the same limit, hoithao's over peer's (below 1 is better for hoithao in both).
void generated_rows(const Options& o, std::vector<std::string>& lines) {
    std::vector<std::string> verdicts;
    emit(lines, "| sessions | people | halls | system | result | time to conflict-free (s) | final soft cost | time hoithao/peer | soft hoithao/peer |");
    emit(lines, "|---:|---:|---:|---|---|---:|---:|---:|---:|");
    for (int n : o.generated) {
        const auto size = event_size(n, o.seed);
        auto scenario = testing::generate_event(size);
        const std::string name = "generated event of " + std::to_string(n) + " sessions";
        auto problem = compile_for_peers(scenario, name);
        std::map<std::string, std::vector<Outcome>> runs;  // by system
        for (int k = 0; k < o.repeat; ++k) {
            // plan()'s clock counts its own compile; the peers' exports reuse one for free.
            solve::SolveOptions options;
            options.seed = o.seed;
            options.time_limit_seconds = o.seconds;
            auto planned = solve::plan(scenario, options);
            Outcome own = verdict("hoithao", scenario, planned.agenda, planned.seconds_to_conflict_free,
                                  "agenda after " + fixed(planned.seconds) + " s");
            if (planned.first_soft_cost >= 0) own.status += ", first soft cost " + std::to_string(planned.first_soft_cost);
            runs["hoithao"].push_back(own);
            auto answered = [&](const std::string& system) {
                return std::any_of(runs[system].begin(), runs[system].end(), [](const Outcome& x) { return x.conflict_free; });
            };
            auto skip = [&](const std::string& system) { return k > 0 && !answered(system); };
            for (auto& x : run_peers(scenario, problem, o.seconds, o.work / ("generated-" + std::to_string(n)), skip))
                runs[x.system].push_back(x);
        }
        const Outcome own = median_run(runs["hoithao"]);
        std::vector<Outcome> outcomes = {own};
        for (const char* system : {"FET", "MiniZinc+Gecode", "CBC"}) {
            outcomes.push_back(median_run(runs[system]));
            if (static_cast<int>(runs[system].size()) < o.repeat) outcomes.back().status += " (not run again)";
        }
        for (const auto& x : outcomes) {
            std::string time_ratio = "–", soft_ratio = "–";
            if (x.system != "hoithao" && x.conflict_free && own.conflict_free) {
                time_ratio = fixed(own.seconds / x.seconds, 3);
                soft_ratio = x.soft > 0 ? fixed(static_cast<double>(own.soft) / x.soft) : own.soft == 0 ? "1.00" : "∞";
            }
            emit(lines, "| " + std::to_string(n) + " | " + std::to_string(size.participants) + " | " +
                            std::to_string(size.halls) + " | " + x.system + " | " + x.status + " | " +
                            (x.conflict_free ? fixed(x.seconds, 3) : "–") + " | " +
                            (x.conflict_free ? std::to_string(x.soft) : "–") + " | " + time_ratio + " | " + soft_ratio +
                            " |");
        }
        if (n >= 200) verdicts.push_back(target_verdict(n, outcomes, o.seconds));
    }
    if (verdicts.empty()) return;
    emit(lines, "");
    emit(lines, "Target at 200 sessions and above (conflict-free ≥ 10× sooner than every peer, soft cost equal or lower):");
    emit(lines, "");
    for (auto& v : verdicts) emit(lines, std::move(v));
}

}  // namespace

int main(int argc, char** argv) {
    try {
        Options o = parse_options(argc, argv);
        std::vector<std::string> lines;
        if (o.generated.empty()) itc_rows(o, lines);
        else generated_rows(o, lines);
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
