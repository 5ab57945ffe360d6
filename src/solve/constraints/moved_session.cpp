#include "solve/constraints/moved_session.hpp"

#include "solve/constraints/day_lines.hpp"

namespace hoithao::solve {

bool at_previous_place(const Problem& p, int session, const Place& place) {
    const auto& before = p.sessions[session].previous;
    return before && before->room == place.room && before->start == place.start;
}

long moved_amount(const Problem& p, int session) {
    long amount = 1;
    for (int person : p.sessions[session].vips) amount += rank_factor(p, person);
    return amount;
}

bool MovedSession::may_refuse(const Problem& p, int session) const {
    return p.minimise_changes && p.sessions[session].previous.has_value();
}

bool MovedSession::allows(const Problem& p, int session, const Place& place) const {
    return !p.minimise_changes || !p.sessions[session].previous || at_previous_place(p, session, place);
}

long MovedSession::cost(const Problem& p, int session, const Place& place) const {
    return allows(p, session, place) ? 0 : moved_amount(p, session) * weight();
}

std::string MovedSession::explain(const Problem& p, int session, const Place& place) const {
    std::string who = p.sessions[session].vips.empty() ? "" : "; tell " + p.names(p.sessions[session].vips);
    return p.describe(session, place) + " moved from " + p.describe(session, *p.sessions[session].previous) + who;
}

std::vector<int> MovedSession::people_involved(const Problem& p, int session, const Place&) const {
    return p.sessions[session].vips;
}

}  // namespace hoithao::solve
