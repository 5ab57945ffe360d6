#include "store/schema.hpp"

#include <stdexcept>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

namespace hoithao::store::schema {
namespace {

// Step 1: the initial schema. Ids are unique per event, so every entity table is
// keyed by (event_id, id) and keeps `seq`, the position in the scenario's lists.
// References inside a scenario are DEFERRABLE so that replacing a scenario can
// delete and re-insert rows in any order; they are checked at commit.
constexpr const char* kStep1 = R"sql(
CREATE TABLE events (
    id                  TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    host_side           TEXT NOT NULL,
    zone                TEXT NOT NULL,
    first_day           TEXT NOT NULL,
    last_day            TEXT NOT NULL,
    work_from           TEXT NOT NULL,
    work_to             TEXT NOT NULL,
    breaks              TEXT NOT NULL DEFAULT '[]',
    blocked_days        TEXT NOT NULL DEFAULT '[]',
    slot_minutes        INTEGER NOT NULL,
    city_buffer_minutes INTEGER NOT NULL,
    imported_at         TEXT NOT NULL,
    import_seq          INTEGER NOT NULL
);

CREATE TABLE venues (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    id       TEXT NOT NULL,
    seq      INTEGER NOT NULL,
    name     TEXT NOT NULL,
    city     TEXT NOT NULL,
    address  TEXT NOT NULL,
    zone     TEXT NOT NULL,
    PRIMARY KEY (event_id, id)
);

CREATE TABLE rooms (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    venue_id  TEXT NOT NULL,
    name      TEXT NOT NULL,
    capacity  INTEGER NOT NULL,
    equipment TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (event_id, id),
    FOREIGN KEY (event_id, venue_id) REFERENCES venues(event_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE travel_links (
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    from_city TEXT NOT NULL,
    to_city   TEXT NOT NULL,
    mode      TEXT NOT NULL,
    minutes   INTEGER NOT NULL,
    both_ways INTEGER NOT NULL CHECK (both_ways IN (0, 1)),
    PRIMARY KEY (event_id, seq)
);

CREATE TABLE delegations (
    event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    name          TEXT NOT NULL,
    side          TEXT NOT NULL,
    head_id       TEXT,
    arrival_utc   TEXT,
    departure_utc TEXT,
    PRIMARY KEY (event_id, id),
    FOREIGN KEY (event_id, head_id) REFERENCES participants(event_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE participants (
    event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    name          TEXT NOT NULL,
    names         TEXT NOT NULL DEFAULT '{}',
    title         TEXT NOT NULL,
    rank          INTEGER NOT NULL,
    delegation_id TEXT,
    languages     TEXT NOT NULL DEFAULT '[]',
    roles         TEXT NOT NULL DEFAULT '[]',
    unavailable   TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (event_id, id),
    FOREIGN KEY (event_id, delegation_id) REFERENCES delegations(event_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE sessions (
    event_id         TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    id               TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    title_vi         TEXT NOT NULL,
    title_lo         TEXT NOT NULL,
    title_en         TEXT NOT NULL,
    kind             TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    attendees        TEXT NOT NULL DEFAULT '[]',
    delegations      TEXT NOT NULL DEFAULT '[]',
    headcount        INTEGER NOT NULL,
    equipment        TEXT NOT NULL DEFAULT '[]',
    interp_from      TEXT,
    interp_to        TEXT,
    interp_mode      TEXT,
    allowed_days     TEXT NOT NULL DEFAULT '[]',
    windows          TEXT NOT NULL DEFAULT '[]',
    fixed_start_utc  TEXT,
    pinned           INTEGER NOT NULL CHECK (pinned IN (0, 1)),
    after            TEXT NOT NULL DEFAULT '[]',
    same_time_as     TEXT,
    venue_id         TEXT,
    city             TEXT NOT NULL,
    room_id          TEXT,
    notes            TEXT NOT NULL,
    PRIMARY KEY (event_id, id),
    CHECK ((interp_from IS NULL) = (interp_to IS NULL) AND (interp_to IS NULL) = (interp_mode IS NULL)),
    FOREIGN KEY (event_id, same_time_as) REFERENCES sessions(event_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (event_id, venue_id) REFERENCES venues(event_id, id) DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (event_id, room_id) REFERENCES rooms(event_id, id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE agenda_versions (
    event_id   TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    version    INTEGER NOT NULL CHECK (version >= 1),
    created_at TEXT NOT NULL,
    status     TEXT NOT NULL,
    note       TEXT NOT NULL,
    PRIMARY KEY (event_id, version)
);

-- Placements name sessions, rooms and interpreters by id without a foreign key:
-- a later scenario may drop a session that an old version placed, and that history
-- must stay loadable. New and edited rows are checked by the triggers below.
CREATE TABLE placements (
    event_id       TEXT NOT NULL,
    version        INTEGER NOT NULL,
    seq            INTEGER NOT NULL,
    session_id     TEXT NOT NULL,
    room_id        TEXT,
    start_utc      TEXT NOT NULL,
    end_utc        TEXT NOT NULL,
    zone           TEXT NOT NULL,
    interpreter_id TEXT,
    pinned         INTEGER NOT NULL CHECK (pinned IN (0, 1)),
    PRIMARY KEY (event_id, version, session_id),
    FOREIGN KEY (event_id, version) REFERENCES agenda_versions(event_id, version) ON DELETE CASCADE
);

CREATE TRIGGER placements_known_refs_insert BEFORE INSERT ON placements
WHEN NOT EXISTS (SELECT 1 FROM sessions WHERE event_id = NEW.event_id AND id = NEW.session_id)
  OR (NEW.room_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM rooms WHERE event_id = NEW.event_id AND id = NEW.room_id))
  OR (NEW.interpreter_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM participants WHERE event_id = NEW.event_id AND id = NEW.interpreter_id))
BEGIN
    SELECT RAISE(ABORT, 'placement refers to a session, room or interpreter the event does not define');
END;

CREATE TRIGGER placements_known_refs_update BEFORE UPDATE OF session_id, room_id, interpreter_id ON placements
WHEN NOT EXISTS (SELECT 1 FROM sessions WHERE event_id = NEW.event_id AND id = NEW.session_id)
  OR (NEW.room_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM rooms WHERE event_id = NEW.event_id AND id = NEW.room_id))
  OR (NEW.interpreter_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM participants WHERE event_id = NEW.event_id AND id = NEW.interpreter_id))
BEGIN
    SELECT RAISE(ABORT, 'placement refers to a session, room or interpreter the event does not define');
END;
)sql";

// Step 2: what protocol officers query by hand — a room's day — gets an index, and
// a view joins each placement with its session title, room and venue.
constexpr const char* kStep2 = R"sql(
CREATE INDEX placements_by_room_time ON placements(event_id, room_id, start_utc);

CREATE VIEW placement_view AS
SELECT p.event_id, p.version, p.session_id, s.title_vi AS session_title, s.kind,
       p.room_id, r.name AS room_name, v.id AS venue_id, v.name AS venue_name, v.city,
       p.start_utc, p.end_utc, p.zone, p.interpreter_id, p.pinned
FROM placements p
LEFT JOIN sessions s ON s.event_id = p.event_id AND s.id = p.session_id
LEFT JOIN rooms r ON r.event_id = p.event_id AND r.id = p.room_id
LEFT JOIN venues v ON v.event_id = r.event_id AND v.id = r.venue_id;
)sql";

// Step 3: edits from the command line. A version records who stored it; a cancelled
// session and a closed hall stay in their tables (so they can be restored and old
// versions still name them) but are left out of the scenario the planner sees.
constexpr const char* kStep3 = R"sql(
ALTER TABLE agenda_versions ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1));
ALTER TABLE rooms ADD COLUMN closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1));
)sql";

// Step 4: weights of soft rules staff set in the scenario's [weights] table, as a JSON object.
constexpr const char* kStep4 = R"sql(
ALTER TABLE events ADD COLUMN weights TEXT NOT NULL DEFAULT '{}';
)sql";

// Step 5: periods in which a hall is taken (another event uses it), one row each, so
// a query can find them by time. Deleting the room (re-importing the scenario
// replaces all rooms) deletes its periods with it.
constexpr const char* kStep5 = R"sql(
CREATE TABLE room_unavailable (
    event_id  TEXT NOT NULL,
    room_id   TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    start_utc TEXT NOT NULL,
    end_utc   TEXT NOT NULL CHECK (end_utc > start_utc),
    PRIMARY KEY (event_id, room_id, seq),
    FOREIGN KEY (event_id, room_id) REFERENCES rooms(event_id, id) ON DELETE CASCADE
);
)sql";

// Step 6: lost updates. Every write to an event advances its revision, so a command
// can tell whether anything changed since it read the event; each version records the
// version it was made from.
constexpr const char* kStep6 = R"sql(
ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agenda_versions ADD COLUMN based_on INTEGER;
)sql";

// Step 7: facts entered by command survive a re-import. Each change `set`, `cancel`
// and the like make is logged, in order, as JSON; importing the scenario file again
// replays the log on top of the file's facts.
constexpr const char* kStep7 = R"sql(
CREATE TABLE fact_log (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    change   TEXT NOT NULL,
    version  INTEGER,
    PRIMARY KEY (event_id, seq)
);
)sql";

// Step 8: a session staff hold outside working hours and meal breaks (a reception),
// and the names of blocked days (holidays) as a JSON object day → name.
constexpr const char* kStep8 = R"sql(
ALTER TABLE sessions ADD COLUMN outside_hours INTEGER NOT NULL DEFAULT 0 CHECK (outside_hours IN (0, 1));
ALTER TABLE events ADD COLUMN holidays TEXT NOT NULL DEFAULT '{}';
)sql";

// Step 9: who does what at each session (co-chairs, speakers in order, signers, witnesses,
// MC, interpreters) as a JSON object role → ids, and where and how each delegation
// arrives and leaves (the city it lands in, the place, the flight or road).
constexpr const char* kStep9 = R"sql(
ALTER TABLE sessions ADD COLUMN roles TEXT NOT NULL DEFAULT '{}';
ALTER TABLE delegations ADD COLUMN arrival_city TEXT NOT NULL DEFAULT '';
ALTER TABLE delegations ADD COLUMN arrival_place TEXT NOT NULL DEFAULT '';
ALTER TABLE delegations ADD COLUMN arrival_means TEXT NOT NULL DEFAULT '';
ALTER TABLE delegations ADD COLUMN departure_city TEXT NOT NULL DEFAULT '';
ALTER TABLE delegations ADD COLUMN departure_place TEXT NOT NULL DEFAULT '';
ALTER TABLE delegations ADD COLUMN departure_means TEXT NOT NULL DEFAULT '';
)sql";

int read_user_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

}  // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps{
        {1, "initial schema", kStep1},
        {2, "index placements by room and time; add placement_view", kStep2},
        {3, "version author; cancelled sessions and closed rooms", kStep3},
        {4, "soft rule weights per event", kStep4},
        {5, "periods in which a hall is unavailable", kStep5},
        {6, "event revision; the version each version was based on", kStep6},
        {7, "facts entered by command, replayed on re-import", kStep7},
        {8, "sessions outside working hours; names of blocked days", kStep8},
        {9, "roles per session; where and how delegations arrive and leave", kStep9},
    };
    return steps;
}

int current_version() { return migrations().back().version; }

void upgrade(SQLite::Database& db, int target) {
    if (target < 1 || target > current_version())
        throw std::invalid_argument("schema::upgrade: no schema version " + std::to_string(target));
    SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
    // Another process may have upgraded between our check and this lock.
    const int from = read_user_version(db);
    if (from >= target) return;
    for (const auto& step : migrations())
        if (step.version > from && step.version <= target) db.exec(step.sql);
    // Pragmas cannot take bound parameters; both values are our own integers.
    db.exec("PRAGMA user_version = " + std::to_string(target));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    transaction.commit();
}

}  // namespace hoithao::store::schema
