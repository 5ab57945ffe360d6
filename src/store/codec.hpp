#pragma once
// How model values are written into database cells and read back. Scalars become
// text a person can read and edit in sqlite3 (days "2022-09-09", clocks "08:30",
// instants "2022-09-09T01:00:00Z"); list-valued attributes become JSON text.
// Rows may have been edited by hand, so every decoder validates: a bad cell throws
// model::InputError naming the row and the column.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::store::codec {

// The cell being written or read, for messages: row "x.db: sessions 's1'", column "windows".
struct Cell {
    const std::string& row;
    const char* column;
};

std::string encode_day(model::Day day);
std::string encode_clock(model::ClockTime clock, const Cell& cell);  // refuses values outside 00:00–24:00
std::string encode_instant(model::TimePoint t);

model::Day decode_day(const std::string& text, const Cell& cell);
model::ClockTime decode_clock(const std::string& text, const Cell& cell);
model::TimePoint decode_instant(const std::string& text, const Cell& cell);
model::SessionKind decode_session_kind(const std::string& text, const Cell& cell);
model::InterpretationMode decode_interpretation_mode(const std::string& text, const Cell& cell);
model::AgendaStatus decode_agenda_status(const std::string& text, const Cell& cell);

// JSON list columns. Encoders refuse text that is not UTF-8.
std::string encode_strings(const std::vector<std::string>& items, const Cell& cell);
std::string encode_strings(const std::set<std::string>& items, const Cell& cell);
std::string encode_names(const std::map<std::string, std::string>& names, const Cell& cell);
std::string encode_roles(const std::set<model::Role>& roles);
std::string encode_intervals(const std::vector<model::Interval>& intervals);
std::string encode_days(const std::vector<model::Day>& days);
std::string encode_windows(const std::vector<model::ClockWindow>& windows, const Cell& cell);
std::string encode_breaks(const std::vector<model::MealBreak>& breaks, const Cell& cell);
std::string encode_after(const std::vector<model::After>& after, const Cell& cell);
std::string encode_session_roles(const model::SessionRoles& roles, const Cell& cell);  // {"signers": ["a", "b"]}

std::vector<std::string> decode_string_list(const std::string& text, const Cell& cell);
std::set<std::string> decode_string_set(const std::string& text, const Cell& cell);
std::map<std::string, std::string> decode_names(const std::string& text, const Cell& cell);
std::set<model::Role> decode_roles(const std::string& text, const Cell& cell);
std::vector<model::Interval> decode_intervals(const std::string& text, const Cell& cell);
std::vector<model::Day> decode_days(const std::string& text, const Cell& cell);
std::vector<model::ClockWindow> decode_windows(const std::string& text, const Cell& cell);
std::vector<model::MealBreak> decode_breaks(const std::string& text, const Cell& cell);
std::vector<model::After> decode_after(const std::string& text, const Cell& cell);
model::SessionRoles decode_session_roles(const std::string& text, const Cell& cell);

}  // namespace hoithao::store::codec
