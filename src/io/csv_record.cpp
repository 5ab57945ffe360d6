#include "io/csv_record.hpp"

#include <algorithm>
#include <charconv>

namespace hoithao::io {
namespace {

std::string trimmed(const std::string& text) {
    auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

CsvColumns::CsvColumns(const CsvTable& table, const std::vector<std::string>& known,
                       const std::vector<std::string>& required) {
    Origin origin{table.file, table.header.line, {}};
    for (std::size_t i = 0; i < table.header.cells.size(); ++i) {
        auto name = trimmed(table.header.cells[i]);
        if (!contains(known, name)) origin.fail(name, "unknown column " + in_quotes(name));
        if (!index_.emplace(name, i).second) origin.fail(name, "duplicated column " + in_quotes(name));
        names_.push_back(name);
    }
    for (const auto& name : required)
        if (!index_.count(name)) origin.fail(name, "missing required column " + in_quotes(name));
}

const std::string* CsvColumns::cell(const CsvRow& row, const std::string& column) const {
    auto it = index_.find(column);
    return it == index_.end() ? nullptr : &row.cells[it->second];
}

CsvRecord::CsvRecord(const CsvTable& table, const CsvColumns& columns, const CsvRow& row)
    : Record(Origin{table.file, row.line, {}}), columns_(columns), row_(row) {
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
        const auto& name = columns.names()[i];
        parse(name, [&] { check_text(row.cells[i], is_multiline_field(name)); });
    }
}

std::optional<std::string> CsvRecord::text(const std::string& key) const {
    // A nested TOML key "interpretation.mode" is the column "interpretation_mode".
    auto column = key;
    std::replace(column.begin(), column.end(), '.', '_');
    const auto* cell = columns_.cell(row_, column);
    if (!cell) return std::nullopt;
    auto value = trimmed(*cell);
    if (value.empty()) return std::nullopt;
    return value;
}

std::vector<std::string> CsvRecord::texts(const std::string& key) const {
    auto value = text(key);
    return value ? split_list(*value) : std::vector<std::string>{};
}

std::optional<long long> CsvRecord::integer(const std::string& key) const {
    auto value = text(key);
    if (!value) return std::nullopt;
    long long number = 0;
    auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (ec != std::errc{} || end != value->data() + value->size())
        fail(key, "expected an integer, got " + in_quotes(*value));
    return number;
}

std::optional<bool> CsvRecord::boolean(const std::string& key) const {
    auto value = text(key);
    if (!value) return std::nullopt;
    if (*value == "true" || *value == "yes" || *value == "1") return true;
    if (*value == "false" || *value == "no" || *value == "0") return false;
    fail(key, "expected true or false, got " + in_quotes(*value));
}

std::vector<model::ClockWindow> CsvRecord::windows(const std::string& key) const {
    std::vector<model::ClockWindow> result;
    for (const auto& item : texts(key)) result.push_back(parse(key, [&] { return window_value(item); }));
    return result;
}

std::vector<model::After> CsvRecord::after(const std::string& key) const {
    std::vector<model::After> result;
    for (const auto& item : texts(key)) result.push_back(parse(key, [&] { return after_value(item); }));
    return result;
}

std::map<std::string, std::string> CsvRecord::translations(const std::string& key) const {
    // The column stem is the key without a plural s: "title" -> title_vi, "names" -> name_lo.
    auto stem = key.back() == 's' ? key.substr(0, key.size() - 1) : key;
    std::map<std::string, std::string> result;
    for (const char* lang : {"vi", "lo", "en"})
        if (auto value = text(stem + "_" + lang)) result[lang] = *value;
    return result;
}

}  // namespace hoithao::io
