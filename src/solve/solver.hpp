#pragma once
// Public face of the solve layer: the independent checker and the planner.
// Both use the same constraint units (solve/constraint.hpp): one definition of
// "conflict".
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::solve {

struct Violation {
    std::string rule;                  // constraint name, e.g. "person-double-booked"
    std::string title;                 // the rule in words, e.g. "a person in two places at once"
    bool hard = true;
    long cost = 0;                     // weight × amount, for soft ones
    std::vector<std::string> sessions; // ids involved
    std::vector<std::string> people;   // participant ids involved
    std::vector<std::string> rooms;    // hall ids involved, where the rule is about a hall
    std::string message;               // one line a protocol officer understands
};

struct CheckReport {
    std::vector<Violation> violations;
    int hard_count() const;
    long soft_cost() const;
};

// Every conflict in `agenda`, in words. Unplaced sessions count as hard violations.
CheckReport check(const model::Scenario& scenario, const model::Agenda& agenda);
// The same, and pinned sessions must also keep their placement in `previous`.
CheckReport check(const model::Scenario& scenario, const model::Agenda& agenda, const model::Agenda* previous);

enum class Outcome { ConflictFree, NotFound, ProvenInfeasible };

struct SolveOptions {
    double time_limit_seconds = 10.0;
    unsigned seed = 1;
    // Keep improving the soft cost until the time limit instead of for a number of
    // steps set by the input and the time limit: better agendas on long runs, but
    // the agenda then depends on the machine's speed, not only on seed and input.
    bool use_full_time = false;
    // Told a line of progress about once a second (the CLI prints it); empty: silent.
    std::function<void(const std::string&)> progress;
    const model::Agenda* previous = nullptr;    // pinned sessions keep their placement from here
    // Re-planning: among conflict-free agendas prefer those closest to `previous`
    // (sessions moved, weighted by the rank of the people affected), then soft cost.
    bool minimise_changes = false;
    // Sessions of `previous` that start before this instant have happened: never moved.
    std::optional<model::TimePoint> now;
    // On an event with many halls the search first gives each session only this many
    // of the halls it may use (half of them those closest to its headcount, the rest
    // spread over the others; only when that at least halves the halls summed over the
    // sessions), so its work does not grow with the number of halls; if
    // that finds no conflict-free agenda within a third of the time limit, it searches
    // again with every hall. 0: every hall at once.
    std::size_t rooms_per_session = 16;
};

struct SolveResult {
    Outcome outcome = Outcome::NotFound;
    model::Agenda agenda;                 // best found; status set accordingly
    CheckReport report;                   // check() of that agenda
    std::vector<std::string> reasons;     // for ProvenInfeasible: why, in protocol terms
    // For benchmarks: seconds from the call (compile included) until the first
    // conflict-free agenda (-1: none), in all, and the soft cost of that first agenda.
    double seconds_to_conflict_free = -1, seconds = 0;
    long first_soft_cost = -1;
};

SolveResult plan(const model::Scenario& scenario, const SolveOptions& options);

}  // namespace hoithao::solve
