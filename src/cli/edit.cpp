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
        for (auto& d : s.delegations)
            if (d.id == c.delegation_id) c.apply(d);
    }
    void operator()(const store::PersonUnavailable& c) const {
        for (auto& p : s.participants)
            if (p.id == c.person_id) p.unavailable.push_back(c.period);
    }
    void operator()(const store::SessionFacts& c) const {
        for (auto& x : s.sessions)
            if (x.id == c.session_id) c.apply(x);
    }
    void operator()(const store::RoomEquipment& c) const {
        for (auto& r : s.rooms)
            if (r.id == c.room_id) c.apply(r);
    }
};

// "version 5 (by lan) was stored", "versions 5 to 7 were stored", "the event's facts changed".
std::string newer_text(const std::vector<store::VersionInfo>& newer) {
    if (newer.empty()) return "the event's facts changed";
    const auto& last = newer.back();
    if (newer.size() > 1)
        return "versions " + std::to_string(newer.front().version) + " to " + std::to_string(last.version) +
               " were stored";
    return "version " + std::to_string(last.version) + (last.author.empty() ? "" : " (by " + last.author + ")") +
           " was stored";
}

}  // namespace

void add_edit_options(CLI::App& cmd, EditOptions& options) {
    const char* user = std::getenv("USER");
    options.author = user ? user : "";
    cmd.add_option("--author", options.author, "who makes this change (default: $USER)");
    cmd.add_option("--note", options.note, "why, kept with the new version");
    add_report_options(cmd, options.report);
}

model::Scenario with_changes(model::Scenario scenario, const std::vector<store::FactChange>& changes) {
    const InMemory apply{scenario};
    for (const auto& change : changes) std::visit(apply, change);
    return scenario;
}

Subject session_subject(const std::string& session_id) {
    return {"session '" + session_id + "'", [session_id](const Loaded& loaded) {
                if (!loaded.scenario.find_session(session_id)) return std::string("not in the event");
                const auto* p = loaded.agenda.find(session_id);
                if (!p) return std::string("not placed");
                return p->room_id + " " + model::format_utc(p->start) + " " + model::format_utc(p->end) + " " +
                       p->interpreter_id + (p->pinned ? " pinned" : "");
            }};
}

int run_edit(store::Store& store, const Target& target, const EditOptions& options, Context& ctx,
             const Subject& subject, const std::function<Edit(const Loaded&)>& make) {
    // Each retry follows a version someone else stored meanwhile; a few in a row mean
    // the event is too busy to rebase on, and the user is asked to run again.
    constexpr int kRebases = 8;
    const auto first = load_agenda(store, target);
    const auto wanted = subject.state(first);
    auto loaded = first;
    for (int rebase = 0;; ++rebase) {
        auto edit = make(loaded);
        const auto changed = with_changes(edit.scenario, edit.changes);
        auto report = solve::check(changed, edit.agenda);
        explain_withdrawn(report, edit.agenda, with_withdrawn(store, edit.scenario));
        // An edited version is complete only when it has no hard conflict; staff may
        // store one that still has some while they work through a change.
        auto& agenda = edit.agenda;
        agenda.status = report.hard_count() == 0 ? model::AgendaStatus::Complete : model::AgendaStatus::Partial;
        agenda.note = options.note.empty() ? edit.what : edit.what + " — " + options.note;
        agenda.author = options.author;
        agenda.created_at = ctx.now();
        const int from = agenda.version;
        try {
            agenda.version = store.save_agenda(agenda, edit.changes, loaded.base);
        } catch (const store::Stale& stale) {
            loaded = load_agenda(store, target);
            if (subject.state(loaded) != wanted)
                throw store::Stale(subject.name + " was changed after you read it: " + stale.what(), stale.newer());
            if (rebase == kRebases)
                throw store::Stale("others kept storing changes while this one was applied on top of theirs: " +
                                       std::string(stale.what()),
                                   stale.newer());
            ctx.out << "note: " << newer_text(stale.newer())
                    << " while you worked, changing nothing this edit is about; your change is applied on top\n";
            continue;
        }
        ctx.out << edit.what << "\nstored as version " << agenda.version << " (from version " << from << ", "
                << model::to_string(agenda.status) << ")\n";
        print_report(report, ctx.out, options.report);
        return report.hard_count() > 0 ? 1 : 0;
    }
}

std::string session_named(const store::Store& store, const Target& target, const std::string& given) {
    const auto scenario = store.load_scenario(store.resolve_event(target.event));
    return known_id(given, session_ids(store, scenario), scenario.event.id, "session", "SESSION");
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
