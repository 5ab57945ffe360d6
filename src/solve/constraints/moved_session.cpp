#include "solve/constraints/moved_session.hpp"

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {

bool MovedSession::allows(const Problem& p, int session, const Place& place) const {
    const auto& before = p.sessions[session].previous;
    return !p.minimise_changes || !before || (before->room == place.room && before->start == place.start);
}

long MovedSession::cost(const Problem& p, int session, const Place& place) const {
    if (allows(p, session, place)) return 0;
    long amount = 1;
    for (int person : p.sessions[session].vips) amount += rank_factor(p, person);
    return amount * weight();
}

std::string MovedSession::explain(const Problem& p, int session, const Place& place) const {
    std::string who = p.sessions[session].vips.empty() ? "" : "; tell " + p.names(p.sessions[session].vips);
    return p.describe(session, place) + " moved from " + p.describe(session, *p.sessions[session].previous) + who;
}

std::vector<int> MovedSession::people_involved(const Problem& p, int session, const Place&) const {
    return p.sessions[session].vips;
}

}  // namespace hoithao::solve
