#include "cli/withdrawn.hpp"

#include "solve/agenda_map.hpp"

namespace hoithao::cli {
namespace {

std::string title_of(const model::Session& s) { return "'" + (s.title.in("vi").empty() ? s.id : s.title.in("vi")) + "'"; }

}  // namespace

model::Scenario with_withdrawn(const store::Store& store, model::Scenario scenario) {
    for (auto& s : store.cancelled_sessions(scenario.event.id)) scenario.sessions.push_back(std::move(s));
    for (auto& r : store.closed_rooms(scenario.event.id)) scenario.rooms.push_back(std::move(r));
    return scenario;
}

void explain_withdrawn(solve::CheckReport& report, const model::Agenda& agenda, const model::Scenario& known) {
    for (auto& v : report.violations) {
        if (v.sessions.empty()) continue;
        const auto* session = known.find_session(v.sessions.front());
        if (!session) continue;
        if (v.rule == solve::agenda_rules::kUnknownRoom) {
            const auto* placement = agenda.find(session->id);
            const auto* room = placement ? known.find_room(placement->room_id) : nullptr;
            if (!room) continue;
            v.rule = kRoomClosed;
            v.title = "a hall that is closed";
            v.message = title_of(*session) + " is placed in " + room->name + ", which is closed";
        }
        if (v.rule == solve::agenda_rules::kUnknownSession) {
            v.rule = kSessionCancelled;
            v.title = "a cancelled session";
            v.message = title_of(*session) + " is cancelled but this version still places it";
        }
    }
}

solve::CheckReport check_stored(const store::Store& store, const model::Scenario& scenario,
                                const model::Agenda& agenda) {
    auto report = solve::check(scenario, agenda);
    explain_withdrawn(report, agenda, with_withdrawn(store, scenario));
    return report;
}

}  // namespace hoithao::cli
