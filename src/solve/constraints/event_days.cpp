#include "solve/constraints/event_days.hpp"

#include <algorithm>
#include <cstdio>

namespace hoithao::solve {
namespace {

enum class DayProblem { None, Outside, Blocked };

DayProblem day_problem(const Problem& p, model::Day day) {
    const auto& event = p.scenario->event;
    if (day < event.first_day || day > event.last_day) return DayProblem::Outside;
    const auto& blocked = event.blocked_days;
    return std::find(blocked.begin(), blocked.end(), day) != blocked.end() ? DayProblem::Blocked : DayProblem::None;
}

// The worse of the first and the last day the session touches.
DayProblem session_problem(const Problem& p, int session, const Place& place, model::Day& day) {
    int zone = p.zone_of_room(place.room);
    for (Instant t : {place.start, p.end(session, place) - 1}) {
        day = p.local(t, zone).day;
        if (auto problem = day_problem(p, day); problem != DayProblem::None) return problem;
    }
    return DayProblem::None;
}

std::string day_text(model::Day day) {
    date::year_month_day ymd{day};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02u/%02u", static_cast<unsigned>(ymd.day()), static_cast<unsigned>(ymd.month()));
    return buf;
}

}  // namespace

bool EventDays::allows(const Problem& p, int session, const Place& place) const {
    model::Day day;
    return session_problem(p, session, place, day) == DayProblem::None;
}

std::string EventDays::explain(const Problem& p, int session, const Place& place) const {
    model::Day day;
    const auto& event = p.scenario->event;
    if (session_problem(p, session, place, day) == DayProblem::Blocked) {
        const auto holiday = event.holidays.find(day);
        return p.describe(session, place) + " falls on " + day_text(day) + ", " +
               (holiday == event.holidays.end() ? "a blocked day (holiday)" : "a holiday (" + holiday->second + ")") +
               " when nothing is planned";
    }
    return p.describe(session, place) + " falls on " + day_text(day) + ", outside the event (" +
           day_text(event.first_day) + "–" + day_text(event.last_day) + ")";
}

}  // namespace hoithao::solve
