#pragma once
// Reading and writing one event's scenario rows. Callers own the transaction.
#include <string>
#include <vector>

#include "model/scenario.hpp"

namespace SQLite { class Database; }

namespace hoithao::store {

// Inserts or updates the event row and replaces all of its entity rows. Throws
// model::InputError when the scenario refers to an entity it does not define.
void write_scenario_rows(SQLite::Database& db, const model::Scenario& scenario, const std::string& imported_at);

// `label` names the database in messages about badly edited cells. Cancelled sessions
// and closed rooms are left out.
model::Scenario read_scenario_rows(SQLite::Database& db, const std::string& event_id, const std::string& label);
std::vector<model::Session> read_cancelled_sessions(SQLite::Database& db, const std::string& event_id,
                                                    const std::string& label);
std::vector<model::Room> read_closed_rooms(SQLite::Database& db, const std::string& event_id,
                                           const std::string& label);

}  // namespace hoithao::store
