#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A session stays out of its own unavailable spans (Session::unavailable), e.g. the
// forbidden timeslots of an imported ITC2007 event, which days and windows cannot express.
class SessionUnavailable final : public UnaryConstraint {
public:
    std::string_view name() const override { return "session-unavailable"; }
    std::string_view title() const override { return "a time the session cannot take"; }
    Scope scope() const override { return Scope::Time; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
