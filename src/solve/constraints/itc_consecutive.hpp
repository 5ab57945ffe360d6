#pragma once
#include "solve/constraints/itc_grid.hpp"

namespace hoithao::solve {

// ITC2007 soft rule: per student and day, each run of consecutive occupied slots
// longer than two costs 1 per slot beyond the second (3 in a row 1, 4 in a row 2, …).
class ItcConsecutive final : public ItcStudentDayRule {
public:
    std::string_view name() const override { return "itc-more-than-two-in-a-row"; }
    std::string_view title() const override { return "more than two exams in a row (ITC2007)"; }
    long day_cost(const std::vector<int>& per_slot) const override;

protected:
    std::string explain(const Problem& problem, int person, int day, long cost) const override;
};

}  // namespace hoithao::solve
