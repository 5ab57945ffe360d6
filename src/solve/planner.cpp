// The first planner: most-constrained-first ordering; for each session the
// earliest feasible (start, room, interpreter) among those its one-session soft
// rules like best; chronological backtracking with forward checking; restarts
// with a growing failure limit that move the sessions which failed most to the
// front. A run that ends within both its failure limit and the time limit has
// exhausted the whole search space: that proves infeasibility.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "solve/agenda_map.hpp"
#include "solve/presolve.hpp"

namespace hoithao::solve {
namespace {

using SteadyClock = std::chrono::steady_clock;

class Search {
public:
    enum class Result { Found, Exhausted, Stopped };

    Search(const Problem& problem, const ConstraintList& constraints, const SolveOptions& options)
        : p_(problem), options_(options), started_(SteadyClock::now()), failures_(problem.sessions.size(), 0),
          assignment_(problem.sessions.size()), best_(problem.sessions.size()), rng_(options.seed) {
        for (const auto& c : constraints) {
            if (c->kind() == Kind::Hard && c->name() != "session-unplaced" &&
                (c->scope() == Scope::Session || c->scope() == Scope::Global))
                live_.push_back(c.get());
            if (c->kind() == Kind::Soft && c->scope() != Scope::Global) preferences_.push_back(c.get());
        }
        build_options();
    }

    Result run() {
        long fail_limit = 64;
        for (restarts_ = 0;; ++restarts_) {
            order_ = make_order();
            std::fill(assignment_.begin(), assignment_.end(), Place{});
            fails_ = 0;
            stopped_ = false;
            fail_limit_ = fail_limit;
            if (descend(0)) return Result::Found;
            if (!stopped_) return Result::Exhausted;
            if (out_of_time()) return Result::Stopped;
            fail_limit = fail_limit * 3 / 2;
        }
    }

    const Assignment& solution() const { return assignment_; }
    const Assignment& best() const { return best_; }
    // Sessions that failed most often, hardest first.
    std::vector<int> hardest(std::size_t count) const {
        std::vector<int> order(p_.sessions.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return failures_[a] > failures_[b]; });
        order.resize(std::min(count, order.size()));
        return order;
    }
    double elapsed() const { return std::chrono::duration<double>(SteadyClock::now() - started_).count(); }

private:
    // Soft cost of a place that depends on this session alone (e.g. talks after noon).
    long preference_cost(int s, const Place& place) const {
        long cost = 0;
        for (const Constraint* c : preferences_) cost += c->delta(p_, empty_, s, place);
        return cost;
    }

    // Every (start, room, interpreter) of a session: least soft cost, then earliest,
    // then the tightest room so large halls stay free for large sessions.
    void build_options() {
        options_by_session_.resize(p_.sessions.size());
        empty_.assign(p_.sessions.size(), Place{});
        for (std::size_t s = 0; s < p_.sessions.size(); ++s) {
            std::vector<std::pair<long, Candidate>> candidates;
            for (const auto& c : p_.sessions[s].candidates)
                candidates.emplace_back(preference_cost(static_cast<int>(s), Place{c.room, c.start, -1}), c);
            std::stable_sort(candidates.begin(), candidates.end(), [&](const auto& x, const auto& y) {
                const Candidate &a = x.second, &b = y.second;
                if (x.first != y.first) return x.first < y.first;
                if (a.start != b.start) return a.start < b.start;
                return p_.rooms[a.room].capacity < p_.rooms[b.room].capacity;
            });
            auto& list = options_by_session_[s];
            for (const auto& [cost, c] : candidates) {
                if (!p_.sessions[s].needs_interpreter) list.push_back(Place{c.room, c.start, -1});
                for (int person : p_.sessions[s].interpreters) list.push_back(Place{c.room, c.start, person});
            }
        }
    }

    std::vector<int> make_order() {
        const int n = static_cast<int>(p_.sessions.size());
        std::vector<int> order(n);
        std::vector<unsigned> tie(n);
        for (int s = 0; s < n; ++s) order[s] = s, tie[s] = static_cast<unsigned>(rng_());
        // Earlier sessions of an `after` chain go first, so the later ones can still
        // take the earliest (or preferred) slot after them.
        std::vector<int> level(n, -1);
        auto depth = [&](auto&& self, int s) -> int {
            if (level[s] < 0) {
                level[s] = 0;
                for (auto [e, gap] : p_.sessions[s].after) level[s] = std::max(level[s], self(self, e) + 1);
            }
            return level[s];
        };
        auto key = [&](int s) {
            const auto& d = p_.sessions[s];
            bool fixed = d.pin || d.fixed_start;
            return std::make_tuple(!fixed, -failures_[s], depth(depth, s), options_by_session_[s].size(),
                                   -static_cast<long>(d.attendees.size()), tie[s]);
        };
        for (int s = 0; s < n; ++s) depth(depth, s);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
        return order;
    }

    bool fits(int s, const Place& place) const {
        for (const Constraint* c : live_)
            if (c->delta(p_, assignment_, s, place) > 0) return false;
        return true;
    }

    bool has_option(int s) const {
        const auto& list = options_by_session_[s];
        return std::any_of(list.begin(), list.end(), [&](const Place& place) { return fits(s, place); });
    }

    // After placing `s`, every unplaced neighbour must keep at least one option.
    bool neighbours_ok(int s) {
        for (int t : p_.sessions[s].neighbours)
            if (!assignment_[t].placed() && !has_option(t)) {
                ++failures_[t];
                return false;
            }
        return true;
    }

    bool out_of_time() const { return elapsed() >= options_.time_limit_seconds; }

    void report_progress(std::size_t depth) {
        if (!options_.progress) return;
        double now = elapsed();
        if (now < last_report_ + 1.0) return;  // the first line after 1 s, then one a second
        last_report_ = now;
        std::fprintf(stderr, "plan: %.1f s, restart %d, %zu/%zu sessions placed (best %d)\n", now, restarts_, depth,
                     p_.sessions.size(), best_placed_);
    }

    bool descend(std::size_t depth) {
        if (depth == order_.size()) return true;
        if (fails_ > fail_limit_ || out_of_time()) {
            stopped_ = true;
            return false;
        }
        report_progress(depth);
        int s = order_[depth];
        for (const Place& place : options_by_session_[s]) {
            if (!fits(s, place)) continue;
            assignment_[s] = place;
            if (static_cast<int>(depth) + 1 > best_placed_) {
                best_placed_ = static_cast<int>(depth) + 1;
                best_ = assignment_;
            }
            if (neighbours_ok(s) && descend(depth + 1)) return true;
            assignment_[s] = Place{};
            if (stopped_) return false;
        }
        ++failures_[s];
        ++fails_;
        return false;
    }

    const Problem& p_;
    const SolveOptions& options_;
    SteadyClock::time_point started_;
    std::vector<const Constraint*> live_, preferences_;
    Assignment empty_;
    std::vector<std::vector<Place>> options_by_session_;
    std::vector<long> failures_;
    std::vector<int> order_;
    Assignment assignment_, best_;
    std::mt19937 rng_;
    long fails_ = 0, fail_limit_ = 0;
    bool stopped_ = false;
    int restarts_ = 0, best_placed_ = 0;
    double last_report_ = 0;
};

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

}  // namespace

SolveResult plan(const model::Scenario& scenario, const SolveOptions& options) {
    Problem problem = compile(scenario, options.previous);
    ConstraintList constraints = make_constraints();
    Assignment nothing(problem.sessions.size());
    if (auto reasons = presolve(problem); !reasons.empty())
        return finish(problem, constraints, nothing, Outcome::ProvenInfeasible, std::move(reasons));
    Search search(problem, constraints, options);
    switch (search.run()) {
    case Search::Result::Found:
        return finish(problem, constraints, search.solution(), Outcome::ConflictFree, {});
    case Search::Result::Exhausted: {
        std::string hardest;
        for (int s : search.hardest(3))
            hardest += (hardest.empty() ? "" : ", ") + problem.quoted_title(s);
        return finish(problem, constraints, search.best(), Outcome::ProvenInfeasible,
                      {"a complete search of all placements found no conflict-free agenda; the sessions hardest to "
                       "place were " + hardest});
    }
    case Search::Result::Stopped:
        break;
    }
    auto result = finish(problem, constraints, search.best(), Outcome::NotFound, {});
    if (options.progress && search.elapsed() >= 1.0)
        std::fprintf(stderr, "plan: stopped after %.1f s without a conflict-free agenda\n", search.elapsed());
    return result;
}

}  // namespace hoithao::solve
