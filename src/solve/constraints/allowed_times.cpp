#include "solve/constraints/allowed_times.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

bool day_allowed(const Problem& p, int session, const LocalTime& start) {
    const auto& days = p.sessions[session].source->allowed_days;
    return days.empty() || std::find(days.begin(), days.end(), start.day) != days.end();
}

bool window_allowed(const Problem& p, int session, const LocalTime& start) {
    const auto& windows = p.sessions[session].source->windows;
    int end = start.clock + p.sessions[session].duration;
    return windows.empty() || std::any_of(windows.begin(), windows.end(), [&](const model::ClockWindow& w) {
               return w.from.minutes <= start.clock && end <= w.to.minutes;
           });
}

}  // namespace

bool AllowedTimes::may_refuse(const Problem& p, int session) const {
    const auto& source = *p.sessions[session].source;
    return !source.allowed_days.empty() || !source.windows.empty();
}

bool AllowedTimes::allows(const Problem& p, int session, const Place& place) const {
    auto start = p.local(place.start, p.zone_of_room(place.room));
    return day_allowed(p, session, start) && window_allowed(p, session, start);
}

std::string AllowedTimes::explain(const Problem& p, int session, const Place& place) const {
    const auto& source = *p.sessions[session].source;
    auto start = p.local(place.start, p.zone_of_room(place.room));
    std::string allowed;
    if (!day_allowed(p, session, start)) {
        for (const auto& day : source.allowed_days) allowed += (allowed.empty() ? "" : ", ") + model::format_day(day);
        return p.describe(session, place) + " is allowed only on " + allowed;
    }
    for (const auto& w : source.windows)
        allowed += (allowed.empty() ? "" : ", ") + clock_text(w.from.minutes) + "–" + clock_text(w.to.minutes);
    return p.describe(session, place) + " is allowed only within " + allowed;
}

}  // namespace hoithao::solve
