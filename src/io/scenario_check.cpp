#include "io/scenario_check.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace hoithao::io {
namespace {

// Ids of one entity kind, with the origin of each first definition.
template <typename T>
std::map<std::string, const Sourced<T>*> index_unique(const std::vector<Sourced<T>>& items, const std::string& kind) {
    std::map<std::string, const Sourced<T>*> index;
    for (const auto& item : items) {
        auto [it, fresh] = index.emplace(item.value.id, &item);
        if (!fresh)
            item.origin.fail("id", "duplicated " + kind + " id " + in_quotes(item.value.id) + " (first defined at " +
                                       it->second->origin.at("id") + ")");
    }
    return index;
}

template <typename Map>
void require_known(const Map& index, const std::string& id, const Origin& origin, const std::string& field,
                   const std::string& kind, const std::string& owner) {
    if (!id.empty() && !index.count(id)) origin.fail(field, "unknown " + kind + " " + in_quotes(id) + " in " + owner);
}

class Checker {
public:
    explicit Checker(ScenarioDraft& draft)
        : draft_(draft),
          venues_(index_unique(draft.venues, "venue")),
          rooms_(index_unique(draft.rooms, "room")),
          delegations_(index_unique(draft.delegations, "delegation")),
          participants_(index_unique(draft.participants, "participant")) {
        for (const auto& venue : draft.venues) cities_.insert(venue.value.city);
        for (const auto& link : draft.travel) travel_cities_.insert({link.value.from_city, link.value.to_city});
        for (const auto& session : draft.sessions) {
            auto [it, fresh] = sessions_.emplace(session.value.id, &session);
            if (!fresh)
                session.origin.fail("id", "duplicated session id " + in_quotes(session.value.id) + " (first defined at " +
                                              it->second->origin.at("id") + ")");
        }
    }

    void run() {
        for (const auto& room : draft_.rooms)
            require_known(venues_, room.value.venue_id, room.origin, "venue", "venue", "room " + in_quotes(room.value.id));
        for (const auto& link : draft_.travel) check_travel(link);
        for (const auto& person : draft_.participants)
            require_known(delegations_, person.value.delegation_id, person.origin, "delegation", "delegation",
                          "participant " + in_quotes(person.value.id));
        for (const auto& delegation : draft_.delegations) check_head(delegation);
        for (auto& session : draft_.sessions) check_session(session);
        for (const auto& delegation : draft_.delegations) check_passages(delegation);
        check_precedence();
    }

private:
    void check_travel(const Sourced<model::TravelLink>& link) {
        for (const auto& [field, city] : {std::pair{"from", link.value.from_city}, std::pair{"to", link.value.to_city}})
            if (!cities_.count(city))
                link.origin.fail(field, "unknown city " + in_quotes(city) + " in travel (no venue lies in it)");
    }

    void check_head(const Sourced<model::Delegation>& delegation) {
        const auto& head = delegation.value.head_id;
        auto owner = "delegation " + in_quotes(delegation.value.id);
        require_known(participants_, head, delegation.origin, "head", "participant", owner);
        if (!head.empty() && participants_.at(head)->value.delegation_id != delegation.value.id)
            delegation.origin.fail("head", "head " + in_quotes(head) + " is not a member of " + owner);
    }

    // A delegation arriving in (or leaving from) a city must be able to travel from it to
    // every city a session it attends is bound to (and back from there).
    void check_passages(const Sourced<model::Delegation>& delegation) {
        const auto& d = delegation.value;
        const auto owner = "delegation " + in_quotes(d.id);
        for (const auto& [field, city] : {std::pair{"arrival.city", d.arrival_via.city},
                                          std::pair{"departure.city", d.departure_via.city}})
            if (!city.empty() && !cities_.count(city) && !travel_cities_.count(city))
                delegation.origin.fail(field, "unknown city " + in_quotes(city) + " in " + owner +
                                                  " (no venue lies in it and no travel link names it)");
        if (d.arrival_via.city.empty() && d.departure_via.city.empty()) return;
        // Computed once per delegation: an event may hold thousands of sessions.
        const auto from_arrival = reached(d.arrival_via.city, true);
        const auto to_departure = reached(d.departure_via.city, false);
        for (const auto& session : draft_.sessions) {
            if (!attends(d.id, session.value)) continue;
            const auto bound = required_city(session.value);
            if (bound.empty()) continue;
            const auto& from = d.arrival_via.city;
            if (!from.empty() && !from_arrival.count(bound))
                delegation.origin.fail("arrival.city", owner + " arrives in " + from + ", but no travel link leads from " +
                                                           from + " to " + bound + ", where session " +
                                                           in_quotes(session.value.id) + " takes place");
            const auto& to = d.departure_via.city;
            if (!to.empty() && !to_departure.count(bound))
                delegation.origin.fail("departure.city", owner + " leaves from " + to + ", but no travel link leads from " +
                                                             bound + ", where session " + in_quotes(session.value.id) +
                                                             " takes place, to " + to);
        }
    }

    // Whether the delegation attends the session, as a whole or through a member.
    bool attends(const std::string& delegation, const model::Session& s) const {
        if (std::find(s.delegations.begin(), s.delegations.end(), delegation) != s.delegations.end()) return true;
        return std::any_of(s.attendees.begin(), s.attendees.end(),
                           [&](const std::string& id) { return participants_.at(id)->value.delegation_id == delegation; });
    }

    // The city a session is bound to by its city, venue or room (checked to agree), or "".
    std::string required_city(const model::Session& s) const {
        if (!s.city.empty()) return s.city;
        if (!s.venue_id.empty()) return venues_.at(s.venue_id)->value.city;
        if (!s.room_id.empty()) return venues_.at(rooms_.at(s.room_id)->value.venue_id)->value.city;
        return "";
    }

    // The cities the travel links (each way they run) lead to from `city` (forward) or
    // from which they lead to it; `city` itself included, none for "".
    std::set<std::string> reached(const std::string& city, bool forward) const {
        if (city.empty()) return {};
        std::set<std::string> seen{city};
        std::vector<std::string> next{city};
        while (!next.empty()) {
            const auto here = next.back();
            next.pop_back();
            for (const auto& link : draft_.travel) {
                const auto& l = link.value;
                for (const auto& [a, b] : {std::pair{&l.from_city, &l.to_city}, std::pair{&l.to_city, &l.from_city}}) {
                    const bool along = a == &l.from_city;  // the link's own direction
                    if (!along && !l.both_ways) continue;
                    const auto& start = forward ? *a : *b;
                    const auto& end = forward ? *b : *a;
                    if (start == here && seen.insert(end).second) next.push_back(end);
                }
            }
        }
        return seen;
    }

    void check_session(SessionDraft& draft) {
        const auto& s = draft.value;
        const auto& origin = draft.origin;
        auto owner = "session " + in_quotes(s.id);
        for (std::size_t i = 0; i < s.attendees.size(); ++i)
            require_known(participants_, s.attendees[i], origin, "attendees[" + std::to_string(i) + "]", "participant",
                          owner);
        for (std::size_t i = 0; i < s.delegations.size(); ++i)
            require_known(delegations_, s.delegations[i], origin, "delegations[" + std::to_string(i) + "]",
                          "delegation", owner);
        check_place(draft, owner);
        check_days(draft, owner);
        for (std::size_t i = 0; i < s.after.size(); ++i) check_reference(draft, s.after[i].session, after_field(draft, i));
        check_reference(draft, s.same_time_as, "same_time_as");
        check_roles(draft, owner);
    }

    // Whoever has a role at a session attends it, once per role; its interpreters interpret.
    void check_roles(const SessionDraft& draft, const std::string& owner) {
        const auto& s = draft.value;
        for (const auto& [role, people] : s.roles) {
            const auto key = "roles." + model::to_string(role);
            for (std::size_t i = 0; i < people.size(); ++i) {
                const auto field = key + "[" + std::to_string(i) + "]";
                require_known(participants_, people[i], draft.origin, field, "participant", owner);
                if (std::find(people.begin(), people.begin() + static_cast<long>(i), people[i]) != people.begin() + static_cast<long>(i))
                    draft.origin.fail(field, in_quotes(people[i]) + " is listed twice in " + key + " of " + owner);
                const auto& person = participants_.at(people[i])->value;
                if (role == model::SessionRole::Interpreter) {
                    if (!person.has_role(model::Role::Interpreter))
                        draft.origin.fail(field, in_quotes(people[i]) + " interprets at " + owner +
                                                     " but is not an interpreter (roles = [\"interpreter\"])");
                    continue;
                }
                const bool attends =
                    std::find(s.attendees.begin(), s.attendees.end(), person.id) != s.attendees.end() ||
                    std::find(s.delegations.begin(), s.delegations.end(), person.delegation_id) != s.delegations.end();
                if (!attends)
                    draft.origin.fail(field, in_quotes(people[i]) + " has a role at " + owner +
                                                 " but does not attend it (add them to its attendees)");
            }
        }
    }

    // The field of after[i]: "after[i].session" when written as a table, else "after[i]".
    static std::string after_field(const SessionDraft& draft, std::size_t i) {
        auto item = "after[" + std::to_string(i) + "]";
        return draft.origin.lines.count(item + ".session") ? item + ".session" : item;
    }

    void check_reference(const SessionDraft& draft, const std::string& id, const std::string& field) {
        auto owner = "session " + in_quotes(draft.value.id);
        require_known(sessions_, id, draft.origin, field, "session", owner);
        if (id == draft.value.id) draft.origin.fail(field, owner + " refers to itself");
    }

    // Room, venue and city of a session must agree with each other.
    void check_place(const SessionDraft& draft, const std::string& owner) {
        const auto& s = draft.value;
        const auto& origin = draft.origin;
        require_known(venues_, s.venue_id, origin, "venue", "venue", owner);
        require_known(rooms_, s.room_id, origin, "room", "room", owner);
        if (!s.city.empty() && !cities_.count(s.city))
            origin.fail("city", "unknown city " + in_quotes(s.city) + " in " + owner + " (no venue lies in it)");
        if (!s.room_id.empty()) {
            const auto& room = rooms_.at(s.room_id)->value;
            const auto& room_city = venues_.at(room.venue_id)->value.city;
            if (!s.venue_id.empty() && room.venue_id != s.venue_id)
                origin.fail("room", "room " + in_quotes(room.id) + " of " + owner + " is in venue " +
                                        in_quotes(room.venue_id) + ", not in the required venue " + in_quotes(s.venue_id));
            if (!s.city.empty() && room_city != s.city)
                origin.fail("room", "room " + in_quotes(room.id) + " of " + owner + " is in " + room_city +
                                        ", not in the required city " + s.city);
        }
        if (!s.venue_id.empty() && !s.city.empty() && venues_.at(s.venue_id)->value.city != s.city)
            origin.fail("venue", "venue " + in_quotes(s.venue_id) + " of " + owner + " is in " +
                                     venues_.at(s.venue_id)->value.city + ", not in the required city " + s.city);
    }

    // The zone of a session's local times: its venue's (or its room's venue's), else the event's.
    std::string zone_of(const model::Session& s) const {
        auto venue = !s.venue_id.empty() ? s.venue_id : !s.room_id.empty() ? rooms_.at(s.room_id)->value.venue_id : "";
        return venue.empty() ? draft_.event.value.zone : venues_.at(venue)->value.zone;
    }

    // A blocked day inside the event is not a typo: a session allowed only then is a
    // plan that cannot be made, which the planner proves and explains with the holiday.
    void check_days(SessionDraft& draft, const std::string& owner) {
        const auto& event = draft_.event.value;
        auto is_event_day = [&](model::Day d) { return event.first_day <= d && d <= event.last_day; };
        const auto& allowed = draft.value.allowed_days;
        for (std::size_t i = 0; i < allowed.size(); ++i)
            if (!is_event_day(allowed[i]))
                draft.origin.fail("days[" + std::to_string(i) + "]", "day " + model::format_day(allowed[i]) + " of " +
                                                                         owner + " is not an event day");
        if (!draft.fixed) return;
        if (!is_event_day(draft.fixed->day))
            draft.origin.fail("fixed", "fixed start " + model::format_day(draft.fixed->day) + " " +
                                           model::format_clock(draft.fixed->clock) + " of " + owner +
                                           " is not on an event day");
        draft.value.fixed_start = model::to_instant(draft.fixed->day, draft.fixed->clock, zone_of(draft.value));
    }

    // Depth-first search over `after` edges, in file order; a back edge closes a cycle.
    // Iterative, over session indices: linear in sessions + precedences, and a chain of
    // 100,000 sessions cannot overflow the stack as recursion would.
    void check_precedence() {
        const auto& sessions = draft_.sessions;
        std::vector<std::vector<std::size_t>> after(sessions.size());
        for (std::size_t s = 0; s < sessions.size(); ++s)
            for (const auto& a : sessions[s].value.after)
                after[s].push_back(static_cast<std::size_t>(sessions_.at(a.session) - sessions.data()));
        enum State { New, OnPath, Done };
        std::vector<State> state(sessions.size(), New);
        std::vector<std::pair<std::size_t, std::size_t>> path;  // session, index of its next `after` edge
        for (std::size_t root = 0; root < sessions.size(); ++root) {
            if (state[root] != New) continue;
            state[root] = OnPath;
            path.emplace_back(root, 0);
            while (!path.empty()) {
                auto [s, next] = path.back();
                if (next == after[s].size()) {
                    state[s] = Done;
                    path.pop_back();
                    continue;
                }
                ++path.back().second;
                auto t = after[s][next];
                if (state[t] == OnPath) report_cycle(sessions[t].value.id, ids_on(path));
                if (state[t] == New) {
                    state[t] = OnPath;
                    path.emplace_back(t, 0);
                }
            }
        }
    }

    std::vector<std::string> ids_on(const std::vector<std::pair<std::size_t, std::size_t>>& path) const {
        std::vector<std::string> ids;
        for (auto [s, next] : path) ids.push_back(draft_.sessions[s].value.id);
        return ids;
    }

    // `path` runs from successors to predecessors; the message reads in time order,
    // from `id` round to `id`, and points at the `after` entry of `id` that closes it.
    [[noreturn]] void report_cycle(const std::string& id, const std::vector<std::string>& path) {
        std::vector<std::string> cycle(std::find(path.begin(), path.end(), id), path.end());
        std::reverse(cycle.begin(), cycle.end());
        std::rotate(cycle.begin(), std::find(cycle.begin(), cycle.end(), id), cycle.end());
        // A long cycle shows its ends only, so that the message stays one readable line.
        constexpr std::size_t kShown = 5;
        std::string text;
        for (std::size_t i = 0; i < cycle.size(); ++i) {
            if (cycle.size() > 3 * kShown && i == kShown) {
                text += "… " + std::to_string(cycle.size() - 2 * kShown) + " more … -> ";
                i = cycle.size() - kShown;
            }
            text += cycle[i] + " -> ";
        }
        const auto& closing = *sessions_.at(id);
        const auto& after = closing.value.after;
        auto i = std::find_if(after.begin(), after.end(), [&](const model::After& a) { return a.session == cycle.back(); });
        closing.origin.fail(after_field(closing, static_cast<std::size_t>(i - after.begin())),
                            "cyclic precedence: " + text + id);
    }

    ScenarioDraft& draft_;
    std::map<std::string, const Sourced<model::Venue>*> venues_;
    std::map<std::string, const Sourced<model::Room>*> rooms_;
    std::map<std::string, const Sourced<model::Delegation>*> delegations_;
    std::map<std::string, const Sourced<model::Participant>*> participants_;
    std::unordered_map<std::string, const SessionDraft*> sessions_;  // hashed: looked up once per precedence
    std::set<std::string> cities_;         // where some venue lies
    std::set<std::string> travel_cities_;  // named by some travel link
};

template <typename T>
std::vector<T> values(std::vector<Sourced<T>>&& items) {
    std::vector<T> result;
    for (auto& item : items) result.push_back(std::move(item.value));
    return result;
}

}  // namespace

model::Scenario check_scenario(ScenarioDraft draft) {
    Checker(draft).run();
    model::Scenario scenario;
    scenario.event = std::move(draft.event.value);
    scenario.venues = values(std::move(draft.venues));
    scenario.rooms = values(std::move(draft.rooms));
    scenario.travel = values(std::move(draft.travel));
    scenario.delegations = values(std::move(draft.delegations));
    scenario.participants = values(std::move(draft.participants));
    for (auto& session : draft.sessions) scenario.sessions.push_back(std::move(session.value));
    return scenario;
}

}  // namespace hoithao::io
