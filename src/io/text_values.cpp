#include "io/text_values.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace hoithao::io {
namespace {

std::string trim(std::string_view text) {
    auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

template <typename Pred>
bool all_of(std::string_view text, Pred ok) {
    return !text.empty() && std::all_of(text.begin(), text.end(), ok);
}

std::string code_point(UChar32 c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

bool is_control(UChar32 c) { return u_charType(c) == U_CONTROL_CHAR; }  // Cc: C0, DEL and C1

constexpr std::size_t kMaxIdChars = 100;

}  // namespace

std::string printable(std::string_view text, std::size_t max_chars) {
    std::string shown;
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int64_t>(text.size());
    std::size_t chars = 0;
    for (int64_t i = 0; i < length;) {
        if (++chars > max_chars) return shown + "… (" + std::to_string(text.size()) + " bytes)";
        const int64_t start = i;
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", s[start]);
            shown += buf;
        } else if (is_control(c)) {
            shown += "\\u" + code_point(c).substr(2);
        } else {
            shown.append(text.substr(start, i - start));
        }
    }
    return shown;
}

std::string in_quotes(std::string_view text) { return "'" + printable(text) + "'"; }

bool is_utf8(std::string_view text) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int64_t>(text.size());
    for (int64_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) return false;
    }
    return true;
}

bool is_multiline_field(std::string_view field) {
    auto last = field.find_last_of('.');
    return field.substr(last == std::string_view::npos ? 0 : last + 1) == "notes";
}

void check_text(std::string_view text, bool multiline) {
    const auto* s = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int64_t>(text.size());
    const auto limit = multiline ? kMaxMultiLineChars : kMaxLineChars;
    std::size_t chars = 0;
    for (int64_t i = 0; i < length;) {
        UChar32 c;
        U8_NEXT(s, i, length, c);
        if (c < 0) throw BadValue("invalid UTF-8 in text");
        if (++chars > limit)
            throw BadValue("text longer than " + std::to_string(limit) + " characters (" + std::to_string(text.size()) +
                           " bytes)");
        const bool line_end = multiline && (c == '\n' || (c == '\r' && i < length && s[i] == '\n'));
        if (is_control(c) && c != '\t' && !line_end)
            throw BadValue("control character " + code_point(c) + " at character " + std::to_string(chars) +
                           (multiline ? "" : " (this field holds one line)") + " in " + in_quotes(text));
    }
}

model::Day day_value(const std::string& text) {
    auto day = model::parse_day(text);
    if (!day) throw BadValue("malformed date " + in_quotes(text) + " (expected YYYY-MM-DD)");
    return *day;
}

model::ClockTime clock_value(const std::string& text) {
    auto clock = model::parse_clock(text);
    if (!clock) throw BadValue("malformed clock time " + in_quotes(text) + " (expected HH:MM from 00:00 to 24:00)");
    return *clock;
}

LocalTime local_time_value(const std::string& text) {
    auto space = text.find_first_of(" T");
    auto day = space == std::string::npos ? std::nullopt : model::parse_day(text.substr(0, space));
    auto clock = space == std::string::npos ? std::nullopt : model::parse_clock(text.substr(space + 1));
    if (!day || !clock || clock->minutes >= 24 * 60)
        throw BadValue("malformed local time " + in_quotes(text) + " (expected 'YYYY-MM-DD HH:MM')");
    return {*day, *clock};
}

model::ClockWindow window_value(const std::string& from, const std::string& to) {
    model::ClockWindow window{clock_value(from), clock_value(to)};
    if (window.to <= window.from)
        throw BadValue("window " + from + "-" + to + " ends before it starts");
    return window;
}

model::ClockWindow window_value(const std::string& text) {
    auto dash = text.find('-');
    if (dash == std::string::npos) throw BadValue("malformed window " + in_quotes(text) + " (expected HH:MM-HH:MM)");
    return window_value(trim(text.substr(0, dash)), trim(text.substr(dash + 1)));
}

model::After after_value(const std::string& text) {
    auto plus = text.find('+');
    model::After after{trim(text.substr(0, plus)), 0};
    if (plus != std::string::npos) {
        auto gap = trim(text.substr(plus + 1));
        auto [end, ec] = std::from_chars(gap.data(), gap.data() + gap.size(), after.gap_minutes);
        if (ec != std::errc{} || end != gap.data() + gap.size() || after.gap_minutes < 0)
            throw BadValue("malformed precedence " + in_quotes(text) + " (expected 'session' or 'session+minutes')");
    }
    check_id(after.session);
    return after;
}

model::Role role_value(const std::string& text) {
    if (auto role = model::parse_role(text)) return *role;
    throw BadValue("unknown role " + in_quotes(text) + " (expected one of co-chair, speaker, interpreter, head, delegate)");
}

model::SessionKind kind_value(const std::string& text) {
    if (auto kind = model::parse_session_kind(text)) return *kind;
    throw BadValue("unknown session kind " + in_quotes(text) +
                   " (expected one of opening, plenary, presentation, group_discussion, talks, signing, "
                   "courtesy_call, site_visit, meal, press, gift_exchange, closing, travel)");
}

model::InterpretationMode mode_value(const std::string& text) {
    if (auto mode = model::parse_interpretation_mode(text)) return *mode;
    throw BadValue("unknown interpretation mode " + in_quotes(text) + " (expected consecutive or simultaneous)");
}

void check_id(const std::string& text) {
    auto ok = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
               c == '_' || c == '.';
    };
    // An id names export files (person-ID.ics): dots alone would read as "." or "..".
    auto dot = [](char c) { return c == '.'; };
    if (text.size() > kMaxIdChars) throw BadValue("id longer than " + std::to_string(kMaxIdChars) + " characters");
    if (!all_of(text, ok) || all_of(text, dot))
        throw BadValue("malformed id " + in_quotes(text) + " (use letters a-z, digits, '-', '_' and '.', not dots alone)");
}

void check_side(const std::string& text) {
    if (text.size() != 2 || !all_of(text, [](char c) { return c >= 'A' && c <= 'Z'; }))
        throw BadValue("malformed country code " + in_quotes(text) + " (expected two capital letters, e.g. VN or LA)");
}

void check_language(const std::string& text) {
    if (text.size() < 2 || text.size() > 3 || !all_of(text, [](char c) { return c >= 'a' && c <= 'z'; }))
        throw BadValue("malformed language code " + in_quotes(text) + " (expected e.g. vi, lo, en)");
}

std::vector<std::string> split_list(const std::string& cell) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= cell.size()) {
        auto end = std::min(cell.find(';', start), cell.size());
        if (auto item = trim(std::string_view(cell).substr(start, end - start)); !item.empty())
            items.push_back(item);
        start = end + 1;
    }
    return items;
}

}  // namespace hoithao::io
