#include "io/record.hpp"

namespace hoithao::io {

std::string Record::required_text(const std::string& key) const {
    auto value = text(key);
    if (!value || value->empty()) fail(key, "missing required field '" + key + "'");
    return *value;
}

std::string Record::text_or(const std::string& key, const std::string& fallback) const {
    return text(key).value_or(fallback);
}

std::string Record::id(const std::string& key) const {
    auto value = required_text(key);
    parse(key, [&] { check_id(value); });
    return value;
}

std::vector<std::string> Record::ids(const std::string& key) const {
    auto values = texts(key);
    for (std::size_t i = 0; i < values.size(); ++i) parse(item_field(key, i), [&] { check_id(values[i]); });
    return values;
}

int Record::int_or(const std::string& key, int fallback, int min, int max) const {
    auto value = integer(key);
    if (!value) return fallback;
    if (*value < min || *value > max)
        fail(key, "value " + std::to_string(*value) + " out of range " + std::to_string(min) + ".." +
                      std::to_string(max));
    return static_cast<int>(*value);
}

int Record::required_int(const std::string& key, int min, int max) const {
    if (!integer(key)) fail(key, "missing required field '" + key + "'");
    return int_or(key, 0, min, max);
}

std::optional<model::Day> Record::day(const std::string& key) const {
    auto value = text(key);
    if (!value) return std::nullopt;
    return parse(key, [&] { return day_value(*value); });
}

model::Day Record::required_day(const std::string& key) const {
    auto value = day(key);
    if (!value) fail(key, "missing required field '" + key + "'");
    return *value;
}

std::vector<model::Day> Record::days(const std::string& key) const {
    std::vector<model::Day> result;
    auto values = texts(key);
    for (std::size_t i = 0; i < values.size(); ++i)
        result.push_back(parse(item_field(key, i), [&] { return day_value(values[i]); }));
    return result;
}

std::optional<LocalTime> Record::local_time(const std::string& key) const {
    auto value = text(key);
    if (!value) return std::nullopt;
    return parse(key, [&] { return local_time_value(*value); });
}

LocalTime Record::required_local_time(const std::string& key) const {
    auto value = local_time(key);
    if (!value) fail(key, "missing required field '" + key + "'");
    return *value;
}

}  // namespace hoithao::io
