#pragma once
// Plain domain types of one event: who, where, what. No I/O here.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "model/time.hpp"

namespace hoithao::model {

// Equipment and roles are open vocabularies with well-known names (see
// `known_equipment()`); staff may add their own words, and matching is exact.
inline constexpr const char* kBooths = "booths";          // simultaneous interpretation
inline constexpr const char* kProjector = "projector";
inline constexpr const char* kPressArea = "press_area";
inline constexpr const char* kSigningTable = "signing_table";
const std::vector<std::string>& known_equipment();

enum class Role { CoChair, Speaker, Interpreter, Head, Delegate };
enum class SessionKind {
    Opening, Plenary, Presentation, GroupDiscussion, Talks, Signing, CourtesyCall,
    SiteVisit, Meal, Press, GiftExchange, Closing, Travel
};
enum class InterpretationMode { Consecutive, Simultaneous };
// What a person does at one session, in the order the programme lists them.
enum class SessionRole { CoChair, Speaker, Signer, Witness, MC, Interpreter };
// Who holds each role at one session, in order: co-chairs by protocol order (host first),
// speakers in speaking order, signers and witnesses as they sign.
using SessionRoles = std::map<SessionRole, std::vector<std::string>>;

std::optional<Role> parse_role(const std::string& text);             // "co-chair", "speaker", …
std::string to_string(Role role);
std::optional<SessionKind> parse_session_kind(const std::string& text);  // "opening", "group_discussion", …
std::string to_string(SessionKind kind);
std::optional<InterpretationMode> parse_interpretation_mode(const std::string& text);
std::string to_string(InterpretationMode mode);
// Every session role, in programme order; each named by its key ("co_chairs", "speakers",
// "signers", "witnesses", "mc", "interpreters").
const std::vector<SessionRole>& all_session_roles();
std::optional<SessionRole> parse_session_role(const std::string& key);
std::string to_string(SessionRole role);

// A text given in up to three languages; names of people stay as written.
struct LocalizedText {
    std::string vi, lo, en;
    // The text in `lang` ("vi", "lo", "en"), falling back to vi, en, lo.
    const std::string& in(const std::string& lang) const;
};

struct MealBreak {
    std::string name;
    ClockWindow window;
};

struct Event {
    std::string id;
    std::string name;
    std::string host_side;                   // country code of the host, "VN" or "LA"
    std::string zone = "Asia/Ho_Chi_Minh";   // zone in which the scenario's local times are read
    Day first_day{};
    Day last_day{};
    ClockWindow working_hours{{8 * 60}, {17 * 60 + 30}};
    std::vector<MealBreak> breaks;
    std::vector<Day> blocked_days;
    std::map<Day, std::string> holidays;     // names of blocked days staff gave ("Quốc khánh 2/9")
    int slot_minutes = 15;                   // granularity of planned start times
    int city_buffer_minutes = 15;            // moving between two venues of one city
    // Also count ITC2007 Track 2's per-student soft cost (imported benchmark instances only).
    bool itc2007_soft_cost = false;
    std::vector<Day> days() const;           // first..last without blocked days
    std::map<std::string, int> weights;      // soft rule name → weight, from [weights]
};

struct Venue {
    std::string id;
    std::string name;
    std::string city;
    std::string address;
    std::string zone;  // IANA, e.g. "Asia/Vientiane"
};

struct Room {
    std::string id;
    std::string venue_id;
    std::string name;
    int capacity = 0;
    std::set<std::string> equipment;
    std::vector<Interval> unavailable;  // periods the hall is taken (another event), half-open
};

// Where and how a delegation reaches the event or leaves it: the city it lands in or
// leaves from ("Vinh"), the place ("Sân bay Vinh") and the means ("chuyến bay QV 311").
// Without a city the delegation's time is its presence at the venue itself.
struct Passage {
    std::string city;
    std::string place;
    std::string means;
    bool operator==(const Passage&) const = default;
};

struct Delegation {
    std::string id;
    std::string name;
    std::string side;  // "VN", "LA", …
    std::string head_id;
    std::optional<TimePoint> arrival;
    std::optional<TimePoint> departure;
    Passage arrival_via;    // where `arrival` happens; travel to the venue comes on top
    Passage departure_via;  // where `departure` happens; travel from the venue comes first
};

struct Participant {
    std::string id;
    std::string name;                          // as written, with diacritics
    std::map<std::string, std::string> names;  // other scripts, keyed by language ("lo", "en")
    std::string title;
    int rank = 100;                            // order of precedence: 1 ranks highest
    std::string delegation_id;                 // may be empty for local staff
    std::vector<std::string> languages;        // "vi", "lo", "en", …
    std::set<Role> roles;
    std::vector<Interval> unavailable;
    bool has_role(Role r) const { return roles.count(r) > 0; }
    bool speaks(const std::string& lang) const;
};

struct Interpretation {
    std::string from, to;  // a language pair, order irrelevant
    InterpretationMode mode = InterpretationMode::Consecutive;
};

struct After {  // this session starts at least gap_minutes after `session` ends
    std::string session;
    int gap_minutes = 0;
};

struct Session {
    std::string id;
    LocalizedText title;
    SessionKind kind = SessionKind::Plenary;
    int duration_minutes = 60;
    std::vector<std::string> attendees;    // participant ids
    std::vector<std::string> delegations;  // whole delegations attend
    int headcount = 0;                     // expected; 0 = count the attendees
    std::set<std::string> equipment;
    std::optional<Interpretation> interpretation;
    std::vector<Day> allowed_days;         // empty = any event day
    std::vector<ClockWindow> windows;      // empty = working hours
    // Staff say it is held outside working hours and meal breaks (a welcome dinner, a
    // reception, an airport welcome at 22:00); its windows or fixed start bound it instead.
    bool outside_hours = false;
    std::vector<Interval> unavailable;     // spans it may not overlap (e.g. an imported timetable's)
    std::optional<TimePoint> fixed_start;  // must start exactly then
    bool pinned = false;                   // the planner never moves it from its stored placement
    std::vector<After> after;
    std::string same_time_as;              // id of a session that must start at the same instant
    std::string venue_id;                  // required venue, or empty
    std::string city;                      // required city, or empty
    std::string room_id;                   // required room, or empty
    // Who co-chairs, speaks, signs, witnesses, is MC or interprets here; each one attends.
    // Interpreters listed are the only ones the planner may choose.
    SessionRoles roles;
    std::string notes;
};

// Travel between cities by one mode, one direction unless `both_ways`.
struct TravelLink {
    std::string from_city;
    std::string to_city;
    std::string mode;  // "road", "air", …
    int minutes = 0;   // door to door, including airport and border time
    bool both_ways = true;
};

struct Scenario {
    Event event;
    std::vector<Venue> venues;
    std::vector<Room> rooms;
    std::vector<Delegation> delegations;
    std::vector<Participant> participants;
    std::vector<Session> sessions;
    std::vector<TravelLink> travel;

    const Venue* find_venue(const std::string& id) const;
    const Room* find_room(const std::string& id) const;
    const Delegation* find_delegation(const std::string& id) const;
    const Participant* find_participant(const std::string& id) const;
    const Session* find_session(const std::string& id) const;
};

}  // namespace hoithao::model
