// plan(): presolve proofs, then the two-phase search of search/: a DSATUR
// construction, ejection-chain tabu repair until every session is placed (hard
// cost 0), then simulated annealing on the soft cost (relocate, swap and Kempe-chain
// moves) that never breaks a hard rule. When the repair stalls, a complete search
// of the sessions left decides whether none can work, and deletion filters over
// the sessions and then the rules between them explain why in protocol terms. On
// an event with many halls all this runs first with a few halls per session (see
// SolveOptions::rooms_per_session).
#include <algorithm>
#include <cstdio>
#include <random>

#include "solve/agenda_map.hpp"
#include "solve/presolve.hpp"
#include "solve/search/construct.hpp"
#include "solve/search/explain.hpp"
#include "solve/search/improve.hpp"
#include "solve/search/proof.hpp"
#include "solve/search/repair.hpp"

namespace hoithao::solve {
namespace {

// "3.4 s", as progress lines give the time spent.
std::string seconds_text(const search::Clock& clock) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f s", clock.elapsed());
    return text;
}

constexpr long kFirstProofNodes = 200000;
constexpr double kFirstProofSeconds = 1.0;

SolveResult finish(const Problem& p, const ConstraintList& constraints, const Assignment& assignment,
                   Outcome outcome, std::vector<std::string> reasons) {
    SolveResult result;
    result.agenda = to_agenda(p, assignment);
    result.report = evaluate(p, constraints, assignment);
    if (outcome == Outcome::ConflictFree && result.report.hard_count() > 0) outcome = Outcome::NotFound;
    result.outcome = outcome;
    result.agenda.status = outcome == Outcome::ConflictFree       ? model::AgendaStatus::Complete
                           : outcome == Outcome::ProvenInfeasible ? model::AgendaStatus::Infeasible
                                                                  : model::AgendaStatus::Partial;
    result.reasons = std::move(reasons);
    return result;
}

// Re-planning: a session no place is allowed for keeps the one it had, conflicts and
// all, so that nothing disappears from the plan and the others are planned around it
// by every rule between sessions (a press statement still follows its signing).
void hold_previous(Problem& p) {
    for (auto& s : p.sessions)
        if (s.candidates.empty() && s.previous && s.previous->room >= 0)
            s.candidates = {Candidate{s.previous->start, s.previous->room}};
}

struct Found {
    Assignment best;
    bool complete = false;
    bool proven_infeasible = false;
};

// Phases 0 and 1 with proofs in between: the best conflict-free partial agenda.
Found place_all(const Problem& p, const search::Options& options, std::mt19937& rng, search::Clock& clock) {
    search::State state(p);
    search::construct(state, options, rng, clock);
    std::vector<int> placeable;
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s)
        if (!p.sessions[s].candidates.empty()) placeable.push_back(s);
    // Each round of repair gets twice the patience of the last, so a large tight event
    // is mostly repaired rather than handed to proofs that cannot finish.
    long patience = 2000 + 20 * static_cast<long>(p.sessions.size());
    std::vector<long> weights(p.sessions.size(), 1);
    Found found;
    found.best = state.assignment();
    if (clock.expired()) return found;
    long proof_nodes = kFirstProofNodes;
    auto unplaced = [](const Assignment& a) {
        return std::count_if(a.begin(), a.end(), [](const Place& x) { return !x.placed(); });
    };
    while (true) {
        Assignment best = search::repair(state, options, rng, clock, patience, weights);
        patience *= 2;
        if (unplaced(best) <= unplaced(found.best)) found.best = best;
        if (unplaced(found.best) == 0) {
            found.complete = true;
            return found;
        }
        // The next round starts again from the best agenda, not where this one drifted.
        if (state.unplaced() > unplaced(found.best)) state.reset(found.best);
        if (clock.expired()) return found;
        // The repair stalls: try to settle the question with a complete search. On a
        // large tight event it cannot finish, so it gets a share of the time spent so
        // far (at least a second, which small events never need) and the repair then
        // goes on from the best agenda.
        search::State empty(p);
        const search::Clock proof_clock = clock.slice(std::max(kFirstProofSeconds, clock.elapsed() / 4));
        switch (search::exhaust(empty, options, placeable, proof_nodes, proof_clock)) {
        case search::Proof::Found:
            found.best = empty.assignment();
            found.complete = true;
            return found;
        case search::Proof::Exhausted:
            found.proven_infeasible = true;
            return found;
        case search::Proof::Stopped:
            proof_nodes *= 4;
            break;
        }
        if (clock.expired()) return found;
    }
}

// The annealing's length: by default a number of steps set by the input's size and
// the time limit (each 10 s of limit buys one more cooling's worth), so a run is
// reproducible and a longer limit still helps; or all the time left when asked.
search::Schedule improve_schedule(const Problem& p, const SolveOptions& options) {
    const long per_cooling = 20000 + 200 * static_cast<long>(p.sessions.size());
    const long coolings = std::max(1L, static_cast<long>(options.time_limit_seconds / 10.0));
    return {per_cooling * coolings, options.use_full_time};
}

// plan() on one compiled problem: `place_clock` bounds the search for a first
// conflict-free agenda, `clock` the whole run.
SolveResult plan_compiled(Problem& problem, const ConstraintList& constraints, const SolveOptions& options,
                          search::Clock& clock, search::Clock& place_clock) {
    problem.minimise_changes = options.minimise_changes;
    std::mt19937 rng(options.seed);
    auto reasons = presolve(problem);
    if (!reasons.empty()) hold_previous(problem);
    search::Options choices(problem, constraints);
    if (!reasons.empty()) {
        // Proven already; the best partial agenda is still worth storing.
        search::Clock short_clock = place_clock.slice(1.0);
        search::State state(problem);
        search::construct(state, choices, rng, short_clock);
        return finish(problem, constraints, state.assignment(), Outcome::ProvenInfeasible, std::move(reasons));
    }
    Found found = place_all(problem, choices, rng, place_clock);
    if (!found.complete) {
        auto result = finish(problem, constraints, found.best,
                             found.proven_infeasible ? Outcome::ProvenInfeasible : Outcome::NotFound, {});
        result.seconds = clock.elapsed();
        return result;
    }
    search::State state(problem);
    state.reset(found.best);
    const double first = clock.elapsed();
    auto [best, soft, first_soft] =
        search::improve(state, choices, constraints, rng, clock, improve_schedule(problem, options));
    clock.tell("plan: " + seconds_text(clock) + ", conflict-free, soft cost " + std::to_string(soft));
    auto result = finish(problem, constraints, best, Outcome::ConflictFree, {});
    result.seconds_to_conflict_free = first;
    result.first_soft_cost = first_soft;
    result.seconds = clock.elapsed();
    return result;
}

}  // namespace

SolveResult plan(const model::Scenario& scenario, const SolveOptions& options) {
    ConstraintList constraints = make_constraints(scenario.event.weights);
    search::Clock clock(options.time_limit_seconds, options.progress);
    Problem problem = compile(scenario, options.previous, options.now, options.rooms_per_session);
    if (problem.rooms_limited) {
        // Any failure here, a proof included (it holds for the narrowed halls only),
        // sends the search on to every hall.
        search::Clock place_clock = clock.slice(options.time_limit_seconds / 3);
        auto result = plan_compiled(problem, constraints, options, clock, place_clock);
        if (result.outcome == Outcome::ConflictFree) return result;
        if (options.progress)
            options.progress("plan: " + seconds_text(clock) + ", nothing conflict-free with " +
                             std::to_string(options.rooms_per_session) + " halls per session; trying every hall");
        problem = compile(scenario, options.previous, options.now);
    }
    auto result = plan_compiled(problem, constraints, options, clock, clock);
    if (result.outcome != Outcome::ConflictFree)
        clock.tell("plan: stopped after " + seconds_text(clock) + " without a conflict-free agenda");
    // Proven by the complete search: the presolve narrowed the candidates by rules
    // the explanation may lift, so it starts again from the rules as written.
    if (result.outcome == Outcome::ProvenInfeasible && result.reasons.empty())
        result.reasons = {search::explain_infeasible(compile(scenario, options.previous, options.now), clock)};
    return result;
}

}  // namespace hoithao::solve
