#pragma once
// The SQLite store: events with their entities, and every agenda version ever
// planned. Schema: docs/schema.md. Each public write is one IMMEDIATE transaction.
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "model/agenda.hpp"
#include "model/error.hpp"
#include "model/scenario.hpp"

namespace SQLite { class Database; }

namespace hoithao::store {

struct VersionInfo {
    int version = 0;
    std::string created_at;
    std::string author;
    model::AgendaStatus status = model::AgendaStatus::Complete;
    std::string note;
    int placements = 0;
    std::optional<int> based_on;  // the version it was made from; nullopt when not recorded
};

// What a command read, so that its write can tell whether anyone wrote since: the
// latest version then (0 when none) and the event's revision, which every write to
// the event (import, fact change, new version) advances.
struct Base {
    int version = 0;
    long long revision = 0;
};

// The event as one committed state.
struct EventState {
    model::Scenario scenario;            // cancelled sessions and closed rooms left out
    std::optional<model::Agenda> agenda; // the version asked for, else the latest; nullopt if none
    Base base;
};

// A write given a Base found the event changed since that base was read; nothing was
// stored. The message names the newer versions and who stored them.
class Stale : public model::Error {
public:
    Stale(const std::string& message, std::vector<VersionInfo> newer)
        : model::Error(model::ExitCode::Stale, message), newer_(std::move(newer)) {}
    const std::vector<VersionInfo>& newer() const { return newer_; }  // stored since the base, oldest first

private:
    std::vector<VersionInfo> newer_;
};

// Changes to an event's facts made from the command line rather than by re-importing.
struct SessionCancelled {  // a cancelled session stays stored but is left out of load_scenario
    std::string session_id;
    bool cancelled = true;
};
struct RoomClosed {  // a closed hall likewise; opening it also clears its unavailable periods
    std::string room_id;
    bool closed = true;
};
struct RoomUnavailable {  // added to the hall's unavailable periods; the hall stays planned outside them
    std::string room_id;
    model::Interval period;
};
// Where and how a delegation arrives or leaves, as changed by command: nullopt leaves a
// value as it is, an empty text clears it.
struct PassageChange {
    std::optional<std::string> city, place, means;
};
struct DelegationTimes {  // nullopt leaves that time as it is
    std::string delegation_id;
    std::optional<model::TimePoint> arrival, departure;
    PassageChange arrival_via, departure_via;
    void apply(model::Delegation& d) const;
};
struct PersonUnavailable {  // added to the person's unavailable periods
    std::string person_id;
    model::Interval period;
};
// A session's own facts changed by command (`set session:ID`); nullopt leaves a field
// as it is, an empty text clears a venue, city or hall.
struct SessionFacts {
    std::string session_id;
    std::optional<int> duration;
    std::optional<std::vector<model::Day>> days;
    std::optional<std::vector<model::ClockWindow>> windows;
    std::optional<std::optional<model::TimePoint>> fixed;  // {nullopt}: no fixed start any more
    std::optional<std::string> venue, city, room;
    std::set<std::string> equipment_add, equipment_remove;
    std::optional<std::vector<model::After>> after;  // replaces the sessions it follows
    model::SessionRoles roles;  // each role given replaces who holds it; an empty list: nobody
    void apply(model::Session& session) const;
};
// A hall's equipment for this event only: the shared data files it came from stay as they are.
struct RoomEquipment {
    std::string room_id;
    std::set<std::string> add, remove;
    void apply(model::Room& room) const;
};
using FactChange = std::variant<SessionCancelled, RoomClosed, RoomUnavailable, DelegationTimes, PersonUnavailable,
                                SessionFacts, RoomEquipment>;

class Store {
public:
    // Opens (creating when `create`) and migrates the schema to the current version.
    // Throws model::InputError when the file is missing (and !create) or is not ours.
    Store(const std::string& path, bool create);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    static int schema_version();

    // Adds the event or replaces its entities (agenda versions are kept). Facts entered
    // by command since are applied again on top and returned, in words; where the file
    // contradicts one, InputError lists them and nothing is written, unless `replace`
    // (the file's facts win and those changes are forgotten).
    std::vector<std::string> save_scenario(const model::Scenario& scenario, const std::string& imported_at,
                                           bool replace = false);
    // Cancelled sessions and closed rooms are left out; see cancelled_sessions(), closed_rooms().
    model::Scenario load_scenario(const std::string& event_id) const;
    // The scenario, the version (the latest when none is given) and the base, read together.
    EventState read_event(const std::string& event_id, std::optional<int> version = {}) const;
    std::vector<model::Session> cancelled_sessions(const std::string& event_id) const;
    std::vector<model::Room> closed_rooms(const std::string& event_id) const;
    // Applies the changes in one transaction; InputError naming an id the event lacks.
    // Given `base`, throws Stale instead when the event changed since it was read.
    void change_facts(const std::string& event_id, const std::vector<FactChange>& changes,
                      std::optional<Base> base = {});
    std::vector<std::string> event_ids() const;
    // The event named, or the only/last imported one when `requested` is empty.
    std::string resolve_event(const std::string& requested) const;

    // Stores a new version (never overwrites one) and returns its number; `changes`
    // are applied to the event's facts in the same transaction. Given `base` (what the
    // agenda was made from), throws Stale instead when the event changed since, and
    // records base->version as the version it was based on.
    int save_agenda(const model::Agenda& agenda, const std::vector<FactChange>& changes = {},
                    std::optional<Base> base = {});
    // The given version, or the latest when none is given; nullopt if there is none.
    std::optional<model::Agenda> load_agenda(const std::string& event_id, std::optional<int> version = {}) const;
    std::vector<VersionInfo> versions(const std::string& event_id) const;

    SQLite::Database& database();  // for tests and migrations

private:
    std::string path_;  // names the file in messages
    std::unique_ptr<SQLite::Database> db_;
};

}  // namespace hoithao::store
