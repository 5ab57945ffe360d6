#pragma once
// Agenda files: Markdown programme, CSV for spreadsheets, JSON for tools; the other
// formats have their own files (export_ics, export_html, export_xlsx, export_svg).
// Writers take a stream so they are testable; export_agenda() lays out a folder.
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "io/agenda_view.hpp"

namespace hoithao::io {

enum class Format { Markdown, Csv, Json, Ics, Html, Xlsx, Svg };
std::optional<Format> parse_format(const std::string& text);  // "md", "csv", "json", "ics", "html", "xlsx", "svg"
std::string extension(Format format);
const std::vector<Format>& all_formats();

struct ExportOptions {
    std::vector<Format> formats = all_formats();
    std::vector<Selector> selectors;  // empty: the whole event plus one file per delegation, person and room
    Audience audience;                // language; whether it is the version handed out
    std::map<std::string, int> sequences;  // session id -> iCalendar SEQUENCE; absent means 0
};

// "Chương trình: <event> — <who> (phiên bản 3)", the heading of every file; the
// version handed out has no version number.
std::string agenda_title(const model::Scenario& s, const model::Agenda& a, const Selector& who,
                         const Audience& audience);
// "A; B; C": everyone expected, by precedence, named for a reader of `lang`.
std::string people_names(const AgendaRow& row, const std::string& lang);

// The table CSV and XLSX share: a fixed header and one line per row. Staff's table has
// the session's and hall's ids, ISO days and column ids as header, so that `check
// --agenda` reads it back; the version handed out has no ids, and days, kinds and the
// header in the reader's words.
std::vector<std::string> table_columns(const Audience& audience);  // ids: "day", "start", …
std::vector<std::string> table_header(const Audience& audience);
std::vector<std::string> table_cells(const AgendaRow& row, const Audience& audience);

void write_markdown(const model::Scenario& s, const model::Agenda& a, const Selector& who,
                    const Audience& audience, std::ostream& out);
void write_csv(const model::Scenario& s, const model::Agenda& a, const Selector& who,
               const Audience& audience, std::ostream& out);
// For tools, so never handed out: it always carries ids and the version.
void write_json(const model::Scenario& s, const model::Agenda& a, const Selector& who, std::ostream& out);

// Writes every requested file inside `dir` (created if needed) and returns their
// paths. SVG timelines (timeline-DAY.svg) are made for the whole event only. Names come from ids, reduced to safe characters, so nothing is written
// outside `dir`. Each file is written to a temporary name and renamed into place.
std::vector<std::filesystem::path> export_agenda(const model::Scenario& s, const model::Agenda& a,
                                                 const ExportOptions& options,
                                                 const std::filesystem::path& dir);

// A CSV cell a spreadsheet will not evaluate: text starting with = + - @ TAB or CR gets a leading '.
std::string neutralise_formula(const std::string& cell);
// A file-name part made of [A-Za-z0-9._-] only, never "." or "..".
std::string safe_file_part(const std::string& text);

}  // namespace hoithao::io
