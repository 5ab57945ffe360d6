#include "io/agenda_file.hpp"

#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/csv_table.hpp"
#include "io/text_values.hpp"
#include "model/error.hpp"

namespace hoithao::io {
namespace {

std::string read_all(const std::filesystem::path& path, const std::string& shown) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw model::InputError(shown, "", "cannot open agenda file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool looks_like_json(const std::string& text) {
    auto first = text.find_first_not_of(" \t\r\n");
    return first != std::string::npos && text[first] == '{';
}

// Undoes export's formula neutralisation: "'=x" was written for "=x".
std::string unneutralised(const std::string& cell) {
    if (cell.size() >= 2 && cell[0] == '\'' && std::string("=+-@\t\r").find(cell[1]) != std::string::npos)
        return cell.substr(1);
    return cell;
}

std::string zone_of_room(const model::Scenario& s, const std::string& room_id) {
    const auto* room = s.find_room(room_id);
    const auto* venue = room ? s.find_venue(room->venue_id) : nullptr;
    return venue && !venue->zone.empty() ? venue->zone : s.event.zone;
}

const model::Participant* find_person(const model::Scenario& s, const std::string& id_or_name) {
    if (const auto* p = s.find_participant(id_or_name)) return p;
    for (const auto& p : s.participants)
        if (p.name == id_or_name) return &p;
    return nullptr;
}

class Builder {
public:
    Builder(const model::Scenario& s, AgendaFile& file) : s_(s), file_(file) {
        file_.agenda.event_id = s.event.id;
    }

    // Adds a placement; `end` is what the file says, checked against the duration.
    void add(const std::string& where, const model::Session& session, const std::string& room_id,
             model::TimePoint start, std::optional<model::TimePoint> end, const std::string& end_text,
             const model::Participant* interpreter, bool pinned) {
        model::Placement p{session.id, room_id, start, start + model::Minutes(session.duration_minutes),
                           interpreter ? interpreter->id : "", pinned};
        if (end && *end != p.end)
            file_.notes.push_back(where + ": end " + end_text + " ignored: '" + session.id + "' lasts " +
                                  std::to_string(session.duration_minutes) + " min");
        file_.agenda.placements.push_back(std::move(p));
    }

    const model::Session& session(const std::string& where, const std::string& field, const std::string& id) const {
        const auto* session = s_.find_session(id);
        if (!session)
            throw model::InputError(where, field, "event '" + s_.event.id + "' has no session '" + id + "'");
        return *session;
    }

    const model::Participant* interpreter(const std::string& where, const std::string& field,
                                          const std::string& text) const {
        if (text.empty()) return nullptr;
        const auto* p = find_person(s_, text);
        if (!p) throw model::InputError(where, field, "no participant with id or name '" + text + "'");
        return p;
    }

private:
    const model::Scenario& s_;
    AgendaFile& file_;
};

model::TimePoint local_instant(const std::string& where, const char* field, const std::string& day,
                               const std::string& clock, const std::string& zone) {
    try {
        return model::to_instant(day_value(day), clock_value(clock), zone);
    } catch (const BadValue& e) {
        throw model::InputError(where, field, e.what());
    }
}

void read_csv(const std::filesystem::path& path, const std::string& shown, const model::Scenario& s,
              AgendaFile& file) {
    auto table = read_csv_table(path, shown);
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < table.header.cells.size(); ++i) column[table.header.cells[i]] = i;
    for (const char* required : {"session_id", "day", "start", "room_id"})
        if (!column.count(required))
            throw model::InputError(shown + ":" + std::to_string(table.header.line), required,
                                    "missing column (the file must have the columns of 'hoithao export' CSV)");
    Builder build(s, file);
    for (const auto& row : table.rows) {
        const auto where = shown + ":" + std::to_string(row.line);
        auto cell = [&](const char* name) {
            auto it = column.find(name);
            return it == column.end() ? std::string() : unneutralised(row.cells[it->second]);
        };
        const auto& session = build.session(where, "session_id", cell("session_id"));
        const auto room = cell("room_id");
        auto zone = cell("zone").empty() ? zone_of_room(s, room) : cell("zone");
        if (!model::is_known_zone(zone)) throw model::InputError(where, "zone", "unknown time zone '" + zone + "'");
        auto start = local_instant(where, "start", cell("day"), cell("start"), zone);
        std::optional<model::TimePoint> end;
        if (!cell("end").empty()) {
            end = local_instant(where, "end", cell("day"), cell("end"), zone);
            if (*end <= start) *end += date::days(1);  // "24:00" and sessions past midnight
        }
        build.add(where, session, room, start, end, cell("end"), build.interpreter(where, "interpreter", cell("interpreter")),
                  false);
    }
}

// Minutes east of UTC in "Z" or "+07:00"; nullopt when malformed.
std::optional<int> utc_offset(const std::string& text) {
    if (text == "Z") return 0;
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-')) return std::nullopt;
    auto clock = model::parse_clock(text.substr(1));
    if (!clock) return std::nullopt;
    return text[0] == '-' ? -clock->minutes : clock->minutes;
}

// "2022-09-09T08:00:00+07:00" or "…Z".
std::optional<model::TimePoint> iso_instant(const std::string& text) {
    if (text.size() < 20 || text[10] != 'T' || text.substr(16, 3) != ":00") return std::nullopt;
    auto day = model::parse_day(text.substr(0, 10));
    auto clock = model::parse_clock(text.substr(11, 5));
    auto offset = utc_offset(text.substr(19));
    if (!day || !clock || !offset) return std::nullopt;
    return model::TimePoint(date::sys_days(day->time_since_epoch())) + model::Minutes(clock->minutes - *offset);
}

void read_json(const std::string& text, const std::string& shown, const model::Scenario& s, AgendaFile& file) {
    using nlohmann::json;
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        throw model::InputError(shown, "", std::string("malformed JSON: ") + e.what());
    }
    if (!doc.is_object() || doc.value("schema", "") != "hoithao-agenda/1")
        throw model::InputError(shown, "schema", "not an agenda written by 'hoithao export' (schema hoithao-agenda/1)");
    if (!doc.contains("sessions") || !doc["sessions"].is_array())
        throw model::InputError(shown, "sessions", "missing list of sessions");
    if (doc.contains("selection") && doc["selection"].is_string())
        file.notes.push_back(shown + ": holds only the agenda of " + doc["selection"].get<std::string>() +
                             "; sessions outside it are reported as not placed");
    Builder build(s, file);
    int i = 0;
    for (const auto& item : doc["sessions"]) {
        const auto field = "sessions[" + std::to_string(i++) + "]";
        auto text_at = [&](const json& parent, const char* key, const std::string& name) {
            if (!parent.is_object() || !parent.contains(key) || !parent[key].is_string())
                throw model::InputError(shown, name, "missing or not a text");
            return parent[key].get<std::string>();
        };
        const auto& session = build.session(shown, field + ".id", text_at(item, "id", field + ".id"));
        auto start = iso_instant(text_at(item, "start", field + ".start"));
        if (!start) throw model::InputError(shown, field + ".start", "expected 'YYYY-MM-DDTHH:MM:00+07:00'");
        std::optional<model::TimePoint> end;
        std::string end_text;
        if (item.contains("end") && item["end"].is_string()) {
            end_text = item["end"].get<std::string>();
            end = iso_instant(end_text);
            if (!end) throw model::InputError(shown, field + ".end", "expected 'YYYY-MM-DDTHH:MM:00+07:00'");
        }
        const auto room = text_at(item.value("room", json::object()), "id", field + ".room.id");
        const auto interpreter =
            item.contains("interpreter") && item["interpreter"].is_string() ? item["interpreter"].get<std::string>() : "";
        const bool pinned = item.contains("pinned") && item["pinned"].is_boolean() && item["pinned"].get<bool>();
        build.add(shown + ": " + field, session, room, *start, end, end_text,
                  build.interpreter(shown, field + ".interpreter", interpreter), pinned);
    }
}

}  // namespace

AgendaFile read_agenda_file(const std::filesystem::path& path, const std::string& shown,
                            const model::Scenario& scenario) {
    AgendaFile file;
    auto text = read_all(path, shown);
    if (looks_like_json(text))
        read_json(text, shown, scenario, file);
    else
        read_csv(path, shown, scenario, file);
    return file;
}

}  // namespace hoithao::io
