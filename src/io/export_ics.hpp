#pragma once
// iCalendar (RFC 5545) via libical: one VEVENT per session, times in the venue's
// zone with a one-block VTIMEZONE per zone, UIDs that survive re-plans and a
// SEQUENCE that counts moves, so calendar apps update events instead of duplicating.
// A delegation's arrival and departure are events too, in the calendars they concern.
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "io/agenda_view.hpp"

namespace hoithao::io {

using Sequences = std::map<std::string, int>;  // session id -> SEQUENCE

// How many times each session's start, end or hall changed between consecutive
// versions of `history` (oldest first, ending with the version to export).
Sequences count_moves(const std::vector<model::Agenda>& history);

// "SESSION@EVENT.hoithao": the same for a session in every version and every file.
std::string ics_uid(const model::Scenario& s, const std::string& session_id);

// DTSTAMP is the agenda's created_at, so the same version always gives the same bytes.
// The version handed out keeps UIDs and attendee addresses, which calendar apps need
// to update events and do not show, and leaves out the version number and staff notes.
void write_ics(const model::Scenario& s, const model::Agenda& a, const Selector& who, const Audience& audience,
               const Sequences& sequences, std::ostream& out);

}  // namespace hoithao::io
