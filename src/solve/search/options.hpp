#pragma once
// Each session's candidates in the order the search tries them: least one-session
// soft cost first (morning for talks, a hall that fits), then earliest, then the
// tightest hall so large halls stay free for large sessions.
#include <cstdint>
#include <vector>

#include "solve/constraint.hpp"

namespace hoithao::solve::search {

class Options {
public:
    Options(const Problem& problem, const ConstraintList& constraints);
    // Candidate indices of `session`, best first.
    const std::vector<std::uint32_t>& order(int session) const { return order_[session]; }
    // The place of one candidate with an interpreter (or -1).
    Place place(int session, std::uint32_t candidate, int interpreter) const;
    // Interpreters to try for a session: {-1} when it needs none.
    const std::vector<int>& interpreters(int session) const { return interpreters_[session]; }
    bool fixed(int session) const { return fixed_[session]; }
    // Whether the interpreter of `place` may take it (qualified, available); the
    // candidates were filtered without one.
    bool interpreter_ok(int session, const Place& place) const;

private:
    const Problem& p_;
    std::vector<std::vector<std::uint32_t>> order_;
    std::vector<std::vector<int>> interpreters_;
    std::vector<char> fixed_;
    std::vector<const Constraint*> interpreter_rules_;
    const Constraint* interpretation_ = nullptr;  // the rule that the interpreter is qualified
};

}  // namespace hoithao::solve::search
