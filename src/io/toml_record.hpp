#pragma once
// A TOML table seen as a Record. Dates, times and local date-times may be written
// natively (2022-09-09, 08:00:00, 2022-09-09 08:00:00) or as strings ("08:00").
#include <initializer_list>
#include <string_view>

#include <toml++/toml.h>

#include "io/record.hpp"

namespace hoithao::io {

class TomlRecord : public Record {
public:
    // A top-level table; records the line of every value inside it for later checks.
    TomlRecord(const toml::table& table, const std::string& file);

    std::optional<std::string> text(const std::string& key) const override;
    std::vector<std::string> texts(const std::string& key) const override;
    std::optional<long long> integer(const std::string& key) const override;
    std::optional<bool> boolean(const std::string& key) const override;
    std::vector<model::ClockWindow> windows(const std::string& key) const override;
    std::vector<model::After> after(const std::string& key) const override;
    std::map<std::string, std::string> translations(const std::string& key) const override;
    std::string item_field(const std::string& key, std::size_t i) const override {
        return key + "[" + std::to_string(i) + "]";
    }

    // True when `key` is written, even as an empty list.
    bool has(const std::string& key) const { return node(key) != nullptr; }
    // Fails on a key not in `known`: a misspelt key would otherwise be silently ignored.
    void check_keys(std::initializer_list<std::string_view> known) const;
    // The table `key` (e.g. interpretation), if present.
    std::optional<TomlRecord> table(const std::string& key) const;
    // Whether `key` is written as a table, for a field that may also be a plain value.
    bool is_table(const std::string& key) const;
    // The tables of array `key` (e.g. breaks).
    std::vector<TomlRecord> tables(const std::string& key) const;

private:
    TomlRecord(const toml::table& table, const Origin& origin, std::string prefix);
    const toml::node* node(const std::string& key) const;  // "a.b" looks into sub-table a
    std::string node_text(const toml::node& value, const std::string& field) const;
    [[noreturn]] void wrong_type(const toml::node& value, const std::string& field, const std::string& expected) const;

    const toml::table& table_;
};

}  // namespace hoithao::io
