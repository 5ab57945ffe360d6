#include "solve/constraints/travel_time.hpp"

#include <algorithm>
#include <map>

namespace hoithao::solve {
namespace {

// A person's placed sessions (attended or interpreted) in time order, with
// `session` moved to `place`.
std::vector<std::pair<Instant, int>> timeline(const Problem& p, const Assignment& a, int person, int session,
                                              const Place& place) {
    std::vector<std::pair<Instant, int>> list;
    auto at = [&](int s) -> const Place& { return s == session ? place : a[s]; };
    for (int s : p.people[person].sessions)
        if (at(s).placed()) list.emplace_back(at(s).start, s);
    for (int s = 0; s < static_cast<int>(a.size()); ++s)
        if (at(s).placed() && at(s).interpreter == person) list.emplace_back(at(s).start, s);
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

// Consecutive pairs (from, to) for which `person` lacks travel time.
template <typename F>
void short_moves(const Problem& p, const Assignment& a, int person, int session, const Place& place, F f) {
    auto at = [&](int s) -> const Place& { return s == session ? place : a[s]; };
    auto list = timeline(p, a, person, session, place);
    for (std::size_t i = 1; i < list.size(); ++i) {
        int from = list[i - 1].second, to = list[i].second;
        Instant gap = at(to).start - p.end(from, at(from));
        if (gap >= 0 && p.travel_minutes(at(from).room, at(to).room) > gap) f(from, to, gap);
    }
}

long person_cost(const Problem& p, const Assignment& a, int person, int session, const Place& place) {
    long count = 0;
    short_moves(p, a, person, session, place, [&](int, int, Instant) { ++count; });
    return count;
}

}  // namespace

void TravelTime::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    struct Move {
        std::vector<int> people;
        Instant gap = 0;
    };
    std::map<std::pair<int, int>, Move> moves;
    for (int person = 0; person < static_cast<int>(p.people.size()); ++person)
        short_moves(p, assignment, person, -1, Place{}, [&](int from, int to, Instant gap) {
            auto& move = moves[{from, to}];
            move.people.push_back(person);
            move.gap = gap;
        });
    for (const auto& [pair, move] : moves) {
        auto [from, to] = pair;
        const Place &a = assignment[from], &b = assignment[to];
        int need = p.travel_minutes(a.room, b.room);
        std::string route = p.city_of_room(a.room) == p.city_of_room(b.room)
                                ? "between " + p.venues[p.rooms[a.room].venue].name + " and " +
                                      p.venues[p.rooms[b.room].venue].name + " in " + p.city_of_room(a.room)
                                : p.city_of_room(a.room) + " → " + p.city_of_room(b.room);
        std::string needs = need >= Problem::kUnreachable ? "no travel link " + route
                                                          : "needs " + std::to_string(need) + " min travel " + route;
        out.push_back(violation({from, to}, move.people,
                                p.names(move.people) + " must go from " + p.describe(from, a) + " to " +
                                    p.describe(to, b) + ": " + needs + ", has " + std::to_string(move.gap),
                                p, static_cast<long>(move.people.size())));
    }
}

long TravelTime::delta(const Problem& p, const Assignment& assignment, int session, const Place& place) const {
    const Place& now = assignment[session];
    std::vector<int> affected = p.sessions[session].attendees;
    for (int person : {now.interpreter, place.interpreter})
        if (person >= 0 && std::find(affected.begin(), affected.end(), person) == affected.end())
            affected.push_back(person);
    long change = 0;
    for (int person : affected)
        change += person_cost(p, assignment, person, session, place) - person_cost(p, assignment, person, session, now);
    return change;
}

}  // namespace hoithao::solve
