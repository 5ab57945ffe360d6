#pragma once
// An independent, deliberately naive checker: straightforward loops over
// model::Scenario and model::Agenda, sharing no code with src/solve. Tests compare
// its verdict with solve::check() and with the planner's claims.
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::testing {

// One short tag per hard conflict found ("overlap person p1 s1 s2", …).
// Unplaced sessions count unless `partial`. Pins are not checked.
std::vector<std::string> reference_conflicts(const model::Scenario& scenario, const model::Agenda& agenda,
                                             bool partial = false);

}  // namespace hoithao::testing
