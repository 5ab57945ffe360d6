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
};

const Labels& labels(const std::string& lang);  // unknown languages get Vietnamese
std::string day_heading(model::Day day, const std::string& lang);  // "Thứ Sáu, 09/09/2022"
std::string kind_label(model::SessionKind kind, const std::string& lang);  // "Hội đàm"
const char* role_label(model::SessionRole role, const std::string& lang);  // "Chứng kiến"

}  // namespace hoithao::io
