#pragma once
// A day of the printed programme is more than its sessions: the meal breaks between
// them, and the delegations arriving and leaving, are lines of it too.
#include <string>
#include <vector>

#include "io/agenda_view.hpp"

namespace hoithao::io {

struct ProgrammeLine {
    // Also the order of lines that start at the same time.
    enum class Kind { Arrival, Session, Break, Departure };
    Kind kind = Kind::Session;
    model::TimePoint at;            // when it starts
    std::string day;                // local, "2022-09-09"
    std::string start, end;         // local clock; no end for an arrival or a departure
    const AgendaRow* row = nullptr;                 // a session
    const model::MealBreak* meal = nullptr;         // a break
    const model::Delegation* delegation = nullptr;  // an arrival or a departure
};

// The programme of `rows` (the sessions the reader selected, kept alive by the
// caller), by day and time: a meal break on a day where sessions come before and after
// it and none overlaps it (a working lunch is a session), and the arrival and
// departure of the delegations `who` concerns (all for the whole event, one's own for
// a delegation or person, none for a hall), on their local day in the event's zone.
std::vector<ProgrammeLine> programme_lines(const model::Scenario& s, const std::vector<AgendaRow>& rows,
                                           const Selector& who);

// What a break, arrival or departure line says: "Nghỉ trưa", "Đoàn đến: Đoàn …".
std::string line_text(const ProgrammeLine& line, const std::string& lang);

}  // namespace hoithao::io
