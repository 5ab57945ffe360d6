#include "solve/agenda_map.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

Violation issue(std::string rule, std::string title, const model::Placement& placement, std::string message) {
    Violation v;
    v.rule = std::move(rule);
    v.title = std::move(title);
    v.cost = 1;
    v.sessions = {placement.session_id};
    v.rooms = {placement.room_id};
    v.message = std::move(message);
    return v;
}

}  // namespace

Assignment to_assignment(const Problem& p, const model::Agenda& agenda, std::vector<Violation>& issues) {
    Assignment assignment(p.sessions.size());
    for (const auto& placement : agenda.placements) {
        int s = p.session_index(placement.session_id);
        if (s < 0) {
            issues.push_back(issue(agenda_rules::kUnknownSession, "a session the event does not define", placement,
                                   "The agenda places session '" + placement.session_id +
                                       "', which the scenario does not define"));
            continue;
        }
        if (assignment[s].placed()) {
            issues.push_back(issue(agenda_rules::kDuplicatePlacement, "a session placed twice", placement,
                                   "The agenda places " + p.quoted_title(s) + " more than once"));
            continue;
        }
        int room = p.room_index(placement.room_id);
        if (room < 0) {
            issues.push_back(issue(agenda_rules::kUnknownRoom, "a hall the event does not define", placement,
                                   "The agenda puts " + p.quoted_title(s) + " in room '" + placement.room_id +
                                       "', which the scenario does not define"));
            continue;
        }
        Place place{room, to_minutes(placement.start), -1};
        if (!placement.interpreter_id.empty()) {
            place.interpreter = p.person_index(placement.interpreter_id);
            if (place.interpreter < 0)
                issues.push_back(issue(agenda_rules::kUnknownInterpreter, "an interpreter the event does not know", placement,
                                       "The agenda names interpreter '" + placement.interpreter_id + "' for " +
                                           p.quoted_title(s) + ", who is not a participant"));
        }
        if (to_minutes(placement.end) != p.end(s, place))
            issues.push_back(issue(agenda_rules::kWrongEnd, "an end that does not match the duration", placement,
                                   p.describe(s, place) + " lasts " + std::to_string(p.sessions[s].duration) +
                                       " min, but the agenda has it end at " +
                                       p.time_text(to_minutes(placement.end), room)));
        assignment[s] = place;
    }
    return assignment;
}

model::Agenda to_agenda(const Problem& p, const Assignment& assignment) {
    model::Agenda agenda;
    agenda.event_id = p.scenario->event.id;
    std::vector<int> order;
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s)
        if (assignment[s].placed()) order.push_back(s);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return assignment[a].start < assignment[b].start; });
    for (int s : order) {
        const Place& place = assignment[s];
        model::Placement placement;
        placement.session_id = p.sessions[s].id;
        placement.room_id = p.rooms[place.room].id;
        placement.start = to_time_point(place.start);
        placement.end = to_time_point(p.end(s, place));
        if (place.interpreter >= 0) placement.interpreter_id = p.people[place.interpreter].id;
        placement.pinned = p.sessions[s].source->pinned;
        agenda.placements.push_back(std::move(placement));
    }
    return agenda;
}

CheckReport evaluate(const Problem& p, const ConstraintList& constraints, const Assignment& assignment) {
    CheckReport report;
    for (const auto& c : constraints) c->check(p, assignment, report.violations);
    return report;
}

}  // namespace hoithao::solve
