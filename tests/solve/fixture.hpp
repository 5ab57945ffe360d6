#pragma once
// A small hand-made event for the solve tests: Cửa Lò workshop venues, a Hà Nội
// office and a Viêng Chăn office, two delegations and three interpreters.
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"
#include "solve/solver.hpp"

namespace hoithao::testing {

// Event 08–10 Sep 2022, working hours 08:00–17:30, lunch 12:00–13:30, slots of 15 min.
// Rooms: hall_a (Cửa Lò, 150, booths+projector), room_b (Cửa Lò, same venue, 30,
// projector+signing_table), room_c (Cửa Lò, other venue, 40), hall_hn (Hà Nội, 60,
// booths+signing_table), room_vte (Viêng Chăn, 30). Travel: Hà Nội–Cửa Lò 270 min
// road, Hà Nội–Viêng Chăn 190 min air; city buffer 15 min.
// People: vn_min, vn_dep (delegation vn, vi); la_min, la_dir (delegation la, lo);
// int_1, int_2 (interpreters vi+lo), int_en (interpreter vi+en).
model::Scenario workshop();

model::Session& add_session(model::Scenario& scenario, const std::string& id, const std::string& title,
                            int minutes, std::vector<std::string> attendees = {});

model::TimePoint local(const std::string& day, const std::string& clock, const std::string& zone = "Asia/Ho_Chi_Minh");

// A placement of `session` in `room` starting at local day/clock (zone of the room's venue).
model::Placement at(const model::Scenario& scenario, const std::string& session, const std::string& room,
                    const std::string& day, const std::string& clock, const std::string& interpreter = "");

std::vector<solve::Violation> of_rule(const solve::CheckReport& report, const std::string& rule);
bool names(const solve::Violation& v, const std::string& person_or_session);
std::string dump(const solve::CheckReport& report);  // for failure messages

}  // namespace hoithao::testing
