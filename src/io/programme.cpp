#include "io/programme.hpp"

#include <algorithm>
#include <tuple>

#include "io/labels.hpp"

namespace hoithao::io {
namespace {

ProgrammeLine session_line(const AgendaRow& row) {
    ProgrammeLine line;
    line.at = row.placement->start;
    line.day = row.day;
    line.start = row.start;
    line.end = row.end;
    line.row = &row;
    return line;
}

// The breaks of `day` that fall between its sessions.
void add_breaks(const model::Scenario& s, const std::vector<AgendaRow>& rows, const std::string& day,
                std::vector<ProgrammeLine>& lines) {
    const auto& zone = s.event.zone;
    const auto local = *model::parse_day(day);
    for (const auto& meal : s.event.breaks) {
        model::Interval span{model::to_instant(local, meal.window.from, zone),
                             model::to_instant(local, meal.window.to, zone)};
        bool before = false, after = false, during = false;
        for (const auto& row : rows) {
            if (row.day != day) continue;
            before |= row.placement->end <= span.start;
            after |= row.placement->start >= span.end;
            during |= span.overlaps({row.placement->start, row.placement->end});
        }
        if (!before || !after || during) continue;
        ProgrammeLine line;
        line.kind = ProgrammeLine::Kind::Break;
        line.at = span.start;
        line.day = day;
        line.start = model::format_clock(meal.window.from);
        line.end = model::format_clock(meal.window.to);
        line.meal = &meal;
        lines.push_back(std::move(line));
    }
}

std::vector<const model::Delegation*> delegations_of(const model::Scenario& s, const Selector& who) {
    std::vector<const model::Delegation*> found;
    if (who.kind.empty())
        for (const auto& d : s.delegations) found.push_back(&d);
    if (who.kind == "delegation") found.push_back(s.find_delegation(who.id));
    if (who.kind == "person")
        if (const auto* p = s.find_participant(who.id)) found.push_back(s.find_delegation(p->delegation_id));
    std::erase(found, nullptr);
    return found;
}

ProgrammeLine movement_line(const model::Scenario& s, const model::Delegation& d, ProgrammeLine::Kind kind,
                            model::TimePoint at) {
    ProgrammeLine line;
    line.kind = kind;
    line.at = at;
    line.day = model::format_day(model::local_day(at, s.event.zone));
    line.start = model::format_clock(model::local_clock(at, s.event.zone));
    line.delegation = &d;
    return line;
}

// "Đoàn đến: Đoàn Văn phòng Phủ Thủ tướng Lào". Where and how a delegation arrives
// or leaves belongs here once the scenario gives it.
std::string movement_text(const model::Delegation& d, bool arriving, const std::string& lang) {
    const auto& l = labels(lang);
    const auto& via = arriving ? d.arrival_via : d.departure_via;
    std::string where;
    for (const auto* part : {&via.place, &via.means})
        if (!part->empty()) where += (where.empty() ? "" : ", ") + *part;
    return std::string(arriving ? l.arrival : l.departure) + ": " + d.name + (where.empty() ? "" : " — " + where);
}

}  // namespace

std::vector<ProgrammeLine> programme_lines(const model::Scenario& s, const std::vector<AgendaRow>& rows,
                                           const Selector& who) {
    std::vector<ProgrammeLine> lines;
    for (const auto& row : rows) lines.push_back(session_line(row));
    for (const auto& day : agenda_days(rows)) add_breaks(s, rows, day, lines);
    for (const auto* d : delegations_of(s, who)) {
        if (d->arrival) lines.push_back(movement_line(s, *d, ProgrammeLine::Kind::Arrival, *d->arrival));
        if (d->departure) lines.push_back(movement_line(s, *d, ProgrammeLine::Kind::Departure, *d->departure));
    }
    // Stable: sessions that start together keep the agenda's order (by hall).
    std::stable_sort(lines.begin(), lines.end(), [](const ProgrammeLine& a, const ProgrammeLine& b) {
        return std::tie(a.day, a.at, a.kind) < std::tie(b.day, b.at, b.kind);
    });
    return lines;
}

std::string line_text(const ProgrammeLine& line, const std::string& lang) {
    switch (line.kind) {
        case ProgrammeLine::Kind::Session: return line.row->session->title.in(lang);
        // Staff name breaks in Vietnamese only; other readers get the word for a break.
        case ProgrammeLine::Kind::Break: return lang == "vi" ? line.meal->name : labels(lang).pause;
        case ProgrammeLine::Kind::Arrival: return movement_text(*line.delegation, true, lang);
        case ProgrammeLine::Kind::Departure: return movement_text(*line.delegation, false, lang);
    }
    return {};
}

}  // namespace hoithao::io
