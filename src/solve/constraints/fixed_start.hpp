#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// VIP sessions with a fixed start begin exactly then.
class FixedStart final : public UnaryConstraint {
public:
    std::string_view name() const override { return "fixed-start"; }
    std::string_view title() const override { return "not at its fixed start"; }
    Scope scope() const override { return Scope::Time; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
