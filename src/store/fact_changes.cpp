#include "store/fact_changes.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <variant>

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>
#include <nlohmann/json.hpp>

#include "model/error.hpp"
#include "store/codec.hpp"
#include "store/rows.hpp"

namespace hoithao::store {
namespace {

// Where and how a delegation arrives and leaves, field by field: the key in the log and
// the column (both "arrival_city"), how a kept change says it and how a contradicted one
// names it, and where it lies in a change and in the file's delegation.
struct PassageField {
    const char* key;
    const char* words;  // "delegation 'la' arrives in 'Hà Nội'"
    const char* noun;   // "arrival city"
    PassageChange DelegationTimes::*change_way;
    std::optional<std::string> PassageChange::*change_field;
    model::Passage model::Delegation::*file_way;
    std::string model::Passage::*file_field;

    const std::optional<std::string>& in(const DelegationTimes& c) const { return c.*change_way.*change_field; }
    const std::string& in(const model::Delegation& d) const { return d.*file_way.*file_field; }
    bool of_arrival() const { return change_way == &DelegationTimes::arrival_via; }
};

const std::vector<PassageField>& passage_fields() {
    using D = DelegationTimes;
    using C = PassageChange;
    using M = model::Delegation;
    using P = model::Passage;
    static const std::vector<PassageField> fields{
        {"arrival_city", "in", "arrival city", &D::arrival_via, &C::city, &M::arrival_via, &P::city},
        {"arrival_place", "at", "arrival place", &D::arrival_via, &C::place, &M::arrival_via, &P::place},
        {"arrival_means", "by", "arrival means", &D::arrival_via, &C::means, &M::arrival_via, &P::means},
        {"departure_city", "from", "departure city", &D::departure_via, &C::city, &M::departure_via, &P::city},
        {"departure_place", "at", "departure place", &D::departure_via, &C::place, &M::departure_via, &P::place},
        {"departure_means", "by", "departure means", &D::departure_via, &C::means, &M::departure_via, &P::means},
    };
    return fields;
}

struct Applier {
    SQLite::Database& db;
    const std::string& event_id;
    const std::string& label;

    void require_row(SQLite::Statement& stmt, const char* what, const std::string& id) const {
        if (stmt.exec() == 0)
            throw model::InputError(label + ": event '" + event_id + "' has no " + what + " '" + id + "'");
    }

    void operator()(const SessionCancelled& c) const {
        SQLite::Statement stmt(db, "UPDATE sessions SET cancelled = ? WHERE event_id = ? AND id = ?");
        SQLite::bind(stmt, c.cancelled ? 1 : 0, event_id, c.session_id);
        require_row(stmt, "session", c.session_id);
    }

    void operator()(const RoomClosed& c) const {
        SQLite::Statement stmt(db, "UPDATE rooms SET closed = ? WHERE event_id = ? AND id = ?");
        SQLite::bind(stmt, c.closed ? 1 : 0, event_id, c.room_id);
        require_row(stmt, "room", c.room_id);
        if (c.closed) return;
        // Open means usable at any time again: the periods go with the flag.
        SQLite::Statement clear(db, "DELETE FROM room_unavailable WHERE event_id = ? AND room_id = ?");
        SQLite::bind(clear, event_id, c.room_id);
        clear.exec();
    }

    void operator()(const RoomUnavailable& c) const {
        SQLite::Statement exists(db, "SELECT 1 FROM rooms WHERE event_id = ? AND id = ?");
        SQLite::bind(exists, event_id, c.room_id);
        if (!exists.executeStep())
            throw model::InputError(label + ": event '" + event_id + "' has no room '" + c.room_id + "'");
        SQLite::Statement insert(db, R"sql(
            INSERT INTO room_unavailable (event_id, room_id, seq, start_utc, end_utc)
            VALUES (:event_id, :room_id,
                    (SELECT COALESCE(MAX(seq), -1) + 1 FROM room_unavailable WHERE event_id = :event_id AND room_id = :room_id),
                    :start_utc, :end_utc))sql");
        insert.bind(":event_id", event_id);
        insert.bind(":room_id", c.room_id);
        insert.bind(":start_utc", codec::encode_instant(c.period.start));
        insert.bind(":end_utc", codec::encode_instant(c.period.end));
        insert.exec();
    }

    void operator()(const DelegationTimes& c) const {
        // Each column keeps its value unless the change gives one; the names are ours.
        std::string sql = R"sql(
            UPDATE delegations SET
                arrival_utc = CASE WHEN :set_arrival THEN :arrival ELSE arrival_utc END,
                departure_utc = CASE WHEN :set_departure THEN :departure ELSE departure_utc END)sql";
        for (const auto& f : passage_fields())
            sql += std::string(",\n") + f.key + " = CASE WHEN :set_" + f.key + " THEN :" + f.key + " ELSE " + f.key + " END";
        SQLite::Statement stmt(db, sql + "\nWHERE event_id = :event_id AND id = :id");
        stmt.bind(":set_arrival", c.arrival ? 1 : 0);
        rows::bind_instant_or_null(stmt, ":arrival", c.arrival);
        stmt.bind(":set_departure", c.departure ? 1 : 0);
        rows::bind_instant_or_null(stmt, ":departure", c.departure);
        for (const auto& f : passage_fields()) {
            stmt.bind(std::string(":set_") + f.key, f.in(c) ? 1 : 0);
            stmt.bind(std::string(":") + f.key, f.in(c).value_or(""));
        }
        stmt.bind(":event_id", event_id);
        stmt.bind(":id", c.delegation_id);
        require_row(stmt, "delegation", c.delegation_id);
    }

    void operator()(const PersonUnavailable& c) const {
        SQLite::Statement read(db, "SELECT unavailable FROM participants WHERE event_id = ? AND id = ?");
        SQLite::bind(read, event_id, c.person_id);
        if (!read.executeStep())
            throw model::InputError(label + ": event '" + event_id + "' has no participant '" + c.person_id + "'");
        const auto row = label + ": participants '" + c.person_id + "'";
        auto periods = codec::decode_intervals(read.getColumn(0).getString(), {row, "unavailable"});
        periods.push_back(c.period);
        SQLite::Statement write(db, "UPDATE participants SET unavailable = ? WHERE event_id = ? AND id = ?");
        SQLite::bind(write, codec::encode_intervals(periods), event_id, c.person_id);
        require_row(write, "participant", c.person_id);
    }

    void operator()(const SessionFacts& c) const {
        SQLite::Statement read(db, "SELECT duration_minutes, allowed_days, windows, fixed_start_utc, venue_id, city, "
                                   "room_id, equipment, after, roles FROM sessions WHERE event_id = ? AND id = ?");
        SQLite::bind(read, event_id, c.session_id);
        if (!read.executeStep())
            throw model::InputError(label + ": event '" + event_id + "' has no session '" + c.session_id + "'");
        const auto row = label + ": sessions '" + c.session_id + "'";
        model::Session s;
        s.duration_minutes = read.getColumn(0).getInt();
        s.allowed_days = codec::decode_days(read.getColumn(1).getString(), {row, "allowed_days"});
        s.windows = codec::decode_windows(read.getColumn(2).getString(), {row, "windows"});
        if (!read.getColumn(3).isNull()) s.fixed_start = codec::decode_instant(read.getColumn(3).getString(), {row, "fixed_start_utc"});
        s.venue_id = read.getColumn(4).isNull() ? "" : read.getColumn(4).getString();
        s.city = read.getColumn(5).getString();
        s.room_id = read.getColumn(6).isNull() ? "" : read.getColumn(6).getString();
        s.equipment = codec::decode_string_set(read.getColumn(7).getString(), {row, "equipment"});
        s.after = codec::decode_after(read.getColumn(8).getString(), {row, "after"});
        s.roles = codec::decode_session_roles(read.getColumn(9).getString(), {row, "roles"});
        c.apply(s);
        SQLite::Statement write(db, R"sql(
            UPDATE sessions SET duration_minutes = :duration, allowed_days = :days, windows = :windows,
                                fixed_start_utc = :fixed, venue_id = :venue, city = :city, room_id = :room,
                                equipment = :equipment, after = :after, roles = :roles
            WHERE event_id = :event_id AND id = :id)sql");
        write.bind(":duration", s.duration_minutes);
        write.bind(":days", codec::encode_days(s.allowed_days));
        write.bind(":windows", codec::encode_windows(s.windows, {row, "windows"}));
        rows::bind_instant_or_null(write, ":fixed", s.fixed_start);
        rows::bind_text_or_null(write, ":venue", s.venue_id);
        write.bind(":city", s.city);
        rows::bind_text_or_null(write, ":room", s.room_id);
        write.bind(":equipment", codec::encode_strings(s.equipment, {row, "equipment"}));
        write.bind(":after", codec::encode_after(s.after, {row, "after"}));
        write.bind(":roles", codec::encode_session_roles(s.roles, {row, "roles"}));
        write.bind(":event_id", event_id);
        write.bind(":id", c.session_id);
        require_row(write, "session", c.session_id);
    }

    void operator()(const RoomEquipment& c) const {
        SQLite::Statement read(db, "SELECT equipment FROM rooms WHERE event_id = ? AND id = ?");
        SQLite::bind(read, event_id, c.room_id);
        if (!read.executeStep())
            throw model::InputError(label + ": event '" + event_id + "' has no room '" + c.room_id + "'");
        const auto row = label + ": rooms '" + c.room_id + "'";
        model::Room room;
        room.equipment = codec::decode_string_set(read.getColumn(0).getString(), {row, "equipment"});
        c.apply(room);
        SQLite::Statement write(db, "UPDATE rooms SET equipment = ? WHERE event_id = ? AND id = ?");
        SQLite::bind(write, codec::encode_strings(room.equipment, {row, "equipment"}), event_id, c.room_id);
        require_row(write, "room", c.room_id);
    }
};

using nlohmann::json;

json instant_json(const std::optional<model::TimePoint>& t) { return t ? json(codec::encode_instant(*t)) : json(); }

// The log's form of a change. A delegation's times also keep the values they replace,
// so a re-import can tell a file that was never updated from one that says otherwise.
struct Encoder {
    SQLite::Database& db;
    const std::string& event_id;

    json operator()(const SessionCancelled& c) const {
        return {{"kind", "session-cancelled"}, {"id", c.session_id}, {"cancelled", c.cancelled}};
    }
    json operator()(const RoomClosed& c) const { return {{"kind", "room-closed"}, {"id", c.room_id}, {"closed", c.closed}}; }
    json operator()(const RoomUnavailable& c) const {
        return {{"kind", "room-unavailable"}, {"id", c.room_id}, {"start", codec::encode_instant(c.period.start)},
                {"end", codec::encode_instant(c.period.end)}};
    }
    json operator()(const DelegationTimes& c) const {
        json out{{"kind", "delegation-times"}, {"id", c.delegation_id}};
        SQLite::Statement now(db, "SELECT * FROM delegations WHERE event_id = ? AND id = ?");
        SQLite::bind(now, event_id, c.delegation_id);
        const bool found = now.executeStep();
        auto cell = [&](const std::string& column) {
            return found && !now.getColumn(column.c_str()).isNull() ? json(now.getColumn(column.c_str()).getString()) : json();
        };
        if (c.arrival) out["arrival"] = instant_json(c.arrival), out["arrival_before"] = cell("arrival_utc");
        if (c.departure) out["departure"] = instant_json(c.departure), out["departure_before"] = cell("departure_utc");
        for (const auto& f : passage_fields())
            if (f.in(c)) out[f.key] = *f.in(c), out[std::string(f.key) + "_before"] = cell(f.key);
        return out;
    }
    json operator()(const PersonUnavailable& c) const {
        return {{"kind", "person-unavailable"}, {"id", c.person_id}, {"start", codec::encode_instant(c.period.start)},
                {"end", codec::encode_instant(c.period.end)}};
    }

    json operator()(const SessionFacts& c) const {
        json out{{"kind", "session-facts"}, {"id", c.session_id}};
        if (c.duration) out["duration"] = *c.duration;
        if (c.days) {
            out["days"] = json::array();
            for (auto d : *c.days) out["days"].push_back(codec::encode_day(d));
        }
        if (c.windows) {
            out["windows"] = json::array();
            for (const auto& w : *c.windows)
                out["windows"].push_back({model::format_clock(w.from), model::format_clock(w.to)});
        }
        if (c.fixed) out["fixed"] = instant_json(*c.fixed);
        if (c.venue) out["venue"] = *c.venue;
        if (c.city) out["city"] = *c.city;
        if (c.room) out["room"] = *c.room;
        if (!c.equipment_add.empty()) out["equipment_add"] = c.equipment_add;
        if (!c.equipment_remove.empty()) out["equipment_remove"] = c.equipment_remove;
        if (c.after) {
            out["after"] = json::array();
            for (const auto& a : *c.after) out["after"].push_back({{"session", a.session}, {"gap", a.gap_minutes}});
        }
        if (!c.roles.empty()) {
            out["roles"] = json::object();
            for (const auto& [role, people] : c.roles) out["roles"][model::to_string(role)] = people;
        }
        return out;
    }
    json operator()(const RoomEquipment& c) const {
        json out{{"kind", "room-equipment"}, {"id", c.room_id}};
        if (!c.add.empty()) out["add"] = c.add;
        if (!c.remove.empty()) out["remove"] = c.remove;
        return out;
    }
};

FactChange decode_change(const json& j, const codec::Cell& cell) {
    auto instant = [&](const char* key) { return codec::decode_instant(j.at(key).get<std::string>(), cell); };
    auto optional_instant = [&](const char* key) -> std::optional<model::TimePoint> {
        if (!j.contains(key)) return std::nullopt;
        return instant(key);
    };
    const auto kind = j.at("kind").get<std::string>();
    const auto id = j.at("id").get<std::string>();
    if (kind == "session-cancelled") return SessionCancelled{id, j.at("cancelled").get<bool>()};
    if (kind == "room-closed") return RoomClosed{id, j.at("closed").get<bool>()};
    if (kind == "room-unavailable") return RoomUnavailable{id, {instant("start"), instant("end")}};
    if (kind == "delegation-times") {
        // Logs written before places and means were kept hold the times only.
        DelegationTimes c{id, optional_instant("arrival"), optional_instant("departure"), {}, {}};
        for (const auto& f : passage_fields())
            if (j.contains(f.key)) c.*f.change_way.*f.change_field = j.at(f.key).get<std::string>();
        return c;
    }
    if (kind == "person-unavailable") return PersonUnavailable{id, {instant("start"), instant("end")}};
    auto strings = [&](const char* key) {
        return j.contains(key) ? j.at(key).get<std::set<std::string>>() : std::set<std::string>{};
    };
    if (kind == "room-equipment") return RoomEquipment{id, strings("add"), strings("remove")};
    if (kind == "session-facts") {
        SessionFacts c{id, {}, {}, {}, {}, {}, {}, {}, strings("equipment_add"), strings("equipment_remove"), {}, {}};
        if (j.contains("after")) {
            c.after.emplace();
            for (const auto& a : j.at("after")) c.after->push_back({a.at("session").get<std::string>(), a.at("gap").get<int>()});
        }
        if (j.contains("roles"))
            for (const auto& [key, people] : j.at("roles").items()) {
                const auto role = model::parse_session_role(key);
                if (!role) throw model::InputError(cell.row, cell.column, "unknown session role '" + key + "'");
                c.roles[*role] = people.get<std::vector<std::string>>();
            }
        if (j.contains("duration")) c.duration = j.at("duration").get<int>();
        if (j.contains("days")) {
            c.days.emplace();
            for (const auto& d : j.at("days")) c.days->push_back(codec::decode_day(d.get<std::string>(), cell));
        }
        if (j.contains("windows")) {
            c.windows.emplace();
            for (const auto& w : j.at("windows"))
                c.windows->push_back({codec::decode_clock(w.at(0).get<std::string>(), cell),
                                      codec::decode_clock(w.at(1).get<std::string>(), cell)});
        }
        if (j.contains("fixed"))
            c.fixed = j.at("fixed").is_null() ? std::optional<model::TimePoint>() : instant("fixed");
        for (auto [key, field] : {std::pair{"venue", &c.venue}, std::pair{"city", &c.city}, std::pair{"room", &c.room}})
            if (j.contains(key)) *field = j.at(key).get<std::string>();
        return c;
    }
    throw model::InputError(cell.row, cell.column, "unknown kind of fact '" + kind + "'");
}

struct LogEntry {
    int seq;
    json change;
    FactChange decoded;
};

std::vector<LogEntry> read_log(SQLite::Database& db, const std::string& event_id, const std::string& label) {
    SQLite::Statement stmt(db, "SELECT seq, change FROM fact_log WHERE event_id = ? ORDER BY seq");
    stmt.bind(1, event_id);
    std::vector<LogEntry> out;
    while (stmt.executeStep()) {
        const int seq = stmt.getColumn(0).getInt();
        const auto row = label + ": fact_log " + std::to_string(seq);
        try {
            auto j = json::parse(stmt.getColumn(1).getString());
            auto decoded = decode_change(j, {row, "change"});
            out.push_back({seq, std::move(j), std::move(decoded)});
        } catch (const json::exception& e) {
            throw model::InputError(row, "change", std::string("unreadable: ") + e.what());
        }
    }
    return out;
}

// "2013-01-21 13:00" in the event's zone; "none" for a time left unset.
std::string local_text(const json& utc, const std::string& zone) {
    if (!utc.is_string()) return "none";
    const auto t = model::parse_utc(utc.get<std::string>());
    if (!t) return utc.get<std::string>();
    return model::format_day(model::local_day(*t, zone)) + " " + model::format_clock(model::local_clock(*t, zone));
}

// A logged change in words, as import lists what it kept.
std::string describe(const json& j, const std::string& zone) {
    const auto kind = j.at("kind").get<std::string>();
    const auto id = "'" + j.at("id").get<std::string>() + "'";
    if (kind == "session-cancelled") return "session " + id + (j.at("cancelled").get<bool>() ? " cancelled" : " not cancelled");
    if (kind == "room-closed") return "hall " + id + (j.at("closed").get<bool>() ? " closed" : " open at any time");
    if (kind == "room-unavailable")
        return "hall " + id + " taken " + local_text(j.at("start"), zone) + "/" + local_text(j.at("end"), zone);
    if (kind == "person-unavailable")
        return "participant " + id + " unavailable " + local_text(j.at("start"), zone) + "/" + local_text(j.at("end"), zone);
    if (kind == "room-equipment" || kind == "session-facts") {
        static const std::map<std::string, std::string> words{
            {"add", "gains"}, {"remove", "loses"}, {"equipment_add", "gains"}, {"equipment_remove", "loses"},
            {"duration", "lasts"}, {"days", "on"}, {"windows", "within"}, {"fixed", "starts at"},
            {"venue", "at venue"}, {"city", "in"}, {"room", "in hall"}, {"after", "follows"}, {"roles", "with"}};
        auto value_text = [&](const std::string& key, const json& value) -> std::string {
            if (key == "fixed") return local_text(value, zone);
            if (key == "duration") return value.dump() + " min";
            if (key == "after") {
                std::string out;
                for (const auto& a : value)
                    out += (out.empty() ? "" : ", ") + a.at("session").get<std::string>() +
                           (a.at("gap").get<int>() ? "+" + a.at("gap").dump() : "");
                return out.empty() ? "no session" : out;
            }
            if (key == "roles") {
                std::string out;
                for (const auto& [role, people] : value.items()) {
                    std::string names;
                    for (const auto& p : people) names += (names.empty() ? "" : ", ") + p.get<std::string>();
                    out += (out.empty() ? "" : "; ") + role + " " + (names.empty() ? "nobody" : names);
                }
                return out;
            }
            if (!value.is_array()) return value.is_string() ? "'" + value.get<std::string>() + "'" : value.dump();
            std::string out;
            for (const auto& item : value)
                out += (out.empty() ? "" : ", ") +
                       (item.is_array() ? item.at(0).get<std::string>() + "–" + item.at(1).get<std::string>()
                                        : item.get<std::string>());
            return out;
        };
        std::string text = (kind == "room-equipment" ? "hall " : "session ") + id;
        for (const auto& [key, value] : j.items())
            if (words.count(key)) text += " " + words.at(key) + " " + value_text(key, value);
        return text;
    }
    // "delegation 'la' arrives 2013-01-20 15:00 in 'Hà Nội' at 'Sân bay quốc tế Nội Bài' and departs …"
    std::string text = "delegation " + id;
    bool arrives = false;
    for (const std::string way : {"arrival", "departure"}) {
        std::string part;
        if (j.contains(way)) part += " " + local_text(j.at(way), zone);
        for (const auto& f : passage_fields())
            if (f.of_arrival() == (way == "arrival") && j.contains(f.key))
                part += std::string(" ") + f.words + " '" + j.at(f.key).get<std::string>() + "'";
        if (part.empty()) continue;
        text += way == "arrival" ? " arrives" + part : (arrives ? " and departs" : " departs") + part;
        arrives = way == "arrival";
    }
    return text;
}

// Whether the entity a change is about is still in the file.
struct InFile {
    const model::Scenario& file;
    bool operator()(const SessionCancelled& c) const { return file.find_session(c.session_id); }
    bool operator()(const RoomClosed& c) const { return file.find_room(c.room_id); }
    bool operator()(const RoomUnavailable& c) const { return file.find_room(c.room_id); }
    bool operator()(const DelegationTimes& c) const { return file.find_delegation(c.delegation_id); }
    bool operator()(const PersonUnavailable& c) const { return file.find_participant(c.person_id); }
    bool operator()(const SessionFacts& c) const { return file.find_session(c.session_id); }
    bool operator()(const RoomEquipment& c) const { return file.find_room(c.room_id); }
};

// Why the file contradicts a logged change, or "" when it does not. `chains` holds,
// per delegation time, every value the log gave it or replaced: a file still saying
// one of them was simply not updated.
std::string contradiction(const model::Scenario& file, const LogEntry& entry,
                          const std::map<std::string, std::set<std::string>>& chains) {
    const auto& j = entry.change;
    const auto id = j.at("id").get<std::string>();
    if (!std::visit(InFile{file}, entry.decoded)) return describe(j, file.event.zone) + ", but the file has no " + id + " any more";
    if (j.at("kind") != "delegation-times") return "";
    const auto* d = file.find_delegation(id);
    for (const char* field : {"arrival", "departure"}) {
        if (!j.contains(field)) continue;
        const auto& in_file = std::string(field) == "arrival" ? d->arrival : d->departure;
        const auto file_value = instant_json(in_file);
        const auto key = id + "/" + field;
        if (chains.at(key).count(file_value.dump())) continue;
        return "delegation '" + id + "' " + (std::string(field) == "arrival" ? "arrives " : "departs ") +
               local_text(j.at(field), file.event.zone) + " by command, but the file now says " +
               local_text(file_value, file.event.zone);
    }
    for (const auto& f : passage_fields()) {
        if (!j.contains(f.key)) continue;
        const json file_value = f.in(*d);
        if (chains.at(id + "/" + f.key).count(file_value.dump())) continue;
        return "delegation '" + id + "' " + f.noun + " '" + j.at(f.key).get<std::string>() +
               "' set by command, but the file now says '" + file_value.get<std::string>() + "'";
    }
    return "";
}

}  // namespace

void SessionFacts::apply(model::Session& s) const {
    if (duration) s.duration_minutes = *duration;
    if (days) s.allowed_days = *days;
    if (windows) s.windows = *windows;
    if (fixed) s.fixed_start = *fixed;
    if (venue) s.venue_id = *venue;
    if (city) s.city = *city;
    if (room) s.room_id = *room;
    for (const auto& e : equipment_add) s.equipment.insert(e);
    for (const auto& e : equipment_remove) s.equipment.erase(e);
    if (after) s.after = *after;
    for (const auto& [role, people] : roles) {
        if (people.empty())
            s.roles.erase(role);
        else
            s.roles[role] = people;
    }
}

void DelegationTimes::apply(model::Delegation& d) const {
    if (arrival) d.arrival = arrival;
    if (departure) d.departure = departure;
    for (const auto& f : passage_fields())
        if (f.in(*this)) d.*f.file_way.*f.file_field = *f.in(*this);
}

void RoomEquipment::apply(model::Room& r) const {
    for (const auto& e : add) r.equipment.insert(e);
    for (const auto& e : remove) r.equipment.erase(e);
}

void log_fact_changes(SQLite::Database& db, const std::string& event_id, const std::vector<FactChange>& changes,
                      std::optional<int> version) {
    const Encoder encode{db, event_id};
    SQLite::Statement insert(db, R"sql(
        INSERT INTO fact_log (event_id, seq, change, version)
        VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM fact_log WHERE event_id = ?1), ?2, ?3))sql");
    for (const auto& change : changes) {
        insert.bind(1, event_id);
        insert.bind(2, std::visit(encode, change).dump());
        if (version)
            insert.bind(3, *version);
        else
            insert.bind(3);
        insert.exec();
        insert.reset();
    }
}

std::vector<std::string> replay_fact_log(SQLite::Database& db, const model::Scenario& file, bool replace,
                                         const std::string& label) {
    const auto& event_id = file.event.id;
    const auto log = read_log(db, event_id, label);
    std::map<std::string, std::set<std::string>> chains;
    for (const auto& entry : log) {
        if (entry.change.at("kind") != "delegation-times") continue;
        std::vector<std::string> fields{"arrival", "departure"};
        for (const auto& f : passage_fields()) fields.push_back(f.key);
        for (const auto& field : fields) {
            if (!entry.change.contains(field)) continue;
            auto& chain = chains[entry.change.at("id").get<std::string>() + "/" + field];
            chain.insert(entry.change.at(field).dump());
            chain.insert(entry.change.value(field + "_before", json()).dump());
        }
    }
    std::vector<std::string> contradicted;
    std::vector<int> dropped;
    for (const auto& entry : log) {
        const auto why = contradiction(file, entry, chains);
        if (why.empty()) continue;
        contradicted.push_back(why);
        dropped.push_back(entry.seq);
    }
    if (!contradicted.empty() && !replace) {
        std::string text;
        for (const auto& why : contradicted) text += (text.empty() ? "" : "; ") + why;
        throw model::InputError(label + ": " + std::to_string(contradicted.size()) +
                                (contradicted.size() == 1 ? " fact" : " facts") +
                                " entered by command contradict the file: " + text +
                                "; edit the file to match, or import with --replace to take the file's");
    }
    SQLite::Statement drop(db, "DELETE FROM fact_log WHERE event_id = ? AND seq = ?");
    for (int seq : dropped) {
        SQLite::bind(drop, event_id, seq);
        drop.exec();
        drop.reset();
    }
    std::vector<std::string> kept;
    const Applier apply{db, event_id, label};
    for (const auto& entry : log) {
        if (std::find(dropped.begin(), dropped.end(), entry.seq) != dropped.end()) continue;
        std::visit(apply, entry.decoded);
        kept.push_back(describe(entry.change, file.event.zone));
    }
    return kept;
}

void apply_fact_changes(SQLite::Database& db, const std::string& event_id, const std::vector<FactChange>& changes,
                        const std::string& label) {
    const Applier apply{db, event_id, label};
    for (const auto& change : changes) std::visit(apply, change);
}

}  // namespace hoithao::store
