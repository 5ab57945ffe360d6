#include "io/export.hpp"

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <csv.h>
#include <nlohmann/json.hpp>

#include "io/labels.hpp"
#include "model/error.hpp"

namespace hoithao::io {
namespace fs = std::filesystem;

namespace {

std::string people_list(const AgendaRow& row) {
    std::string text;
    for (const auto* p : row.people) text += (text.empty() ? "" : "; ") + p->name;
    return text;
}

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

std::string title_line(const model::Scenario& s, const model::Agenda& a, const Selector& who,
                       const std::string& lang) {
    std::string title = std::string(labels(lang).programme) + ": " + s.event.name;
    if (who.kind == "delegation") title += " — " + s.find_delegation(who.id)->name;
    if (who.kind == "person") title += " — " + s.find_participant(who.id)->name;
    if (who.kind == "room") title += " — " + s.find_room(who.id)->name;
    return title + " (" + labels(lang).version + " " + std::to_string(a.version) + ")";
}

}  // namespace

std::optional<Format> parse_format(const std::string& text) {
    if (text == "md" || text == "markdown") return Format::Markdown;
    if (text == "csv") return Format::Csv;
    if (text == "json") return Format::Json;
    return std::nullopt;
}

std::string extension(Format format) {
    switch (format) {
        case Format::Markdown: return "md";
        case Format::Csv: return "csv";
        case Format::Json: return "json";
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
                    const std::string& lang, std::ostream& out) {
    const auto& l = labels(lang);
    out << "# " << markdown_cell(title_line(s, a, who, lang)) << "\n";
    std::string day;
    for (const auto& row : agenda_rows(s, a)) {
        if (!who.selects(row)) continue;
        if (row.day != day) {
            day = row.day;
            out << "\n## " << day_heading(*model::parse_day(day), lang) << "\n\n"
                << "| " << l.time << " | " << l.session << " | " << l.hall << " | " << l.attendees << " | "
                << l.interpreter << " |\n|---|---|---|---|---|\n";
        }
        out << "| " << row.start << "–" << row.end << " | " << markdown_cell(row.session->title.in(lang)) << " | "
            << markdown_cell(room_label(row)) << " | " << markdown_cell(people_list(row)) << " | "
            << markdown_cell(row.interpreter ? row.interpreter->name : "") << " |\n";
    }
}

void write_csv(const model::Scenario& s, const model::Agenda& a, const Selector& who, const std::string& lang,
               std::ostream& out) {
    // Excel needs the BOM to read UTF-8; RFC 4180 wants CRLF.
    out << "\xEF\xBB\xBF";
    const std::vector<std::string> header{"day", "start", "end", "zone", "session_id", "title", "kind", "room_id",
                                          "room", "venue", "city", "attendees", "interpreter"};
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_field(cells[i]);
        out << "\r\n";
    };
    line(header);
    for (const auto& row : agenda_rows(s, a)) {
        if (!who.selects(row)) continue;
        line({row.day, row.start, row.end, row.zone, row.session->id, row.session->title.in(lang),
              model::to_string(row.session->kind), row.placement->room_id, row.room ? row.room->name : "",
              row.venue ? row.venue->name : "", row.venue ? row.venue->city : "", people_list(row),
              row.interpreter ? row.interpreter->name : ""});
    }
}

void write_json(const model::Scenario& s, const model::Agenda& a, const Selector& who, std::ostream& out) {
    using nlohmann::json;
    json sessions = json::array();
    for (const auto& row : agenda_rows(s, a)) {
        if (!who.selects(row)) continue;
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

void write_file(const fs::path& path, const std::string& content) {
    auto temp = path;
    temp += ".tmp";
    {
        std::ofstream file(temp, std::ios::binary | std::ios::trunc);
        file << content;
        if (!file.flush()) throw model::Error(model::ExitCode::Internal, "cannot write " + temp.string());
    }
    fs::rename(temp, path);
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
    auto selectors = options.selectors.empty() ? everyone(s) : options.selectors;
    std::set<std::string> used_rooms;
    for (const auto& p : a.placements) used_rooms.insert(p.room_id);

    std::vector<fs::path> written;
    for (const auto& who : selectors) {
        // Halls with nothing planned get no file when exporting everything.
        if (options.selectors.empty() && who.kind == "room" && !used_rooms.count(who.id)) continue;
        auto stem = who.kind.empty() ? "event" : who.kind + "-" + safe_file_part(who.id);
        for (auto format : options.formats) {
            std::ostringstream text;
            if (format == Format::Markdown) write_markdown(s, a, who, options.lang, text);
            if (format == Format::Csv) write_csv(s, a, who, options.lang, text);
            if (format == Format::Json) write_json(s, a, who, text);
            auto path = dir / (stem + "." + extension(format));
            write_file(path, text.str());
            written.push_back(path);
        }
    }
    return written;
}

}  // namespace hoithao::io
