#pragma once
// Fixed words of agenda files in Vietnamese, Lao and English. date's C-locale
// build only knows English day names, so the weekday names live here too.
#include <string>

#include "model/scenario.hpp"
#include "model/time.hpp"

namespace hoithao::io {

struct Labels {
    const char* programme;
    const char* time;
    const char* session;
    const char* hall;
    const char* attendees;
    const char* interpreter;
    const char* version;
    const char* weekdays[7];  // Sunday first, as date::weekday counts
    const char* delegations;
    const char* notes;
    const char* my_role;      // column of a personal sheet
    const char* attendee;     // the role of someone who only attends
    const char* kind;
    const char* tentative;    // said of an agenda that still has conflicts
    const char* pause;        // a meal break, when the reader's language is not the one staff named it in
    const char* arrival;      // a delegation arriving
    const char* departure;    // a delegation leaving
};

const Labels& labels(const std::string& lang);  // unknown languages get Vietnamese
// The one way every export writes a day: "Thứ Sáu, 09/09/2022", "ວັນສຸກ, 09/09/2022",
// "Friday, 09/09/2022".
std::string day_heading(model::Day day, const std::string& lang);
// The event's days: "Thứ Sáu, 09/09/2022 – Thứ Bảy, 10/09/2022", one day once.
std::string days_span(model::Day first, model::Day last, const std::string& lang);
// The heading of a column of the agenda table ("day", "room", …) for the version handed out.
std::string column_label(const std::string& column, const std::string& lang);
std::string kind_label(model::SessionKind kind, const std::string& lang);  // "Hội đàm"
const char* role_label(model::SessionRole role, const std::string& lang);  // "Chứng kiến"

}  // namespace hoithao::io
