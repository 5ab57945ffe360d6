#pragma once
// Parsing of the textual values shared by TOML and CSV: days, clock times, windows,
// precedence entries, enum words. Each throws BadValue with a message naming the
// value; the caller adds file, line and field.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "model/scenario.hpp"

namespace hoithao::io {

class BadValue : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A wall-clock moment not yet tied to a zone: "2022-09-09 08:00".
struct LocalTime {
    model::Day day;
    model::ClockTime clock;
};

// Text from a file as shown in a message: control characters as \u001B, invalid
// UTF-8 as \xE1 and long text cut to 100 characters, so that a message stays one
// readable line whatever the input.
std::string printable(std::string_view text, std::size_t max_chars = 100);
std::string in_quotes(std::string_view text);  // 'printable text'

model::Day day_value(const std::string& text);
model::ClockTime clock_value(const std::string& text);
LocalTime local_time_value(const std::string& text);
model::ClockWindow window_value(const std::string& from, const std::string& to);
model::ClockWindow window_value(const std::string& text);  // "08:00-11:30"
model::After after_value(const std::string& text);         // "opening+15" or "opening"
model::Role role_value(const std::string& text);
model::SessionKind kind_value(const std::string& text);
model::InterpretationMode mode_value(const std::string& text);
void check_id(const std::string& text);         // letters, digits, '-', '_', '.'; not dots alone
void check_side(const std::string& text);       // "VN", "LA": two capital letters
void check_language(const std::string& text);   // "vi", "lo", "en": two or three small letters

// Longest text accepted in one value, in characters (code points): names and titles,
// and multi-line fields such as notes.
inline constexpr std::size_t kMaxLineChars = 1000;
inline constexpr std::size_t kMaxMultiLineChars = 10000;

bool is_utf8(std::string_view text);  // well-formed: no overlong forms, surrogates or values past U+10FFFF

// Checks a text value read from a file: well-formed UTF-8, no control character
// (C0 but TAB, DEL, C1; LF and CRLF only when `multiline`), at most the length above.
void check_text(std::string_view text, bool multiline);
// The fields that may hold several lines: notes.
bool is_multiline_field(std::string_view field);

// Splits a ';'-separated CSV cell, trimming blanks and dropping empty items.
std::vector<std::string> split_list(const std::string& cell);

}  // namespace hoithao::io
