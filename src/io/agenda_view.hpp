#pragma once
// The agenda as readers see it: one row per placed session, with names resolved,
// local times in the venue's zone, and people in order of precedence. Every
// export and the terminal view are written from these rows.
#include <optional>
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::io {

// Who a file is written for: the language of its labels, titles and names, and
// whether it is the version handed out (`export --final`), which leaves out what
// only staff need: version numbers, staff notes and internal ids.
struct Audience {
    std::string lang = "vi";
    bool final = false;
};

struct AgendaRow {
    const model::Session* session = nullptr;
    const model::Placement* placement = nullptr;
    const model::Room* room = nullptr;    // null when the agenda names an unknown room
    const model::Venue* venue = nullptr;
    std::string zone;                     // the venue's zone, else the event's
    std::string day;                      // local, "2022-09-09"
    std::string start, end;               // local clock, "08:00"
    std::vector<const model::Participant*> people;  // everyone expected but the interpreter, by precedence
    const model::Participant* interpreter = nullptr;
};

// Rows sorted by start, then by room name; placements of unknown sessions are skipped.
std::vector<AgendaRow> agenda_rows(const model::Scenario& scenario, const model::Agenda& agenda);

// Everyone expected at a session: named attendees and members of attending
// delegations, in protocol order; the interpreter is not included.
std::vector<const model::Participant*> expected_people(const model::Scenario& scenario,
                                                       const model::Session& session);

// `people` in the order of precedence protocol staff list them in: by rank; at equal
// rank the host side first, then the guests, then people of no delegation (local
// staff); within one side by name. Stable, so it may be applied to any list.
void protocol_order(const model::Scenario& scenario, std::vector<const model::Participant*>& people);

// A person's name in the reader's language ("lo": Lao script) when the scenario
// gives one, else as written.
const std::string& display_name(const model::Participant& person, const std::string& lang);

// Who a filter selects: "delegation:LA", "person:ID", "room:ID"; empty selects all.
struct Selector {
    std::string kind;  // "", "delegation", "person", "room"
    std::string id;
    bool selects(const AgendaRow& row) const;
};
// The rows `who` selects, in agenda order.
std::vector<AgendaRow> agenda_rows(const model::Scenario& scenario, const model::Agenda& agenda, const Selector& who);
// Throws model::InputError for a malformed selector or an id the scenario lacks.
Selector parse_selector(const model::Scenario& scenario, const std::string& text);

std::string room_label(const AgendaRow& row);  // "Hội trường A — Mường Thanh Grand Cửa Lò"
// The room label with the venue's address, where a visitor must go:
// "Hội trường A — Mường Thanh Grand Cửa Lò, Bình Minh, Cửa Lò".
std::string place_label(const AgendaRow& row);

// Who has a role at a session, role by role in programme order (co-chairs, speakers,
// signers, witnesses, MC), each list in the order staff gave. A session that names no
// one falls back, for an opening, plenary, closing or talks only, on the people it names
// itself whose standing role is co-chair or speaker, in order of precedence; elsewhere
// (a signing, a site visit) nobody is named for it. The interpreter is the one assigned.
struct Lead {
    model::SessionRole role;
    std::vector<const model::Participant*> people;
};
std::vector<Lead> session_leads(const AgendaRow& row);
// The role `person_id` has at the session, if any (the first, in programme order).
std::optional<model::SessionRole> role_at(const AgendaRow& row, const std::string& person_id);

// The local days that have at least one row, in order.
std::vector<std::string> agenda_days(const std::vector<AgendaRow>& rows);

}  // namespace hoithao::io
