#pragma once
// What changed between two agenda versions, and whom it concerns: the sessions
// added, removed or moved, and for each person, delegation and hall the sessions of
// their own agenda that changed — the list of whom to notify.
#include <map>
#include <string>
#include <vector>

#include "io/agenda_view.hpp"
#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::io {

struct SessionChange {
    enum class Kind { Added, Removed, Moved, Interpreter };  // Moved: time or hall; Interpreter: only that
    Kind kind = Kind::Moved;
    std::string session_id;
    const model::Placement* before = nullptr;  // null when added
    const model::Placement* after = nullptr;   // null when removed
};

struct AgendaDiff {
    std::vector<SessionChange> changes;  // in time order (the new time, else the old)
    // Id -> ids of the changed sessions in that one's agenda.
    std::map<std::string, std::vector<std::string>> people, delegations, rooms;
    bool empty() const { return changes.empty(); }
    int count(SessionChange::Kind kind) const;
};

// `scenario` should also hold cancelled sessions and closed halls, so that what
// an older version placed can still be named.
AgendaDiff diff_agendas(const model::Scenario& scenario, const model::Agenda& before, const model::Agenda& after);

// One selector per person, delegation and hall whose agenda changed.
std::vector<Selector> changed_selectors(const AgendaDiff& diff);

// Weight of one person in a change: 10 for rank 1 down to 1 for rank 10 and below,
// so moving a minister counts more than moving a delegate.
int rank_weight(int rank);
// Sum over added, removed and moved sessions of the rank weights of the people
// expected there (interpreter included).
long change_weight(const model::Scenario& scenario, const AgendaDiff& diff);

// "2022-09-09 08:00–09:30, Phòng VIP" in the zone of the placement's venue.
std::string placement_text(const model::Scenario& scenario, const model::Placement& placement);

}  // namespace hoithao::io
