#pragma once
#include "solve/constraints/itc_grid.hpp"

namespace hoithao::solve {

// ITC2007 soft rule: 1 per student for each session in the last slot of a day.
class ItcLastSlot final : public UnaryConstraint {
public:
    std::string_view name() const override { return "itc-last-slot"; }
    std::string_view title() const override { return "an exam in the last period of a day (ITC2007)"; }
    Scope scope() const override { return Scope::Time; }
    Kind kind() const override { return Kind::Soft; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    long cost(const Problem& problem, int session, const Place& place) const override;
    std::string explain(const Problem& problem, int session, const Place& place) const override;
    std::vector<int> people_involved(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
