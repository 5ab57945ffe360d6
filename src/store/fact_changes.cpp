#include "store/fact_changes.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <SQLiteCpp/VariadicBind.h>

#include "model/error.hpp"
#include "store/codec.hpp"
#include "store/rows.hpp"

namespace hoithao::store {
namespace {

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
        SQLite::Statement stmt(db, R"sql(
            UPDATE delegations SET
                arrival_utc = CASE WHEN :set_arrival THEN :arrival ELSE arrival_utc END,
                departure_utc = CASE WHEN :set_departure THEN :departure ELSE departure_utc END
            WHERE event_id = :event_id AND id = :id)sql");
        stmt.bind(":set_arrival", c.arrival ? 1 : 0);
        rows::bind_instant_or_null(stmt, ":arrival", c.arrival);
        stmt.bind(":set_departure", c.departure ? 1 : 0);
        rows::bind_instant_or_null(stmt, ":departure", c.departure);
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
};

}  // namespace

void apply_fact_changes(SQLite::Database& db, const std::string& event_id, const std::vector<FactChange>& changes,
                        const std::string& label) {
    const Applier apply{db, event_id, label};
    for (const auto& change : changes) std::visit(apply, change);
}

}  // namespace hoithao::store
