#include "io/agenda_view.hpp"

#include <algorithm>
#include <unordered_map>

#include "io/collate.hpp"
#include "io/id_match.hpp"
#include "model/error.hpp"
#include "model/time.hpp"

namespace hoithao::io {

std::vector<const model::Participant*> expected_people(const model::Scenario& scenario,
                                                       const model::Session& session) {
    std::vector<const model::Participant*> people;
    auto add = [&](const model::Participant* p) {
        if (p && std::find(people.begin(), people.end(), p) == people.end()) people.push_back(p);
    };
    for (const auto& id : session.attendees) add(scenario.find_participant(id));
    for (const auto& p : scenario.participants)
        if (std::find(session.delegations.begin(), session.delegations.end(), p.delegation_id) !=
            session.delegations.end())
            add(&p);
    protocol_order(scenario, people);
    return people;
}

void protocol_order(const model::Scenario& scenario, std::vector<const model::Participant*>& people) {
    // 0: the host side, 1: a guest delegation, 2: no delegation; looked up once per person.
    std::unordered_map<const model::Participant*, int> side;
    for (const auto* p : people) {
        const auto* d = scenario.find_delegation(p->delegation_id);
        side[p] = !d ? 2 : d->side == scenario.event.host_side ? 0 : 1;
    }
    std::stable_sort(people.begin(), people.end(), [&](const auto* a, const auto* b) {
        if (a->rank != b->rank) return a->rank < b->rank;
        if (side[a] != side[b]) return side[a] < side[b];
        return collate_less(a->name, b->name);
    });
}

const std::string& display_name(const model::Participant& person, const std::string& lang) {
    auto it = person.names.find(lang);
    return it != person.names.end() && !it->second.empty() ? it->second : person.name;
}

std::vector<AgendaRow> agenda_rows(const model::Scenario& scenario, const model::Agenda& agenda) {
    std::vector<AgendaRow> rows;
    for (const auto& placement : agenda.placements) {
        AgendaRow row;
        row.session = scenario.find_session(placement.session_id);
        if (!row.session) continue;
        row.placement = &placement;
        row.room = scenario.find_room(placement.room_id);
        row.venue = row.room ? scenario.find_venue(row.room->venue_id) : nullptr;
        row.zone = row.venue && !row.venue->zone.empty() ? row.venue->zone : scenario.event.zone;
        row.day = model::format_day(model::local_day(placement.start, row.zone));
        row.start = model::format_clock(model::local_clock(placement.start, row.zone));
        row.end = model::format_clock(model::local_clock(placement.end, row.zone));
        row.interpreter = scenario.find_participant(placement.interpreter_id);
        row.people = expected_people(scenario, *row.session);
        std::erase(row.people, row.interpreter);
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const AgendaRow& a, const AgendaRow& b) {
        auto a_room = a.room ? a.room->name : a.placement->room_id;
        auto b_room = b.room ? b.room->name : b.placement->room_id;
        if (a.placement->start != b.placement->start) return a.placement->start < b.placement->start;
        return collate_less(a_room, b_room);
    });
    return rows;
}

std::vector<AgendaRow> agenda_rows(const model::Scenario& scenario, const model::Agenda& agenda, const Selector& who) {
    auto rows = agenda_rows(scenario, agenda);
    std::erase_if(rows, [&](const AgendaRow& row) { return !who.selects(row); });
    return rows;
}

bool Selector::selects(const AgendaRow& row) const {
    if (kind.empty()) return true;
    if (kind == "room") return row.placement->room_id == id;
    if (kind == "delegation") {
        const auto& d = row.session->delegations;
        if (std::find(d.begin(), d.end(), id) != d.end()) return true;
        return std::any_of(row.people.begin(), row.people.end(),
                           [&](const auto* p) { return p->delegation_id == id; });
    }
    if (row.interpreter && row.interpreter->id == id) return true;
    return std::any_of(row.people.begin(), row.people.end(), [&](const auto* p) { return p->id == id; });
}

Selector parse_selector(const model::Scenario& scenario, const std::string& text) {
    if (text.empty()) return {};
    auto colon = text.find(':');
    Selector s{text.substr(0, colon), colon == std::string::npos ? "" : text.substr(colon + 1)};
    if (s.kind != "delegation" && s.kind != "person" && s.kind != "room")
        throw model::InputError("", "--for", "'" + text + "' is not delegation:ID, person:ID or room:ID");
    std::vector<std::string> ids;
    if (s.kind == "delegation")
        for (const auto& d : scenario.delegations) ids.push_back(d.id);
    if (s.kind == "person")
        for (const auto& p : scenario.participants) ids.push_back(p.id);
    if (s.kind == "room")
        for (const auto& r : scenario.rooms) ids.push_back(r.id);
    const auto id = match_id(s.id, ids);
    if (!id)
        throw model::InputError("", "--for", "no " + s.kind + " with id '" + s.id + "' in this event" +
                                                 did_you_mean(s.id, ids));
    s.id = *id;
    return s;
}

std::string room_label(const AgendaRow& row) {
    if (!row.room) return row.placement->room_id + " (unknown room)";
    return row.venue ? row.room->name + " — " + row.venue->name : row.room->name;
}

std::string place_label(const AgendaRow& row) {
    auto label = room_label(row);
    return row.venue && !row.venue->address.empty() ? label + ", " + row.venue->address : label;
}

namespace {

// Sessions where a co-chair or speaker by standing role leads without being named for it.
bool led_by_standing_roles(model::SessionKind kind) {
    using K = model::SessionKind;
    return kind == K::Opening || kind == K::Plenary || kind == K::Closing || kind == K::Talks;
}

std::vector<Lead> standing_leads(const AgendaRow& row) {
    const auto& named = row.session->attendees;
    Lead chairs{model::SessionRole::CoChair, {}}, speakers{model::SessionRole::Speaker, {}};
    for (const auto* p : row.people) {
        if (std::find(named.begin(), named.end(), p->id) == named.end()) continue;
        if (p->has_role(model::Role::CoChair))
            chairs.people.push_back(p);
        else if (p->has_role(model::Role::Speaker))
            speakers.people.push_back(p);
    }
    std::vector<Lead> leads;
    for (auto& lead : {chairs, speakers})
        if (!lead.people.empty()) leads.push_back(lead);
    return leads;
}

}  // namespace

std::vector<Lead> session_leads(const AgendaRow& row) {
    const auto& roles = row.session->roles;
    const bool names_leads = std::any_of(roles.begin(), roles.end(), [](const auto& entry) {
        return entry.first != model::SessionRole::Interpreter && !entry.second.empty();
    });
    if (!names_leads) return led_by_standing_roles(row.session->kind) ? standing_leads(row) : std::vector<Lead>{};
    std::vector<Lead> leads;
    for (const auto& [role, ids] : roles) {
        if (role == model::SessionRole::Interpreter) continue;
        Lead lead{role, {}};
        for (const auto& id : ids) {
            auto it = std::find_if(row.people.begin(), row.people.end(), [&](const auto* p) { return p->id == id; });
            if (it != row.people.end()) lead.people.push_back(*it);
        }
        if (!lead.people.empty()) leads.push_back(std::move(lead));
    }
    return leads;
}

std::optional<model::SessionRole> role_at(const AgendaRow& row, const std::string& person_id) {
    if (row.interpreter && row.interpreter->id == person_id) return model::SessionRole::Interpreter;
    for (const auto& lead : session_leads(row))
        for (const auto* p : lead.people)
            if (p->id == person_id) return lead.role;
    return std::nullopt;
}

std::vector<std::string> agenda_days(const std::vector<AgendaRow>& rows) {
    std::vector<std::string> days;
    for (const auto& row : rows)
        if (std::find(days.begin(), days.end(), row.day) == days.end()) days.push_back(row.day);
    std::sort(days.begin(), days.end());
    return days;
}

}  // namespace hoithao::io
