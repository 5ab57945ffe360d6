#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Attendees and the interpreter are not booked while they are unavailable.
class PersonUnavailable final : public UnaryConstraint {
public:
    std::string_view name() const override { return "person-unavailable"; }
    std::string_view title() const override { return "a person unavailable"; }
    Scope scope() const override { return Scope::Session; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
    std::vector<int> people_involved(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
