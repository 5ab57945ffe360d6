#include "solve/search/proof.hpp"

namespace hoithao::solve::search {
namespace {

class Exhaustive {
public:
    Exhaustive(State& state, const Options& options, const std::vector<int>& sessions, long limit, const Clock& clock)
        : state_(state), options_(options), sessions_(sessions), limit_(limit), clock_(clock) {}

    Proof run() {
        if (descend()) return Proof::Found;
        return stopped_ ? Proof::Stopped : Proof::Exhausted;
    }

private:
    // Calls f(place) for every fitting option of s; stops when f returns false.
    template <typename F>
    void each_fit(int s, F f) const {
        for (auto c : options_.order(s))
            for (int interpreter : options_.interpreters(s)) {
                Place place = options_.place(s, c, interpreter);
                if (options_.interpreter_ok(s, place) && state_.fits(s, place) && !f(place)) return;
            }
    }

    bool descend() {
        if (++nodes_ > limit_ || clock_.expired()) {  // nodes are costly: look at the clock each time
            stopped_ = true;
            return false;
        }
        int next = -1;
        long fewest = -1;
        for (int s : sessions_) {
            if (state_.at(s).placed()) continue;
            long count = 0;
            each_fit(s, [&](const Place&) {
                ++count;
                return fewest < 0 || count < fewest;
            });
            if (count == 0) return false;  // forward check: a session with no option left
            if (fewest < 0 || count < fewest) fewest = count, next = s;
        }
        if (next < 0) return true;
        std::vector<Place> fitting;
        each_fit(next, [&](const Place& place) {
            fitting.push_back(place);
            return true;
        });
        for (const Place& place : fitting) {
            state_.place(next, place);
            if (descend()) return true;
            state_.remove(next);
            if (stopped_) return false;
        }
        return false;
    }

    State& state_;
    const Options& options_;
    const std::vector<int>& sessions_;
    long limit_, nodes_ = 0;
    const Clock& clock_;
    bool stopped_ = false;
};

}  // namespace

Proof exhaust(State& state, const Options& options, const std::vector<int>& sessions, long node_limit,
              const Clock& clock) {
    return Exhaustive(state, options, sessions, node_limit, clock).run();
}

}  // namespace hoithao::solve::search
