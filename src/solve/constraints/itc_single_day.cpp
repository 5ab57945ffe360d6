#include "solve/constraints/itc_single_day.hpp"

#include <numeric>

namespace hoithao::solve {

long ItcSingleDay::day_cost(const std::vector<int>& per_slot) const {
    return std::accumulate(per_slot.begin(), per_slot.end(), 0) == 1 ? weight() : 0;
}

std::string ItcSingleDay::explain(const Problem& p, int person, int day, long) const {
    return p.people[person].name + " has a single session on " +
           model::format_day(p.scenario->event.first_day + date::days{day});
}

}  // namespace hoithao::solve
