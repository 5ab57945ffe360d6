#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A delegation attends only between its arrival and its departure; one arriving in (or
// leaving from) a city also needs the travel between that city and the hall's.
class DelegationPresent final : public UnaryConstraint {
public:
    std::string_view name() const override { return "delegation-present"; }
    std::string_view title() const override { return "a delegation not yet arrived or already gone"; }
    Scope scope() const override { return Scope::Time; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
    std::vector<int> people_involved(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
