#include "io/export.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <csv.h>
#include <nlohmann/json.hpp>

#include "io/export_html.hpp"
#include "io/export_ics.hpp"
#include "io/export_svg.hpp"
#include "io/export_xlsx.hpp"
#include "io/labels.hpp"
#include "io/programme.hpp"
#include "model/error.hpp"

namespace hoithao::io {
namespace fs = std::filesystem;

namespace {

std::string markdown_cell(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string csv_field(const std::string& text) {
    auto safe = neutralise_formula(text);
    std::string quoted(safe.size() * 2 + 2, '\0');
    quoted.resize(csv_write(quoted.data(), quoted.size(), safe.data(), safe.size()));
    return quoted;
}

}  // namespace

std::string people_names(const AgendaRow& row, const std::string& lang) {
    std::string text;
    for (const auto* p : row.people) text += (text.empty() ? "" : "; ") + display_name(*p, lang);
    return text;
}

// "Ký kết: Trịnh Văn Khải, Khăm-xinh Vông-xay; Chứng kiến: …", role by role.
std::string roles_text(const AgendaRow& row, const std::string& lang) {
    std::string text;
    for (const auto& lead : session_leads(row)) {
        std::string names;
        for (const auto* p : lead.people) names += (names.empty() ? "" : ", ") + display_name(*p, lang);
        text += (text.empty() ? "" : "; ") + std::string(role_label(lead.role, lang)) + ": " + names;
    }
    return text;
}

// Those with a role first, by role, then "Dự: …" the others; without roles, everyone.
std::string people_with_roles(const AgendaRow& row, const std::string& lang) {
    auto text = roles_text(row, lang);
    if (text.empty()) return people_names(row, lang);
    std::string others;
    for (const auto* p : row.people)
        if (!role_at(row, p->id)) others += (others.empty() ? "" : ", ") + display_name(*p, lang);
    return others.empty() ? text : text + "; " + labels(lang).attendee + ": " + others;
}

std::string agenda_title(const model::Scenario& s, const model::Agenda& a, const Selector& who,
                         const Audience& audience) {
    const auto& l = labels(audience.lang);
    std::string title = std::string(l.programme) + ": " + s.event.name;
    if (who.kind == "delegation") title += " — " + s.find_delegation(who.id)->name;
    if (who.kind == "person") title += " — " + display_name(*s.find_participant(who.id), audience.lang);
    if (who.kind == "room") title += " — " + s.find_room(who.id)->name;
    if (audience.final) return title;
    return title + " (" + l.version + " " + std::to_string(a.version) + ")";
}

namespace {

// The table's columns, in order; `staff` ones are internal and left out of the version handed out.
struct Column {
    const char* id;
    bool staff;
};
constexpr Column kColumns[] = {
    {"day", false},   {"start", false}, {"end", false},   {"zone", true},    {"session_id", true},
    {"title", false}, {"kind", false},  {"roles", false}, {"room_id", true}, {"room", false},  {"venue", false},
    {"address", false}, {"city", false}, {"attendees", false}, {"interpreter", false},
};

std::vector<std::string> shown_columns(std::vector<std::string> all, bool final) {
    std::vector<std::string> shown;
    for (std::size_t i = 0; i < all.size(); ++i)
        if (!final || !kColumns[i].staff) shown.push_back(std::move(all[i]));
    return shown;
}

}  // namespace

std::vector<std::string> table_columns(const Audience& audience) {
    std::vector<std::string> ids;
    for (const auto& column : kColumns) ids.push_back(column.id);
    return shown_columns(std::move(ids), audience.final);
}

std::vector<std::string> table_header(const Audience& audience) {
    auto header = table_columns(audience);
    if (audience.final)
        for (auto& cell : header) cell = column_label(cell, audience.lang);
    return header;
}

std::vector<std::string> table_cells(const AgendaRow& row, const Audience& audience) {
    const auto& lang = audience.lang;
    const auto* venue = row.venue;
    auto day = audience.final ? day_heading(*model::parse_day(row.day), lang) : row.day;
    auto kind = audience.final ? kind_label(row.session->kind, lang) : model::to_string(row.session->kind);
    std::vector<std::string> cells{
        day, row.start, row.end, row.zone, row.session->id, row.session->title.in(lang), kind, roles_text(row, lang),
        row.placement->room_id, row.room ? row.room->name : "", venue ? venue->name : "",
        venue ? venue->address : "", venue ? venue->city : "", people_names(row, lang),
        row.interpreter ? display_name(*row.interpreter, lang) : ""};
    return shown_columns(std::move(cells), audience.final);
}

std::optional<Format> parse_format(const std::string& text) {
    if (text == "md" || text == "markdown") return Format::Markdown;
    if (text == "csv") return Format::Csv;
    if (text == "json") return Format::Json;
    if (text == "ics") return Format::Ics;
    if (text == "html") return Format::Html;
    if (text == "xlsx") return Format::Xlsx;
    if (text == "svg") return Format::Svg;
    return std::nullopt;
}

const std::vector<Format>& all_formats() {
    static const std::vector<Format> formats{Format::Markdown, Format::Csv, Format::Json, Format::Ics,
                                             Format::Html,     Format::Xlsx, Format::Svg};
    return formats;
}

std::string extension(Format format) {
    switch (format) {
        case Format::Markdown: return "md";
        case Format::Csv: return "csv";
        case Format::Json: return "json";
        case Format::Ics: return "ics";
        case Format::Html: return "html";
        case Format::Xlsx: return "xlsx";
        case Format::Svg: return "svg";
    }
    return "txt";
}

std::string neutralise_formula(const std::string& cell) {
    if (!cell.empty() && std::string("=+-@\t\r").find(cell.front()) != std::string::npos) return "'" + cell;
    return cell;
}

std::string safe_file_part(const std::string& text) {
    std::string out;
    for (unsigned char c : text) out += (std::isalnum(c) && c < 128) || c == '-' || c == '_' || c == '.' ? char(c) : '_';
    if (out.empty() || out.find_first_not_of('.') == std::string::npos) out = "_" + out;
    return out;
}

void write_markdown(const model::Scenario& s, const model::Agenda& a, const Selector& who,
                    const Audience& audience, std::ostream& out) {
    const auto& lang = audience.lang;
    const auto& l = labels(lang);
    out << "# " << markdown_cell(agenda_title(s, a, who, audience)) << "\n";
    const auto rows = agenda_rows(s, a, who);
    std::string day;
    for (const auto& line : programme_lines(s, rows, who)) {
        if (line.day != day) {
            day = line.day;
            out << "\n## " << day_heading(*model::parse_day(day), lang) << "\n\n"
                << "| " << l.time << " | " << l.session << " | " << l.hall << " | " << l.attendees << " | "
                << l.interpreter << " |\n|---|---|---|---|---|\n";
        }
        auto time = line.end.empty() ? line.start : line.start + "–" + line.end;
        out << "| " << time << " | " << markdown_cell(line_text(line, lang)) << " | ";
        if (const auto* row = line.row)
            out << markdown_cell(place_label(*row)) << " | "
                << markdown_cell(people_with_roles(*row, lang)) << " | "
                << markdown_cell(row->interpreter ? display_name(*row->interpreter, lang) : "") << " |\n";
        else
            out << "| | |\n";
    }
}

void write_csv(const model::Scenario& s, const model::Agenda& a, const Selector& who, const Audience& audience,
               std::ostream& out) {
    // Excel needs the BOM to read UTF-8; RFC 4180 wants CRLF.
    out << "\xEF\xBB\xBF";
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_field(cells[i]);
        out << "\r\n";
    };
    line(table_header(audience));
    for (const auto& row : agenda_rows(s, a, who)) line(table_cells(row, audience));
}

void write_json(const model::Scenario& s, const model::Agenda& a, const Selector& who, std::ostream& out) {
    using nlohmann::json;
    json sessions = json::array();
    for (const auto& row : agenda_rows(s, a, who)) {
        json people = json::array();
        for (const auto* p : row.people)
            people.push_back({{"id", p->id}, {"name", p->name}, {"rank", p->rank}, {"delegation", p->delegation_id}});
        const auto& t = row.session->title;
        sessions.push_back({
            {"id", row.session->id},
            {"title", {{"vi", t.vi}, {"lo", t.lo}, {"en", t.en}}},
            {"kind", model::to_string(row.session->kind)},
            {"start", model::format_iso_local(row.placement->start, row.zone)},
            {"end", model::format_iso_local(row.placement->end, row.zone)},
            {"zone", row.zone},
            {"room", {{"id", row.placement->room_id}, {"name", row.room ? row.room->name : ""}}},
            {"venue", {{"id", row.venue ? row.venue->id : ""}, {"name", row.venue ? row.venue->name : ""},
                       {"city", row.venue ? row.venue->city : ""}}},
            {"delegations", row.session->delegations},
            {"people", people},
            {"interpreter", row.interpreter ? json(row.interpreter->id) : json(nullptr)},
            {"pinned", row.placement->pinned},
        });
    }
    json doc{
        {"schema", "hoithao-agenda/1"},
        {"event", {{"id", s.event.id}, {"name", s.event.name}, {"host", s.event.host_side},
                   {"timezone", s.event.zone}, {"first_day", model::format_day(s.event.first_day)},
                   {"last_day", model::format_day(s.event.last_day)}}},
        {"version", a.version},
        {"status", model::to_string(a.status)},
        {"note", a.note},
        {"created_at", a.created_at},
        {"selection", who.kind.empty() ? json(nullptr) : json(who.kind + ":" + who.id)},
        {"sessions", sessions},
    };
    out << doc.dump(2) << "\n";
}

namespace {

// Writes through a temporary name so a reader never sees half a file.
template <typename Write>
void write_atomically(const fs::path& path, Write write) {
    auto temp = path;
    temp += ".tmp";
    try {
        write(temp);
        fs::rename(temp, path);
    } catch (...) {
        std::error_code ec;
        fs::remove(temp, ec);
        throw;
    }
}

void write_text(const fs::path& path, const std::string& content) {
    write_atomically(path, [&](const fs::path& temp) {
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        file << content;
        if (!file.flush()) throw model::Error(model::ExitCode::Internal, "cannot write " + temp.string());
    });
}

std::string text_file(const model::Scenario& s, const model::Agenda& a, const Selector& who,
                      const ExportOptions& options, Format format) {
    std::ostringstream text;
    switch (format) {
        case Format::Markdown: write_markdown(s, a, who, options.audience, text); break;
        case Format::Csv: write_csv(s, a, who, options.audience, text); break;
        case Format::Json: write_json(s, a, who, text); break;
        case Format::Ics: write_ics(s, a, who, options.audience, options.sequences, text); break;
        case Format::Html: write_html(s, a, who, options.audience, text); break;
        case Format::Xlsx:
        case Format::Svg: break;  // not one text file per reader
    }
    return text.str();
}

std::vector<Selector> everyone(const model::Scenario& s) {
    std::vector<Selector> all{{}};
    for (const auto& d : s.delegations) all.push_back({"delegation", d.id});
    for (const auto& p : s.participants) all.push_back({"person", p.id});
    for (const auto& r : s.rooms) all.push_back({"room", r.id});
    return all;
}

}  // namespace

std::vector<fs::path> export_agenda(const model::Scenario& s, const model::Agenda& a, const ExportOptions& options,
                                    const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir))
        throw model::InputError("", "--out", "cannot create folder " + dir.string() + ": " + ec.message());
    if (options.audience.final &&
        std::find(options.formats.begin(), options.formats.end(), Format::Json) != options.formats.end())
        throw model::InputError("", "--format", "json is for tools and always carries ids and the version number; "
                                                "leave it out of the version handed out (--final)");
    auto selectors = options.selectors.empty() ? everyone(s) : options.selectors;
    std::set<std::string> used_rooms;
    for (const auto& p : a.placements) used_rooms.insert(p.room_id);

    std::vector<fs::path> written;
    for (const auto& who : selectors) {
        // Halls with nothing planned get no file when exporting everything.
        if (options.selectors.empty() && who.kind == "room" && !used_rooms.count(who.id)) continue;
        auto stem = who.kind.empty() ? "event" : who.kind + "-" + safe_file_part(who.id);
        for (auto format : options.formats) {
            if (format == Format::Svg) {
                if (!who.kind.empty()) continue;
                for (const auto& day : agenda_days(agenda_rows(s, a))) {
                    std::ostringstream svg;
                    write_svg_timeline(s, a, day, options.audience, svg);
                    written.push_back(dir / ("timeline-" + day + ".svg"));
                    write_text(written.back(), svg.str());
                }
                continue;
            }
            auto path = dir / (stem + "." + extension(format));
            if (format == Format::Xlsx)
                write_atomically(path, [&](const fs::path& temp) { write_xlsx(s, a, who, options.audience, temp); });
            else
                write_text(path, text_file(s, a, who, options, format));
            written.push_back(path);
        }
    }
    return written;
}

}  // namespace hoithao::io
