#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Whether `session` had a place in the previous agenda and `place` keeps its hall and start.
bool at_previous_place(const Problem& problem, int session, const Place& place);
// How much moving `session` counts, before the weight: 1 plus the rank factor of each
// VIP attending. The re-planning search weighs evictions with it too.
long moved_amount(const Problem& problem, int session);

// Soft, when re-planning with fewest changes: a session moved from its place in the
// previous agenda. Cost 1 plus the rank factor of each VIP attending (3 for a
// minister), with a default weight large enough to dominate the comfort rules.
class MovedSession final : public UnaryConstraint {
public:
    MovedSession() { set_weight(1000); }
    std::string_view name() const override { return "moved-session"; }
    std::string_view title() const override { return "moved from the previous plan"; }
    Kind kind() const override { return Kind::Soft; }
    Scope scope() const override { return Scope::Session; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    long cost(const Problem& problem, int session, const Place& place) const override;
    std::string explain(const Problem& problem, int session, const Place& place) const override;
    std::vector<int> people_involved(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
