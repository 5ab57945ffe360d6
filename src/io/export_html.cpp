#include "io/export_html.hpp"

#include <algorithm>

#include "io/export.hpp"
#include "io/labels.hpp"
#include "io/markup.hpp"

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
.meta, .kind, .venue, .title { color: #555; font-size: 8.5pt; }
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
.sheet section.day + section.day { break-before: page; }
@media screen { body { padding: 8mm; } }
)";

std::string names(const std::vector<const model::Participant*>& people) {
    std::string text;
    for (const auto* p : people) text += (text.empty() ? "" : ", ") + p->name;
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
            const std::string& lang) {
    const auto& l = labels(lang);
    out << "<header>\n<h1>" << escape_markup(agenda_title(s, a, who, lang)) << "</h1>\n";
    if (const auto* p = who.kind == "person" ? s.find_participant(who.id) : nullptr) {
        const auto* d = s.find_delegation(p->delegation_id);
        out << "<p class=\"event\">" << escape_markup(p->name) << "</p>\n<p class=\"title\">"
            << escape_markup(p->title + (d ? " — " + d->name : "")) << "</p>\n";
    }
    out << "<p class=\"meta\">" << model::format_day(s.event.first_day) << " – " << model::format_day(s.event.last_day)
        << " · " << escape_markup(l.version) << " " << a.version;
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

void table_row(std::ostream& out, const model::Scenario& s, const AgendaRow& row, const Selector& who,
               const std::string& lang) {
    const auto& l = labels(lang);
    out << "<tr class=\"kind-" << model::to_string(row.session->kind) << "\"><td class=\"time\">" << row.start << "–"
        << row.end << "</td>\n<td class=\"session\"><strong>" << escape_markup(row.session->title.in(lang))
        << "</strong><span class=\"kind\">" << escape_markup(kind_label(row.session->kind, lang)) << "</span>";
    if (!row.session->notes.empty())
        out << "<div class=\"notes\">" << l.notes << ": " << escape_markup(row.session->notes) << "</div>";
    out << "</td>\n<td>" << escape_markup(row.room ? row.room->name : row.placement->room_id);
    if (row.venue) out << "<div class=\"venue\">" << escape_markup(row.venue->name + ", " + row.venue->city) << "</div>";
    out << "</td>\n";
    if (who.kind == "person") out << "<td>" << escape_markup(role_of(row, who.id, lang)) << "</td>\n";
    out << "<td class=\"people\">";
    for (const auto& lead : session_leads(row)) labelled(out, role_label(lead.role, lang), names(lead.people));
    labelled(out, l.delegations, delegation_names(s, *row.session));
    labelled(out, l.interpreter, row.interpreter ? row.interpreter->name : "");
    out << "</td></tr>\n";
}

}  // namespace

void write_html(const model::Scenario& s, const model::Agenda& a, const Selector& who, const std::string& lang,
                std::ostream& out) {
    const bool personal = who.kind == "person";
    out << "<!DOCTYPE html>\n<html lang=\"" << escape_markup(lang) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<meta name=\"generator\" content=\"hoithao\">\n<title>" << escape_markup(agenda_title(s, a, who, lang))
        << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body" << (personal ? " class=\"sheet\"" : "")
        << ">\n";
    header(out, s, a, who, lang);
    std::string day;
    for (const auto& row : agenda_rows(s, a)) {
        if (!who.selects(row)) continue;
        if (row.day != day) {
            if (!day.empty()) out << "</tbody>\n</table>\n</section>\n";
            day = row.day;
            out << "<section class=\"day\">\n<h2>" << escape_markup(day_heading(*model::parse_day(day), lang))
                << "</h2>\n";
            table_head(out, labels(lang), personal);
        }
        table_row(out, s, row, who, lang);
    }
    if (!day.empty()) out << "</tbody>\n</table>\n</section>\n";
    out << "</body>\n</html>\n";
}

}  // namespace hoithao::io
