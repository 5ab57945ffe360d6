#include "solve/constraints/delegation_present.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

bool present(const DelegationData& d, Instant start, Instant end) {
    return (!d.arrival || *d.arrival <= start) && (!d.departure || end <= *d.departure);
}

}  // namespace

bool DelegationPresent::may_refuse(const Problem& p, int session) const {
    const auto& ds = p.sessions[session].delegations;
    return std::any_of(ds.begin(), ds.end(), [&](int d) { return p.delegations[d].arrival || p.delegations[d].departure; });
}

bool DelegationPresent::allows(const Problem& p, int session, const Place& place) const {
    for (int d : p.sessions[session].delegations)
        if (!present(p.delegations[d], place.start, p.end(session, place))) return false;
    return true;
}

std::string DelegationPresent::explain(const Problem& p, int session, const Place& place) const {
    std::string text;
    for (int d : p.sessions[session].delegations) {
        const auto& del = p.delegations[d];
        if (present(del, place.start, p.end(session, place))) continue;
        if (!text.empty()) text += "; ";
        if (del.arrival && *del.arrival > place.start)
            text += del.name + " arrives " + p.time_text(*del.arrival, place.room);
        else
            text += del.name + " leaves " + p.time_text(*del.departure, place.room);
    }
    return p.describe(session, place) + " is held while its delegation is away: " + text;
}

std::vector<int> DelegationPresent::people_involved(const Problem& p, int session, const Place& place) const {
    std::vector<int> heads;
    for (int d : p.sessions[session].delegations)
        if (!present(p.delegations[d], place.start, p.end(session, place)))
            if (int head = p.person_index(p.scenario->delegations[d].head_id); head >= 0) heads.push_back(head);
    return heads;
}

}  // namespace hoithao::solve
