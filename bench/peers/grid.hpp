#pragma once
// The part of a hoithao scenario every peer can express: 60-minute sessions on a
// one-hour grid, each taking one of its candidate (start, room) pairs from the
// compiled Problem (so every one-session rule — capacity, equipment, days, windows,
// unavailable spans — is already applied), no two sessions sharing a person or a room
// at one start, and precedence. Scenarios needing more (interpreters, travel between
// venues, same-time groups, pins) are refused rather than half-modelled.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "solve/agenda_map.hpp"
#include "solve/problem.hpp"

namespace peers {

using hoithao::solve::Instant;

struct GridModel {
    std::vector<std::vector<hoithao::solve::Candidate>> candidates;  // per session
    std::vector<std::pair<int, int>> conflicts;                      // sessions sharing a person
    // (earlier, later, minimum minutes between their starts)
    std::vector<std::tuple<int, int, int>> precedences;
    // Sessions each person attends, grouped per start, for clique constraints.
    std::vector<std::vector<int>> person_sessions;
    std::vector<long> attendees;  // per session
    Instant origin = 0;           // earliest candidate start: hours count from here

    long hour(const hoithao::solve::Candidate& c) const { return static_cast<long>((c.start - origin) / 60); }
};

// Whole hours covering `minutes` (starts are on the hour).
inline long hours_at_least(int minutes) { return (minutes + 59) / 60; }

// Why a scenario is beyond this model, or nothing.
inline std::optional<std::string> unsupported(const hoithao::solve::Problem& p) {
    if (p.scenario->event.slot_minutes != 60) return "slot length is not 60 minutes";
    for (const auto& s : p.sessions) {
        if (s.duration != 60) return "session '" + s.id + "' does not last 60 minutes";
        if (s.needs_interpreter || s.same_time >= 0 || s.pin) return "session '" + s.id + "' needs more than the grid";
    }
    if (p.venues.size() > 1) return "more than one venue (travel times)";
    return std::nullopt;
}

inline GridModel grid_model(const hoithao::solve::Problem& p) {
    GridModel g;
    const int n = static_cast<int>(p.sessions.size());
    for (const auto& s : p.sessions) {
        g.candidates.push_back(s.candidates);
        g.attendees.push_back(static_cast<long>(s.attendees.size()));
    }
    for (int s = 0; s < n; ++s) {
        for (int t : p.sessions[s].neighbours) {
            const auto &a = p.sessions[s].attendees, &b = p.sessions[t].attendees;
            bool shared = std::find_first_of(a.begin(), a.end(), b.begin(), b.end()) != a.end();
            if (s < t && shared) g.conflicts.emplace_back(s, t);
        }
        for (auto [e, gap] : p.sessions[s].after) g.precedences.emplace_back(e, s, p.sessions[e].duration + gap);
    }
    for (const auto& person : p.people) g.person_sessions.push_back(person.sessions);
    bool first = true;
    for (const auto& list : g.candidates)
        for (const auto& c : list)
            if (first || c.start < g.origin) g.origin = c.start, first = false;
    return g;
}

// choice[s] = index into the session's candidates, or -1 for unplaced.
inline hoithao::model::Agenda agenda_of(const hoithao::solve::Problem& p, const std::vector<int>& choice) {
    hoithao::solve::Assignment a(p.sessions.size());
    for (std::size_t s = 0; s < choice.size(); ++s)
        if (choice[s] >= 0) {
            const auto& c = p.sessions[s].candidates[choice[s]];
            a[s] = hoithao::solve::Place{c.room, c.start, -1};
        }
    return hoithao::solve::to_agenda(p, a);
}

}  // namespace peers
