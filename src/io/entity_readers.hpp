#pragma once
// One function per entity kind turning a Record (TOML table or CSV row) into a model
// value. They check each value on its own; references between entities are checked
// later by check_scenario.
#include "io/record.hpp"
#include "io/scenario_draft.hpp"
#include "io/toml_record.hpp"

namespace hoithao::io {

model::Event read_event(const TomlRecord& record);
model::Venue read_venue(const Record& record);
model::Room read_room(const Record& record);
// A [[room]] of the scenario file itself with the id of a hall from an included
// catalogue: the name, capacity and equipment it gives replace the catalogue's, for
// this event only. A venue, if given, must be the hall's own (`from` names where the
// catalogue defines it).
void override_room(model::Room& room, const TomlRecord& record, const std::string& from);
model::TravelLink read_travel(const Record& record);
// Local arrival and departure times are read in `zone`, the event's; each is a
// local date-time or a table { at, city, place, means }.
model::Delegation read_delegation(const TomlRecord& record, const std::string& zone);
model::Participant read_participant(const Record& record);
// The `unavailable = [{ from, to }]` spans of a participant or a hall, read in `zone`.
std::vector<model::Interval> read_unavailable(const TomlRecord& record, const std::string& zone);
SessionDraft read_session(const Record& record);

}  // namespace hoithao::io
