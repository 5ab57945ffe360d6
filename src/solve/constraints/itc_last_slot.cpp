#include "solve/constraints/itc_last_slot.hpp"

namespace hoithao::solve {
namespace {

bool in_last_slot(const Problem& p, const Place& place) {
    return itc_enabled(p) && itc_slot(p, place).slot == itc_slots_per_day(p) - 1;
}

}  // namespace

bool ItcLastSlot::may_refuse(const Problem& p, int) const {
    return itc_enabled(p);
}

bool ItcLastSlot::allows(const Problem& p, int session, const Place& place) const {
    return cost(p, session, place) == 0;
}

long ItcLastSlot::cost(const Problem& p, int session, const Place& place) const {
    return in_last_slot(p, place) ? weight() * static_cast<long>(p.sessions[session].attendees.size()) : 0;
}

std::string ItcLastSlot::explain(const Problem& p, int session, const Place& place) const {
    return p.describe(session, place) + " is in the last slot of the day for " +
           std::to_string(p.sessions[session].attendees.size()) + " students";
}

std::vector<int> ItcLastSlot::people_involved(const Problem& p, int session, const Place&) const {
    return p.sessions[session].attendees;
}

}  // namespace hoithao::solve
