#include "solve/constraints/travel_time.hpp"

#include <algorithm>
#include <map>

namespace hoithao::solve {
namespace {

// A person's placed sessions (attended, or interpreted: `interpreted`, which the
// Problem cannot know) in time order, with `session` moved to `place`.
void timeline(const Problem& p, const Assignment& a, int person, const std::vector<int>& interpreted, int session,
              const Place& place, std::vector<std::pair<Instant, int>>& list) {
    list.clear();
    auto at = [&](int s) -> const Place& { return s == session ? place : a[s]; };
    for (int s : p.people[person].sessions)
        if (at(s).placed()) list.emplace_back(at(s).start, s);
    for (int s : interpreted)
        if (at(s).placed() && at(s).interpreter == person) list.emplace_back(at(s).start, s);
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

// Consecutive pairs (from, to) of a timeline for which there is no time to travel.
template <typename F>
void short_moves(const Problem& p, const Assignment& a, const std::vector<std::pair<Instant, int>>& list, int session,
                 const Place& place, F f) {
    auto at = [&](int s) -> const Place& { return s == session ? place : a[s]; };
    for (std::size_t i = 1; i < list.size(); ++i) {
        int from = list[i - 1].second, to = list[i].second;
        Instant gap = at(to).start - p.end(from, at(from));
        if (gap >= 0 && p.travel_minutes(at(from).room, at(to).room) > gap) f(from, to, gap);
    }
}

// Sessions of `a` by interpreter.
std::vector<std::vector<int>> interpreted_by(const Problem& p, const Assignment& a) {
    std::vector<std::vector<int>> by_person(p.people.size());
    for (int s = 0; s < static_cast<int>(a.size()); ++s)
        if (a[s].placed() && a[s].interpreter >= 0) by_person[a[s].interpreter].push_back(s);
    return by_person;
}

}  // namespace

// One pass per attendance group when none of its members interprets (they share
// one timeline), else per member: linear in attendances, not people × sessions.
void TravelTime::check(const Problem& p, const Assignment& assignment, std::vector<Violation>& out) const {
    struct Move {
        std::vector<int> people;
        Instant gap = 0;
    };
    const auto interpreted = interpreted_by(p, assignment);
    std::map<std::pair<int, int>, Move> moves;
    std::vector<std::pair<Instant, int>> list;
    auto add = [&](const std::vector<int>& people) {
        short_moves(p, assignment, list, -1, Place{}, [&](int from, int to, Instant gap) {
            auto& move = moves[{from, to}];
            move.people.insert(move.people.end(), people.begin(), people.end());
            move.gap = gap;
        });
    };
    for (const auto& members : p.group_people) {
        bool alike = std::all_of(members.begin(), members.end(), [&](int m) { return interpreted[m].empty(); });
        if (alike) {
            timeline(p, assignment, members.front(), {}, -1, Place{}, list);
            add(members);
            continue;
        }
        for (int m : members) {
            timeline(p, assignment, m, interpreted[m], -1, Place{}, list);
            add({m});
        }
    }
    for (auto& [pair, move] : moves) std::sort(move.people.begin(), move.people.end());
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

// Only the people of the session and its interpreters can gain or lose a short
// move; one scan of the assignment finds what they interpret.
long TravelTime::delta(const Problem& p, const Assignment& assignment, int session, const Place& place) const {
    const Place& now = assignment[session];
    std::vector<int> affected = p.sessions[session].attendees;
    for (int person : {now.interpreter, place.interpreter})
        if (person >= 0 && std::find(affected.begin(), affected.end(), person) == affected.end())
            affected.push_back(person);
    std::vector<int> sorted = affected;
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::pair<int, int>> duties;  // (interpreter, session) for the other sessions they interpret
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s)
        if (int who = assignment[s].interpreter;
            s != session && assignment[s].placed() && who >= 0 && std::binary_search(sorted.begin(), sorted.end(), who))
            duties.emplace_back(who, s);
    std::sort(duties.begin(), duties.end());
    std::vector<int> interpreted;
    std::vector<std::pair<Instant, int>> list;
    auto cost = [&](int person, const Place& at) {
        interpreted.assign({session});
        for (auto it = std::lower_bound(duties.begin(), duties.end(), std::pair{person, -1});
             it != duties.end() && it->first == person; ++it)
            interpreted.push_back(it->second);
        timeline(p, assignment, person, interpreted, session, at, list);
        long count = 0;
        short_moves(p, assignment, list, session, at, [&](int, int, Instant) { ++count; });
        return count;
    };
    long change = 0;
    for (int person : affected) change += cost(person, place) - cost(person, now);
    return change;
}

}  // namespace hoithao::solve
