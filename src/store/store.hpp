#pragma once
// The SQLite store: events with their entities, and every agenda version ever
// planned. Schema: docs/schema.md. Each public write is one IMMEDIATE transaction.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace SQLite { class Database; }

namespace hoithao::store {

struct VersionInfo {
    int version = 0;
    std::string created_at;
    model::AgendaStatus status = model::AgendaStatus::Complete;
    std::string note;
    int placements = 0;
};

class Store {
public:
    // Opens (creating when `create`) and migrates the schema to the current version.
    // Throws model::InputError when the file is missing (and !create) or is not ours.
    Store(const std::string& path, bool create);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    static int schema_version();

    // Adds the event or replaces its entities (agenda versions are kept).
    void save_scenario(const model::Scenario& scenario, const std::string& imported_at);
    model::Scenario load_scenario(const std::string& event_id) const;
    std::vector<std::string> event_ids() const;
    // The event named, or the only/last imported one when `requested` is empty.
    std::string resolve_event(const std::string& requested) const;

    // Stores a new version (never overwrites one) and returns its number.
    int save_agenda(const model::Agenda& agenda);
    // The given version, or the latest when none is given; nullopt if there is none.
    std::optional<model::Agenda> load_agenda(const std::string& event_id, std::optional<int> version = {}) const;
    std::vector<VersionInfo> versions(const std::string& event_id) const;

    SQLite::Database& database();  // for tests and migrations

private:
    std::string path_;  // names the file in messages
    std::unique_ptr<SQLite::Database> db_;
};

}  // namespace hoithao::store
