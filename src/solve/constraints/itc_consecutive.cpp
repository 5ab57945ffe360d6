#include "solve/constraints/itc_consecutive.hpp"

namespace hoithao::solve {

long ItcConsecutive::day_cost(const std::vector<int>& per_slot) const {
    long cost = 0;
    int run = 0;
    for (int count : per_slot) {
        run = count > 0 ? run + 1 : 0;
        if (run > 2) cost += weight();
    }
    return cost;
}

std::string ItcConsecutive::explain(const Problem& p, int person, int day, long cost) const {
    return p.people[person].name + " has more than two sessions in a row on " +
           model::format_day(p.scenario->event.first_day + date::days{day}) + ": " + std::to_string(cost) +
           " beyond the second";
}

}  // namespace hoithao::solve
