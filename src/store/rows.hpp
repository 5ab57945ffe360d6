#pragma once
// Small helpers shared by the store's readers and writers: optional references are
// NULL in the database and empty strings in the model.
#include <optional>
#include <string>

#include <SQLiteCpp/SQLiteCpp.h>

#include "model/time.hpp"

namespace hoithao::store::rows {

inline void bind_text_or_null(SQLite::Statement& stmt, const char* name, const std::string& value) {
    if (value.empty())
        stmt.bind(name);
    else
        stmt.bind(name, value);
}

inline void bind_instant_or_null(SQLite::Statement& stmt, const char* name,
                                 const std::optional<model::TimePoint>& value) {
    if (value)
        stmt.bind(name, model::format_utc(*value));
    else
        stmt.bind(name);
}

inline std::string text(const SQLite::Statement& stmt, const char* column) {
    return stmt.getColumn(column).getString();  // NULL reads as ""
}

}  // namespace hoithao::store::rows
