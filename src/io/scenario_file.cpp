#include "io/scenario_file.hpp"

#include <algorithm>

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
    "fixed",    "same_time_as", "pinned",  "notes",    "interpretation_languages", "interpretation_mode"};

std::string shown(const fs::path& path) { return path.lexically_normal().generic_string(); }

toml::table parse_toml(const fs::path& path) {
    if (!fs::is_regular_file(path)) throw model::InputError(shown(path), "", "cannot open scenario file");
    try {
        return toml::parse_file(path.string());
    } catch (const toml::parse_error& e) {
        throw model::InputError(shown(path) + ":" + std::to_string(e.source().begin.line), "",
                                "TOML syntax error: " + std::string(e.description()));
    }
}

// The files listed under `key`, relative to the listing file; each must exist.
std::vector<fs::path> files(const TomlRecord& record, const std::string& key, const fs::path& listing) {
    std::vector<fs::path> result;
    auto names = record.texts(key);
    for (std::size_t i = 0; i < names.size(); ++i) {
        result.push_back(listing.parent_path() / names[i]);
        if (!fs::is_regular_file(result.back()))
            record.fail(record.item_field(key, i), "cannot open " + in_quotes(shown(result.back())));
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
    ScenarioDraft load(const fs::path& path) {
        auto root = parse_toml(path);
        TomlRecord record(root, shown(path));
        record.check_keys({"include", "participants_csv", "sessions_csv", "event", "venue", "room", "travel",
                           "delegation", "participant", "session", "weights"});
        read_event(root, record);
        read_weights(root, record);
        for (const auto& include : files(record, "include", path)) read_include(include);
        read_places(root, record, path);
        read_people(root, record, path);
        for (const auto& csv : files(record, "participants_csv", path)) read_participants_csv(csv);
        for (const auto& session : entity_records(root, record, "session", path)) read_toml_session(session);
        for (const auto& csv : files(record, "sessions_csv", path)) read_sessions_csv(csv);
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
            auto hall = read_room(room);
            hall.unavailable = read_unavailable(room, draft_.event.value.zone);
            draft_.rooms.push_back({std::move(hall), room.origin()});
        }
        for (const auto& link : entity_records(root, record, "travel", file)) {
            link.check_keys({"from", "to", "mode", "minutes", "both_ways"});
            draft_.travel.push_back({read_travel(link), link.origin()});
        }
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
                            "city", "room", "notes"});
        if (auto interpretation = session.table("interpretation")) interpretation->check_keys({"languages", "mode"});
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

    ScenarioDraft draft_;
};

}  // namespace

model::Scenario load_scenario_file(const std::filesystem::path& path) { return check_scenario(Loader().load(path)); }

}  // namespace hoithao::io
