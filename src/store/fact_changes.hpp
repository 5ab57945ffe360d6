#pragma once
// Applying command-line fact changes to an event's rows. Callers own the transaction.
#include <string>
#include <vector>

#include "store/store.hpp"

namespace SQLite { class Database; }

namespace hoithao::store {

// Throws model::InputError naming the first id the event does not define.
void apply_fact_changes(SQLite::Database& db, const std::string& event_id, const std::vector<FactChange>& changes,
                        const std::string& label);

}  // namespace hoithao::store
