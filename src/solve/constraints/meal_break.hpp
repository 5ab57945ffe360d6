#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Nothing is planned across a meal break.
class MealBreak final : public UnaryConstraint {
public:
    std::string_view name() const override { return "meal-break"; }
    std::string_view title() const override { return "across a meal break"; }
    Scope scope() const override { return Scope::Time; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
