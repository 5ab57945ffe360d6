#include "solve/search/improve.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "solve/constraints/moved_session.hpp"

namespace hoithao::solve::search {
namespace {

class Annealer {
public:
    Annealer(State& state, const Options& options, const ConstraintList& constraints, std::mt19937& rng)
        : state_(state), options_(options), rng_(rng) {
        for (const auto& c : constraints)
            if (c->kind() == Kind::Soft) soft_.push_back(c.get());
        std::vector<Violation> found;
        for (const Constraint* c : soft_) c->check(state.problem(), state.assignment(), found);
        cost_ = total_cost(found);
        // Re-planning puts fewer moves above any comfort: a session still at its
        // previous place stays there, so no step adds a move.
        for (int s = 0; s < static_cast<int>(state.problem().sessions.size()); ++s)
            if (!options.fixed(s) && state.at(s).placed() &&
                !(state.problem().minimise_changes && at_previous_place(state.problem(), s, state.at(s))))
                movable_.push_back(s);
    }

    long cost() const { return cost_; }
    bool can_move() const { return !movable_.empty(); }

    // One step at temperature t; true when taken.
    bool step(double t) { return rng_() % 4 == 0 ? swap(t) : relocate(t); }

private:
    long delta(int s, const Place& place) const {
        long d = 0;
        for (const Constraint* c : soft_) d += c->delta(state_.problem(), state_.assignment(), s, place);
        return d;
    }
    bool accept(long d, double t) {
        if (d <= 0) return true;
        return t > 0 && std::generate_canonical<double, 32>(rng_) < std::exp(-static_cast<double>(d) / t);
    }
    void move(int s, const Place& place) {
        state_.remove(s);
        state_.place(s, place);
    }
    int pick() { return movable_[rng_() % movable_.size()]; }
    // A random candidate; the session keeps its interpreter when it can, else takes
    // the first one free, so interpreters change only when they must.
    std::optional<Place> random_option(int s) {
        const auto& order = options_.order(s);
        const int current = state_.at(s).interpreter;
        Place place = options_.place(s, order[rng_() % order.size()], current);
        if (current >= 0 || !state_.problem().sessions[s].needs_interpreter)
            if (options_.interpreter_ok(s, place) && state_.fits(s, place)) return place;
        for (int interpreter : options_.interpreters(s)) {
            place.interpreter = interpreter;
            if (interpreter != current && options_.interpreter_ok(s, place) && state_.fits(s, place)) return place;
        }
        return std::nullopt;
    }

    bool relocate(double t) {
        int s = pick();
        auto found = random_option(s);
        if (!found || *found == state_.at(s)) return false;
        const Place place = *found;
        long d = delta(s, place);
        if (!accept(d, t)) return false;
        move(s, place);
        cost_ += d;
        return true;
    }

    bool swap(double t) {
        int s = pick(), u = pick();
        const Problem& p = state_.problem();
        if (s == u || p.sessions[s].duration != p.sessions[u].duration) return false;
        const Place a = state_.at(s), b = state_.at(u);
        Place to_s{b.room, b.start, a.interpreter}, to_u{a.room, a.start, b.interpreter};
        if (!allowed(s, to_s) || !allowed(u, to_u)) return false;
        long d = delta(s, to_s);
        move(s, to_s);
        bool ok = false;
        state_.remove(u);
        if (state_.fits(u, to_u)) {
            state_.place(u, b);
            d += delta(u, to_u);
            ok = accept(d, t);
            if (ok) move(u, to_u);
        } else {
            state_.place(u, b);
        }
        state_.remove(s);
        if (!ok || !state_.fits(s, to_s)) {
            if (ok) move(u, b);
            state_.place(s, a);
            return false;
        }
        state_.place(s, to_s);
        cost_ += d;
        return true;
    }

    // Whether a place is among the session's candidates (rooms and times allowed).
    bool allowed(int s, const Place& place) const {
        const auto& cands = state_.problem().sessions[s].candidates;
        auto it = std::lower_bound(cands.begin(), cands.end(), place, [](const Candidate& c, const Place& x) {
            return c.start != x.start ? c.start < x.start : c.room < x.room;
        });
        return it != cands.end() && it->start == place.start && it->room == place.room &&
               options_.interpreter_ok(s, place);
    }

    State& state_;
    const Options& options_;
    std::mt19937& rng_;
    std::vector<const Constraint*> soft_;
    std::vector<int> movable_;
    long cost_ = 0;
};

}  // namespace

Improved improve(State& state, const Options& options, const ConstraintList& constraints,
                                    std::mt19937& rng, Clock& clock, long steps) {
    Annealer annealer(state, options, constraints, rng);
    Assignment best = state.assignment();
    long best_cost = annealer.cost();
    const long initial = best_cost;
    if (!annealer.can_move()) return {best, best_cost, initial};
    const double t0 = 8.0, t1 = 0.05;
    for (long i = 0; i < steps && best_cost > 0; ++i) {
        if ((i & 255) == 0) {
            if (clock.expired()) break;
            clock.report("improve", 0, best_cost);
        }
        double t = t0 * std::pow(t1 / t0, static_cast<double>(i) / static_cast<double>(steps));
        if (annealer.step(t) && annealer.cost() < best_cost) {
            best_cost = annealer.cost();
            best = state.assignment();
        }
    }
    return {best, best_cost, initial};
}

}  // namespace hoithao::solve::search
