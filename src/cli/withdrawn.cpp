#include "cli/withdrawn.hpp"

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
        if (v.rule == "unknown-room" && !v.sessions.empty()) {
            const auto* placement = agenda.find(v.sessions.front());
            const auto* room = placement ? known.find_room(placement->room_id) : nullptr;
            const auto* session = known.find_session(v.sessions.front());
            if (!room || !session) continue;
            v.rule = "room-closed";
            v.title = "a hall that is closed";
            v.message = title_of(*session) + " is placed in " + room->name + ", which is closed";
        }
        if (v.rule == "unknown-session") {
            for (const auto& p : agenda.placements) {
                const auto* session = known.find_session(p.session_id);
                if (!session || v.message.find("'" + p.session_id + "'") == std::string::npos) continue;
                v.rule = "session-cancelled";
                v.title = "a cancelled session";
                v.sessions = {p.session_id};
                v.message = title_of(*session) + " is cancelled but this version still places it";
                break;
            }
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
