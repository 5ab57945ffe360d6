#include "io/export_html.hpp"

#include <algorithm>

#include "io/export.hpp"
#include "io/labels.hpp"
#include "io/markup.hpp"
#include "io/programme.hpp"

namespace hoithao::io {

namespace {

// Lao first so Lao script never falls back to a font without it; Noto Sans covers
// Vietnamese. Inline only: the page must print the same offline.
constexpr const char* kStyle = R"(
@page { size: A4; margin: 16mm 14mm; }
html { font-family: "Noto Sans Lao", "Phetsarath OT", "Noto Sans", sans-serif; font-size: 10pt; color: #111; }
body { margin: 0 auto; max-width: 182mm; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
.event { font-size: 11pt; margin: 0 0 1mm; }
.meta, .kind, .venue, .address, .title { color: #555; font-size: 8.5pt; }
.tentative { color: #a00; font-weight: bold; }
h2 { font-size: 12pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.4mm solid #333; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th.time { width: 21mm; }
th.hall { width: 32mm; }
th.role { width: 22mm; }
thead { display: table-header-group; }
th { text-align: left; font-size: 8.5pt; color: #333; border-bottom: 0.3mm solid #333; }
th, td { vertical-align: top; padding: 1.4mm 1.6mm; }
td { border-bottom: 0.2mm solid #ccc; }
tr { break-inside: avoid; }
td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.session strong { display: block; }
.people div { margin-bottom: 0.6mm; }
tr.break td, tr.arrival td, tr.departure td { color: #444; font-style: italic; background: #f4f4f4; }
.sheet section.day + section.day { break-before: page; }
@media screen { body { padding: 8mm; } }
)";

std::string names(const std::vector<const model::Participant*>& people, const std::string& lang) {
    std::string text;
    for (const auto* p : people) text += (text.empty() ? "" : ", ") + display_name(*p, lang);
    return text;
}

void labelled(std::ostream& out, const char* label, const std::string& value) {
    if (!value.empty()) out << "<div><b>" << escape_markup(label) << ":</b> " << escape_markup(value) << "</div>";
}

std::string delegation_names(const model::Scenario& s, const model::Session& session) {
    std::string text;
    for (const auto& id : session.delegations) {
        const auto* d = s.find_delegation(id);
        text += (text.empty() ? "" : ", ") + (d ? d->name : id);
    }
    return text;
}

// What `person` does at the session, for the "my day" sheet.
std::string role_of(const AgendaRow& row, const std::string& person, const std::string& lang) {
    const auto role = role_at(row, person);
    if (!role) return labels(lang).attendee;
    return *role == model::SessionRole::Interpreter ? labels(lang).interpreter : role_label(*role, lang);
}

void header(std::ostream& out, const model::Scenario& s, const model::Agenda& a, const Selector& who,
            const Audience& audience) {
    const auto& lang = audience.lang;
    const auto& l = labels(lang);
    out << "<header>\n<h1>" << escape_markup(agenda_title(s, a, who, audience)) << "</h1>\n";
    if (const auto* p = who.kind == "person" ? s.find_participant(who.id) : nullptr) {
        const auto* d = s.find_delegation(p->delegation_id);
        out << "<p class=\"event\">" << escape_markup(display_name(*p, lang)) << "</p>\n<p class=\"title\">"
            << escape_markup(p->title + (d ? " — " + d->name : "")) << "</p>\n";
    }
    out << "<p class=\"meta\">" << escape_markup(days_span(s.event.first_day, s.event.last_day, lang));
    if (!audience.final) out << " · " << escape_markup(l.version) << " " << a.version;
    if (a.status != model::AgendaStatus::Complete) out << " · <span class=\"tentative\">" << l.tentative << "</span>";
    out << "</p>\n</header>\n";
}

void table_head(std::ostream& out, const Labels& l, bool personal) {
    // Fixed widths, so every day's table lines up with the others.
    out << "<table>\n<thead><tr><th class=\"time\">" << l.time << "</th><th>" << l.session << "</th><th class=\"hall\">"
        << l.hall << "</th>";
    if (personal) out << "<th class=\"role\">" << l.my_role << "</th>";
    out << "<th>" << l.attendees << "</th></tr></thead>\n<tbody>\n";
}

void session_row(std::ostream& out, const model::Scenario& s, const AgendaRow& row, const Selector& who,
                 const Audience& audience) {
    const auto& lang = audience.lang;
    const auto& l = labels(lang);
    out << "<tr class=\"kind-" << model::to_string(row.session->kind) << "\"><td class=\"time\">" << row.start << "–"
        << row.end << "</td>\n<td class=\"session\"><strong>" << escape_markup(row.session->title.in(lang))
        << "</strong><span class=\"kind\">" << escape_markup(kind_label(row.session->kind, lang)) << "</span>";
    if (!audience.final && !row.session->notes.empty())  // staff notes are not for the guests
        out << "<div class=\"notes\">" << l.notes << ": " << escape_markup(row.session->notes) << "</div>";
    out << "</td>\n<td>" << escape_markup(row.room ? row.room->name : row.placement->room_id);
    if (row.venue) {
        out << "<div class=\"venue\">" << escape_markup(row.venue->name + ", " + row.venue->city) << "</div>";
        if (!row.venue->address.empty())
            out << "<div class=\"address\">" << escape_markup(row.venue->address) << "</div>";
    }
    out << "</td>\n";
    if (who.kind == "person") out << "<td>" << escape_markup(role_of(row, who.id, lang)) << "</td>\n";
    out << "<td class=\"people\">";
    for (const auto& lead : session_leads(row)) labelled(out, role_label(lead.role, lang), names(lead.people, lang));
    labelled(out, l.delegations, delegation_names(s, *row.session));
    labelled(out, l.interpreter, row.interpreter ? display_name(*row.interpreter, lang) : "");
    out << "</td></tr>\n";
}

// A break, arrival or departure: its time, and its words across the other columns.
void other_row(std::ostream& out, const ProgrammeLine& line, bool personal, const std::string& lang) {
    const char* kind = line.kind == ProgrammeLine::Kind::Break     ? "break"
                       : line.kind == ProgrammeLine::Kind::Arrival ? "arrival"
                                                                   : "departure";
    out << "<tr class=\"" << kind << "\"><td class=\"time\">" << line.start << (line.end.empty() ? "" : "–")
        << line.end << "</td>\n<td class=\"session\" colspan=\"" << (personal ? 4 : 3) << "\">"
        << escape_markup(line_text(line, lang)) << "</td></tr>\n";
}

}  // namespace

void write_html(const model::Scenario& s, const model::Agenda& a, const Selector& who, const Audience& audience,
                std::ostream& out) {
    const auto& lang = audience.lang;
    const bool personal = who.kind == "person";
    out << "<!DOCTYPE html>\n<html lang=\"" << escape_markup(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"hoithao\">\n<title>" << escape_markup(agenda_title(s, a, who, audience))
        << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body" << (personal ? " class=\"sheet\"" : "")
        << ">\n";
    header(out, s, a, who, audience);
    const auto rows = agenda_rows(s, a, who);
    std::string day;
    for (const auto& line : programme_lines(s, rows, who)) {
        if (line.day != day) {
            if (!day.empty()) out << "</tbody>\n</table>\n</section>\n";
            day = line.day;
            out << "<section class=\"day\">\n<h2>" << escape_markup(day_heading(*model::parse_day(day), lang))
                << "</h2>\n";
            table_head(out, labels(lang), personal);
        }
        if (line.row)
            session_row(out, s, *line.row, who, audience);
        else
            other_row(out, line, personal, lang);
    }
    if (!day.empty()) out << "</tbody>\n</table>\n</section>\n";
    out << "</body>\n</html>\n";
}

}  // namespace hoithao::io
