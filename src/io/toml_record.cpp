#include "io/toml_record.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace hoithao::io {
namespace {

void record_lines(const toml::node& node, const std::string& path, std::map<std::string, int>& lines) {
    lines[path] = static_cast<int>(node.source().begin.line);
    if (const auto* table = node.as_table()) {
        for (const auto& [key, value] : *table) record_lines(value, path + "." + std::string(key.str()), lines);
    } else if (const auto* array = node.as_array()) {
        for (std::size_t i = 0; i < array->size(); ++i)
            record_lines(*array->get(i), path + "[" + std::to_string(i) + "]", lines);
    }
}

Origin origin_of(const toml::table& table, const std::string& file) {
    Origin origin{file, static_cast<int>(table.source().begin.line), {}};
    for (const auto& [key, value] : table) record_lines(value, std::string(key.str()), origin.lines);
    return origin;
}

std::string two_digits(int n) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

std::string date_text(const toml::date& d) {
    return std::to_string(d.year) + "-" + two_digits(d.month) + "-" + two_digits(d.day);
}

std::string time_text(const toml::time& t) { return two_digits(t.hour) + ":" + two_digits(t.minute); }

}  // namespace

TomlRecord::TomlRecord(const toml::table& table, const std::string& file)
    : Record(origin_of(table, file)), table_(table) {}

TomlRecord::TomlRecord(const toml::table& table, const Origin& origin, std::string prefix)
    : Record(origin, std::move(prefix)), table_(table) {}

const toml::node* TomlRecord::node(const std::string& key) const { return table_.at_path(key).node(); }

void TomlRecord::wrong_type(const toml::node& value, const std::string& field, const std::string& expected) const {
    std::ostringstream shown;
    shown << toml::node_view<const toml::node>{value};
    auto text = shown.str();
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    std::ostringstream message;
    message << "expected " << expected << ", got " << value.type() << " " << text;
    fail(field, message.str());
}

std::string TomlRecord::node_text(const toml::node& value, const std::string& field) const {
    if (const auto* s = value.as_string()) {
        parse(field, [&] { check_text(s->get(), is_multiline_field(field)); });
        return s->get();
    }
    if (const auto* d = value.as_date()) return date_text(d->get());
    auto check_seconds = [&](const toml::time& t) {
        if (t.second != 0 || t.nanosecond != 0) fail(field, "seconds are not supported in times; use HH:MM");
    };
    if (const auto* t = value.as_time()) {
        check_seconds(t->get());
        return time_text(t->get());
    }
    if (const auto* dt = value.as_date_time()) {
        if (dt->get().offset)
            fail(field, "expected a local date-time without UTC offset; it is read in the event's or venue's zone");
        check_seconds(dt->get().time);
        return date_text(dt->get().date) + " " + time_text(dt->get().time);
    }
    wrong_type(value, field, "text");
}

std::optional<std::string> TomlRecord::text(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return std::nullopt;
    return node_text(*value, key);
}

std::vector<std::string> TomlRecord::texts(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return {};
    const auto* array = value->as_array();
    if (!array) wrong_type(*value, key, "an array");
    std::vector<std::string> result;
    for (std::size_t i = 0; i < array->size(); ++i) result.push_back(node_text(*array->get(i), item_field(key, i)));
    return result;
}

std::optional<long long> TomlRecord::integer(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return std::nullopt;
    if (const auto* number = value->as_integer()) return number->get();
    wrong_type(*value, key, "an integer");
}

std::optional<bool> TomlRecord::boolean(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return std::nullopt;
    if (const auto* flag = value->as_boolean()) return flag->get();
    wrong_type(*value, key, "true or false");
}

std::vector<model::ClockWindow> TomlRecord::windows(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return {};
    const auto* array = value->as_array();
    if (!array) wrong_type(*value, key, "an array of windows");
    std::vector<model::ClockWindow> result;
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto field = item_field(key, i);
        const auto& item = *array->get(i);
        const auto* pair = item.as_array();
        if (pair && pair->size() == 2) {
            auto from = node_text(*pair->get(0), field + "[0]"), to = node_text(*pair->get(1), field + "[1]");
            result.push_back(parse(field, [&] { return window_value(from, to); }));
        } else if (item.is_string()) {
            result.push_back(parse(field, [&] { return window_value(node_text(item, field)); }));
        } else {
            wrong_type(item, field, "a window such as [\"08:00\", \"11:30\"] or \"08:00-11:30\"");
        }
    }
    return result;
}

std::vector<model::After> TomlRecord::after(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return {};
    const auto* array = value->as_array();
    if (!array) wrong_type(*value, key, "an array");
    std::vector<model::After> result;
    for (std::size_t i = 0; i < array->size(); ++i) {
        auto field = item_field(key, i);
        const auto& item = *array->get(i);
        if (item.is_string()) {
            result.push_back(parse(field, [&] { return after_value(node_text(item, field)); }));
        } else if (const auto* table = item.as_table()) {
            TomlRecord entry(*table, origin(), prefix() + field + ".");
            entry.check_keys({"session", "gap"});
            result.push_back({entry.id("session"), entry.int_or("gap", 0, 0, 7 * 24 * 60)});
        } else {
            wrong_type(item, field, "a session id or { session = \"…\", gap = minutes }");
        }
    }
    return result;
}

std::map<std::string, std::string> TomlRecord::translations(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return {};
    if (value->is_string()) return {{"vi", node_text(*value, key)}};
    const auto* table = value->as_table();
    if (!table) wrong_type(*value, key, "text or a table of texts by language");
    std::map<std::string, std::string> result;
    for (const auto& [lang, text] : *table) {
        auto field = key + "." + std::string(lang.str());
        parse(field, [&] { check_language(std::string(lang.str())); });
        result[std::string(lang.str())] = node_text(text, field);
    }
    return result;
}

void TomlRecord::check_keys(std::initializer_list<std::string_view> known) const {
    for (const auto& [key, value] : table_) {
        if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
        std::string list;
        for (auto name : known) list += (list.empty() ? "" : ", ") + std::string(name);
        fail(std::string(key.str()), "unknown key " + in_quotes(key.str()) + " (expected one of " + list + ")");
    }
}

std::optional<TomlRecord> TomlRecord::table(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return std::nullopt;
    const auto* table = value->as_table();
    if (!table) wrong_type(*value, key, "a table");
    return TomlRecord(*table, origin(), prefix() + key + ".");
}

bool TomlRecord::is_table(const std::string& key) const {
    const auto* value = node(key);
    return value && value->is_table();
}

std::vector<TomlRecord> TomlRecord::tables(const std::string& key) const {
    const auto* value = node(key);
    if (!value) return {};
    const auto* array = value->as_array();
    if (!array) wrong_type(*value, key, "an array of tables");
    std::vector<TomlRecord> result;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto* table = array->get(i)->as_table();
        if (!table) wrong_type(*array->get(i), item_field(key, i), "a table");
        result.push_back(TomlRecord(*table, origin(), prefix() + item_field(key, i) + "."));
    }
    return result;
}

}  // namespace hoithao::io
