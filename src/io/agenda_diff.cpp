#include "io/agenda_diff.hpp"

#include <algorithm>
#include <set>

namespace hoithao::io {
namespace {

std::string zone_of(const model::Scenario& s, const std::string& room_id) {
    const auto* room = s.find_room(room_id);
    const auto* venue = room ? s.find_venue(room->venue_id) : nullptr;
    return venue && !venue->zone.empty() ? venue->zone : s.event.zone;
}

SessionChange::Kind kind_of(const model::Placement& a, const model::Placement& b) {
    if (a.room_id != b.room_id || a.start != b.start || a.end != b.end) return SessionChange::Kind::Moved;
    return SessionChange::Kind::Interpreter;
}

bool differ(const model::Placement& a, const model::Placement& b) {
    return a.room_id != b.room_id || a.start != b.start || a.end != b.end || a.interpreter_id != b.interpreter_id;
}

// The people a change concerns: everyone expected for a new time or hall, only the
// interpreters when just the interpreter changed.
std::vector<const model::Participant*> concerned(const model::Scenario& s, const SessionChange& c) {
    std::vector<const model::Participant*> people;
    if (c.kind != SessionChange::Kind::Interpreter)
        if (const auto* session = s.find_session(c.session_id)) people = expected_people(s, *session);
    for (const auto* p : {c.before, c.after})
        if (p && !p->interpreter_id.empty())
            if (const auto* who = s.find_participant(p->interpreter_id);
                who && std::find(people.begin(), people.end(), who) == people.end())
                people.push_back(who);
    return people;
}

void add_once(std::vector<std::string>& list, const std::string& id) {
    if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
}

void record_concerned(const model::Scenario& s, const SessionChange& c, AgendaDiff& diff) {
    for (const auto* p : concerned(s, c)) {
        add_once(diff.people[p->id], c.session_id);
        if (!p->delegation_id.empty()) add_once(diff.delegations[p->delegation_id], c.session_id);
    }
    if (c.kind != SessionChange::Kind::Interpreter) {
        if (const auto* session = s.find_session(c.session_id))
            for (const auto& d : session->delegations) add_once(diff.delegations[d], c.session_id);
        for (const auto* p : {c.before, c.after})
            if (p && !p->room_id.empty()) add_once(diff.rooms[p->room_id], c.session_id);
    }
}

}  // namespace

int AgendaDiff::count(SessionChange::Kind kind) const {
    return static_cast<int>(std::count_if(changes.begin(), changes.end(),
                                          [&](const SessionChange& c) { return c.kind == kind; }));
}

AgendaDiff diff_agendas(const model::Scenario& s, const model::Agenda& before, const model::Agenda& after) {
    AgendaDiff diff;
    for (const auto& p : after.placements) {
        const auto* old = before.find(p.session_id);
        if (!old)
            diff.changes.push_back({SessionChange::Kind::Added, p.session_id, nullptr, &p});
        else if (differ(*old, p))
            diff.changes.push_back({kind_of(*old, p), p.session_id, old, &p});
    }
    for (const auto& p : before.placements)
        if (!after.find(p.session_id)) diff.changes.push_back({SessionChange::Kind::Removed, p.session_id, &p, nullptr});
    std::stable_sort(diff.changes.begin(), diff.changes.end(), [](const SessionChange& a, const SessionChange& b) {
        return (a.after ? a.after : a.before)->start < (b.after ? b.after : b.before)->start;
    });
    for (const auto& c : diff.changes) record_concerned(s, c, diff);
    return diff;
}

std::vector<Selector> changed_selectors(const AgendaDiff& diff) {
    std::vector<Selector> out;
    for (const auto& [id, sessions] : diff.delegations) out.push_back({"delegation", id});
    for (const auto& [id, sessions] : diff.people) out.push_back({"person", id});
    for (const auto& [id, sessions] : diff.rooms) out.push_back({"room", id});
    return out;
}

int rank_weight(int rank) { return std::clamp(11 - rank, 1, 10); }

long change_weight(const model::Scenario& s, const AgendaDiff& diff) {
    long weight = 0;
    for (const auto& c : diff.changes) {
        if (c.kind == SessionChange::Kind::Interpreter) continue;
        for (const auto* p : concerned(s, c)) weight += rank_weight(p->rank);
    }
    return weight;
}

std::string placement_text(const model::Scenario& s, const model::Placement& p) {
    const auto zone = zone_of(s, p.room_id);
    const auto* room = s.find_room(p.room_id);
    return model::format_day(model::local_day(p.start, zone)) + " " +
           model::format_clock(model::local_clock(p.start, zone)) + "–" +
           model::format_clock(model::local_clock(p.end, zone)) + ", " +
           (room ? room->name : p.room_id.empty() ? std::string("no hall") : "hall '" + p.room_id + "'");
}

}  // namespace hoithao::io
