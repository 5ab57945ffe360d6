#pragma once
// The database schema as an ordered list of migration steps. `PRAGMA user_version`
// records how many steps a file has had; `PRAGMA application_id` marks it as ours.
// Tables and columns are documented in docs/schema.md.
#include <vector>

namespace SQLite { class Database; }

namespace hoithao::store::schema {

inline constexpr int kApplicationId = 0x486F6954;  // "HoiT"

struct Migration {
    int version;          // user_version once the step is applied
    const char* summary;  // one line, for docs and error messages
    const char* sql;      // statements run in the upgrade transaction
};

const std::vector<Migration>& migrations();
int current_version();

// Brings `db` to `target` (<= current_version()) in one IMMEDIATE transaction:
// re-reads user_version inside it, applies the missing steps in order, then sets
// user_version and application_id. A failing step leaves the file untouched.
void upgrade(SQLite::Database& db, int target);

}  // namespace hoithao::store::schema
