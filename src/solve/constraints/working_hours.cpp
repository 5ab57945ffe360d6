#include "solve/constraints/working_hours.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

// Minutes of the session outside working hours of the day it starts (local time).
long minutes_outside(const Problem& p, int session, const Place& place) {
    const auto& hours = p.scenario->event.working_hours;
    int from = p.local(place.start, p.zone_of_room(place.room)).clock;
    long to = from + p.sessions[session].duration;
    long inside = std::max(0L, std::min<long>(to, hours.to.minutes) - std::max(from, hours.from.minutes));
    return p.sessions[session].duration - inside;
}

}  // namespace

bool WorkingHours::may_refuse(const Problem& p, int session) const { return !p.sessions[session].outside_hours; }

bool WorkingHours::allows(const Problem& p, int session, const Place& place) const {
    return p.sessions[session].outside_hours || minutes_outside(p, session, place) == 0;
}

std::string WorkingHours::explain(const Problem& p, int session, const Place& place) const {
    const auto& hours = p.scenario->event.working_hours;
    return p.describe(session, place) + " runs outside working hours " + clock_text(hours.from.minutes) + "–" +
           clock_text(hours.to.minutes) + " by " + std::to_string(minutes_outside(p, session, place)) + " min";
}

}  // namespace hoithao::solve
