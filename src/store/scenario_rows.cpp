#include "store/scenario_rows.hpp"

#include <algorithm>
#include <array>

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <nlohmann/json.hpp>

#include "model/error.hpp"
#include "store/codec.hpp"
#include "store/rows.hpp"

namespace hoithao::store {
namespace {

using codec::Cell;
using rows::bind_instant_or_null;
using rows::bind_text_or_null;
using rows::text;

// Entity tables of one event, in an order where each may refer to earlier ones.
constexpr std::array<const char*, 6> kEntityTables{"venues", "rooms", "travel_links",
                                                   "delegations", "participants", "sessions"};

std::string row_name(const std::string& label, const char* table, const std::string& id) {
    return label + ": " + table + " '" + id + "'";
}

void upsert_event(SQLite::Database& db, const model::Event& e, const std::string& imported_at) {
    const std::string row = "scenario '" + e.id + "'";
    SQLite::Statement stmt(db, R"sql(
        INSERT INTO events (id, name, host_side, zone, first_day, last_day, work_from, work_to, breaks,
                            blocked_days, holidays, slot_minutes, city_buffer_minutes, weights, imported_at,
                            import_seq)
        VALUES (:id, :name, :host_side, :zone, :first_day, :last_day, :work_from, :work_to, :breaks,
                :blocked_days, :holidays, :slot_minutes, :city_buffer_minutes, :weights, :imported_at,
                (SELECT COALESCE(MAX(import_seq), 0) + 1 FROM events))
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, host_side = excluded.host_side, zone = excluded.zone,
            first_day = excluded.first_day, last_day = excluded.last_day,
            work_from = excluded.work_from, work_to = excluded.work_to, breaks = excluded.breaks,
            blocked_days = excluded.blocked_days, holidays = excluded.holidays, slot_minutes = excluded.slot_minutes,
            city_buffer_minutes = excluded.city_buffer_minutes, weights = excluded.weights,
            imported_at = excluded.imported_at,
            import_seq = excluded.import_seq)sql");
    stmt.bind(":id", e.id);
    stmt.bind(":name", e.name);
    stmt.bind(":host_side", e.host_side);
    stmt.bind(":zone", e.zone);
    stmt.bind(":first_day", codec::encode_day(e.first_day));
    stmt.bind(":last_day", codec::encode_day(e.last_day));
    stmt.bind(":work_from", codec::encode_clock(e.working_hours.from, {row, "work_from"}));
    stmt.bind(":work_to", codec::encode_clock(e.working_hours.to, {row, "work_to"}));
    stmt.bind(":breaks", codec::encode_breaks(e.breaks, {row, "breaks"}));
    stmt.bind(":blocked_days", codec::encode_days(e.blocked_days));
    nlohmann::json holidays = nlohmann::json::object();
    for (const auto& [day, name] : e.holidays) holidays[codec::encode_day(day)] = name;
    stmt.bind(":holidays", holidays.dump());
    stmt.bind(":slot_minutes", e.slot_minutes);
    stmt.bind(":city_buffer_minutes", e.city_buffer_minutes);
    stmt.bind(":weights", nlohmann::json(e.weights).dump());
    stmt.bind(":imported_at", imported_at);
    stmt.exec();
}

// Cancelling a session or closing a hall is a decision made after the scenario file
// was written; re-importing the file keeps it for the ids that still exist.
struct EditFlags {
    std::vector<std::string> cancelled_sessions, closed_rooms;
};

std::vector<std::string> ids_where(SQLite::Database& db, const char* sql, const std::string& event_id) {
    SQLite::Statement stmt(db, sql);
    stmt.bind(1, event_id);
    std::vector<std::string> ids;
    while (stmt.executeStep()) ids.push_back(stmt.getColumn(0).getString());
    return ids;
}

EditFlags read_edit_flags(SQLite::Database& db, const std::string& event_id) {
    return {ids_where(db, "SELECT id FROM sessions WHERE event_id = ? AND cancelled = 1", event_id),
            ids_where(db, "SELECT id FROM rooms WHERE event_id = ? AND closed = 1", event_id)};
}

void restore_edit_flags(SQLite::Database& db, const std::string& event_id, const EditFlags& flags) {
    SQLite::Statement cancel(db, "UPDATE sessions SET cancelled = 1 WHERE event_id = ? AND id = ?");
    for (const auto& id : flags.cancelled_sessions) {
        SQLite::bind(cancel, event_id, id);
        cancel.exec();
        cancel.reset();
    }
    SQLite::Statement close(db, "UPDATE rooms SET closed = 1 WHERE event_id = ? AND id = ?");
    for (const auto& id : flags.closed_rooms) {
        SQLite::bind(close, event_id, id);
        close.exec();
        close.reset();
    }
}

void delete_entities(SQLite::Database& db, const std::string& event_id) {
    for (const char* table : kEntityTables) {
        SQLite::Statement stmt(db, std::string("DELETE FROM ") + table + " WHERE event_id = ?");
        stmt.bind(1, event_id);
        stmt.exec();
    }
}

void insert_venues(SQLite::Database& db, const model::Scenario& s) {
    SQLite::Statement stmt(db, "INSERT INTO venues (event_id, id, seq, name, city, address, zone) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const auto& v : s.venues) {
        SQLite::bind(stmt, s.event.id, v.id, seq++, v.name, v.city, v.address, v.zone);
        stmt.exec();
        stmt.reset();
    }
}

void insert_rooms(SQLite::Database& db, const model::Scenario& s) {
    SQLite::Statement stmt(db, "INSERT INTO rooms (event_id, id, seq, venue_id, name, capacity, equipment) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const auto& r : s.rooms) {
        const auto row = row_name("scenario '" + s.event.id + "'", "rooms", r.id);
        SQLite::bind(stmt, s.event.id, r.id, seq++, r.venue_id, r.name, r.capacity,
                     codec::encode_strings(r.equipment, {row, "equipment"}));
        stmt.exec();
        stmt.reset();
    }
}

// After insert_rooms: each period refers to its room at once.
void insert_room_periods(SQLite::Database& db, const model::Scenario& s) {
    SQLite::Statement stmt(db, "INSERT INTO room_unavailable (event_id, room_id, seq, start_utc, end_utc) "
                               "VALUES (?, ?, ?, ?, ?)");
    for (const auto& r : s.rooms) {
        int seq = 0;
        for (const auto& span : r.unavailable) {
            SQLite::bind(stmt, s.event.id, r.id, seq++, codec::encode_instant(span.start),
                         codec::encode_instant(span.end));
            stmt.exec();
            stmt.reset();
        }
    }
}

void insert_travel(SQLite::Database& db, const model::Scenario& s) {
    SQLite::Statement stmt(db, "INSERT INTO travel_links (event_id, seq, from_city, to_city, mode, minutes, "
                               "both_ways) VALUES (?, ?, ?, ?, ?, ?, ?)");
    int seq = 0;
    for (const auto& t : s.travel) {
        SQLite::bind(stmt, s.event.id, seq++, t.from_city, t.to_city, t.mode, t.minutes, t.both_ways ? 1 : 0);
        stmt.exec();
        stmt.reset();
    }
}

// Binds :<way>_city, :<way>_place and :<way>_means.
void bind_passage(SQLite::Statement& stmt, const std::string& way, const model::Passage& passage) {
    stmt.bind(":" + way + "_city", passage.city);
    stmt.bind(":" + way + "_place", passage.place);
    stmt.bind(":" + way + "_means", passage.means);
}

void insert_delegations(SQLite::Database& db, const model::Scenario& s) {
    SQLite::Statement stmt(db, R"sql(
        INSERT INTO delegations (event_id, id, seq, name, side, head_id, arrival_utc, departure_utc,
                                 arrival_city, arrival_place, arrival_means,
                                 departure_city, departure_place, departure_means)
        VALUES (:event_id, :id, :seq, :name, :side, :head_id, :arrival_utc, :departure_utc,
                :arrival_city, :arrival_place, :arrival_means,
                :departure_city, :departure_place, :departure_means))sql");
    int seq = 0;
    for (const auto& d : s.delegations) {
        stmt.bind(":event_id", s.event.id);
        stmt.bind(":id", d.id);
        stmt.bind(":seq", seq++);
        stmt.bind(":name", d.name);
        stmt.bind(":side", d.side);
        bind_text_or_null(stmt, ":head_id", d.head_id);
        bind_instant_or_null(stmt, ":arrival_utc", d.arrival);
        bind_instant_or_null(stmt, ":departure_utc", d.departure);
        bind_passage(stmt, "arrival", d.arrival_via);
        bind_passage(stmt, "departure", d.departure_via);
        stmt.exec();
        stmt.reset();
    }
}

void insert_participants(SQLite::Database& db, const model::Scenario& s) {
    SQLite::Statement stmt(db, R"sql(
        INSERT INTO participants (event_id, id, seq, name, names, title, rank, delegation_id, languages,
                                  roles, unavailable)
        VALUES (:event_id, :id, :seq, :name, :names, :title, :rank, :delegation_id, :languages,
                :roles, :unavailable))sql");
    int seq = 0;
    for (const auto& p : s.participants) {
        const auto row = row_name("scenario '" + s.event.id + "'", "participants", p.id);
        stmt.bind(":event_id", s.event.id);
        stmt.bind(":id", p.id);
        stmt.bind(":seq", seq++);
        stmt.bind(":name", p.name);
        stmt.bind(":names", codec::encode_names(p.names, {row, "names"}));
        stmt.bind(":title", p.title);
        stmt.bind(":rank", p.rank);
        bind_text_or_null(stmt, ":delegation_id", p.delegation_id);
        stmt.bind(":languages", codec::encode_strings(p.languages, {row, "languages"}));
        stmt.bind(":roles", codec::encode_roles(p.roles));
        stmt.bind(":unavailable", codec::encode_intervals(p.unavailable));
        stmt.exec();
        stmt.reset();
    }
}

void bind_interpretation(SQLite::Statement& stmt, const std::optional<model::Interpretation>& interpretation) {
    if (interpretation) {
        stmt.bind(":interp_from", interpretation->from);
        stmt.bind(":interp_to", interpretation->to);
        stmt.bind(":interp_mode", model::to_string(interpretation->mode));
    } else {
        stmt.bind(":interp_from");
        stmt.bind(":interp_to");
        stmt.bind(":interp_mode");
    }
}

void insert_sessions(SQLite::Database& db, const model::Scenario& s) {
    SQLite::Statement stmt(db, R"sql(
        INSERT INTO sessions (event_id, id, seq, title_vi, title_lo, title_en, kind, duration_minutes,
                              attendees, delegations, headcount, equipment, interp_from, interp_to,
                              interp_mode, allowed_days, windows, fixed_start_utc, pinned, after,
                              same_time_as, venue_id, city, room_id, notes, outside_hours, roles)
        VALUES (:event_id, :id, :seq, :title_vi, :title_lo, :title_en, :kind, :duration_minutes,
                :attendees, :delegations, :headcount, :equipment, :interp_from, :interp_to,
                :interp_mode, :allowed_days, :windows, :fixed_start_utc, :pinned, :after,
                :same_time_as, :venue_id, :city, :room_id, :notes, :outside_hours, :roles))sql");
    int seq = 0;
    for (const auto& x : s.sessions) {
        const auto row = row_name("scenario '" + s.event.id + "'", "sessions", x.id);
        stmt.bind(":event_id", s.event.id);
        stmt.bind(":id", x.id);
        stmt.bind(":seq", seq++);
        stmt.bind(":title_vi", x.title.vi);
        stmt.bind(":title_lo", x.title.lo);
        stmt.bind(":title_en", x.title.en);
        stmt.bind(":kind", model::to_string(x.kind));
        stmt.bind(":duration_minutes", x.duration_minutes);
        stmt.bind(":attendees", codec::encode_strings(x.attendees, {row, "attendees"}));
        stmt.bind(":delegations", codec::encode_strings(x.delegations, {row, "delegations"}));
        stmt.bind(":headcount", x.headcount);
        stmt.bind(":equipment", codec::encode_strings(x.equipment, {row, "equipment"}));
        bind_interpretation(stmt, x.interpretation);
        stmt.bind(":allowed_days", codec::encode_days(x.allowed_days));
        stmt.bind(":windows", codec::encode_windows(x.windows, {row, "windows"}));
        bind_instant_or_null(stmt, ":fixed_start_utc", x.fixed_start);
        stmt.bind(":pinned", x.pinned ? 1 : 0);
        stmt.bind(":outside_hours", x.outside_hours ? 1 : 0);
        stmt.bind(":after", codec::encode_after(x.after, {row, "after"}));
        bind_text_or_null(stmt, ":same_time_as", x.same_time_as);
        bind_text_or_null(stmt, ":venue_id", x.venue_id);
        stmt.bind(":city", x.city);
        bind_text_or_null(stmt, ":room_id", x.room_id);
        stmt.bind(":notes", x.notes);
        stmt.bind(":roles", codec::encode_session_roles(x.roles, {row, "roles"}));
        stmt.exec();
        stmt.reset();
    }
}

// The deferred foreign keys would only fail at COMMIT with "FOREIGN KEY constraint
// failed"; checking first lets us say which row refers to what. Violations in other
// events (hand edits made without foreign_keys) are not this import's business.
void check_references(SQLite::Database& db, const std::string& event_id) {
    SQLite::Statement check(db, "PRAGMA foreign_key_check");
    while (check.executeStep()) {
        const std::string table = check.getColumn(0).getString();
        const std::string parent = check.getColumn(2).getString();
        // Only our own entity tables, all with an `id` column, are named in the lookup.
        const bool ours = std::find(kEntityTables.begin(), kEntityTables.end(), table) != kEntityTables.end();
        if (!ours || table == "travel_links") continue;
        SQLite::Statement lookup(db, "SELECT id FROM " + table + " WHERE rowid = ? AND event_id = ?");
        lookup.bind(1, check.getColumn(1).getInt64());
        lookup.bind(2, event_id);
        if (lookup.executeStep())
            throw model::InputError("scenario '" + event_id + "': " + table + " '" + lookup.getColumn(0).getString() +
                                    "' refers to a row of " + parent + " that the scenario does not define");
    }
}

model::Event read_event(SQLite::Database& db, const std::string& event_id, const std::string& label) {
    SQLite::Statement stmt(db, "SELECT * FROM events WHERE id = ?");
    stmt.bind(1, event_id);
    if (!stmt.executeStep())
        throw model::InputError(label + ": no event '" + event_id + "'; import its scenario first");
    const auto row = row_name(label, "events", event_id);
    model::Event e;
    e.id = event_id;
    e.name = text(stmt, "name");
    e.host_side = text(stmt, "host_side");
    e.zone = text(stmt, "zone");
    e.first_day = codec::decode_day(text(stmt, "first_day"), {row, "first_day"});
    e.last_day = codec::decode_day(text(stmt, "last_day"), {row, "last_day"});
    e.working_hours = {codec::decode_clock(text(stmt, "work_from"), {row, "work_from"}),
                       codec::decode_clock(text(stmt, "work_to"), {row, "work_to"})};
    e.breaks = codec::decode_breaks(text(stmt, "breaks"), {row, "breaks"});
    e.blocked_days = codec::decode_days(text(stmt, "blocked_days"), {row, "blocked_days"});
    const auto holidays = nlohmann::json::parse(text(stmt, "holidays"), nullptr, false);
    if (!holidays.is_object()) throw model::InputError(row, "holidays", "not a JSON object of day → name");
    for (const auto& [day, name] : holidays.items()) {
        if (!name.is_string()) throw model::InputError(row, "holidays", "the name of " + day + " is not a text");
        e.holidays[codec::decode_day(day, {row, "holidays"})] = name.get<std::string>();
    }
    e.slot_minutes = stmt.getColumn("slot_minutes").getInt();
    e.city_buffer_minutes = stmt.getColumn("city_buffer_minutes").getInt();
    // Written by us as a JSON object of integers; an edited cell that is not one is ignored.
    auto weights = nlohmann::json::parse(text(stmt, "weights"), nullptr, false);
    if (weights.is_object())
        for (const auto& [name, value] : weights.items())
            if (value.is_number_integer()) e.weights[name] = value.get<int>();
    return e;
}

// Runs `SELECT * FROM table` for the event in scenario order, calling read(stmt) per
// row; `filter` is a fixed SQL condition of ours, never user text.
template <typename Read>
void for_each_row(SQLite::Database& db, const char* table, const std::string& event_id, Read read,
                  const char* filter = "1") {
    SQLite::Statement stmt(db, std::string("SELECT * FROM ") + table + " WHERE event_id = ? AND " + filter +
                                   " ORDER BY seq");
    stmt.bind(1, event_id);
    while (stmt.executeStep()) read(stmt);
}

std::optional<model::TimePoint> optional_instant(const SQLite::Statement& stmt, const std::string& row,
                                                 const char* column) {
    if (stmt.getColumn(column).isNull()) return std::nullopt;
    return codec::decode_instant(text(stmt, column), {row, column});
}

model::Venue read_venue(const SQLite::Statement& stmt) {
    return {text(stmt, "id"), text(stmt, "name"), text(stmt, "city"), text(stmt, "address"), text(stmt, "zone")};
}

model::Room read_room(const SQLite::Statement& stmt, const std::string& label) {
    const auto row = row_name(label, "rooms", text(stmt, "id"));
    return {text(stmt, "id"), text(stmt, "venue_id"), text(stmt, "name"), stmt.getColumn("capacity").getInt(),
            codec::decode_string_set(text(stmt, "equipment"), {row, "equipment"}), {}};  // periods: read_room_periods
}

// Fills in the unavailable periods of `rooms` (open or closed ones) from room_unavailable.
void read_room_periods(SQLite::Database& db, const std::string& event_id, const std::string& label,
                       std::vector<model::Room>& rooms) {
    SQLite::Statement stmt(db, "SELECT room_id, seq, start_utc, end_utc FROM room_unavailable "
                               "WHERE event_id = ? ORDER BY room_id, seq");
    stmt.bind(1, event_id);
    while (stmt.executeStep()) {
        const auto room_id = text(stmt, "room_id");
        auto room = std::find_if(rooms.begin(), rooms.end(), [&](const model::Room& r) { return r.id == room_id; });
        if (room == rooms.end()) continue;  // a room of the other kind (closed or open) than `rooms`
        const auto row = label + ": room_unavailable '" + room_id + "' #" + std::to_string(stmt.getColumn("seq").getInt());
        room->unavailable.push_back({codec::decode_instant(text(stmt, "start_utc"), {row, "start_utc"}),
                                     codec::decode_instant(text(stmt, "end_utc"), {row, "end_utc"})});
    }
}

model::TravelLink read_travel(const SQLite::Statement& stmt) {
    return {text(stmt, "from_city"), text(stmt, "to_city"), text(stmt, "mode"), stmt.getColumn("minutes").getInt(),
            stmt.getColumn("both_ways").getInt() != 0};
}

model::Passage read_passage(const SQLite::Statement& stmt, const std::string& way) {
    return {text(stmt, (way + "_city").c_str()), text(stmt, (way + "_place").c_str()),
            text(stmt, (way + "_means").c_str())};
}

model::Delegation read_delegation(const SQLite::Statement& stmt, const std::string& label) {
    const auto row = row_name(label, "delegations", text(stmt, "id"));
    return {text(stmt, "id"),
            text(stmt, "name"),
            text(stmt, "side"),
            text(stmt, "head_id"),
            optional_instant(stmt, row, "arrival_utc"),
            optional_instant(stmt, row, "departure_utc"),
            read_passage(stmt, "arrival"),
            read_passage(stmt, "departure")};
}

model::Participant read_participant(const SQLite::Statement& stmt, const std::string& label) {
    const auto row = row_name(label, "participants", text(stmt, "id"));
    model::Participant p;
    p.id = text(stmt, "id");
    p.name = text(stmt, "name");
    p.names = codec::decode_names(text(stmt, "names"), {row, "names"});
    p.title = text(stmt, "title");
    p.rank = stmt.getColumn("rank").getInt();
    p.delegation_id = text(stmt, "delegation_id");
    p.languages = codec::decode_string_list(text(stmt, "languages"), {row, "languages"});
    p.roles = codec::decode_roles(text(stmt, "roles"), {row, "roles"});
    p.unavailable = codec::decode_intervals(text(stmt, "unavailable"), {row, "unavailable"});
    return p;
}

std::optional<model::Interpretation> read_interpretation(const SQLite::Statement& stmt, const std::string& row) {
    if (stmt.getColumn("interp_mode").isNull()) return std::nullopt;
    return model::Interpretation{text(stmt, "interp_from"), text(stmt, "interp_to"),
                                 codec::decode_interpretation_mode(text(stmt, "interp_mode"), {row, "interp_mode"})};
}

model::Session read_session(const SQLite::Statement& stmt, const std::string& label) {
    const auto row = row_name(label, "sessions", text(stmt, "id"));
    model::Session s;
    s.id = text(stmt, "id");
    s.title = {text(stmt, "title_vi"), text(stmt, "title_lo"), text(stmt, "title_en")};
    s.kind = codec::decode_session_kind(text(stmt, "kind"), {row, "kind"});
    s.duration_minutes = stmt.getColumn("duration_minutes").getInt();
    s.attendees = codec::decode_string_list(text(stmt, "attendees"), {row, "attendees"});
    s.delegations = codec::decode_string_list(text(stmt, "delegations"), {row, "delegations"});
    s.headcount = stmt.getColumn("headcount").getInt();
    s.equipment = codec::decode_string_set(text(stmt, "equipment"), {row, "equipment"});
    s.interpretation = read_interpretation(stmt, row);
    s.allowed_days = codec::decode_days(text(stmt, "allowed_days"), {row, "allowed_days"});
    s.windows = codec::decode_windows(text(stmt, "windows"), {row, "windows"});
    s.fixed_start = optional_instant(stmt, row, "fixed_start_utc");
    s.pinned = stmt.getColumn("pinned").getInt() != 0;
    s.outside_hours = stmt.getColumn("outside_hours").getInt() != 0;
    s.after = codec::decode_after(text(stmt, "after"), {row, "after"});
    s.same_time_as = text(stmt, "same_time_as");
    s.venue_id = text(stmt, "venue_id");
    s.city = text(stmt, "city");
    s.room_id = text(stmt, "room_id");
    s.notes = text(stmt, "notes");
    s.roles = codec::decode_session_roles(text(stmt, "roles"), {row, "roles"});
    return s;
}

}  // namespace

void write_scenario_rows(SQLite::Database& db, const model::Scenario& scenario, const std::string& imported_at) {
    const auto flags = read_edit_flags(db, scenario.event.id);
    upsert_event(db, scenario.event, imported_at);
    delete_entities(db, scenario.event.id);
    insert_venues(db, scenario);
    insert_rooms(db, scenario);
    insert_room_periods(db, scenario);
    insert_travel(db, scenario);
    insert_delegations(db, scenario);
    insert_participants(db, scenario);
    insert_sessions(db, scenario);
    restore_edit_flags(db, scenario.event.id, flags);
    check_references(db, scenario.event.id);
}

model::Scenario read_scenario_rows(SQLite::Database& db, const std::string& event_id, const std::string& label) {
    model::Scenario s;
    s.event = read_event(db, event_id, label);
    for_each_row(db, "venues", event_id, [&](const auto& stmt) { s.venues.push_back(read_venue(stmt)); });
    for_each_row(
        db, "rooms", event_id, [&](const auto& stmt) { s.rooms.push_back(read_room(stmt, label)); }, "closed = 0");
    read_room_periods(db, event_id, label, s.rooms);
    for_each_row(db, "travel_links", event_id, [&](const auto& stmt) { s.travel.push_back(read_travel(stmt)); });
    for_each_row(db, "delegations", event_id,
                 [&](const auto& stmt) { s.delegations.push_back(read_delegation(stmt, label)); });
    for_each_row(db, "participants", event_id,
                 [&](const auto& stmt) { s.participants.push_back(read_participant(stmt, label)); });
    for_each_row(
        db, "sessions", event_id, [&](const auto& stmt) { s.sessions.push_back(read_session(stmt, label)); },
        "cancelled = 0");
    return s;
}

std::vector<model::Session> read_cancelled_sessions(SQLite::Database& db, const std::string& event_id,
                                                    const std::string& label) {
    std::vector<model::Session> out;
    for_each_row(
        db, "sessions", event_id, [&](const auto& stmt) { out.push_back(read_session(stmt, label)); },
        "cancelled = 1");
    return out;
}

std::vector<model::Room> read_closed_rooms(SQLite::Database& db, const std::string& event_id,
                                           const std::string& label) {
    std::vector<model::Room> out;
    for_each_row(
        db, "rooms", event_id, [&](const auto& stmt) { out.push_back(read_room(stmt, label)); }, "closed = 1");
    read_room_periods(db, event_id, label, out);
    return out;
}

}  // namespace hoithao::store
