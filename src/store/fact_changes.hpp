#pragma once
// Applying command-line fact changes to an event's rows. Callers own the transaction.
#include <optional>
#include <string>
#include <vector>

#include "store/store.hpp"

namespace SQLite { class Database; }

namespace hoithao::store {

// Throws model::InputError naming the first id the event does not define.
void apply_fact_changes(SQLite::Database& db, const std::string& event_id, const std::vector<FactChange>& changes,
                        const std::string& label);

// Appends the changes to the event's fact log (with the version they came with, if any),
// before they are applied: a delegation's times keep what they replace.
void log_fact_changes(SQLite::Database& db, const std::string& event_id, const std::vector<FactChange>& changes,
                      std::optional<int> version);

// After `file` (the scenario just re-imported) replaced the event's facts: applies the
// logged changes again, in order, and returns each one kept, in words. A logged change
// the file contradicts (its entity is gone, or the file gives a delegation time other
// than both the one the command replaced and the one it set) is dropped from the log
// with `replace`; without it InputError lists them all and nothing is written.
std::vector<std::string> replay_fact_log(SQLite::Database& db, const model::Scenario& file, bool replace,
                                         const std::string& label);

}  // namespace hoithao::store
