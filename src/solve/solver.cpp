#include "solve/solver.hpp"

#include <algorithm>

#include "solve/agenda_map.hpp"

namespace hoithao::solve {

int CheckReport::hard_count() const {
    return static_cast<int>(std::count_if(violations.begin(), violations.end(), [](const Violation& v) { return v.hard; }));
}

long CheckReport::soft_cost() const {
    long sum = 0;
    for (const auto& v : violations)
        if (!v.hard) sum += v.cost;
    return sum;
}

CheckReport check(const model::Scenario& scenario, const model::Agenda& agenda) {
    return check(scenario, agenda, nullptr);
}

CheckReport check(const model::Scenario& scenario, const model::Agenda& agenda, const model::Agenda* previous) {
    Problem problem = compile(scenario, previous);
    std::vector<Violation> issues;
    Assignment assignment = to_assignment(problem, agenda, issues);
    CheckReport report = evaluate(problem, make_constraints(scenario.event.weights), assignment);
    report.violations.insert(report.violations.begin(), issues.begin(), issues.end());
    return report;
}

}  // namespace hoithao::solve
