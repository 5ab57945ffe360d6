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

// A write waits this long for another writer before it gives up (a large import holds
// the file for seconds).
constexpr int kBusyTimeoutMs = 20000;

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

// Runs `write` in one IMMEDIATE transaction. A writer that holds the file past the
// busy timeout is said in words, never as SQLite's "database is locked".
template <class Write>
void write_transaction(SQLite::Database& db, const std::string& path, Write&& write) {
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        write();
        transaction.commit();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() != SQLITE_BUSY && e.getErrorCode() != SQLITE_LOCKED) throw;
        throw model::Error(model::ExitCode::Stale, path + ": another user is writing to this database; nothing was "
                                                          "stored: try again in a moment");
    }
}

long long revision_of(SQLite::Database& db, const std::string& event_id) {
    SQLite::Statement stmt(db, "SELECT revision FROM events WHERE id = ?");
    stmt.bind(1, event_id);
    return stmt.executeStep() ? stmt.getColumn(0).getInt64() : 0;
}

void advance_revision(SQLite::Database& db, const std::string& event_id) {
    SQLite::Statement stmt(db, "UPDATE events SET revision = revision + 1 WHERE id = ?");
    stmt.bind(1, event_id);
    stmt.exec();
}

// Versions of the event after `after`, oldest first.
std::vector<VersionInfo> read_versions(SQLite::Database& db, const std::string& event_id, int after,
                                       const std::string& label) {
    SQLite::Statement stmt(db, R"sql(
        SELECT v.version, v.created_at, v.status, v.note, v.author,
               (SELECT count(*) FROM placements p WHERE p.event_id = v.event_id AND p.version = v.version),
               v.based_on
        FROM agenda_versions v WHERE v.event_id = ? AND v.version > ? ORDER BY v.version)sql");
    stmt.bind(1, event_id);
    stmt.bind(2, after);
    std::vector<VersionInfo> out;
    while (stmt.executeStep()) {
        const int version = stmt.getColumn(0).getInt();
        const auto row = label + ": agenda_versions " + std::to_string(version);
        VersionInfo info{version, stmt.getColumn(1).getString(), stmt.getColumn(4).getString(),
                         codec::decode_agenda_status(stmt.getColumn(2).getString(), {row, "status"}),
                         stmt.getColumn(3).getString(), stmt.getColumn(5).getInt(), std::nullopt};
        if (!stmt.getColumn(6).isNull()) info.based_on = stmt.getColumn(6).getInt();
        out.push_back(std::move(info));
    }
    return out;
}

// "14:02 on 2026-12-02" in the event's zone, for a version's UTC stamp.
std::string local_stamp(SQLite::Database& db, const std::string& event_id, const std::string& utc) {
    SQLite::Statement stmt(db, "SELECT zone FROM events WHERE id = ?");
    stmt.bind(1, event_id);
    const auto instant = model::parse_utc(utc);
    if (!instant || !stmt.executeStep()) return utc;
    const auto zone = stmt.getColumn(0).getString();
    return model::format_clock(model::local_clock(*instant, zone)) + " on " +
           model::format_day(model::local_day(*instant, zone));
}

// Inside a write transaction: Stale unless nothing was written to the event since `base`.
void require_base(SQLite::Database& db, const std::string& event_id, const Base& base, const std::string& label) {
    if (revision_of(db, event_id) == base.revision) return;
    auto newer = read_versions(db, event_id, base.version, label);
    const auto read = base.version == 0 ? std::string("read the event")
                                        : "read version " + std::to_string(base.version);
    if (newer.empty())
        throw Stale("the facts of event '" + event_id + "' changed (a re-import or 'hoithao set') after you " + read +
                        "; nothing was stored: run the command again",
                    {});
    const auto& last = newer.back();
    const auto which = newer.size() == 1 ? "version " + std::to_string(last.version)
                                         : "versions " + std::to_string(newer.front().version) + " to " +
                                               std::to_string(last.version) + " (the last";
    const auto by = (last.author.empty() ? "" : " by " + last.author) + " at " +
                    local_stamp(db, event_id, last.created_at) + (newer.size() == 1 ? "" : ")");
    throw Stale(which + by + " changed event '" + event_id + "' after you " + read +
                    "; nothing was stored: look at the latest version and run the command again",
                std::move(newer));
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

void insert_version_row(SQLite::Database& db, const model::Agenda& agenda, int version,
                        const std::optional<Base>& base) {
    SQLite::Statement stmt(db, "INSERT INTO agenda_versions (event_id, version, created_at, status, note, author, "
                               "based_on) VALUES (?, ?, ?, ?, ?, ?, ?)");
    stmt.bind(1, agenda.event_id);
    stmt.bind(2, version);
    stmt.bind(3, agenda.created_at);
    stmt.bind(4, model::to_string(agenda.status));
    stmt.bind(5, agenda.note);
    stmt.bind(6, agenda.author);
    if (base)
        stmt.bind(7, base->version);
    else
        stmt.bind(7);
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

// The given version, or the latest; the caller holds a read snapshot or a transaction.
std::optional<model::Agenda> read_agenda(SQLite::Database& db, const std::string& event_id,
                                         std::optional<int> version, const std::string& label) {
    SQLite::Statement stmt(db, "SELECT version, created_at, status, note, author FROM agenda_versions "
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
    const auto row = label + ": agenda_versions " + std::to_string(agenda.version);
    agenda.created_at = rows::text(stmt, "created_at");
    agenda.status = codec::decode_agenda_status(rows::text(stmt, "status"), {row, "status"});
    agenda.note = rows::text(stmt, "note");
    agenda.author = rows::text(stmt, "author");
    agenda.placements = read_placements(db, event_id, agenda.version, label);
    return agenda;
}

}  // namespace

Store::Store(const std::string& path, bool create) : path_(path), db_(open_file(path, create)) {
    const int version = check_identity(read_identity(*db_, path_), path_, create);
    configure(*db_);
    if (version < schema::current_version()) schema::upgrade(*db_, schema::current_version());
}

Store::~Store() = default;

int Store::schema_version() { return schema::current_version(); }

std::vector<std::string> Store::save_scenario(const model::Scenario& scenario, const std::string& imported_at,
                                             bool replace) {
    std::vector<std::string> kept;
    write_transaction(*db_, path_, [&] {
        write_scenario_rows(*db_, scenario, imported_at);
        kept = replay_fact_log(*db_, scenario, replace, path_);
        advance_revision(*db_, scenario.event.id);
    });
    return kept;
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

void Store::change_facts(const std::string& event_id, const std::vector<FactChange>& changes,
                         std::optional<Base> base) {
    write_transaction(*db_, path_, [&] {
        if (base) require_base(*db_, event_id, *base, path_);
        log_fact_changes(*db_, event_id, changes, std::nullopt);
        apply_fact_changes(*db_, event_id, changes, path_);
        advance_revision(*db_, event_id);
    });
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

int Store::save_agenda(const model::Agenda& agenda, const std::vector<FactChange>& changes,
                       std::optional<Base> base) {
    int version = 0;
    write_transaction(*db_, path_, [&] {
        if (!event_exists(*db_, agenda.event_id))
            throw model::InputError(path_ + ": no event '" + agenda.event_id + "' to plan; import its scenario first");
        if (base) require_base(*db_, agenda.event_id, *base, path_);
        version = next_version(*db_, agenda.event_id);
        log_fact_changes(*db_, agenda.event_id, changes, version);
        apply_fact_changes(*db_, agenda.event_id, changes, path_);
        insert_version_row(*db_, agenda, version, base);
        insert_placements(*db_, agenda, version, path_);
        advance_revision(*db_, agenda.event_id);
    });
    return version;
}

std::optional<model::Agenda> Store::load_agenda(const std::string& event_id, std::optional<int> version) const {
    ReadSnapshot snapshot(*db_);
    return read_agenda(*db_, event_id, version, path_);
}

EventState Store::read_event(const std::string& event_id, std::optional<int> version) const {
    ReadSnapshot snapshot(*db_);
    EventState state{read_scenario_rows(*db_, event_id, path_), read_agenda(*db_, event_id, version, path_), {}};
    state.base = {next_version(*db_, event_id) - 1, revision_of(*db_, event_id)};
    return state;
}

std::vector<VersionInfo> Store::versions(const std::string& event_id) const {
    return read_versions(*db_, event_id, 0, path_);
}

SQLite::Database& Store::database() { return *db_; }

}  // namespace hoithao::store
