// Scenario benchmark: seeded generated events from 20 to 4,000 sessions. Per size,
// the phases up to the first conflict-free agenda are timed one by one (compile,
// presolve and candidate ordering, construction, repair), then the final check of
// that agenda, then plan() as a whole with its annealing; `growth` compares the time
// to the first conflict-free agenda with n·log n between consecutive sizes, and
// `agendas` fingerprints the first and the returned agenda, to compare builds.
// Usage: scenario_bench [--max N] [--time-limit S] [--seed K] [--rooms-per-session R] [--hour-grid] [--full-time] [--no-plan]
// (R as SolveOptions::rooms_per_session; 0 gives every session all the halls it may use;
// --hour-grid: the one-hour-grid events peer_bench gives every peer; --full-time: anneal
// until the time limit, SolveOptions::use_full_time)
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>

#include "solve/agenda_map.hpp"
#include "solve/generator.hpp"
#include "solve/presolve.hpp"
#include "solve/problem.hpp"
#include "solve/search/construct.hpp"
#include "solve/search/options.hpp"
#include "solve/search/repair.hpp"
#include "solve/search/state.hpp"
#include "solve/solver.hpp"

using namespace hoithao;

namespace {

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

class Stopwatch {
public:
    // Seconds since the last lap (or the start).
    double lap() {
        auto now = std::chrono::steady_clock::now();
        double seconds = std::chrono::duration<double>(now - last_).count();
        last_ = now;
        return seconds;
    }

private:
    std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// FNV-1a over the placements, to see at a glance that two builds plan the same agenda.
class Fingerprint {
public:
    void add(const std::string& text) {
        for (unsigned char c : text) value_ = (value_ ^ c) * 1099511628211ull;
        value_ = (value_ ^ 0xff) * 1099511628211ull;
    }
    void add(long long number) { add(std::to_string(number)); }
    unsigned short_value() const { return static_cast<unsigned>(value_ ^ (value_ >> 32)); }

private:
    unsigned long long value_ = 14695981039346656037ull;
};

unsigned fingerprint(const solve::Assignment& assignment) {
    Fingerprint f;
    for (const auto& place : assignment) f.add(place.room), f.add(place.start), f.add(place.interpreter);
    return f.short_value();
}

unsigned fingerprint(const model::Agenda& agenda) {
    Fingerprint f;
    for (const auto& x : agenda.placements)
        f.add(x.session_id), f.add(x.room_id), f.add(x.start.time_since_epoch().count()), f.add(x.interpreter_id);
    return f.short_value();
}

struct Phases {
    double compile = 0, prepare = 0, construct = 0, repair = 0, check = 0;
    long candidates = 0;  // (start, hall) options of all sessions after presolve
    unsigned agenda = 0;  // fingerprint of the first conflict-free agenda
    bool conflict_free = false;
    double first() const { return compile + prepare + construct + repair; }
};

// The steps plan() takes up to its first conflict-free agenda, in its order and with
// its random stream, so the agenda is the one plan() starts annealing from. The
// complete search plan() falls back on when the repair stalls is left out: these
// loose events never need it, and `conflict_free` says when one did.
Phases first_agenda(const model::Scenario& scenario, unsigned seed, double limit, std::size_t rooms_per_session) {
    Phases t;
    Stopwatch watch;
    auto problem = solve::compile(scenario, nullptr, std::nullopt, rooms_per_session);
    t.compile = watch.lap();
    auto constraints = solve::make_constraints(scenario.event.weights);
    solve::search::Clock clock(limit, false);
    std::mt19937 rng(seed);
    bool proven = !solve::presolve(problem).empty();
    solve::search::Options options(problem, constraints);
    t.prepare = watch.lap();
    for (const auto& s : problem.sessions) t.candidates += static_cast<long>(s.candidates.size());
    if (proven) return t;
    solve::search::State state(problem);
    solve::search::construct(state, options, rng, clock);
    t.construct = watch.lap();
    const long patience = 2000 + 20 * static_cast<long>(problem.sessions.size());
    std::vector<long> weights(problem.sessions.size(), 1);
    auto best = solve::search::repair(state, options, rng, clock, patience, weights);
    t.repair = watch.lap();
    auto report = solve::evaluate(problem, constraints, best);
    t.check = watch.lap();
    t.conflict_free = report.hard_count() == 0;
    t.agenda = fingerprint(best);
    return t;
}

double n_log_n(int n) { return n * std::log(static_cast<double>(n)); }

}  // namespace

int main(int argc, char** argv) {
    int max_sessions = 4000;
    double limit = 60;
    unsigned seed = 1;
    bool with_plan = true, hour_grid = false, full_time = false;
    std::size_t rooms_per_session = solve::SolveOptions{}.rooms_per_session;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--no-plan")) with_plan = false;
        else if (!std::strcmp(argv[i], "--hour-grid")) hour_grid = true;
        else if (!std::strcmp(argv[i], "--full-time")) full_time = true;
        else if (i + 1 >= argc) break;
        else if (!std::strcmp(argv[i], "--max")) max_sessions = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--time-limit")) limit = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed")) seed = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--rooms-per-session")) rooms_per_session = std::strtoul(argv[++i], nullptr, 10);
    }
    std::printf("%8s %6s %5s %7s %9s %9s %11s %8s %9s %6s %8s %9s %8s %9s %9s %8s %17s %s\n", "sessions", "people",
                "halls", "cands_M", "compile_s", "prepare_s", "construct_s", "repair_s", "firstcf_s", "growth",
                "check_s", "plan_cf_s", "total_s", "soft_first", "soft_final", "peak_MiB", "agendas", "outcome");
    double previous_first = 0;
    int previous_n = 0;
    for (int n : {20, 60, 200, 600, 1000, 2000, 4000}) {
        if (n > max_sessions) break;
        testing::EventSize size;
        size.seed = seed;
        size.sessions = n;
        size.participants = 5 * n;
        size.halls = std::max(12, n / 15);
        size.days = n < 100 ? 3 : 5;
        size.hour_grid = hour_grid;
        auto scenario = testing::generate_event(size);
        Phases t = first_agenda(scenario, seed, limit, rooms_per_session);
        // Time ratio over the n·log n ratio from the previous size: about 1 when the
        // time grows as n·log n, nearly the size ratio (1.8 from 1,000 to 2,000) when as n².
        char growth[16] = "-";
        if (previous_n > 0 && previous_first > 0)
            std::snprintf(growth, sizeof growth, "%.2f",
                          t.first() / previous_first / (n_log_n(n) / n_log_n(previous_n)));
        previous_first = t.first(), previous_n = n;
        solve::SolveResult result;
        if (with_plan) {
            solve::SolveOptions options;
            options.seed = seed;
            options.time_limit_seconds = limit;
            options.rooms_per_session = rooms_per_session;
            options.use_full_time = full_time;
            result = solve::plan(scenario, options);
        }
        const char* outcome = !with_plan ? (t.conflict_free ? "conflict-free" : "not-found")
                              : result.outcome == solve::Outcome::ConflictFree       ? "conflict-free"
                              : result.outcome == solve::Outcome::ProvenInfeasible ? "infeasible"
                                                                                   : "not-found";
        std::printf("%8d %6d %5d %7.2f %9.3f %9.3f %11.3f %8.3f %9.3f %6s %8.3f %9.3f %8.2f %9ld %9ld %8.0f %08x/%08x %s\n",
                    n, size.participants, size.halls, t.candidates / 1e6, t.compile, t.prepare, t.construct, t.repair,
                    t.first(), growth, t.check, result.seconds_to_conflict_free, result.seconds, result.first_soft_cost, result.report.soft_cost(),
                    peak_mib(), t.agenda, with_plan ? fingerprint(result.agenda) : 0u, outcome);
        std::fflush(stdout);
    }
}
