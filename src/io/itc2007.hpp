#pragma once
// ITC2007 Track 2 (post-enrolment course timetabling) instances and solutions.
// Events become sessions, students participants, rooms halls with features as
// equipment ("f0", "f1", …); the 45 timeslots are 5 days × 9 one-hour slots.
#include <istream>
#include <ostream>
#include <string>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::io {

inline constexpr int kItcDays = 5;
inline constexpr int kItcSlotsPerDay = 9;
inline constexpr int kItcTimeslots = kItcDays * kItcSlotsPerDay;

// Reads a .tim file; model::InputError names the file and line of the first fault.
model::Scenario load_itc2007(const std::string& path);
// The same from a stream; `name` labels errors and becomes the event id.
model::Scenario parse_itc2007(std::istream& in, const std::string& name);

// The ITC timeslot (0–44) of a placement in a scenario made by the importer, or -1
// when it does not start on the grid.
int itc2007_timeslot(const model::Scenario& scenario, const model::Placement& placement);

// The competition's solution format: per event, in file order, "timeslot room"
// ("-1 -1" when unplaced). model::InputError for a placement off the grid or in an
// unknown room.
void write_itc2007_solution(std::ostream& out, const model::Scenario& scenario, const model::Agenda& agenda);

}  // namespace hoithao::io
