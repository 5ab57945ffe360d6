#include "solve/constraints/morning_preferred.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

constexpr int kNoon = 12 * 60;

bool prefers_morning(model::SessionKind kind) {
    return kind == model::SessionKind::Talks || kind == model::SessionKind::Signing;
}

long minutes_after_noon(const Problem& p, int session, const Place& place) {
    if (!prefers_morning(p.sessions[session].kind)) return 0;
    int from = p.local(place.start, p.zone_of_room(place.room)).clock;
    int to = from + p.sessions[session].duration;
    return std::max(0, to - std::max(from, kNoon));
}

}  // namespace

bool MorningPreferred::may_refuse(const Problem& p, int session) const {
    return prefers_morning(p.sessions[session].kind);
}

bool MorningPreferred::allows(const Problem& p, int session, const Place& place) const {
    return minutes_after_noon(p, session, place) == 0;
}

long MorningPreferred::cost(const Problem& p, int session, const Place& place) const {
    return weight() * minutes_after_noon(p, session, place);
}

std::string MorningPreferred::explain(const Problem& p, int session, const Place& place) const {
    return p.describe(session, place) + " runs " + std::to_string(minutes_after_noon(p, session, place)) +
           " min after 12:00; talks and signings are preferred in the morning";
}

}  // namespace hoithao::solve
