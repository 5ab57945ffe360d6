#include "cli/edit.hpp"

#include <algorithm>
#include <cstdlib>

#include "cli/withdrawn.hpp"
#include "io/text_values.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct InMemory {
    model::Scenario& s;

    void operator()(const store::SessionCancelled& c) const {
        if (c.cancelled) std::erase_if(s.sessions, [&](const model::Session& x) { return x.id == c.session_id; });
    }
    void operator()(const store::RoomClosed& c) const {
        if (c.closed) std::erase_if(s.rooms, [&](const model::Room& x) { return x.id == c.room_id; });
        for (auto& r : s.rooms)
            if (r.id == c.room_id) r.unavailable.clear();
    }
    void operator()(const store::RoomUnavailable& c) const {
        for (auto& r : s.rooms)
            if (r.id == c.room_id) r.unavailable.push_back(c.period);
    }
    void operator()(const store::DelegationTimes& c) const {
        for (auto& d : s.delegations) {
            if (d.id != c.delegation_id) continue;
            if (c.arrival) d.arrival = c.arrival;
            if (c.departure) d.departure = c.departure;
        }
    }
    void operator()(const store::PersonUnavailable& c) const {
        for (auto& p : s.participants)
            if (p.id == c.person_id) p.unavailable.push_back(c.period);
    }
};

}  // namespace

void add_edit_options(CLI::App& cmd, EditOptions& options) {
    const char* user = std::getenv("USER");
    options.author = user ? user : "";
    cmd.add_option("--author", options.author, "who makes this change (default: $USER)");
    cmd.add_option("--note", options.note, "why, kept with the new version");
}

model::Scenario with_changes(model::Scenario scenario, const std::vector<store::FactChange>& changes) {
    const InMemory apply{scenario};
    for (const auto& change : changes) std::visit(apply, change);
    return scenario;
}

int store_edit(store::Store& store, const model::Scenario& scenario, model::Agenda agenda, const std::string& what,
               const EditOptions& options, Context& ctx, const std::vector<store::FactChange>& changes) {
    const auto changed = with_changes(scenario, changes);
    auto report = solve::check(changed, agenda);
    explain_withdrawn(report, agenda, with_withdrawn(store, scenario));
    // An edited version is complete only when it has no hard conflict; staff may
    // store one that still has some while they work through a change.
    agenda.status = report.hard_count() == 0 ? model::AgendaStatus::Complete : model::AgendaStatus::Partial;
    agenda.note = options.note.empty() ? what : what + " — " + options.note;
    agenda.author = options.author;
    agenda.created_at = ctx.now();
    const int from = agenda.version;
    agenda.version = store.save_agenda(agenda, changes);
    ctx.out << what << "\nstored as version " << agenda.version << " (from version " << from << ", "
            << model::to_string(agenda.status) << ")\n";
    print_report(report, ctx.out);
    return report.hard_count() > 0 ? 1 : 0;
}

void require_session(const store::Store& store, const model::Scenario& scenario, const std::string& session_id) {
    if (scenario.find_session(session_id)) return;
    const auto cancelled = store.cancelled_sessions(scenario.event.id);
    const bool is_cancelled = std::any_of(cancelled.begin(), cancelled.end(),
                                          [&](const model::Session& s) { return s.id == session_id; });
    throw model::InputError("", "SESSION",
                            is_cancelled ? "session '" + session_id + "' is cancelled; 'hoithao uncancel' it first"
                                         : "event '" + scenario.event.id + "' has no session '" + session_id + "'");
}

model::Placement& placement_of(const store::Store& store, const Loaded& loaded, model::Agenda& agenda,
                               const std::string& session_id) {
    require_session(store, loaded.scenario, session_id);
    auto it = std::find_if(agenda.placements.begin(), agenda.placements.end(),
                           [&](const model::Placement& p) { return p.session_id == session_id; });
    if (it == agenda.placements.end())
        throw model::InputError("", "SESSION",
                                "session '" + session_id + "' is not placed in version " +
                                    std::to_string(agenda.version) + "; give it a hall with 'hoithao move … --room'");
    return *it;
}

model::TimePoint local_time_option(const std::string& text, const std::string& zone, const std::string& field) {
    try {
        auto local = io::local_time_value(text);
        return model::to_instant(local.day, local.clock, zone);
    } catch (const io::BadValue& e) {
        throw model::InputError("", field, e.what());
    }
}

std::string zone_of_room(const model::Scenario& scenario, const std::string& room_id) {
    const auto* room = scenario.find_room(room_id);
    const auto* venue = room ? scenario.find_venue(room->venue_id) : nullptr;
    return venue && !venue->zone.empty() ? venue->zone : scenario.event.zone;
}

}  // namespace hoithao::cli
