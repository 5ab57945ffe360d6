#include "io/export_ics.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <set>

#include <date/tz.h>
#include <libical/ical.h>

#include "io/export.hpp"
#include "io/labels.hpp"
#include "io/programme.hpp"
#include "model/error.hpp"

namespace hoithao::io {

namespace {

struct ComponentFree {
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

struct BufferFree {
    void operator()(char* text) const { icalmemory_free_buffer(text); }
};

int utc_offset_seconds(model::TimePoint t, const std::string& zone) {
    return static_cast<int>(date::locate_zone(zone)->get_info(t).offset.count());
}

// The zones whose offset stays the same over every session exported, with that offset.
// Only such zones can be described by a one-block VTIMEZONE; sessions in any other
// zone are written in UTC.
std::map<std::string, int> fixed_offset_zones(const std::vector<AgendaRow>& rows) {
    std::map<std::string, std::set<int>> offsets;
    for (const auto& row : rows) {
        offsets[row.zone].insert(utc_offset_seconds(row.placement->start, row.zone));
        offsets[row.zone].insert(utc_offset_seconds(row.placement->end, row.zone));
    }
    std::map<std::string, int> fixed;
    for (const auto& [zone, found] : offsets)
        if (found.size() == 1) fixed[zone] = *found.begin();
    return fixed;
}

std::string offset_name(int seconds) {  // "+07", "+0530"
    int minutes = seconds / 60;
    char text[16];
    int hours = std::abs(minutes) / 60, rest = std::abs(minutes) % 60;
    if (rest)
        std::snprintf(text, sizeof text, "%c%02d%02d", minutes < 0 ? '-' : '+', hours, rest);
    else
        std::snprintf(text, sizeof text, "%c%02d", minutes < 0 ? '-' : '+', hours);
    return text;
}

// A VTIMEZONE with its IANA name as TZID and one STANDARD block: exact for zones
// without daylight saving such as Asia/Ho_Chi_Minh and Asia/Vientiane, and free of
// libical's /freeassociation.sourceforge.net/ prefix and century of history.
icalcomponent* fixed_offset_vtimezone(const std::string& zone, int offset) {
    auto* vtimezone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(vtimezone, icalproperty_new_tzid(zone.c_str()));
    auto* standard = icalcomponent_new_xstandard();
    icalcomponent_add_property(standard, icalproperty_new_dtstart(icaltime_from_string("19700101T000000")));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(offset));
    icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(offset));
    icalcomponent_add_property(standard, icalproperty_new_tzname(offset_name(offset).c_str()));
    icalcomponent_add_component(vtimezone, standard);
    return vtimezone;
}

icaltimetype utc_time(model::TimePoint t) {
    auto seconds = std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
    return icaltime_from_timet_with_zone(static_cast<time_t>(seconds), 0, icaltimezone_get_utc_timezone());
}

icaltimetype local_time(model::TimePoint t, const std::string& zone) {
    auto local = date::make_zoned(zone, t).get_local_time();
    auto day = date::floor<date::days>(local);
    date::year_month_day ymd{day};
    date::hh_mm_ss clock{local - day};
    auto result = icaltime_null_time();
    result.year = int(ymd.year());
    result.month = static_cast<int>(unsigned(ymd.month()));
    result.day = static_cast<int>(unsigned(ymd.day()));
    result.hour = static_cast<int>(clock.hours().count());
    result.minute = static_cast<int>(clock.minutes().count());
    return result;
}

icalproperty* with_zone(icalproperty* property, const std::string& zone) {
    icalproperty_add_parameter(property, icalparameter_new_tzid(zone.c_str()));
    return property;
}

// DTSTART/DTEND in the venue's zone (TZID naming our VTIMEZONE), else in UTC.
void add_times(icalcomponent* event, const AgendaRow& row, const std::map<std::string, int>& fixed) {
    const auto start = row.placement->start, end = row.placement->end;
    if (fixed.count(row.zone)) {
        icalcomponent_add_property(event, with_zone(icalproperty_new_dtstart(local_time(start, row.zone)), row.zone));
        icalcomponent_add_property(event, with_zone(icalproperty_new_dtend(local_time(end, row.zone)), row.zone));
    } else {
        icalcomponent_add_property(event, icalproperty_new_dtstart(utc_time(start)));
        icalcomponent_add_property(event, icalproperty_new_dtend(utc_time(end)));
    }
}

std::string names(const std::vector<const model::Participant*>& people, const std::string& lang) {
    std::string text;
    for (const auto* p : people) text += (text.empty() ? "" : ", ") + display_name(*p, lang);
    return text;
}

std::string description(const AgendaRow& row, const Audience& audience) {
    const auto& lang = audience.lang;
    const auto& l = labels(lang);
    std::string text;
    auto line = [&](const char* label, const std::string& value) {
        if (!value.empty()) text += (text.empty() ? "" : "\n") + std::string(label) + ": " + value;
    };
    for (const auto& lead : session_leads(row)) line(role_label(lead.role, lang), names(lead.people, lang));
    line(l.interpreter, row.interpreter ? display_name(*row.interpreter, lang) : "");
    if (!audience.final) line(l.notes, row.session->notes);  // staff notes are not for the guests
    return text;
}

// Calendar addresses in the reserved .invalid domain: clients show the CN and can
// never mail an invitation to a guessed address.
icalproperty* attendee(const model::Scenario& s, const model::Participant& p, icalparameter_role role,
                       const std::string& lang) {
    auto address = "mailto:" + safe_file_part(p.id) + "@" + safe_file_part(s.event.id) + ".hoithao.invalid";
    auto* property = icalproperty_new_attendee(address.c_str());
    icalproperty_add_parameter(property, icalparameter_new_cn(display_name(p, lang).c_str()));
    icalproperty_add_parameter(property, icalparameter_new_cutype(ICAL_CUTYPE_INDIVIDUAL));
    icalproperty_add_parameter(property, icalparameter_new_role(role));
    return property;
}

icalcomponent* vevent(const model::Scenario& s, const model::Agenda& a, const AgendaRow& row,
                      const Audience& audience, const Sequences& sequences, const std::map<std::string, int>& fixed) {
    const auto& lang = audience.lang;
    auto* event = icalcomponent_new_vevent();
    const auto& id = row.session->id;
    auto sequence = sequences.find(id);
    icalcomponent_add_property(event, icalproperty_new_uid(ics_uid(s, id).c_str()));
    icalcomponent_add_property(event, icalproperty_new_sequence(sequence == sequences.end() ? 0 : sequence->second));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utc_time(*model::parse_utc(a.created_at))));
    add_times(event, row, fixed);
    icalcomponent_add_property(event, icalproperty_new_summary(row.session->title.in(lang).c_str()));
    icalcomponent_add_property(event, icalproperty_new_location(place_label(row).c_str()));
    if (auto text = description(row, audience); !text.empty())
        icalcomponent_add_property(event, icalproperty_new_description(text.c_str()));
    icalcomponent_add_property(event, icalproperty_new_categories(kind_label(row.session->kind, lang).c_str()));
    icalcomponent_add_property(event, icalproperty_new_status(a.status == model::AgendaStatus::Complete
                                                                  ? ICAL_STATUS_CONFIRMED
                                                                  : ICAL_STATUS_TENTATIVE));
    for (const auto* p : row.people) {
        bool chair = role_at(row, p->id) == model::SessionRole::CoChair;
        icalcomponent_add_property(event, attendee(s, *p, chair ? ICAL_ROLE_CHAIR : ICAL_ROLE_REQPARTICIPANT, lang));
    }
    if (row.interpreter)
        icalcomponent_add_property(event, attendee(s, *row.interpreter, ICAL_ROLE_REQPARTICIPANT, lang));
    return event;
}

// A delegation arriving or leaving: a moment (DTSTART without DTEND, RFC 5545 §3.6.1)
// that blocks no time. '/' is in no id, so its UID is never a session's.
icalcomponent* movement_vevent(const model::Scenario& s, const model::Agenda& a, const ProgrammeLine& line,
                               const std::string& lang) {
    auto* event = icalcomponent_new_vevent();
    auto kind = line.kind == ProgrammeLine::Kind::Arrival ? "arrival/" : "departure/";
    icalcomponent_add_property(event, icalproperty_new_uid(ics_uid(s, kind + line.delegation->id).c_str()));
    icalcomponent_add_property(event, icalproperty_new_sequence(0));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utc_time(*model::parse_utc(a.created_at))));
    icalcomponent_add_property(event, icalproperty_new_dtstart(utc_time(line.at)));
    icalcomponent_add_property(event, icalproperty_new_summary(line_text(line, lang).c_str()));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
    return event;
}

}  // namespace

Sequences count_moves(const std::vector<model::Agenda>& history) {
    Sequences moves;
    std::map<std::string, const model::Placement*> last;
    for (const auto& agenda : history) {
        for (const auto& p : agenda.placements) {
            auto& seen = last[p.session_id];
            if (seen && (seen->start != p.start || seen->end != p.end || seen->room_id != p.room_id))
                ++moves[p.session_id];
            seen = &p;
        }
    }
    return moves;
}

std::string ics_uid(const model::Scenario& s, const std::string& session_id) {
    return session_id + "@" + s.event.id + ".hoithao";
}

void write_ics(const model::Scenario& s, const model::Agenda& a, const Selector& who, const Audience& audience,
               const Sequences& sequences, std::ostream& out) {
    if (!model::parse_utc(a.created_at))
        throw model::Error(model::ExitCode::Internal, "agenda version " + std::to_string(a.version) +
                                                          " has no valid created_at for DTSTAMP");
    const auto rows = agenda_rows(s, a, who);
    auto fixed = fixed_offset_zones(rows);

    Component calendar(icalcomponent_new_vcalendar());
    auto* cal = calendar.get();
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//hoithao//hoithao agenda//VI"));
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    auto* name = icalproperty_new_x(agenda_title(s, a, who, audience).c_str());
    icalproperty_set_x_name(name, "X-WR-CALNAME");  // the calendar's name in Apple, Google and Thunderbird
    icalcomponent_add_property(cal, name);
    for (const auto& [zone, offset] : fixed) icalcomponent_add_component(cal, fixed_offset_vtimezone(zone, offset));
    for (const auto& row : rows) icalcomponent_add_component(cal, vevent(s, a, row, audience, sequences, fixed));
    // Breaks stay out: a calendar has its own lunch. Arrivals and departures go in.
    for (const auto& line : programme_lines(s, rows, who))
        if (line.delegation) icalcomponent_add_component(cal, movement_vevent(s, a, line, audience.lang));

    std::unique_ptr<char, BufferFree> text(icalcomponent_as_ical_string_r(cal));
    out << text.get();
}

}  // namespace hoithao::io
