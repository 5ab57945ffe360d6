#include "store/store.hpp"

#include <algorithm>
#include <filesystem>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include "model/error.hpp"
#include "store/codec.hpp"
#include "store/fact_changes.hpp"
#include "store/rows.hpp"
#include "store/scenario_rows.hpp"
#include "store/schema.hpp"

namespace hoithao::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;

std::unique_ptr<SQLite::Database> open_file(const std::string& path, bool create) {
    if (!create && !std::filesystem::exists(path))
        throw model::InputError(path + ": no such database; create it with 'hoithao init'");
    const int flags = SQLite::OPEN_READWRITE | (create ? SQLite::OPEN_CREATE : 0);
    try {
        return std::make_unique<SQLite::Database>(path, flags, kBusyTimeoutMs);
    } catch (const SQLite::Exception& e) {
        throw model::InputError(path + ": cannot open database: " + e.what());
    }
}

struct Identity {
    int application_id = 0;
    int user_version = 0;
    bool has_tables = false;
};

// Reads the file's header fields without writing anything: a file that is not ours
// must be left exactly as it was.
Identity read_identity(SQLite::Database& db, const std::string& path) {
    try {
        return {db.execAndGet("PRAGMA application_id").getInt(), db.execAndGet("PRAGMA user_version").getInt(),
                db.execAndGet("SELECT count(*) FROM sqlite_master").getInt() > 0};
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_NOTADB) throw model::InputError(path + " is not a hoithao database");
        throw model::InputError(path + ": cannot read database: " + e.what());
    }
}

// The schema version the file is at; throws when the file is not ours or too new.
int check_identity(const Identity& id, const std::string& path, bool create) {
    if (id.application_id == schema::kApplicationId) {
        if (id.user_version > schema::current_version())
            throw model::InputError(path + " was written by a newer hoithao (schema " +
                                    std::to_string(id.user_version) + ", this program knows " +
                                    std::to_string(schema::current_version()) + ")");
        return id.user_version;
    }
    const bool blank = id.application_id == 0 && id.user_version == 0 && !id.has_tables;
    if (blank && create) return 0;
    if (blank) throw model::InputError(path + " is an empty file, not a hoithao database; create it with 'hoithao init'");
    throw model::InputError(path + " is not a hoithao database");
}

void configure(SQLite::Database& db) {
    // WAL lets readers work while a plan is being saved; foreign keys are off by
    // default and per connection, so every connection turns them on.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA foreign_keys = ON");
}

bool event_exists(SQLite::Database& db, const std::string& event_id) {
    SQLite::Statement stmt(db, "SELECT 1 FROM events WHERE id = ?");
    stmt.bind(1, event_id);
    return stmt.executeStep();
}

std::vector<std::string> ids_by_import(SQLite::Database& db) {
    std::vector<std::string> ids;
    SQLite::Statement stmt(db, "SELECT id FROM events ORDER BY import_seq");
    while (stmt.executeStep()) ids.push_back(stmt.getColumn(0).getString());
    return ids;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
    return out;
}

// A read that sees one committed state across several SELECTs; it ends (ROLLBACK,
// nothing to undo) when the snapshot leaves scope.
class ReadSnapshot {
public:
    explicit ReadSnapshot(SQLite::Database& db) : transaction_(db, SQLite::TransactionBehavior::DEFERRED) {}

private:
    SQLite::Transaction transaction_;
};

int next_version(SQLite::Database& db, const std::string& event_id) {
    SQLite::Statement stmt(db, "SELECT COALESCE(MAX(version), 0) + 1 FROM agenda_versions WHERE event_id = ?");
    stmt.bind(1, event_id);
    stmt.executeStep();
    return stmt.getColumn(0).getInt();
}

void insert_version_row(SQLite::Database& db, const model::Agenda& agenda, int version) {
    SQLite::Statement stmt(db, "INSERT INTO agenda_versions (event_id, version, created_at, status, note, author) "
                               "VALUES (?, ?, ?, ?, ?, ?)");
    stmt.bind(1, agenda.event_id);
    stmt.bind(2, version);
    stmt.bind(3, agenda.created_at);
    stmt.bind(4, model::to_string(agenda.status));
    stmt.bind(5, agenda.note);
    stmt.bind(6, agenda.author);
    stmt.exec();
}

// The zone stored with a placement is its venue's; a placement without a room
// (travel) takes the event's zone.
constexpr const char* kInsertPlacement = R"sql(
    INSERT INTO placements (event_id, version, seq, session_id, room_id, start_utc, end_utc, zone,
                            interpreter_id, pinned)
    VALUES (:event_id, :version, :seq, :session_id, :room_id, :start_utc, :end_utc,
            COALESCE((SELECT v.zone FROM rooms r JOIN venues v ON v.event_id = r.event_id AND v.id = r.venue_id
                      WHERE r.event_id = :event_id AND r.id = :room_id),
                     (SELECT zone FROM events WHERE id = :event_id)),
            :interpreter_id, :pinned))sql";

void insert_placements(SQLite::Database& db, const model::Agenda& agenda, int version, const std::string& label) {
    SQLite::Statement stmt(db, kInsertPlacement);
    int seq = 0;
    for (const auto& p : agenda.placements) {
        stmt.bind(":event_id", agenda.event_id);
        stmt.bind(":version", version);
        stmt.bind(":seq", seq++);
        stmt.bind(":session_id", p.session_id);
        rows::bind_text_or_null(stmt, ":room_id", p.room_id);
        stmt.bind(":start_utc", codec::encode_instant(p.start));
        stmt.bind(":end_utc", codec::encode_instant(p.end));
        rows::bind_text_or_null(stmt, ":interpreter_id", p.interpreter_id);
        stmt.bind(":pinned", p.pinned ? 1 : 0);
        try {
            stmt.exec();
        } catch (const SQLite::Exception& e) {
            if (e.getErrorCode() != SQLITE_CONSTRAINT) throw;
            throw model::InputError(label + ": agenda for event '" + agenda.event_id + "': placement of session '" +
                                    p.session_id + "' in room '" + p.room_id + "': " + e.what());
        }
        stmt.reset();
    }
}

std::vector<model::Placement> read_placements(SQLite::Database& db, const std::string& event_id, int version,
                                              const std::string& label) {
    SQLite::Statement stmt(db, "SELECT * FROM placements WHERE event_id = ? AND version = ? ORDER BY seq");
    stmt.bind(1, event_id);
    stmt.bind(2, version);
    std::vector<model::Placement> out;
    while (stmt.executeStep()) {
        const auto row = label + ": placements of version " + std::to_string(version) + ", session '" +
                         rows::text(stmt, "session_id") + "'";
        out.push_back({rows::text(stmt, "session_id"), rows::text(stmt, "room_id"),
                       codec::decode_instant(rows::text(stmt, "start_utc"), {row, "start_utc"}),
                       codec::decode_instant(rows::text(stmt, "end_utc"), {row, "end_utc"}),
                       rows::text(stmt, "interpreter_id"), stmt.getColumn("pinned").getInt() != 0});
    }
    return out;
}

}  // namespace

Store::Store(const std::string& path, bool create) : path_(path), db_(open_file(path, create)) {
    const int version = check_identity(read_identity(*db_, path_), path_, create);
    configure(*db_);
    if (version < schema::current_version()) schema::upgrade(*db_, schema::current_version());
}

Store::~Store() = default;

int Store::schema_version() { return schema::current_version(); }

void Store::save_scenario(const model::Scenario& scenario, const std::string& imported_at) {
    SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    write_scenario_rows(*db_, scenario, imported_at);
    transaction.commit();
}

model::Scenario Store::load_scenario(const std::string& event_id) const {
    ReadSnapshot snapshot(*db_);
    return read_scenario_rows(*db_, event_id, path_);
}

std::vector<model::Session> Store::cancelled_sessions(const std::string& event_id) const {
    return read_cancelled_sessions(*db_, event_id, path_);
}

std::vector<model::Room> Store::closed_rooms(const std::string& event_id) const {
    return read_closed_rooms(*db_, event_id, path_);
}

void Store::change_facts(const std::string& event_id, const std::vector<FactChange>& changes) {
    SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    apply_fact_changes(*db_, event_id, changes, path_);
    transaction.commit();
}

std::vector<std::string> Store::event_ids() const { return ids_by_import(*db_); }

std::string Store::resolve_event(const std::string& requested) const {
    const auto ids = ids_by_import(*db_);
    if (!requested.empty()) {
        if (std::find(ids.begin(), ids.end(), requested) != ids.end()) return requested;
        throw model::InputError(path_ + ": no event '" + requested + "'" +
                                (ids.empty() ? std::string("; import a scenario first") : "; known events: " + joined(ids)));
    }
    if (ids.empty()) throw model::InputError(path_ + ": no event yet; import a scenario first");
    return ids.back();
}

int Store::save_agenda(const model::Agenda& agenda, const std::vector<FactChange>& changes) {
    SQLite::Transaction transaction(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    if (!event_exists(*db_, agenda.event_id))
        throw model::InputError(path_ + ": no event '" + agenda.event_id + "' to plan; import its scenario first");
    apply_fact_changes(*db_, agenda.event_id, changes, path_);
    const int version = next_version(*db_, agenda.event_id);
    insert_version_row(*db_, agenda, version);
    insert_placements(*db_, agenda, version, path_);
    transaction.commit();
    return version;
}

std::optional<model::Agenda> Store::load_agenda(const std::string& event_id, std::optional<int> version) const {
    ReadSnapshot snapshot(*db_);
    SQLite::Statement stmt(*db_, "SELECT version, created_at, status, note, author FROM agenda_versions "
                                 "WHERE event_id = :event_id AND (:version IS NULL OR version = :version) "
                                 "ORDER BY version DESC LIMIT 1");
    stmt.bind(":event_id", event_id);
    if (version)
        stmt.bind(":version", *version);
    else
        stmt.bind(":version");
    if (!stmt.executeStep()) return std::nullopt;

    model::Agenda agenda;
    agenda.event_id = event_id;
    agenda.version = stmt.getColumn("version").getInt();
    const auto row = path_ + ": agenda_versions " + std::to_string(agenda.version);
    agenda.created_at = rows::text(stmt, "created_at");
    agenda.status = codec::decode_agenda_status(rows::text(stmt, "status"), {row, "status"});
    agenda.note = rows::text(stmt, "note");
    agenda.author = rows::text(stmt, "author");
    agenda.placements = read_placements(*db_, event_id, agenda.version, path_);
    return agenda;
}

std::vector<VersionInfo> Store::versions(const std::string& event_id) const {
    SQLite::Statement stmt(*db_, R"sql(
        SELECT v.version, v.created_at, v.status, v.note, v.author,
               (SELECT count(*) FROM placements p WHERE p.event_id = v.event_id AND p.version = v.version)
        FROM agenda_versions v WHERE v.event_id = ? ORDER BY v.version)sql");
    stmt.bind(1, event_id);
    std::vector<VersionInfo> out;
    while (stmt.executeStep()) {
        const int version = stmt.getColumn(0).getInt();
        const auto row = path_ + ": agenda_versions " + std::to_string(version);
        out.push_back({version, stmt.getColumn(1).getString(), stmt.getColumn(4).getString(),
                       codec::decode_agenda_status(stmt.getColumn(2).getString(), {row, "status"}),
                       stmt.getColumn(3).getString(), stmt.getColumn(5).getInt()});
    }
    return out;
}

SQLite::Database& Store::database() { return *db_; }

}  // namespace hoithao::store
