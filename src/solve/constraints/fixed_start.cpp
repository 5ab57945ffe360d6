#include "solve/constraints/fixed_start.hpp"

namespace hoithao::solve {

bool FixedStart::may_refuse(const Problem& p, int session) const {
    return p.sessions[session].fixed_start.has_value();
}

bool FixedStart::allows(const Problem& p, int session, const Place& place) const {
    const auto& fixed = p.sessions[session].fixed_start;
    return !fixed || *fixed == place.start;
}

std::string FixedStart::explain(const Problem& p, int session, const Place& place) const {
    return p.describe(session, place) + " has a fixed start at " +
           p.time_text(*p.sessions[session].fixed_start, place.room);
}

}  // namespace hoithao::solve
