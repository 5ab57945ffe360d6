// Scenario benchmark: seeded generated events from 20 to 2,000 sessions; per size,
// seconds to compile the problem, to the first conflict-free agenda and in all,
// first and final soft cost, and the process's peak memory so far.
// Usage: scenario_bench [--max N] [--time-limit S] [--seed K]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "solve/generator.hpp"
#include "solve/problem.hpp"
#include "solve/solver.hpp"

using namespace hoithao;

namespace {

double peak_mib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

}  // namespace

int main(int argc, char** argv) {
    int max_sessions = 2000;
    double limit = 60;
    unsigned seed = 1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--max")) max_sessions = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--time-limit")) limit = std::atof(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--seed")) seed = static_cast<unsigned>(std::atoi(argv[i + 1]));
    }
    std::printf("%8s %8s %6s %4s %10s %12s %9s %10s %10s %9s %s\n", "sessions", "people", "halls", "days",
                "compile_s", "conflfree_s", "total_s", "soft_first", "soft_final", "peak_MiB", "outcome");
    for (int n : {20, 60, 200, 600, 1000, 2000}) {
        if (n > max_sessions) break;
        testing::EventSize size;
        size.seed = seed;
        size.sessions = n;
        size.participants = 5 * n;
        size.halls = std::max(12, n / 15);
        size.days = n < 100 ? 3 : 5;
        auto scenario = testing::generate_event(size);
        auto t0 = std::chrono::steady_clock::now();
        auto problem = solve::compile(scenario);
        double compile = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        solve::SolveOptions options;
        options.seed = seed;
        options.time_limit_seconds = limit;
        auto result = solve::plan(scenario, options);
        const char* outcome = result.outcome == solve::Outcome::ConflictFree       ? "conflict-free"
                              : result.outcome == solve::Outcome::ProvenInfeasible ? "infeasible"
                                                                                   : "not-found";
        std::printf("%8d %8d %6d %4d %10.2f %12.2f %9.2f %10ld %10ld %9.0f %s (%d unplaced or in conflict)\n", n, size.participants,
                    size.halls, size.days, compile, result.seconds_to_conflict_free, result.seconds,
                    result.first_soft_cost, result.report.soft_cost(), peak_mib(), outcome,
                    result.report.hard_count());
        std::fflush(stdout);
    }
}
