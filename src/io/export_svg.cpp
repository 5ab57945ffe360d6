#include "io/export_svg.hpp"

#include <algorithm>
#include <iterator>
#include <set>

#include "io/collate.hpp"
#include "io/export.hpp"
#include "io/labels.hpp"
#include "io/markup.hpp"
#include "io/text_width.hpp"

namespace hoithao::io {

namespace {

constexpr int kHourWidth = 150;   // wide enough for a 20-minute box to show its time
constexpr int kLabelWidth = 230;  // hall names
constexpr int kRight = 20;
constexpr int kTop = 78;          // title and hour labels
constexpr int kRowHeight = 58;
constexpr int kLegendRow = 22;

// One colour per model::SessionKind, in its order; light enough for dark text.
constexpr const char* kColours[] = {"#f4a261", "#8ecae6", "#a8dadc", "#cdb4db", "#e76f51", "#e9c46a", "#b5e48c",
                                    "#99d98c", "#d9d9d9", "#ffafcc", "#f7cad0", "#f4978e", "#ced4da"};
static_assert(std::size(kColours) == static_cast<std::size_t>(model::SessionKind::Travel) + 1);

const char* colour(model::SessionKind kind) { return kColours[static_cast<int>(kind)]; }

int minutes_of(const std::string& clock) { return model::parse_clock(clock)->minutes; }

struct Layout {
    int from = 0, to = 0;  // minutes after local midnight, whole hours
    int width() const { return kLabelWidth + (to - from) / 60 * kHourWidth + kRight; }
    double x(int minutes) const { return kLabelWidth + double(minutes - from) * kHourWidth / 60.0; }
};

Layout hours_spanned(const std::vector<AgendaRow>& rows) {
    Layout layout{24 * 60, 0};
    for (const auto& row : rows) {
        layout.from = std::min(layout.from, minutes_of(row.start) / 60 * 60);
        int end = row.end < row.start ? 24 * 60 : minutes_of(row.end);  // runs past midnight
        layout.to = std::max(layout.to, (end + 59) / 60 * 60);
    }
    if (layout.to <= layout.from) layout.to = layout.from + 60;
    return layout;
}

std::string hall_key(const AgendaRow& row) { return row.placement->room_id; }

// Halls in use that day, by venue then hall name.
std::vector<const AgendaRow*> hall_rows(const std::vector<AgendaRow>& rows) {
    std::vector<const AgendaRow*> halls;
    for (const auto& row : rows)
        if (std::none_of(halls.begin(), halls.end(), [&](const auto* h) { return hall_key(*h) == hall_key(row); }))
            halls.push_back(&row);
    std::sort(halls.begin(), halls.end(), [](const AgendaRow* a, const AgendaRow* b) {
        const std::string a_venue = a->venue ? a->venue->name : "", b_venue = b->venue ? b->venue->name : "";
        if (a_venue != b_venue) return collate_less(a_venue, b_venue);
        return collate_less(a->room ? a->room->name : a->placement->room_id,
                            b->room ? b->room->name : b->placement->room_id);
    });
    return halls;
}

void grid(std::ostream& out, const Layout& layout, int bottom) {
    for (int m = layout.from; m <= layout.to; m += 60) {
        auto x = layout.x(m);
        out << "<line x1=\"" << x << "\" y1=\"" << kTop - 6 << "\" x2=\"" << x << "\" y2=\"" << bottom
            << "\" stroke=\"#bbb\" stroke-width=\"1\"/>\n<text x=\"" << x << "\" y=\"" << kTop - 12
            << "\" text-anchor=\"middle\" font-size=\"13\" fill=\"#444\">" << model::format_clock({m % (24 * 60)})
            << "</text>\n";
    }
}

void hall_label(std::ostream& out, const AgendaRow& row, int y) {
    out << "<text x=\"10\" y=\"" << y + 24 << "\" font-size=\"14\" font-weight=\"bold\">"
        << escape_markup(row.room ? row.room->name : row.placement->room_id) << "</text>\n";
    if (row.venue)
        out << "<text x=\"10\" y=\"" << y + 42 << "\" font-size=\"11\" fill=\"#555\">"
            << escape_markup(row.venue->name) << "</text>\n";
}

// A box with the time and title; the nested <svg> clips text that does not fit,
// and <title> gives the whole text as a tooltip.
void session_box(std::ostream& out, const AgendaRow& row, const Layout& layout, int y, const Audience& audience) {
    const auto& lang = audience.lang;
    int end = row.end < row.start ? layout.to : minutes_of(row.end);
    auto x = layout.x(minutes_of(row.start));
    auto width = std::max(2.0, layout.x(end) - x);
    const auto& title = row.session->title.in(lang);
    out << "<g class=\"session\"";
    if (!audience.final) out << " data-session=\"" << escape_markup(row.session->id) << "\"";
    out << ">\n<title>"
        << escape_markup(row.start + "–" + row.end + " " + title) << "</title>\n<rect x=\"" << x << "\" y=\"" << y + 4
        << "\" width=\"" << width << "\" height=\"" << kRowHeight - 8 << "\" rx=\"4\" fill=\""
        << colour(row.session->kind) << "\" stroke=\"#555\" stroke-width=\"0.8\"/>\n<svg x=\"" << x << "\" y=\""
        << y + 4 << "\" width=\"" << width << "\" height=\"" << kRowHeight - 8 << "\">\n<text x=\"5\" y=\"17\" "
        << "font-size=\"12\" font-weight=\"bold\">" << row.start << "–" << row.end << "</text>\n<text x=\"5\" y=\"36\""
        << " font-size=\"12\">" << escape_markup(title) << "</text>\n</svg>\n</g>\n";
}

void legend(std::ostream& out, const std::vector<AgendaRow>& rows, int y, const std::string& lang) {
    std::set<model::SessionKind> kinds;
    for (const auto& row : rows) kinds.insert(row.session->kind);
    int x = 10;
    for (auto kind : kinds) {
        auto text = kind_label(kind, lang);
        out << "<rect x=\"" << x << "\" y=\"" << y << "\" width=\"16\" height=\"16\" rx=\"3\" fill=\"" << colour(kind)
            << "\" stroke=\"#555\" stroke-width=\"0.8\"/>\n<text x=\"" << x + 22 << "\" y=\"" << y + 13
            << "\" font-size=\"13\">" << escape_markup(text) << "</text>\n";
        x += 36 + 8 * display_width(text);  // about 8 px per column at 13 px
    }
}

}  // namespace

void write_svg_timeline(const model::Scenario& s, const model::Agenda& a, const std::string& day,
                        const Audience& audience, std::ostream& out) {
    const auto& lang = audience.lang;
    std::vector<AgendaRow> rows;
    for (auto& row : agenda_rows(s, a))
        if (row.day == day) rows.push_back(std::move(row));
    auto layout = hours_spanned(rows);
    auto halls = hall_rows(rows);
    int bottom = kTop + kRowHeight * static_cast<int>(halls.size());
    int height = bottom + 2 * kLegendRow + 10;
    int width = layout.width();

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width
        << "\" height=\"" << height << "\" viewBox=\"0 0 " << width << " " << height << "\" xml:lang=\""
        << escape_markup(lang) << "\" font-family=\"'Noto Sans Lao', 'Phetsarath OT', 'Noto Sans', sans-serif\">\n"
        << "<rect width=\"" << width << "\" height=\"" << height << "\" fill=\"#fff\"/>\n<text x=\"10\" y=\"24\" "
        << "font-size=\"17\" font-weight=\"bold\">" << escape_markup(agenda_title(s, a, {}, audience)) << "</text>\n"
        << "<text x=\"10\" y=\"44\" font-size=\"14\">" << escape_markup(day_heading(*model::parse_day(day), lang))
        << "</text>\n";
    for (std::size_t i = 0; i < halls.size(); ++i) {
        int y = kTop + kRowHeight * static_cast<int>(i);
        out << "<rect x=\"0\" y=\"" << y << "\" width=\"" << width << "\" height=\"" << kRowHeight << "\" fill=\""
            << (i % 2 ? "#fff" : "#f4f4f4") << "\"/>\n";
        hall_label(out, *halls[i], y);
    }
    grid(out, layout, bottom);
    for (std::size_t i = 0; i < halls.size(); ++i)
        for (const auto& row : rows)
            if (hall_key(row) == hall_key(*halls[i]))
                session_box(out, row, layout, kTop + kRowHeight * static_cast<int>(i), audience);
    legend(out, rows, bottom + kLegendRow, lang);
    out << "</svg>\n";
}

}  // namespace hoithao::io
