#pragma once
// The search's working agenda: a partial assignment in which the placed sessions
// never break a hard rule, with one timeline per attendance group and per room so
// that testing a placement costs O(log n + sessions nearby), not O(n).
// Its verdicts agree with the hard constraint units (tests/solve/state_oracle_test).
#include <vector>

#include "solve/problem.hpp"

namespace hoithao::solve::search {

struct Span {
    Instant start = 0, end = 0;
    int session = -1;
};

class State {
public:
    explicit State(const Problem& problem);

    const Problem& problem() const { return p_; }
    const Assignment& assignment() const { return assignment_; }
    const Place& at(int session) const { return assignment_[session]; }
    int unplaced() const { return unplaced_; }

    void place(int session, const Place& place);  // the session must be unplaced
    void remove(int session);                     // the session must be placed
    // Replaces the whole agenda; its placed sessions must not conflict.
    void reset(const Assignment& assignment);

    // Placed sessions that would break a hard rule with `session` at `place`
    // (sorted, unique). Only the rules between sessions are looked at: the
    // candidates already satisfy the rules of one session alone.
    void blockers(int session, const Place& place, std::vector<int>& out) const;
    bool fits(int session, const Place& place) const;
    // Whether only sessions of `movable` (sorted) are in the way: for a move that
    // places these elsewhere too.
    bool fits(int session, const Place& place, const std::vector<int>& movable) const;
    // Whether no placed session but `session` holds `room` between `start` and `end`.
    bool hall_free(int room, Instant start, Instant end, int session) const;
    // Placed sessions starting exactly at `start`, in no particular order.
    void starting_at(Instant start, std::vector<int>& out) const;

private:
    // Calls f(blocker) for each; stops early when f returns false.
    template <typename F>
    void each_blocker(int session, const Place& place, F f) const;
    int interpreter_group(const Place& place) const;

    const Problem& p_;
    Assignment assignment_;
    std::vector<std::vector<Span>> groups_, rooms_;  // sorted by start, never overlapping
    int unplaced_ = 0;
};

}  // namespace hoithao::solve::search
