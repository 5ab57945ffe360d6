#include <algorithm>
#include <set>

#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "io/id_match.hpp"
#include "io/text_values.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct SetOptions {
    Target target;
    EditOptions edit;
    std::string what;  // delegation:ID, person:ID, room:ID, session:ID
    std::string arrival, departure, unavailable;
    // Where and how a delegation arrives and leaves; "" clears one.
    std::optional<std::string> arrival_city, arrival_place, arrival_means, departure_city, departure_place,
        departure_means;
    std::string closed_period;  // empty with --closed alone: closed for the whole event
    bool closed = false, open = false;
    // session:ID
    std::optional<int> duration;
    std::optional<std::string> days, fixed, venue, city, room;  // "" clears a venue, city or hall; fixed "none"
    std::vector<std::string> windows;
    std::string equipment;  // "+signing_table,-projector"; room:ID too
    std::optional<std::string> after;  // "talks+15,review"; "" follows nothing
    std::vector<std::string> roles;    // "signers=a,b" each

    bool for_session() const {
        return duration || days || fixed || venue || city || room || after || !windows.empty() || !roles.empty();
    }
    bool for_passages() const {
        return arrival_city || arrival_place || arrival_means || departure_city || departure_place || departure_means;
    }
    bool for_delegation() const { return !arrival.empty() || !departure.empty() || for_passages(); }
};

std::pair<std::string, std::string> split_target(const std::string& text) {
    auto colon = text.find(':');
    if (colon == std::string::npos || colon + 1 == text.size())
        throw model::InputError("", "WHAT", "'" + text + "' is not delegation:ID, person:ID, room:ID or session:ID");
    return {text.substr(0, colon), text.substr(colon + 1)};
}

// A city the event knows (a venue lies in it or a travel link names it), or "" for none:
// the time is then the delegation's presence at the venue itself.
std::optional<std::string> known_city(const model::Scenario& s, const std::optional<std::string>& given,
                                      const char* option) {
    if (!given || given->empty()) return given;
    std::vector<std::string> cities;
    for (const auto& v : s.venues) cities.push_back(v.city);
    for (const auto& t : s.travel) cities.push_back(t.from_city), cities.push_back(t.to_city);
    if (std::find(cities.begin(), cities.end(), *given) != cities.end()) return given;
    std::sort(cities.begin(), cities.end());
    cities.erase(std::unique(cities.begin(), cities.end()), cities.end());
    throw model::InputError("", option, "event '" + s.event.id + "' has no venue in '" + *given +
                                            "' and no travel link names it" + io::did_you_mean(*given, cities));
}

store::FactChange delegation_change(const model::Scenario& s, const std::string& id, const SetOptions& opt) {
    if (!s.find_delegation(id)) throw model::InputError("", "WHAT", "event '" + s.event.id + "' has no delegation '" + id + "'");
    if (!opt.for_delegation())
        throw model::InputError("", "--arrival", "give --arrival and/or --departure for a delegation (or where and how: --arrival-city, "
                                               "--arrival-place, --arrival-means, --departure-…)");
    store::DelegationTimes change{id, {}, {}, {}, {}};
    if (!opt.arrival.empty()) change.arrival = local_time_option(opt.arrival, s.event.zone, "--arrival");
    if (!opt.departure.empty()) change.departure = local_time_option(opt.departure, s.event.zone, "--departure");
    change.arrival_via = {known_city(s, opt.arrival_city, "--arrival-city"), opt.arrival_place, opt.arrival_means};
    change.departure_via = {known_city(s, opt.departure_city, "--departure-city"), opt.departure_place,
                            opt.departure_means};
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

// "a,b" or "a;b" as typed on a command line.
std::vector<std::string> comma_list(const std::string& text) {
    std::vector<std::string> items(1);
    for (char c : text) {
        if (c == ',' || c == ';')
            items.emplace_back();
        else if (c != ' ')
            items.back() += c;
    }
    std::erase(items, "");
    return items;
}

// "+signing_table,-projector": what to add and what to take away ("booths" alone adds).
std::pair<std::set<std::string>, std::set<std::string>> equipment_option(const std::string& text) {
    std::set<std::string> add, remove;
    for (const auto& item : comma_list(text)) {
        if (item[0] == '-')
            remove.insert(item.substr(1));
        else
            add.insert(item[0] == '+' ? item.substr(1) : item);
    }
    if (add.empty() && remove.empty()) throw model::InputError("", "--equipment", "expected \"+signing_table,-projector\"");
    return {add, remove};
}

template <typename Parse>
auto option_value(const char* option, Parse&& parse) {
    try {
        return parse();
    } catch (const io::BadValue& e) {
        throw model::InputError("", option, e.what());
    }
}

// Whether `later` already follows `earlier`, directly or through other sessions: then
// making `earlier` follow `later` would close a cycle.
bool follows(const model::Scenario& s, const std::string& later, const std::string& earlier) {
    std::vector<std::string> todo{later};
    std::set<std::string> seen;
    while (!todo.empty()) {
        const auto id = todo.back();
        todo.pop_back();
        if (id == earlier) return true;
        const auto* session = s.find_session(id);
        if (!session || !seen.insert(id).second) continue;
        for (const auto& a : session->after) todo.push_back(a.session);
    }
    return false;
}

std::vector<model::After> after_option(const store::Store& store, const model::Scenario& s,
                                       const model::Session& session, const std::string& text) {
    std::vector<model::After> after;
    for (const auto& item : comma_list(text)) {
        auto a = option_value("--after", [&] { return io::after_value(item); });
        a.session = known_id(a.session, session_ids(store, s), s.event.id, "session", "--after");
        if (a.session == session.id) throw model::InputError("", "--after", "session '" + session.id + "' cannot follow itself");
        if (!s.find_session(a.session))
            throw model::InputError("", "--after", "session '" + a.session + "' is cancelled; 'hoithao uncancel' it first");
        if (follows(s, a.session, session.id))
            throw model::InputError("", "--after", "session '" + a.session + "' already follows '" + session.id +
                                                       "': the order would go round in a circle");
        after.push_back(a);
    }
    return after;
}

// "signers=khamsing-vongxay,trinh-van-khai": who holds one role at the session, in order.
std::pair<model::SessionRole, std::vector<std::string>> roles_option(const model::Scenario& s,
                                                                     const model::Session& session,
                                                                     const std::string& text) {
    const auto equals = text.find('=');
    auto key = text.substr(0, equals);
    std::replace(key.begin(), key.end(), '-', '_');
    const auto role = model::parse_session_role(key);
    if (equals == std::string::npos || !role)
        throw model::InputError("", "--roles", "'" + text + "' is not ROLE=ID,ID with ROLE one of co_chairs, speakers, "
                                               "signers, witnesses, mc, interpreters");
    std::vector<std::string> people;
    std::vector<std::string> known;
    for (const auto& p : s.participants) known.push_back(p.id);
    for (const auto& given : comma_list(text.substr(equals + 1))) {
        const auto id = known_id(given, known, s.event.id, "participant", "--roles");
        const auto& person = *s.find_participant(id);
        if (std::find(people.begin(), people.end(), id) != people.end())
            throw model::InputError("", "--roles", "'" + id + "' is listed twice as " + key);
        const bool attends =
            std::find(session.attendees.begin(), session.attendees.end(), id) != session.attendees.end() ||
            std::find(session.delegations.begin(), session.delegations.end(), person.delegation_id) !=
                session.delegations.end();
        if (*role == model::SessionRole::Interpreter && !person.has_role(model::Role::Interpreter))
            throw model::InputError("", "--roles", person.name + " (" + id + ") is not an interpreter");
        if (*role != model::SessionRole::Interpreter && !attends)
            throw model::InputError("", "--roles", person.name + " (" + id + ") does not attend session '" +
                                                       session.id + "'");
        people.push_back(id);
    }
    return {*role, people};
}

store::FactChange session_change(const store::Store& store, const model::Scenario& s, const std::string& id,
                                 const SetOptions& opt) {
    const auto* session = s.find_session(id);
    if (!session) throw model::InputError("", "WHAT", "session '" + id + "' is cancelled; 'hoithao uncancel' it first");
    store::SessionFacts change{id, opt.duration, {}, {}, {}, {}, opt.city, {}, {}, {}, {}, {}};
    if (opt.duration && (*opt.duration <= 0 || *opt.duration > 24 * 60))
        throw model::InputError("", "--duration", "expected minutes from 1 to 1440, got " + std::to_string(*opt.duration));
    if (opt.days) {
        change.days.emplace();
        for (const auto& text : comma_list(*opt.days)) {
            const auto day = option_value("--days", [&] { return io::day_value(text); });
            if (day < s.event.first_day || s.event.last_day < day)
                throw model::InputError("", "--days", "day " + text + " is not an event day");
            change.days->push_back(day);
        }
    }
    if (!opt.windows.empty()) {
        change.windows.emplace();
        for (const auto& text : opt.windows) change.windows->push_back(option_value("--window", [&] { return io::window_value(text); }));
    }
    if (opt.venue) {
        std::vector<std::string> venues;
        for (const auto& v : s.venues) venues.push_back(v.id);
        change.venue = opt.venue->empty() ? "" : known_id(*opt.venue, venues, s.event.id, "venue", "--venue");
    }
    if (opt.room) change.room = opt.room->empty() ? "" : known_id(*opt.room, room_ids(store, s), s.event.id, "room", "--room");
    if (opt.fixed) {
        const auto* venue = s.find_venue(change.venue.value_or(session->venue_id));
        const auto zone = venue && !venue->zone.empty() ? venue->zone : s.event.zone;
        change.fixed = *opt.fixed == "none" ? std::optional<model::TimePoint>()
                                            : local_time_option(*opt.fixed, zone, "--fixed");
    }
    if (!opt.equipment.empty()) std::tie(change.equipment_add, change.equipment_remove) = equipment_option(opt.equipment);
    if (opt.after) change.after = after_option(store, s, *session, *opt.after);
    for (const auto& text : opt.roles) {
        auto [role, people] = roles_option(s, *session, text);
        change.roles[role] = std::move(people);
    }
    return change;
}

std::string describe(const std::string& kind, const std::string& id, const SetOptions& opt) {
    if (kind == "session") {
        std::string text = "session '" + id + "':";
        if (opt.duration) text += " duration " + std::to_string(*opt.duration) + " min";
        if (opt.days) text += " days " + *opt.days;
        for (const auto& w : opt.windows) text += " window " + w;
        if (opt.fixed) text += " fixed " + *opt.fixed;
        if (opt.venue) text += " venue '" + *opt.venue + "'";
        if (opt.city) text += " city '" + *opt.city + "'";
        if (opt.room) text += " hall '" + *opt.room + "'";
        if (!opt.equipment.empty()) text += " equipment " + opt.equipment;
        if (opt.after) text += opt.after->empty() ? " follows no session" : " after " + *opt.after;
        for (const auto& r : opt.roles) text += " " + r;
        return text;
    }
    if (kind == "room" && !opt.equipment.empty()) return "hall '" + id + "' equipment " + opt.equipment + " (this event only)";
    if (kind == "delegation") {
        auto part = [](const char* word, const std::optional<std::string>& value) {
            return value ? std::string(" ") + word + " '" + *value + "'" : std::string();
        };
        auto arrives = (opt.arrival.empty() ? "" : " " + opt.arrival) + part("in", opt.arrival_city) +
                       part("at", opt.arrival_place) + part("by", opt.arrival_means);
        auto departs = (opt.departure.empty() ? "" : " " + opt.departure) + part("from", opt.departure_city) +
                       part("at", opt.departure_place) + part("by", opt.departure_means);
        return "delegation '" + id + "'" + (arrives.empty() ? "" : " arrives" + arrives) +
               (departs.empty() ? "" : " departs" + departs);
    }
    if (kind == "person") return "participant '" + id + "' unavailable " + opt.unavailable;
    if (!opt.closed) return "hall '" + id + "' open again";
    return "hall '" + id + "' closed" + (opt.closed_period.empty() ? "" : " " + opt.closed_period);
}

std::string instant_text(const std::optional<model::TimePoint>& t) { return t ? model::format_utc(*t) : "-"; }

// A session's own facts, as text.
std::string session_facts_text(const model::Session& s) {
    std::string text = std::to_string(s.duration_minutes) + " " + s.venue_id + " " + s.city + " " + s.room_id + " " +
                       instant_text(s.fixed_start);
    for (auto d : s.allowed_days) text += " " + model::format_day(d);
    for (const auto& w : s.windows) text += " " + model::format_clock(w.from) + "-" + model::format_clock(w.to);
    for (const auto& e : s.equipment) text += " " + e;
    for (const auto& a : s.after) text += " after " + a.session + "+" + std::to_string(a.gap_minutes);
    for (const auto& [role, people] : s.roles) {
        text += " " + model::to_string(role);
        for (const auto& p : people) text += " " + p;
    }
    return text;
}

// The fact this `set` replaces, as text. Periods added to a person or a hall replace
// nothing, so whatever was added meanwhile stays and the change always applies on top.
Subject fact_subject(const std::string& kind, const std::string& id, const SetOptions& opt) {
    return {kind + " '" + id + "'", [kind, id, additive = !opt.unavailable.empty() || !opt.closed_period.empty()](
                                        const Loaded& loaded) -> std::string {
                if (additive) return "";
                if (kind == "session") {
                    const auto* s = loaded.scenario.find_session(id);
                    return s ? session_facts_text(*s) : "not in the event";
                }
                if (kind == "delegation") {
                    const auto* d = loaded.scenario.find_delegation(id);
                    if (!d) return "not in the event";
                    const auto& a = d->arrival_via;
                    const auto& b = d->departure_via;
                    return instant_text(d->arrival) + " " + a.city + "/" + a.place + "/" + a.means + " " +
                           instant_text(d->departure) + " " + b.city + "/" + b.place + "/" + b.means;
                }
                const auto* room = loaded.scenario.find_room(id);
                if (!room) return "closed or not in the event";
                std::string text = "open";
                for (const auto& e : room->equipment) text += " " + e;
                return text;
            }};
}

int run_set(const SetOptions& opt, Context& ctx) {
    store::Store store(opt.target.db, false);
    const auto [kind, given_id] = split_target(opt.what);
    const bool for_delegation = opt.for_delegation();
    const bool for_room = opt.closed || opt.open;
    if ((for_delegation && kind != "delegation") || (!opt.unavailable.empty() && kind != "person") ||
        (for_room && kind != "room") || (opt.for_session() && kind != "session") ||
        (!opt.equipment.empty() && kind != "session" && kind != "room"))
        throw model::InputError("", "WHAT", "these options do not apply to " + kind + " '" + given_id + "'");
    if (kind != "delegation" && kind != "person" && kind != "room" && kind != "session")
        throw model::InputError("", "WHAT", "'" + opt.what + "' is not delegation:ID, person:ID, room:ID or session:ID");
    if (kind == "session" && !opt.for_session() && opt.equipment.empty())
        throw model::InputError("", "WHAT", "give what changes for the session: --duration, --days, --window, --fixed, "
                                            "--venue, --city, --room, --equipment, --after or --roles");
    const auto event = store.resolve_event(opt.target.event);
    const auto id = [&, &kind = kind, &given_id = given_id] {
        const auto scenario = store.load_scenario(event);
        std::vector<std::string> known;
        if (kind == "delegation")
            for (const auto& d : scenario.delegations) known.push_back(d.id);
        if (kind == "person")
            for (const auto& p : scenario.participants) known.push_back(p.id);
        if (kind == "room") known = room_ids(store, scenario);
        if (kind == "session") known = session_ids(store, scenario);
        return known_id(given_id, known, event, kind == "person" ? "participant" : kind, "WHAT");
    }();
    auto change_in = [&](const model::Scenario& scenario) {
        if (kind == "session") return session_change(store, scenario, id, opt);
        if (kind == "room" && !opt.equipment.empty()) {
            if (!scenario.find_room(id)) throw model::InputError("", "WHAT", "hall '" + id + "' is closed");
            auto [add, remove] = equipment_option(opt.equipment);
            return store::FactChange{store::RoomEquipment{id, add, remove}};
        }
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
        // A new length keeps the stored start: the version's end follows it.
        auto agenda = loaded.agenda;
        if (kind == "session" && opt.duration)
            for (auto& p : agenda.placements)
                if (p.session_id == id) p.end = p.start + model::Minutes(*opt.duration);
        return Edit{before, std::move(agenda), what, {change}};
    });
}

}  // namespace

void setup_set(CLI::App& app, Context& ctx, int& code) {
    auto opt = std::make_shared<SetOptions>();
    auto* cmd = app.add_subcommand("set", "change a fact: a delegation's arrival or departure, a person's "
                                          "unavailable period, a hall closed or its equipment, a session's days, "
                                          "hours, place or length; stores a new version and checks it");
    add_db_option(*cmd, opt->target);
    cmd->add_option("WHAT", opt->what, "delegation:ID, person:ID, room:ID or session:ID")->required();
    add_event_option(*cmd, opt->target);
    cmd->add_option("--arrival", opt->arrival, "delegation arrives, local time of the event: \"2022-09-09 10:00\"");
    cmd->add_option("--departure", opt->departure, "delegation departs, local time of the event");
    cmd->add_option("--arrival-city", opt->arrival_city,
                    "delegation arrives in this city, and travels from it to each hall (\"\" for: at the venue)");
    cmd->add_option("--arrival-place", opt->arrival_place, "delegation arrives at: \"Sân bay quốc tế Nội Bài\"");
    cmd->add_option("--arrival-means", opt->arrival_means, "delegation arrives by: \"chuyến bay QV 311\"");
    cmd->add_option("--departure-city", opt->departure_city,
                    "delegation leaves from this city, after travelling to it (\"\" for: from the venue)");
    cmd->add_option("--departure-place", opt->departure_place, "delegation leaves from this place");
    cmd->add_option("--departure-means", opt->departure_means, "delegation leaves by this flight, car, …");
    cmd->add_option("--unavailable", opt->unavailable,
                    "person unavailable, local time of the event: \"2022-09-09 08:00/2022-09-09 10:00\"");
    auto* closed = cmd->add_option("--closed", opt->closed_period,
                                   "the hall cannot be used: alone, for the whole event (kept, listed as closed, no "
                                   "longer planned); with a period, only then, local time of the event: "
                                   "\"2022-09-09 13:00/2022-09-09 17:00\"");
    closed->expected(0, 1);
    cmd->add_flag("--open", opt->open, "the hall can be used again, at any time");
    cmd->add_option("--equipment", opt->equipment,
                    "session or hall: equipment to add or take away, \"+signing_table,-projector\"; a hall's changes "
                    "hold for this event only");
    cmd->add_option("--duration", opt->duration, "session: minutes");
    cmd->add_option("--days", opt->days, "session: the days it may take place, \"2013-01-21,2013-01-22\"");
    cmd->add_option("--window", opt->windows, "session: a clock window it must lie in, \"13:30-17:30\" (repeatable; "
                                              "replaces its windows)");
    cmd->add_option("--fixed", opt->fixed, "session: its fixed start, local time where it takes place, or none");
    cmd->add_option("--venue", opt->venue, "session: the venue it must take place at (\"\" for any)");
    cmd->add_option("--city", opt->city, "session: the city it must take place in (\"\" for any)");
    cmd->add_option("--room", opt->room, "session: the hall it must take place in (\"\" for any)");
    cmd->add_option("--after", opt->after,
                    "session: the sessions it follows, with minutes between, \"talks+15,review\" (replaces them; "
                    "\"\" for none)");
    cmd->add_option("--roles", opt->roles,
                    "session: who holds a role there, in order: \"signers=ID,ID\"; roles co_chairs, speakers, "
                    "signers, witnesses, mc, interpreters (repeatable; replaces that role's list; \"mc=\" for nobody)");
    add_edit_options(*cmd, opt->edit);
    cmd->callback([opt, closed, &ctx, &code] {
        opt->closed = closed->count() > 0;
        code = run_set(*opt, ctx);
    });
}

}  // namespace hoithao::cli
