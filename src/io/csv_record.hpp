#pragma once
// A CSV row seen as a Record: cells are looked up by header name, list cells are
// ';'-separated, windows read "08:00-11:30" and precedence "opening+15".
#include <map>
#include <string>
#include <vector>

#include "io/csv_table.hpp"
#include "io/record.hpp"

namespace hoithao::io {

// Checks the header against the known columns (unknown names are typos) and maps
// each name to its position.
class CsvColumns {
public:
    CsvColumns(const CsvTable& table, const std::vector<std::string>& known, const std::vector<std::string>& required);
    const std::string* cell(const CsvRow& row, const std::string& column) const;
    const std::vector<std::string>& names() const { return names_; }  // in file order

private:
    std::map<std::string, std::size_t> index_;
    std::vector<std::string> names_;
};

class CsvRecord : public Record {
public:
    // Checks every cell's text (see check_text) before any is read.
    CsvRecord(const CsvTable& table, const CsvColumns& columns, const CsvRow& row);

    std::optional<std::string> text(const std::string& key) const override;
    std::vector<std::string> texts(const std::string& key) const override;
    std::optional<long long> integer(const std::string& key) const override;
    std::optional<bool> boolean(const std::string& key) const override;
    std::vector<model::ClockWindow> windows(const std::string& key) const override;
    std::vector<model::After> after(const std::string& key) const override;
    // Columns `<stem>_vi`, `<stem>_lo`, `<stem>_en`; the stem drops a plural s.
    std::map<std::string, std::string> translations(const std::string& key) const override;
    std::string item_field(const std::string& key, std::size_t) const override { return key; }

private:
    const CsvColumns& columns_;
    const CsvRow& row_;
};

}  // namespace hoithao::io
