#include "solve/constraints/meal_break.hpp"

namespace hoithao::solve {
namespace {

// The first break the session runs into, on the day it starts (local time).
const model::MealBreak* crossed(const Problem& p, int session, const Place& place) {
    int from = p.local(place.start, p.zone_of_room(place.room)).clock;
    int to = from + p.sessions[session].duration;
    for (const auto& meal : p.scenario->event.breaks)
        if (meal.window.overlaps(model::ClockTime{from}, model::ClockTime{to})) return &meal;
    return nullptr;
}

}  // namespace

bool MealBreak::may_refuse(const Problem& p, int session) const {
    return !p.scenario->event.breaks.empty() && !p.sessions[session].outside_hours;
}

bool MealBreak::allows(const Problem& p, int session, const Place& place) const {
    return p.sessions[session].outside_hours || crossed(p, session, place) == nullptr;
}

std::string MealBreak::explain(const Problem& p, int session, const Place& place) const {
    const auto& meal = *crossed(p, session, place);
    return p.describe(session, place) + " runs into the break '" + meal.name + "' " +
           clock_text(meal.window.from.minutes) + "–" + clock_text(meal.window.to.minutes);
}

}  // namespace hoithao::solve
