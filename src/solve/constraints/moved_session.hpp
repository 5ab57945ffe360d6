#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft, when re-planning with fewest changes: a session moved from its place in the
// previous agenda. Cost 1 plus the rank factor of each VIP attending (3 for a
// minister), with a default weight large enough to dominate the comfort rules.
class MovedSession final : public UnaryConstraint {
public:
    MovedSession() { set_weight(1000); }
    std::string_view name() const override { return "moved-session"; }
    Kind kind() const override { return Kind::Soft; }
    Scope scope() const override { return Scope::Session; }
    bool allows(const Problem& problem, int session, const Place& place) const override;

protected:
    long cost(const Problem& problem, int session, const Place& place) const override;
    std::string explain(const Problem& problem, int session, const Place& place) const override;
    std::vector<int> people_involved(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
