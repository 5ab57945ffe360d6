#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A session keeps to its own allowed days and clock windows.
class AllowedTimes final : public UnaryConstraint {
public:
    std::string_view name() const override { return "allowed-times"; }
    std::string_view title() const override { return "outside the days and hours allowed"; }
    Scope scope() const override { return Scope::Time; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
