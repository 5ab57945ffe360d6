#include "io/scenario_file.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>

#include <toml++/toml.h>

#include "io/csv_record.hpp"
#include "io/entity_readers.hpp"
#include "io/scenario_check.hpp"
#include "model/soft_rules.hpp"

namespace hoithao::io {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kParticipantColumns{"id",        "name",  "title",   "rank",   "delegation",
                                                   "languages", "roles", "name_lo", "name_en"};
const std::vector<std::string> kSessionColumns{
    "id",       "title_vi",   "title_lo",  "title_en", "kind", "duration", "attendees",    "delegations",
    "headcount", "equipment", "days",      "windows",  "room", "venue",    "city",         "after",
    "fixed",    "same_time_as", "pinned",  "notes",    "interpretation_languages", "interpretation_mode",
    "outside_hours", "roles_co_chairs", "roles_speakers", "roles_signers", "roles_witnesses", "roles_mc",
    "roles_interpreters"};

std::string shown(const fs::path& path) { return path.lexically_normal().generic_string(); }

// The key of the value a syntax error on 1-based `line` of `text` is in: the key
// written on that line ("duration" for "duration = = 60") or the nearest one above (a
// list spanning lines), or the table of a header ("session" for "[[session"). toml++
// reports where the error is, not in which value; this lets the message name the
// field as every other message does.
std::string key_on_line(std::string_view text, std::size_t line) {
    std::vector<std::string_view> rows;
    for (std::size_t start = 0; start <= text.size() && rows.size() < line;) {
        auto end = std::min(text.find('\n', start), text.size());
        rows.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    auto bare = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; };
    // A key as TOML writes it bare (quoted keys are rare in scenarios: they end the search).
    auto key_at = [&](std::string_view row, std::size_t from) {
        auto first = row.find_first_not_of(" \t", from);
        if (first == std::string_view::npos) return std::string_view{};
        auto last = first;
        while (last < row.size() && bare(row[last])) ++last;
        return row.substr(first, last - first);
    };
    for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
        auto first = row->find_first_not_of(" \t");
        if (first == std::string_view::npos || (*row)[first] == '#') continue;
        if ((*row)[first] == '[') {
            auto name = key_at(*row, row->find_first_not_of('[', first));
            if (!name.empty()) return std::string(name);
            continue;  // an array item on a line of its own
        }
        auto key = key_at(*row, first);
        auto next = row->find_first_not_of(" \t", first + key.size());
        if (!key.empty() && next != std::string_view::npos && (*row)[next] == '=') return std::string(key);
    }
    return {};
}

std::string read_text(const fs::path& path) {
    std::error_code error;
    std::ifstream in(path, std::ios::binary);
    if (!fs::is_regular_file(path, error) || !in) throw model::InputError(shown(path), "", "cannot open scenario file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

toml::table parse_toml(const fs::path& path) {
    auto text = read_text(path);
    try {
        return toml::parse(text, shown(path));
    } catch (const toml::parse_error& e) {
        auto line = e.source().begin.line;
        throw model::InputError(shown(path) + ":" + std::to_string(line), printable(key_on_line(text, line)),
                                "TOML syntax error: " + std::string(e.description()));
    }
}

// `path` with `..` and symbolic links resolved, as far as it exists.
fs::path resolved(const fs::path& path) {
    std::error_code error;
    auto full = fs::weakly_canonical(fs::absolute(path, error), error);
    if (error) return fs::absolute(path, error).lexically_normal();
    return full;
}

bool lies_in(const fs::path& file, const fs::path& folder) {
    auto inside = folder.filename().empty() ? folder.parent_path() : folder;  // "/a/b/" is "/a/b"
    auto [f, d] = std::mismatch(file.begin(), file.end(), inside.begin(), inside.end());
    return d == inside.end() && f != file.end();
}

// The folders a scenario may read files from, resolved, with how to name them to the user.
class Folders {
public:
    Folders(const fs::path& scenario, const std::vector<fs::path>& allowed) {
        add(resolved(scenario).parent_path(), "the scenario's folder");
        add(resolved(HOITHAO_DATA_DIR), "the data folder");
        for (const auto& folder : allowed) add(resolved(folder), "--allow-include");
    }
    bool allow(const fs::path& file) const {
        return std::any_of(folders_.begin(), folders_.end(), [&](const auto& f) { return lies_in(file, f.first); });
    }
    std::string listed() const {
        std::string text;
        for (const auto& [folder, label] : folders_)
            text += (text.empty() ? "" : ", ") + label + " " + printable(shown(folder), 500);
        return text;
    }

private:
    void add(fs::path folder, const std::string& label) { folders_.emplace_back(std::move(folder), label); }
    std::vector<std::pair<fs::path, std::string>> folders_;
};

std::string quoted(const fs::path& path) { return "'" + printable(shown(path), 500) + "'"; }  // paths in full

std::string outside(const fs::path& path, const fs::path& real, const Folders& folders) {
    auto is = shown(real) == shown(path) ? std::string(" is ") : " is " + quoted(real) + ", ";
    return quoted(path) + is + "outside the folders a scenario may read (" + folders.listed() +
           "); to read it, import with --allow-include " + printable(shown(real.parent_path()), 500);
}

// The files listed under `key`, relative to the listing file; each must lie in one of
// `folders` and exist.
std::vector<fs::path> files(const TomlRecord& record, const std::string& key, const fs::path& listing,
                            const Folders& folders) {
    std::vector<fs::path> result;
    auto names = record.texts(key);
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto field = record.item_field(key, i);
        auto path = listing.parent_path() / names[i];
        auto real = resolved(path);
        if (!folders.allow(real)) record.fail(field, outside(path, real, folders));
        if (real == resolved(listing)) record.fail(field, quoted(path) + " includes itself");
        std::error_code error;
        if (!fs::is_regular_file(real, error)) record.fail(field, "cannot open " + quoted(path));
        result.push_back(path);
    }
    return result;
}

// The tables of `[[key]]` in a file's root table, each as a record of its own.
std::vector<TomlRecord> entity_records(const toml::table& root, const TomlRecord& root_record, const std::string& key,
                                       const fs::path& file) {
    const auto* node = root.get(key);
    if (!node) return {};
    const auto* array = node->as_array();
    if (!array || (!array->empty() && !array->is_array_of_tables()))
        root_record.fail(key, "expected tables written as [[" + key + "]]");
    std::vector<TomlRecord> records;
    for (const auto& item : *array) records.emplace_back(*item.as_table(), shown(file));
    return records;
}

class Loader {
public:
    Loader(const fs::path& scenario, const std::vector<fs::path>& allowed) : folders_(scenario, allowed) {}

    ScenarioDraft load(const fs::path& path) {
        auto root = parse_toml(path);
        TomlRecord record(root, shown(path));
        record.check_keys({"include", "participants_csv", "sessions_csv", "event", "venue", "room", "travel",
                           "delegation", "participant", "session", "weights"});
        read_event(root, record);
        read_weights(root, record);
        for (const auto& include : files(record, "include", path, folders_)) read_include(include);
        catalogue_rooms_ = draft_.rooms.size();
        read_places(root, record, path);
        read_people(root, record, path);
        for (const auto& csv : files(record, "participants_csv", path, folders_)) read_participants_csv(csv);
        for (const auto& session : entity_records(root, record, "session", path)) read_toml_session(session);
        for (const auto& csv : files(record, "sessions_csv", path, folders_)) read_sessions_csv(csv);
        return std::move(draft_);
    }

private:
    void read_event(const toml::table& root, const TomlRecord& record) {
        const auto* event = root.get_as<toml::table>("event");
        if (!event) record.fail("event", "missing required table [event]");
        TomlRecord event_record(*event, record.origin().file);
        draft_.event = {io::read_event(event_record), event_record.origin()};
    }

    // [weights]: soft rule name = weight (0 switches the rule off). A misspelt name
    // would leave the rule at its default unnoticed, so it is an error.
    void read_weights(const toml::table& root, const TomlRecord& record) {
        const auto weights_record = record.table("weights");
        if (!weights_record) return;
        const auto* weights = root.get_as<toml::table>("weights");
        for (const auto& [key, value] : *weights) {
            std::string name(key.str());
            if (std::find(model::kSoftRules.begin(), model::kSoftRules.end(), name) == model::kSoftRules.end()) {
                std::string known;
                for (auto rule : model::kSoftRules) known += (known.empty() ? "" : ", ") + std::string(rule);
                weights_record->fail(name, "unknown soft rule " + in_quotes(name) + " (known rules: " + known + ")");
            }
            draft_.event.value.weights[name] = weights_record->int_or(name, 0, 0, 1000000);
        }
    }

    // An included file holds shared places: venues, rooms and travel links only.
    void read_include(const fs::path& path) {
        auto root = parse_toml(path);
        TomlRecord record(root, shown(path));
        if (root.contains("include")) record.fail("include", "an included file cannot include others");
        record.check_keys({"venue", "room", "travel"});
        read_places(root, record, path);
    }

    void read_places(const toml::table& root, const TomlRecord& record, const fs::path& file) {
        for (const auto& venue : entity_records(root, record, "venue", file)) {
            venue.check_keys({"id", "name", "city", "address", "timezone"});
            draft_.venues.push_back({read_venue(venue), venue.origin()});
        }
        for (const auto& room : entity_records(root, record, "room", file)) {
            room.check_keys({"id", "venue", "name", "capacity", "equipment", "unavailable"});
            if (auto* shared = catalogue_room(room)) {
                apply_override(*shared, room);
                continue;
            }
            auto hall = read_room(room);
            hall.unavailable = read_unavailable(room, draft_.event.value.zone);
            draft_.rooms.push_back({std::move(hall), room.origin()});
        }
        for (const auto& link : entity_records(root, record, "travel", file)) {
            link.check_keys({"from", "to", "mode", "minutes", "both_ways"});
            draft_.travel.push_back({read_travel(link), link.origin()});
        }
    }

    // The hall of an included catalogue that `room`, of the scenario file itself,
    // overrides; null for a hall of its own (or while reading the includes). A second
    // override of one hall is an error, as any other duplicated id is.
    Sourced<model::Room>* catalogue_room(const TomlRecord& room) {
        const auto id = room.id("id");
        auto end = draft_.rooms.begin() + static_cast<std::ptrdiff_t>(catalogue_rooms_);
        auto shared = std::find_if(draft_.rooms.begin(), end, [&](const auto& r) { return r.value.id == id; });
        if (shared == end) return nullptr;
        auto [first, fresh] = overrides_.emplace(id, room.origin().at("id"));
        if (!fresh)
            room.fail("id", "duplicated room id " + in_quotes(id) + " (first defined at " + first->second + ")");
        return &*shared;
    }

    void apply_override(Sourced<model::Room>& shared, const TomlRecord& room) {
        io::override_room(shared.value, room, "defined at " + shared.origin.at("venue"));
        if (room.has("unavailable")) shared.value.unavailable = read_unavailable(room, draft_.event.value.zone);
    }

    void read_people(const toml::table& root, const TomlRecord& record, const fs::path& file) {
        const auto& zone = draft_.event.value.zone;
        for (const auto& delegation : entity_records(root, record, "delegation", file)) {
            delegation.check_keys({"id", "name", "side", "head", "arrival", "departure"});
            draft_.delegations.push_back({read_delegation(delegation, zone), delegation.origin()});
        }
        for (const auto& person : entity_records(root, record, "participant", file)) {
            person.check_keys(
                {"id", "name", "title", "rank", "delegation", "languages", "roles", "names", "unavailable"});
            auto participant = read_participant(person);
            participant.unavailable = read_unavailable(person, zone);
            draft_.participants.push_back({std::move(participant), person.origin()});
        }
    }

    void read_toml_session(const TomlRecord& session) {
        session.check_keys({"id", "title", "kind", "duration", "attendees", "delegations", "headcount", "equipment",
                            "interpretation", "days", "windows", "fixed", "pinned", "after", "same_time_as", "venue",
                            "city", "room", "notes", "outside_hours", "roles"});
        if (auto interpretation = session.table("interpretation")) interpretation->check_keys({"languages", "mode"});
        if (auto roles = session.table("roles"))
            roles->check_keys({"co_chairs", "speakers", "signers", "witnesses", "mc", "interpreters"});
        draft_.sessions.push_back(read_session(session));
    }

    void read_participants_csv(const fs::path& path) {
        auto table = read_csv_table(path, shown(path));
        CsvColumns columns(table, kParticipantColumns, {"id", "name"});
        for (const auto& row : table.rows) {
            CsvRecord record(table, columns, row);
            draft_.participants.push_back({read_participant(record), record.origin()});
        }
    }

    void read_sessions_csv(const fs::path& path) {
        auto table = read_csv_table(path, shown(path));
        CsvColumns columns(table, kSessionColumns, {"id", "kind", "duration"});
        for (const auto& row : table.rows) draft_.sessions.push_back(read_session(CsvRecord(table, columns, row)));
    }

    Folders folders_;
    ScenarioDraft draft_;
    // The first rooms of draft_, read from included files, which the scenario may override.
    std::size_t catalogue_rooms_ = 0;
    std::map<std::string, std::string> overrides_;  // room id -> where the scenario overrides it
};

}  // namespace

model::Scenario load_scenario_file(const fs::path& path, const std::vector<fs::path>& allowed_folders) {
    return check_scenario(Loader(path, allowed_folders).load(path));
}

}  // namespace hoithao::io
