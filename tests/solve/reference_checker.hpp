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

// The default-weighted cost of waiting: idle-gaps (each VIP's waits of 30 min or
// more between sessions of one day, per half hour, times 4 − rank) plus
// compact-days (each delegation's idle half hours in a day). Meal breaks are not
// waiting, nor is the time on the road between two halls (unless `road_is_waiting`,
// the old mistake, so a test can show its agendas tell the two apart).
long reference_waiting_cost(const model::Scenario& scenario, const model::Agenda& agenda,
                            bool road_is_waiting = false);

}  // namespace hoithao::testing
