#include "solve/constraints/hall_unavailable.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

// The first period in which the session's hall is taken while the session runs, if any.
const std::pair<Instant, Instant>* taken_span(const Problem& p, int session, const Place& place) {
    const Instant end = p.end(session, place);
    for (const auto& span : p.rooms[place.room].unavailable)
        if (overlap_minutes(span.first, span.second, place.start, end) > 0) return &span;
    return nullptr;
}

}  // namespace

bool HallUnavailable::may_refuse(const Problem& p, int) const {
    return std::any_of(p.rooms.begin(), p.rooms.end(), [](const RoomData& r) { return !r.unavailable.empty(); });
}

bool HallUnavailable::allows(const Problem& p, int session, const Place& place) const {
    return taken_span(p, session, place) == nullptr;
}

std::string HallUnavailable::explain(const Problem& p, int session, const Place& place) const {
    const auto* span = taken_span(p, session, place);
    return p.describe(session, place) + ": " + p.rooms[place.room].name + " is unavailable " +
           p.span_text(span->first, span->second, place.room) + " (overlaps by " +
           duration_text(overlap_minutes(span->first, span->second, place.start, p.end(session, place))) + ")";
}

}  // namespace hoithao::solve
