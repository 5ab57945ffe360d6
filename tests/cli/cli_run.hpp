#pragma once
// Running commands in-process with a fixed clock, for the CLI tests.
#include <sstream>
#include <string>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>

#include "cli/app.hpp"

namespace hoithao::testing {

struct Run {
    int code;
    std::string out, err;
    bool says(const std::string& text) const { return out.find(text) != std::string::npos; }
};

inline Run run_cli(std::vector<std::string> args) {
    std::ostringstream out, err;
    cli::Context ctx{out, err, [] { return std::string("2026-11-23T08:00:00Z"); }};
    int code = cli::run(args, ctx);
    return {code, out.str(), err.str()};
}

inline int query_int(const std::string& db, const std::string& sql) {
    SQLite::Database conn(db);
    return conn.execAndGet(sql).getInt();
}

inline void exec_sql(const std::string& db, const std::string& sql) {
    SQLite::Database conn(db, SQLite::OPEN_READWRITE);
    conn.exec(sql);
}

}  // namespace hoithao::testing
