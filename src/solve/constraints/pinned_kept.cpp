#include "solve/constraints/pinned_kept.hpp"

namespace hoithao::solve {

bool PinnedKept::may_refuse(const Problem& p, int session) const {
    return p.sessions[session].pin.has_value();
}

bool PinnedKept::allows(const Problem& p, int session, const Place& place) const {
    const auto& pin = p.sessions[session].pin;
    return !pin || (pin->room == place.room && pin->start == place.start);
}

std::string PinnedKept::explain(const Problem& p, int session, const Place& place) const {
    return p.describe(session, place) + " is pinned to " + p.describe(session, *p.sessions[session].pin);
}

}  // namespace hoithao::solve
