#include "store/codec.hpp"

#include <nlohmann/json.hpp>

#include "model/error.hpp"

namespace hoithao::store::codec {
namespace {

using nlohmann::json;

[[noreturn]] void bad(const Cell& cell, const std::string& message) {
    throw model::InputError(cell.row, cell.column, message);
}

template <typename T>
T parsed(const std::optional<T>& value, const std::string& text, const Cell& cell, const char* expected) {
    if (!value) bad(cell, "'" + text + "' is not " + expected);
    return *value;
}

std::string dump(const json& value, const Cell& cell) {
    try {
        return value.dump();
    } catch (const json::type_error&) {
        bad(cell, "text is not valid UTF-8");
    }
}

json parse(const std::string& text, const Cell& cell, json::value_t expected) {
    json value = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (value.is_discarded()) bad(cell, "is not valid JSON: " + text);
    if (value.type() != expected)
        bad(cell, std::string("must be a JSON ") + (expected == json::value_t::array ? "array" : "object"));
    return value;
}

json parse_array(const std::string& text, const Cell& cell) { return parse(text, cell, json::value_t::array); }

// A JSON member as text or integer, or a message naming what is missing.
std::string text_member(const json& item, const char* key, const Cell& cell) {
    if (!item.is_object() || !item.contains(key) || !item[key].is_string())
        bad(cell, std::string("each entry needs a text \"") + key + "\"");
    return item[key].get<std::string>();
}

int int_member(const json& item, const char* key, const Cell& cell) {
    if (!item.is_object() || !item.contains(key) || !item[key].is_number_integer())
        bad(cell, std::string("each entry needs an integer \"") + key + "\"");
    return item[key].get<int>();
}

std::string text_item(const json& item, const Cell& cell) {
    if (!item.is_string()) bad(cell, "every entry must be text");
    return item.get<std::string>();
}

}  // namespace

std::string encode_day(model::Day day) { return model::format_day(day); }

std::string encode_clock(model::ClockTime clock, const Cell& cell) {
    if (clock.minutes < 0 || clock.minutes > 24 * 60)
        bad(cell, "clock value " + std::to_string(clock.minutes) + " min is outside 00:00–24:00");
    return model::format_clock(clock);
}

std::string encode_instant(model::TimePoint t) { return model::format_utc(t); }

model::Day decode_day(const std::string& text, const Cell& cell) {
    return parsed(model::parse_day(text), text, cell, "a day like 2022-09-09");
}

model::ClockTime decode_clock(const std::string& text, const Cell& cell) {
    return parsed(model::parse_clock(text), text, cell, "a clock time like 08:30");
}

model::TimePoint decode_instant(const std::string& text, const Cell& cell) {
    return parsed(model::parse_utc(text), text, cell, "a UTC time like 2022-09-09T01:00:00Z");
}

model::SessionKind decode_session_kind(const std::string& text, const Cell& cell) {
    return parsed(model::parse_session_kind(text), text, cell, "a session kind");
}

model::InterpretationMode decode_interpretation_mode(const std::string& text, const Cell& cell) {
    return parsed(model::parse_interpretation_mode(text), text, cell, "consecutive or simultaneous");
}

model::AgendaStatus decode_agenda_status(const std::string& text, const Cell& cell) {
    return parsed(model::parse_agenda_status(text), text, cell, "complete, infeasible or partial");
}

std::string encode_strings(const std::vector<std::string>& items, const Cell& cell) { return dump(items, cell); }
std::string encode_strings(const std::set<std::string>& items, const Cell& cell) { return dump(items, cell); }
std::string encode_names(const std::map<std::string, std::string>& names, const Cell& cell) {
    return dump(names, cell);
}

std::string encode_roles(const std::set<model::Role>& roles) {
    json out = json::array();
    for (auto role : roles) out.push_back(model::to_string(role));
    return out.dump();
}

std::string encode_intervals(const std::vector<model::Interval>& intervals) {
    json out = json::array();
    for (const auto& i : intervals) out.push_back({{"start", encode_instant(i.start)}, {"end", encode_instant(i.end)}});
    return out.dump();
}

std::string encode_days(const std::vector<model::Day>& days) {
    json out = json::array();
    for (auto d : days) out.push_back(encode_day(d));
    return out.dump();
}

std::string encode_windows(const std::vector<model::ClockWindow>& windows, const Cell& cell) {
    json out = json::array();
    for (const auto& w : windows) out.push_back({{"from", encode_clock(w.from, cell)}, {"to", encode_clock(w.to, cell)}});
    return out.dump();
}

std::string encode_breaks(const std::vector<model::MealBreak>& breaks, const Cell& cell) {
    json out = json::array();
    for (const auto& b : breaks)
        out.push_back({{"name", b.name},
                       {"from", encode_clock(b.window.from, cell)},
                       {"to", encode_clock(b.window.to, cell)}});
    return dump(out, cell);
}

std::string encode_after(const std::vector<model::After>& after, const Cell& cell) {
    json out = json::array();
    for (const auto& a : after) out.push_back({{"session", a.session}, {"gap_minutes", a.gap_minutes}});
    return dump(out, cell);
}

std::string encode_session_roles(const model::SessionRoles& roles, const Cell& cell) {
    json out = json::object();
    for (const auto& [role, people] : roles)
        if (!people.empty()) out[model::to_string(role)] = people;
    return dump(out, cell);
}

std::vector<std::string> decode_string_list(const std::string& text, const Cell& cell) {
    std::vector<std::string> out;
    for (const auto& item : parse_array(text, cell)) out.push_back(text_item(item, cell));
    return out;
}

std::set<std::string> decode_string_set(const std::string& text, const Cell& cell) {
    auto list = decode_string_list(text, cell);
    return {list.begin(), list.end()};
}

std::map<std::string, std::string> decode_names(const std::string& text, const Cell& cell) {
    std::map<std::string, std::string> out;
    const json object = parse(text, cell, json::value_t::object);  // items() must not outlive it
    for (const auto& [lang, name] : object.items())
        out[lang] = text_item(name, cell);
    return out;
}

std::set<model::Role> decode_roles(const std::string& text, const Cell& cell) {
    std::set<model::Role> out;
    for (const auto& item : parse_array(text, cell)) {
        auto name = text_item(item, cell);
        out.insert(parsed(model::parse_role(name), name, cell, "a role"));
    }
    return out;
}

std::vector<model::Interval> decode_intervals(const std::string& text, const Cell& cell) {
    std::vector<model::Interval> out;
    for (const auto& item : parse_array(text, cell))
        out.push_back({decode_instant(text_member(item, "start", cell), cell),
                       decode_instant(text_member(item, "end", cell), cell)});
    return out;
}

std::vector<model::Day> decode_days(const std::string& text, const Cell& cell) {
    std::vector<model::Day> out;
    for (const auto& item : parse_array(text, cell)) out.push_back(decode_day(text_item(item, cell), cell));
    return out;
}

std::vector<model::ClockWindow> decode_windows(const std::string& text, const Cell& cell) {
    std::vector<model::ClockWindow> out;
    for (const auto& item : parse_array(text, cell))
        out.push_back({decode_clock(text_member(item, "from", cell), cell),
                       decode_clock(text_member(item, "to", cell), cell)});
    return out;
}

std::vector<model::MealBreak> decode_breaks(const std::string& text, const Cell& cell) {
    std::vector<model::MealBreak> out;
    for (const auto& item : parse_array(text, cell))
        out.push_back({text_member(item, "name", cell),
                       {decode_clock(text_member(item, "from", cell), cell),
                        decode_clock(text_member(item, "to", cell), cell)}});
    return out;
}

std::vector<model::After> decode_after(const std::string& text, const Cell& cell) {
    std::vector<model::After> out;
    for (const auto& item : parse_array(text, cell))
        out.push_back({text_member(item, "session", cell), int_member(item, "gap_minutes", cell)});
    return out;
}

model::SessionRoles decode_session_roles(const std::string& text, const Cell& cell) {
    model::SessionRoles out;
    const json object = parse(text, cell, json::value_t::object);
    for (const auto& [key, people] : object.items()) {
        const auto role = parsed(model::parse_session_role(key), key, cell, "a session role");
        out[role] = decode_string_list(people.dump(), cell);
    }
    return out;
}

}  // namespace hoithao::store::codec
