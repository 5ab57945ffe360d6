#pragma once
// A CSV file read with libcsv into rows that keep their line numbers. Accepts UTF-8
// with or without Excel's byte-order mark and CRLF line ends; rejects invalid UTF-8.
#include <filesystem>
#include <string>
#include <vector>

namespace hoithao::io {

struct CsvRow {
    int line = 0;  // line on which the row starts
    std::vector<std::string> cells;
};

struct CsvTable {
    std::string file;  // as shown to the user
    CsvRow header;
    std::vector<CsvRow> rows;
};

// `shown` is the file name used in error messages. Throws model::InputError.
CsvTable read_csv_table(const std::filesystem::path& path, const std::string& shown);

}  // namespace hoithao::io
