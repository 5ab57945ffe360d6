#include <algorithm>

#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct SetOptions {
    Target target;
    EditOptions edit;
    std::string what;  // delegation:ID, person:ID, room:ID
    std::string arrival, departure, unavailable;
    std::string closed_period;  // empty with --closed alone: closed for the whole event
    bool closed = false, open = false;
};

std::pair<std::string, std::string> split_target(const std::string& text) {
    auto colon = text.find(':');
    if (colon == std::string::npos || colon + 1 == text.size())
        throw model::InputError("", "WHAT", "'" + text + "' is not delegation:ID, person:ID or room:ID");
    return {text.substr(0, colon), text.substr(colon + 1)};
}

store::FactChange delegation_change(const model::Scenario& s, const std::string& id, const SetOptions& opt) {
    if (!s.find_delegation(id)) throw model::InputError("", "WHAT", "event '" + s.event.id + "' has no delegation '" + id + "'");
    if (opt.arrival.empty() && opt.departure.empty())
        throw model::InputError("", "--arrival", "give --arrival and/or --departure for a delegation");
    store::DelegationTimes change{id, {}, {}};
    if (!opt.arrival.empty()) change.arrival = local_time_option(opt.arrival, s.event.zone, "--arrival");
    if (!opt.departure.empty()) change.departure = local_time_option(opt.departure, s.event.zone, "--departure");
    const auto& d = *s.find_delegation(id);
    auto arrival = change.arrival ? change.arrival : d.arrival;
    auto departure = change.departure ? change.departure : d.departure;
    if (arrival && departure && *departure <= *arrival)
        throw model::InputError("", "--departure", "delegation '" + id + "' would depart before it arrives");
    return change;
}

// "2022-09-09 08:00/2022-09-09 10:00" in the event's zone, given as `option`.
model::Interval period_option(const std::string& text, const std::string& zone, const char* option) {
    auto slash = text.find('/');
    if (slash == std::string::npos) throw model::InputError("", option, "expected \"2022-09-09 08:00/2022-09-09 10:00\"");
    model::Interval period{local_time_option(text.substr(0, slash), zone, option),
                           local_time_option(text.substr(slash + 1), zone, option)};
    if (period.end <= period.start) throw model::InputError("", option, "the period ends before it starts");
    return period;
}

store::FactChange person_change(const model::Scenario& s, const std::string& id, const SetOptions& opt) {
    if (!s.find_participant(id)) throw model::InputError("", "WHAT", "event '" + s.event.id + "' has no participant '" + id + "'");
    return store::PersonUnavailable{id, period_option(opt.unavailable, s.event.zone, "--unavailable")};
}

store::FactChange room_change(const store::Store& store, const model::Scenario& s, const std::string& id,
                              const SetOptions& opt) {
    const auto closed = store.closed_rooms(s.event.id);
    const bool is_closed = std::any_of(closed.begin(), closed.end(), [&](const model::Room& r) { return r.id == id; });
    if (!is_closed && !s.find_room(id)) throw model::InputError("", "WHAT", "event '" + s.event.id + "' has no room '" + id + "'");
    if (opt.closed == opt.open) throw model::InputError("", "--closed", "give either --closed or --open for a room");
    if (opt.closed && !opt.closed_period.empty())
        return store::RoomUnavailable{id, period_option(opt.closed_period, s.event.zone, "--closed")};
    return store::RoomClosed{id, opt.closed};
}

std::string describe(const std::string& kind, const std::string& id, const SetOptions& opt) {
    if (kind == "delegation")
        return "delegation '" + id + "'" + (opt.arrival.empty() ? "" : " arrives " + opt.arrival) +
               (opt.departure.empty() ? "" : " departs " + opt.departure);
    if (kind == "person") return "participant '" + id + "' unavailable " + opt.unavailable;
    if (!opt.closed) return "hall '" + id + "' open again";
    return "hall '" + id + "' closed" + (opt.closed_period.empty() ? "" : " " + opt.closed_period);
}

std::string instant_text(const std::optional<model::TimePoint>& t) { return t ? model::format_utc(*t) : "-"; }

// The fact this `set` replaces, as text. Periods added to a person or a hall replace
// nothing, so whatever was added meanwhile stays and the change always applies on top.
Subject fact_subject(const std::string& kind, const std::string& id, const SetOptions& opt) {
    return {kind + " '" + id + "'", [kind, id, additive = !opt.unavailable.empty() || !opt.closed_period.empty()](
                                        const Loaded& loaded) -> std::string {
                if (additive) return "";
                if (kind == "delegation") {
                    const auto* d = loaded.scenario.find_delegation(id);
                    return d ? instant_text(d->arrival) + " " + instant_text(d->departure) : "not in the event";
                }
                return loaded.scenario.find_room(id) ? "open" : "closed or not in the event";
            }};
}

int run_set(const SetOptions& opt, Context& ctx) {
    store::Store store(opt.target.db, false);
    const auto [kind, given_id] = split_target(opt.what);
    const bool for_delegation = !opt.arrival.empty() || !opt.departure.empty();
    const bool for_room = opt.closed || opt.open;
    if ((for_delegation && kind != "delegation") || (!opt.unavailable.empty() && kind != "person") ||
        (for_room && kind != "room"))
        throw model::InputError("", "WHAT", "these options do not apply to " + kind + " '" + given_id + "'");
    if (kind != "delegation" && kind != "person" && kind != "room")
        throw model::InputError("", "WHAT", "'" + opt.what + "' is not delegation:ID, person:ID or room:ID");
    const auto event = store.resolve_event(opt.target.event);
    const auto id = [&, &kind = kind, &given_id = given_id] {
        const auto scenario = store.load_scenario(event);
        std::vector<std::string> known;
        if (kind == "delegation")
            for (const auto& d : scenario.delegations) known.push_back(d.id);
        if (kind == "person")
            for (const auto& p : scenario.participants) known.push_back(p.id);
        if (kind == "room") known = room_ids(store, scenario);
        return known_id(given_id, known, event, kind == "person" ? "participant" : kind, "WHAT");
    }();
    auto change_in = [&](const model::Scenario& scenario) {
        return kind == "delegation" ? delegation_change(scenario, id, opt)
               : kind == "person"   ? person_change(scenario, id, opt)
                                    : room_change(store, scenario, id, opt);
    };
    const auto what = describe(kind, id, opt);
    if (!store.load_agenda(event)) {
        // Only facts change: the store applies them to what it holds, in one transaction.
        store.change_facts(event, {change_in(store.load_scenario(event))});
        ctx.out << what << "\nno agenda yet: nothing to check\n";
        return 0;
    }
    return run_edit(store, opt.target, opt.edit, ctx, fact_subject(kind, id, opt), [&](const Loaded& loaded) {
        const auto change = change_in(loaded.scenario);
        // A reopened hall is back in the scenario the check sees.
        auto before = loaded.scenario;
        if (kind == "room" && opt.open)
            for (const auto& r : store.closed_rooms(loaded.scenario.event.id))
                if (r.id == id) before.rooms.push_back(r);
        return Edit{before, loaded.agenda, what, {change}};
    });
}

}  // namespace

void setup_set(CLI::App& app, Context& ctx, int& code) {
    auto opt = std::make_shared<SetOptions>();
    auto* cmd = app.add_subcommand("set", "change a fact: a delegation's arrival or departure, a person's "
                                          "unavailable period, a hall closed; stores a new version and checks it");
    add_db_option(*cmd, opt->target);
    cmd->add_option("WHAT", opt->what, "delegation:ID, person:ID or room:ID")->required();
    add_event_option(*cmd, opt->target);
    cmd->add_option("--arrival", opt->arrival, "delegation arrives, local time of the event: \"2022-09-09 10:00\"");
    cmd->add_option("--departure", opt->departure, "delegation departs, local time of the event");
    cmd->add_option("--unavailable", opt->unavailable,
                    "person unavailable, local time of the event: \"2022-09-09 08:00/2022-09-09 10:00\"");
    auto* closed = cmd->add_option("--closed", opt->closed_period,
                                   "the hall cannot be used: alone, for the whole event (kept, listed as closed, no "
                                   "longer planned); with a period, only then, local time of the event: "
                                   "\"2022-09-09 13:00/2022-09-09 17:00\"");
    closed->expected(0, 1);
    cmd->add_flag("--open", opt->open, "the hall can be used again, at any time");
    add_edit_options(*cmd, opt->edit);
    cmd->callback([opt, closed, &ctx, &code] {
        opt->closed = closed->count() > 0;
        code = run_set(*opt, ctx);
    });
}

}  // namespace hoithao::cli
