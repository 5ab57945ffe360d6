#pragma once
#include "solve/constraints/itc_grid.hpp"

namespace hoithao::solve {

// ITC2007 soft rule: 1 per student for each day with exactly one session.
class ItcSingleDay final : public ItcStudentDayRule {
public:
    std::string_view name() const override { return "itc-single-session-day"; }
    std::string_view title() const override { return "a single exam in a day (ITC2007)"; }
    long day_cost(const std::vector<int>& per_slot) const override;

protected:
    std::string explain(const Problem& problem, int person, int day, long cost) const override;
};

}  // namespace hoithao::solve
