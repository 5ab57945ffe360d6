#pragma once
// A model::Scenario compiled into dense indices for the checker and the planner:
// sessions, rooms, people and cities are vector positions, instants are UTC minutes.
// Like CP-SAT's model/solver split, the Problem is built once and never changes while
// constraints are checked or the planner searches.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::solve {

using Instant = std::int64_t;  // UTC minutes since the Unix epoch

Instant to_minutes(model::TimePoint t);
model::TimePoint to_time_point(Instant t);

// Minutes two half-open spans share (0 when apart).
inline Instant overlap_minutes(Instant a0, Instant a1, Instant b0, Instant b1) {
    Instant from = a0 > b0 ? a0 : b0, to = a1 < b1 ? a1 : b1;
    return to > from ? to - from : 0;
}
std::string clock_text(int minutes);  // "08:30"
std::string duration_text(Instant minutes);  // "3 h 30", "2 h", "45 min"

// Where and when one session takes place; room < 0 means not placed.
struct Place {
    int room = -1;
    Instant start = 0;
    int interpreter = -1;  // person index, or -1
    bool placed() const { return room >= 0; }
    auto operator<=>(const Place&) const = default;
};

// One Place per session, by session index.
using Assignment = std::vector<Place>;

// A candidate (start, room) pair that passes every room and time rule of its session.
struct Candidate {
    Instant start = 0;
    int room = 0;
};

struct LocalTime {
    model::Day day;
    int clock = 0;  // minutes after local midnight
};

struct VenueData {
    std::string id, name;
    int city = -1;
    int zone = 0;
};

struct RoomData {
    std::string id, name;
    int venue = -1;
    int capacity = 0;
    std::set<std::string> equipment;
    std::vector<std::pair<Instant, Instant>> unavailable;  // half-open: the hall is taken then
};

struct PersonData {
    std::string id, name;
    std::string title;  // "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"; may be empty
    int rank = 100;
    int delegation = -1;
    bool interpreter = false;
    std::vector<std::string> languages;
    std::vector<std::pair<Instant, Instant>> unavailable;  // half-open
    std::vector<int> sessions;                            // sessions attended (not as interpreter)
};

struct DelegationData {
    std::string id, name;
    std::optional<Instant> arrival, departure;
    // City indices where it arrives and leaves (model::Passage); -1: the times are its
    // presence at the venue itself.
    int arrival_city = -1, departure_city = -1;
    std::vector<int> sessions;  // sessions any member attends
    int head = -1;              // person index of its head, or -1
};

struct SessionData {
    const model::Session* source = nullptr;
    std::string id, title;
    model::SessionKind kind = model::SessionKind::Plenary;
    int duration = 60;
    std::vector<int> attendees;    // sorted person indices: named ∪ delegation members
    std::vector<int> delegations;  // delegations with a member attending, or attending whole
    int headcount = 0;             // expected people (never below the attendee count when 0)
    std::set<std::string> equipment;  // includes booths for simultaneous interpretation
    bool needs_interpreter = false;
    std::string language_a, language_b;
    std::vector<int> interpreters;  // people qualified to interpret it
    std::optional<Instant> fixed_start;
    bool outside_hours = false;  // working hours and meal breaks do not apply (model::Session)
    std::vector<std::pair<int, int>> after;   // (earlier session, minimum gap in minutes)
    std::vector<std::pair<int, int>> before;  // (later session, minimum gap): `after` reversed
    int same_time = -1;
    std::optional<Place> pin;       // from the previous agenda, or already held (before `now`)
    std::optional<Place> previous;  // placement in the previous agenda, for re-planning
    std::vector<int> groups;        // sorted attendance groups of the attendees
    std::vector<int> vips;          // attendees ranked high enough for their comfort to count
    std::vector<int> neighbours;    // sessions sharing an attendee or linked by after/same_time
    // When some attendee is unavailable: their spans merged and sorted, so a start is
    // checked with one binary search instead of a pass over every attendee.
    std::vector<std::pair<Instant, Instant>> attendees_away;

    std::vector<int> rooms;             // rooms passing the room rules
    std::vector<Candidate> candidates;  // sorted by start, then room
    std::string no_candidate_reason;    // why `candidates` is empty, in protocol terms
};

class Problem {
public:
    const model::Scenario* scenario = nullptr;
    std::vector<SessionData> sessions;
    std::vector<RoomData> rooms;
    std::vector<VenueData> venues;
    std::vector<PersonData> people;
    std::vector<DelegationData> delegations;
    std::vector<std::string> cities;
    std::vector<std::string> zones;
    std::vector<std::vector<int>> travel;  // shortest minutes between cities, kUnreachable if none
    static constexpr int kUnreachable = 1 << 28;
    static constexpr int kVipRank = 3;  // ranks 1 (minister) … 3 (director-general) weigh in soft rules
    bool minimise_changes = false;      // re-planning: moving a session from `previous` costs
    bool rooms_limited = false;         // some session was compiled with fewer rooms than it could use
    bool no_travel = false;             // no time needed between any two halls (one venue, say)
    // People attending exactly the same sessions form one attendance group (a
    // delegation's unnamed members, say), so the search keeps one timeline for all
    // of them. Interpreters are always alone in their group: they get sessions to
    // interpret during the search.
    std::vector<int> person_group;
    std::vector<std::vector<int>> group_people;
    std::vector<std::vector<int>> group_sessions;

    int session_index(const std::string& id) const;
    int room_index(const std::string& id) const;
    int person_index(const std::string& id) const;
    int delegation_index(const std::string& id) const;

    Instant end(int session, const Place& place) const { return place.start + sessions[session].duration; }
    int zone_of_room(int room) const { return venues[rooms[room].venue].zone; }
    const std::string& zone_name(int zone) const { return zones[zone]; }
    const std::string& city_of_room(int room) const;
    // Minutes needed to move from one room to another: 0 in one venue, the event's
    // city buffer within a city, the shortest travel otherwise (kUnreachable if none).
    int travel_minutes(int from_room, int to_room) const;
    // Minutes from one city to another: the event's city buffer within one city, the
    // shortest travel otherwise (kUnreachable if none).
    int city_minutes(int from_city, int to_city) const;
    // How the shortest travel from one city to another goes: "road", "air, then road".
    std::string travel_modes(int from_city, int to_city) const;
    int city_of(int room) const { return venues[rooms[room].venue].city; }

    // Local day and clock of an instant in a zone; fast for days of the event.
    LocalTime local(Instant t, int zone) const;
    Instant instant(model::Day day, int clock, int zone) const;

    // "09/09 08:00–09:30" in the zone of `room` (the event's zone when room < 0).
    std::string span_text(Instant start, Instant end, int room) const;
    std::string time_text(Instant t, int room) const;  // "09/09 08:00"
    // "on 09/09 between 08:00 and 11:30", or "between 08/09 08:00 and 10/09 17:30"
    std::string window_text(Instant from, Instant to, int room) const;
    // "'Talks' (09/09 08:00–09:30, Hall A)"
    std::string describe(int session, const Place& place) const;
    std::string quoted_title(int session) const { return "'" + sessions[session].title + "'"; }
    std::string quoted_titles(const std::vector<int>& list) const;  // "'A', 'B' and 'C'"
    // "Minister A, Interpreter B and 3 others", highest rank (1) first
    std::string names(const std::vector<int>& people, std::size_t shown = 3) const;

    int event_zone = 0;

private:
    friend Problem compile(const model::Scenario&, const model::Agenda*, std::optional<model::TimePoint>,
                           std::size_t);
    struct ZoneDays {
        model::Day first{};
        std::vector<Instant> midnights;  // local midnight of first, first+1, …
    };
    std::vector<ZoneDays> zone_days_;
    std::unordered_map<std::string, int> session_ids_, room_ids_, person_ids_, delegation_ids_;
};

// Compiles the scenario; `previous` supplies pinned placements and, for sessions
// that start before `now`, placements that have already happened (pinned too).
// Candidates are filtered by the room-, time- and session-scoped constraint units,
// so the planner and the checker share one definition of each rule.
// With `room_limit` > 0 a session keeps at most that many of the rooms its room
// rules allow (half the closest to its headcount, the rest spread; always its pinned
// or previous room), when that at least halves the rooms summed over the sessions,
// so that on a large event its domain does not grow with the number of halls.
Problem compile(const model::Scenario& scenario, const model::Agenda* previous = nullptr,
                std::optional<model::TimePoint> now = std::nullopt, std::size_t room_limit = 0);

}  // namespace hoithao::solve
