#include "io/agenda_file.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "io/csv_table.hpp"
#include "io/origin.hpp"
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
            throw model::InputError(where, field, "event '" + s_.event.id + "' has no session " + in_quotes(id));
        return *session;
    }

    const model::Participant* interpreter(const std::string& where, const std::string& field,
                                          const std::string& text) const {
        if (text.empty()) return nullptr;
        const auto* p = find_person(s_, text);
        if (!p) throw model::InputError(where, field, "no participant with id or name " + in_quotes(text));
        return p;
    }

private:
    const model::Scenario& s_;
    AgendaFile& file_;
};

// `parse(text)`, a BadValue becoming an InputError at `field`.
template <typename Parse>
auto cell_value(const std::string& where, const char* field, const std::string& text, Parse parse) {
    try {
        return parse(text);
    } catch (const BadValue& e) {
        throw model::InputError(where, field, e.what());
    }
}

model::TimePoint local_instant(const std::string& where, const char* field, const std::string& day,
                               const std::string& clock, const std::string& zone) {
    return model::to_instant(cell_value(where, "day", day, day_value), cell_value(where, field, clock, clock_value),
                             zone);
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
        if (!model::is_known_zone(zone)) throw model::InputError(where, "zone", "unknown time zone " + in_quotes(zone));
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

using nlohmann::json;

// A char iterator that tracks the line of the last char read: nlohmann::json keeps
// no positions, so the parse callback reads the line from here. A newline counts once
// the char after it is read, since the lexer reads one char past a number.
class LineCountingIterator {
public:
    struct Line {
        int number = 1;
        bool after_newline = false;
    };
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    LineCountingIterator(const char* at, Line* line) : at_(at), line_(line) {}
    reference operator*() const { return *at_; }
    LineCountingIterator& operator++() {
        if (line_->after_newline) ++line_->number;
        line_->after_newline = *at_ == '\n';
        ++at_;
        return *this;
    }
    LineCountingIterator operator++(int) {
        auto old = *this;
        ++*this;
        return old;
    }
    bool operator==(const LineCountingIterator& other) const { return at_ == other.at_; }
    bool operator!=(const LineCountingIterator& other) const { return at_ != other.at_; }

private:
    const char* at_;
    Line* line_;
};

// Parses `text`, recording the line of every value by its path ("sessions[2].room.id").
class JsonLines {
public:
    json parse(const std::string& text, const std::string& shown) {
        auto on_event = [this](int, json::parse_event_t event, json& parsed) { return on(event, parsed); };
        try {
            return json::parse(LineCountingIterator(text.data(), &line_),
                               LineCountingIterator(text.data() + text.size(), &line_), on_event);
        } catch (const json::parse_error& e) {
            auto upto = text.substr(0, std::min<std::size_t>(e.byte, text.size()));
            fail(shown, 1 + static_cast<int>(std::count(upto.begin(), upto.end(), '\n')), e);
        } catch (const json::exception& e) {  // e.g. out_of_range for 1e999
            fail(shown, line_.number, e);
        }
    }
    Origin origin(const std::string& shown) const { return {shown, 1, lines_}; }

private:
    struct Frame {
        std::string path;
        bool array = false;
        long index = -1;
        std::string key;
    };

    [[noreturn]] void fail(const std::string& shown, int line, const json::exception& e) const {
        std::string what = e.what();  // "[json.exception.parse_error.101] parse error at line 2, column 5: …"
        throw model::InputError(shown + ":" + std::to_string(line), last_,
                                "malformed JSON: " + printable(what.substr(what.find(']') + 2), 200));
    }

    // The path of the value starting now.
    std::string next_path() {
        if (frames_.empty()) return {};
        auto& f = frames_.back();
        if (f.array) return f.path + "[" + std::to_string(++f.index) + "]";
        return f.path.empty() ? f.key : f.path + "." + f.key;
    }
    bool on(json::parse_event_t event, json& parsed) {
        using E = json::parse_event_t;
        if (event == E::key) {
            frames_.back().key = printable(parsed.get<std::string>());  // it may end up in a message
            last_ = next_path();
            lines_[last_] = line_.number;
        } else if (event == E::object_end || event == E::array_end) {
            frames_.pop_back();
        } else {
            last_ = next_path();
            lines_[last_] = line_.number;
            if (event != E::value) frames_.push_back({last_, event == E::array_start, -1, {}});
        }
        return true;
    }

    LineCountingIterator::Line line_;
    std::vector<Frame> frames_;
    std::map<std::string, int> lines_;
    std::string last_;  // the last value begun, named in a syntax error
};

// Typed access to an agenda's JSON values; every fault names the file, line and path.
class JsonFields {
public:
    explicit JsonFields(Origin origin) : origin_(std::move(origin)) {}

    std::string at(const std::string& path) const { return origin_.at(path); }
    [[noreturn]] void fail(const std::string& path, const std::string& message) const { origin_.fail(path, message); }

    // `parent[key]` at `path`, or nullptr when absent; fails when present but not of `type`.
    const json* get(const json& parent, const char* key, const std::string& path, json::value_t type,
                    bool null_allowed = false) const {
        auto it = parent.find(key);
        if (it == parent.end() || (null_allowed && it->is_null())) return nullptr;
        if (it->type() != type && !(type == json::value_t::number_integer && it->is_number_integer()))
            fail(path, "expected " + std::string(kind(type)) + ", got " + shown(*it));
        return &*it;
    }
    const json& require(const json& parent, const char* key, const std::string& path, json::value_t type) const {
        const auto* value = get(parent, key, path, type);
        if (!value) fail(path, "missing field " + in_quotes(key));
        return *value;
    }
    std::string text(const json& parent, const char* key, const std::string& path) const {
        return require(parent, key, path, json::value_t::string).get<std::string>();
    }

private:
    static std::string shown(const json& value) {  // "number 3", "null"
        if (value.is_null()) return "null";
        return value.type_name() + std::string(" ") + printable(value.dump(-1, ' ', false, json::error_handler_t::replace));
    }
    static const char* kind(json::value_t type) {
        switch (type) {
            case json::value_t::string: return "a string";
            case json::value_t::array: return "an array";
            case json::value_t::object: return "an object";
            case json::value_t::boolean: return "true or false";
            default: return "a number";
        }
    }
    Origin origin_;
};

std::optional<model::TimePoint> instant_at(const JsonFields& fields, const std::string& path, const std::string& text) {
    auto instant = iso_instant(text);
    if (!instant) fields.fail(path, "malformed time " + in_quotes(text) + " (expected 'YYYY-MM-DDTHH:MM:00+07:00')");
    return instant;
}

void read_session_item(const JsonFields& fields, const json& item, const std::string& path, Builder& build) {
    using T = json::value_t;
    if (!item.is_object())
        fields.fail(path, std::string("expected an object (one session), got ") + item.type_name());
    const auto id = fields.text(item, "id", path + ".id");
    const auto& session = build.session(fields.at(path + ".id"), path + ".id", id);
    auto start = instant_at(fields, path + ".start", fields.text(item, "start", path + ".start"));
    std::optional<model::TimePoint> end;
    std::string end_text;
    if (const auto* value = fields.get(item, "end", path + ".end", T::string)) {
        end_text = value->get<std::string>();
        end = instant_at(fields, path + ".end", end_text);
    }
    const auto& room = fields.require(item, "room", path + ".room", T::object);
    const auto room_id = fields.text(room, "id", path + ".room.id");
    const auto* interpreter = fields.get(item, "interpreter", path + ".interpreter", T::string, true);
    const auto* pinned = fields.get(item, "pinned", path + ".pinned", T::boolean);
    build.add(fields.at(path) + ": " + path, session, room_id, *start, end, end_text,
              build.interpreter(fields.at(path + ".interpreter"), path + ".interpreter",
                                interpreter ? interpreter->get<std::string>() : ""),
              pinned && pinned->get<bool>());
}

void read_json(const std::string& text, const std::string& shown, const model::Scenario& s, AgendaFile& file) {
    using T = json::value_t;
    JsonLines lines;
    const auto doc = lines.parse(text, shown);
    const JsonFields fields(lines.origin(shown));
    if (!doc.is_object()) fields.fail("", "expected an object (an agenda written by 'hoithao export')");
    // Any other fault of nlohmann::json is still a fault of the file, not of hoithao.
    try {
        const auto* schema = fields.get(doc, "schema", "schema", T::string);
        if (!schema || *schema != "hoithao-agenda/1")
            fields.fail("schema", "not an agenda written by 'hoithao export' (schema hoithao-agenda/1)");
        const auto& sessions = fields.require(doc, "sessions", "sessions", T::array);
        if (const auto* selection = fields.get(doc, "selection", "selection", T::string, true))
            file.notes.push_back(fields.at("selection") + ": holds only the agenda of " +
                                 printable(selection->get<std::string>()) +
                                 "; sessions outside it are reported as not placed");
        Builder build(s, file);
        for (std::size_t i = 0; i < sessions.size(); ++i)
            read_session_item(fields, sessions[i], "sessions[" + std::to_string(i) + "]", build);
    } catch (const json::exception& e) {
        throw model::InputError(shown, "", std::string("unreadable agenda JSON: ") + e.what());
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
