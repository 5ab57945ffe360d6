#include "solve/search/improve.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "solve/constraints/moved_session.hpp"
#include "solve/search/kempe.hpp"
#include "solve/search/soft_cost.hpp"

namespace hoithao::solve::search {
namespace {

constexpr std::size_t kLongestChain = 64;  // longer chains rarely pay for their matching
constexpr int kCalibrationSamples = 200;

// The candidates of one start time (candidates are sorted by start, then hall).
auto same_start(const std::vector<Candidate>& cands, Instant start) {
    return std::equal_range(cands.begin(), cands.end(), Candidate{start, 0},
                            [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
}

class Annealer {
public:
    Annealer(State& state, const Options& options, const ConstraintList& constraints, std::mt19937& rng)
        : state_(state), options_(options), rng_(rng), cost_(state.problem(), constraints, state.assignment()) {
        // Re-planning puts fewer moves above any comfort: a session still at its
        // previous place stays there, so no step adds a move.
        const Problem& p = state.problem();
        kept_.assign(p.sessions.size(), false);
        for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s) {
            kept_[s] = p.minimise_changes && state.at(s).placed() && at_previous_place(p, s, state.at(s));
            if (!frozen(s) && state.at(s).placed()) movable_.push_back(s);
        }
    }

    long cost() const { return cost_.total(); }
    bool can_move() const { return !movable_.empty(); }

    // One step at temperature t; true when taken.
    bool step(double t) {
        temperature_ = t;
        switch (rng_() % 8) {
        case 0:
        case 1:
            return swap();
        case 2:
        case 3:
            return kempe();
        default:
            return relocate();
        }
    }

    // Worsenings of random relocations, neither taken nor kept: the mean and the least.
    // Hard rules are not looked at: on a tight event few relocations fit, but any
    // says how large the soft cost's steps are.
    std::pair<double, double> sample_worsening() {
        double sum = 0, least = 0;
        int count = 0;
        for (int i = 0; i < kCalibrationSamples; ++i) {
            int s = pick();
            const auto& cands = state_.problem().sessions[s].candidates;
            const Candidate& c = cands[rng_() % cands.size()];
            long d = cost_.delta(state_.assignment(), s, Place{c.room, c.start, state_.at(s).interpreter});
            if (d <= 0) continue;
            sum += static_cast<double>(d);
            least = count == 0 ? static_cast<double>(d) : std::min(least, static_cast<double>(d));
            ++count;
        }
        return count == 0 ? std::pair{1.0, 1.0} : std::pair{sum / count, least};
    }

private:
    // A compound move is a sequence of shifts, kept or rolled back as a whole.
    struct Shift {
        int session;
        Place from, to;
        long delta;
    };

    void shift(int s, const Place& to) {
        const Place from = state_.at(s);
        long d = cost_.delta(state_.assignment(), s, to);
        if (from.placed()) state_.remove(s);
        if (to.placed()) state_.place(s, to);
        cost_.moved(s, from, to, d);
        log_.push_back({s, from, to, d});
    }
    void rollback() {
        for (auto it = log_.rbegin(); it != log_.rend(); ++it) {
            if (it->to.placed()) state_.remove(it->session);
            if (it->from.placed()) state_.place(it->session, it->from);
            cost_.moved(it->session, it->to, it->from, -it->delta);
        }
        log_.clear();
    }
    // Keeps the move when the annealing accepts its change in cost.
    bool settle() {
        long d = 0;
        for (const Shift& s : log_) d += s.delta;
        bool taken = d <= 0 || (temperature_ > 0 && std::generate_canonical<double, 32>(rng_) <
                                                        std::exp(-static_cast<double>(d) / temperature_));
        if (taken) log_.clear();
        else rollback();
        return taken;
    }

    int pick() { return movable_[rng_() % movable_.size()]; }
    // A random candidate time and, from a random one on, the first of its halls that
    // fits: on an event short of halls most (time, hall) pairs are taken, and trying
    // the halls in turn finds the free one. The session keeps its interpreter when it
    // can, else takes the first one free, so interpreters change only when they must.
    std::optional<Place> random_option(int s) {
        const auto& cands = state_.problem().sessions[s].candidates;
        const auto [first, last] = same_start(cands, cands[rng_() % cands.size()].start);
        const auto count = static_cast<std::size_t>(last - first), offset = rng_() % count;
        const Problem& p = state_.problem();
        // Without travel, a session that clashes in one free hall clashes in all: with
        // people or an order rule, at that time.
        const bool clash_anywhere = p.no_travel && !p.sessions[s].needs_interpreter;
        for (std::size_t k = 0; k < count; ++k) {
            const Candidate& c = first[(offset + k) % count];
            const Place here{c.room, c.start, state_.at(s).interpreter};
            if (clash_anywhere && !state_.hall_free(c.room, c.start, p.end(s, here), s)) continue;
            if (auto place = with_interpreter(s, here)) return place;
            if (clash_anywhere) return std::nullopt;
        }
        return std::nullopt;
    }
    std::optional<Place> with_interpreter(int s, Place place) const {
        const int current = place.interpreter;
        if (current >= 0 || !state_.problem().sessions[s].needs_interpreter)
            if (options_.interpreter_ok(s, place) && state_.fits(s, place)) return place;
        for (int interpreter : options_.interpreters(s)) {
            place.interpreter = interpreter;
            if (interpreter != current && options_.interpreter_ok(s, place) && state_.fits(s, place)) return place;
        }
        return std::nullopt;
    }

    bool relocate() {
        int s = pick();
        auto place = random_option(s);
        if (!place || *place == state_.at(s)) return false;
        shift(s, *place);
        return settle();
    }

    bool swap() {
        int s = pick(), u = pick();
        const Problem& p = state_.problem();
        if (s == u || p.sessions[s].duration != p.sessions[u].duration) return false;
        const Place a = state_.at(s), b = state_.at(u);
        const Place to_s{b.room, b.start, a.interpreter}, to_u{a.room, a.start, b.interpreter};
        if (!allowed(s, to_s) || !allowed(u, to_u)) return false;
        // Most swaps clash with a third session: ruled out before anything moves.
        const std::vector<int> pair = {std::min(s, u), std::max(s, u)};
        if (!state_.fits(s, to_s, pair) || !state_.fits(u, to_u, pair)) return false;
        shift(s, Place{});
        shift(u, Place{});
        if (!state_.fits(s, to_s)) return rollback(), false;
        shift(s, to_s);
        if (!state_.fits(u, to_u)) return rollback(), false;
        shift(u, to_u);
        return settle();
    }

    // The chain of a random session between its time and a random other candidate
    // time changes sides. Both sides' halls are matched before anything moves, since
    // most chains find none; then again as each side moves, with what has moved in
    // place (between halls some way apart, travel time depends on who went where).
    bool kempe() {
        int s = pick();
        const auto& cands = state_.problem().sessions[s].candidates;
        const Instant from = state_.at(s).start, to = cands[rng_() % cands.size()].start;
        if (to == from) return false;
        auto chain = kempe_chain(state_, options_, s, to, kLongestChain);
        if (chain.empty() || std::any_of(chain.begin(), chain.end(), [&](int t) { return kept_[t]; })) return false;
        Seating side[2];
        for (int t : chain) {
            Seating& k = side[state_.at(t).start == from ? 0 : 1];
            k.moving.push_back(t);
            k.moving_was.push_back(state_.at(t));
        }
        std::sort(chain.begin(), chain.end());
        if (!match(side[0], to, chain) || !match(side[1], from, chain)) return false;
        for (int t : chain) shift(t, Place{});
        if (!match(side[0], to, {}) || !seat(side[0]) || !match(side[1], from, {}) || !seat(side[1]))
            return rollback(), false;
        return settle();
    }

    // Sessions moving to one time (`moving`, from `moving_was`) and the halls matched
    // for them and for the sessions already there that may change halls for them:
    // `sessions` lists those residents first, then `moving`.
    struct Seating {
        std::vector<int> moving;
        std::vector<Place> moving_was;
        std::vector<int> sessions;
        std::vector<Place> was, places;
        std::size_t residents = 0;
    };

    // Halls at `start` for the seating's sessions, re-seating the sessions already
    // there: when halls are short, the only free hall at a time often suits someone
    // already there, who can give up theirs. Those come first in the matching, so
    // they keep their halls unless one must move. `leaving` (sorted) are on their way
    // out and not in the way.
    bool match(Seating& seating, Instant start, const std::vector<int>& leaving) {
        state_.starting_at(start, residents_);
        std::erase_if(residents_, [&](int t) {
            return frozen(t) || std::binary_search(leaving.begin(), leaving.end(), t);
        });
        seating.residents = residents_.size();
        seating.sessions = residents_;
        seating.sessions.insert(seating.sessions.end(), seating.moving.begin(), seating.moving.end());
        seating.was.clear();
        for (int t : residents_) seating.was.push_back(state_.at(t));
        seating.was.insert(seating.was.end(), seating.moving_was.begin(), seating.moving_was.end());
        residents_.insert(residents_.end(), leaving.begin(), leaving.end());
        std::sort(residents_.begin(), residents_.end());
        auto places = match_halls(state_, options_, seating.sessions, seating.was, start, residents_);
        if (!places) return false;
        seating.places = std::move(*places);
        return true;
    }

    // Moves the seating's sessions to their matched halls; residents keeping theirs
    // stay put, those changing leave first so that their halls are free to take.
    bool seat(const Seating& seating) {
        const auto& sessions = seating.sessions;
        auto stays = [&](std::size_t i) { return i < seating.residents && seating.places[i] == seating.was[i]; };
        for (std::size_t i = 0; i < seating.residents; ++i)
            if (!stays(i)) shift(sessions[i], Place{});
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            if (stays(i)) continue;
            // The matching looked at each session alone: one placed a moment ago may
            // still be in the way (travel between halls).
            if (!state_.fits(sessions[i], seating.places[i])) return false;
            shift(sessions[i], seating.places[i]);
        }
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
    SoftCost cost_;
    bool frozen(int s) const { return options_.fixed(s) || kept_[s]; }

    std::vector<int> movable_;
    std::vector<bool> kept_;  // re-planning: still at the previous place, so it stays
    std::vector<Shift> log_;
    std::vector<int> residents_;
    double temperature_ = 0;
};

}  // namespace

Improved improve(State& state, const Options& options, const ConstraintList& constraints, std::mt19937& rng,
                 Clock& clock, const Schedule& schedule) {
    Annealer annealer(state, options, constraints, rng);
    Assignment best = state.assignment();
    long best_cost = annealer.cost();
    const long initial = best_cost;
    if (!annealer.can_move() || best_cost == 0) return {best, best_cost, initial};
    // Start warm enough to take an average worsening about a third of the time, or,
    // cooling over all the time left (long runs), about four times in five; end where
    // even the least worsening is rarely taken.
    const auto [mean, least] = annealer.sample_worsening();
    const double t0 = schedule.until_time_limit ? 4 * mean : mean, t1 = std::min(least / 5.0, mean / 10.0);
    const double start = clock.elapsed(), span = clock.remaining();
    auto progress = [&](long i) {
        if (!schedule.until_time_limit) return static_cast<double>(i) / static_cast<double>(schedule.steps);
        return span > 0 ? (clock.elapsed() - start) / span : 1.0;
    };
    double done = 0, t = t0, t_done = 0;
    for (long i = 0; best_cost > 0; ++i) {
        if ((i & 255) == 0) {
            if (clock.expired()) break;
            clock.report("improve", 0, best_cost);
            done = progress(i);
        }
        if (!schedule.until_time_limit) done = progress(i);
        if (done >= 1.0) break;
        if (done != t_done) t = t0 * std::pow(t1 / t0, t_done = done);
        if (annealer.step(t) && annealer.cost() < best_cost) {
            best_cost = annealer.cost();
            best = state.assignment();
        }
    }
    return {best, best_cost, initial};
}

}  // namespace hoithao::solve::search
