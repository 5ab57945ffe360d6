#include "solve/constraints/delegation_present.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

// When a delegation can be in `room`: from its arrival plus the travel from the city it
// arrives in, until its departure less the travel to the city it leaves from. A time
// without a city is its presence at the venue itself.
struct Presence {
    std::optional<Instant> from, to;
};

Presence presence(const Problem& p, const DelegationData& d, int room) {
    Presence out;
    const int city = p.city_of(room);
    if (d.arrival) out.from = *d.arrival + (d.arrival_city < 0 ? 0 : p.city_minutes(d.arrival_city, city));
    if (d.departure) out.to = *d.departure - (d.departure_city < 0 ? 0 : p.city_minutes(city, d.departure_city));
    return out;
}

bool present(const Problem& p, const DelegationData& d, int session, const Place& place) {
    const auto can = presence(p, d, place.room);
    return (!can.from || *can.from <= place.start) && (!can.to || p.end(session, place) <= *can.to);
}

// "Đoàn Lào (led by Bộ trưởng A-lun-xay Xủn-nạ-lạt)": whom the protocol officer calls.
std::string led_by(const Problem& p, int delegation) {
    const auto& d = p.delegations[delegation];
    const auto* head = p.scenario->find_participant(p.scenario->delegations[delegation].head_id);
    if (!head) return d.name;
    return d.name + " (led by " + (head->title.empty() ? "" : head->title + " ") + head->name + ")";
}

// " at Sân bay Vinh at 09/09 09:30 (chuyến bay QV 311)", or " in Vinh at …" without a
// place; " from …" for a departure.
std::string passage_text(const Problem& p, const model::Passage& via, Instant at, int room, bool leaving) {
    std::string text = (leaving ? " from " : via.place.empty() ? " in " : " at ") + (via.place.empty() ? via.city : via.place);
    text += " at " + p.time_text(at, room);
    return via.means.empty() ? text : text + " (" + via.means + ")";
}

// "needs 25 min by road to Cửa Lò", or "needs 15 min within Hà Nội" from one place of a city to another.
std::string travel_text(const Problem& p, int from_city, int to_city, bool towards) {
    const auto& hall_city = p.cities[towards ? to_city : from_city];
    const int minutes = p.city_minutes(from_city, to_city);
    if (from_city == to_city) return "needs " + duration_text(minutes) + " within " + hall_city;
    const std::string direction = towards ? " to " : " from ";
    if (minutes >= Problem::kUnreachable) return "no travel leads" + direction + hall_city;
    return "needs " + duration_text(minutes) + " by " + p.travel_modes(from_city, to_city) + direction + hall_city;
}

// Why the delegation is not there, in the words of the old rule when its times are
// presence at the venue.
std::string absence_text(const Problem& p, int delegation, const Place& place) {
    const auto& d = p.delegations[delegation];
    const auto& source = p.scenario->delegations[delegation];
    const auto can = presence(p, d, place.room);
    const int city = p.city_of(place.room);
    if (can.from && *can.from > place.start) {
        if (d.arrival_city < 0) return d.name + " arrives " + p.time_text(*d.arrival, place.room);
        return led_by(p, delegation) + " arrives" + passage_text(p, source.arrival_via, *d.arrival, place.room, false) +
               " and " + travel_text(p, d.arrival_city, city, true);
    }
    if (d.departure_city < 0) return d.name + " leaves " + p.time_text(*d.departure, place.room);
    return led_by(p, delegation) + " leaves" + passage_text(p, source.departure_via, *d.departure, place.room, true) +
           " and " + travel_text(p, city, d.departure_city, false);
}

}  // namespace

bool DelegationPresent::may_refuse(const Problem& p, int session) const {
    const auto& ds = p.sessions[session].delegations;
    return std::any_of(ds.begin(), ds.end(), [&](int d) { return p.delegations[d].arrival || p.delegations[d].departure; });
}

bool DelegationPresent::allows(const Problem& p, int session, const Place& place) const {
    for (int d : p.sessions[session].delegations)
        if (!present(p, p.delegations[d], session, place)) return false;
    return true;
}

std::string DelegationPresent::explain(const Problem& p, int session, const Place& place) const {
    std::string text;
    for (int d : p.sessions[session].delegations) {
        if (present(p, p.delegations[d], session, place)) continue;
        text += (text.empty() ? "" : "; ") + absence_text(p, d, place);
    }
    return p.describe(session, place) + " is held while its delegation is away: " + text;
}

std::vector<int> DelegationPresent::people_involved(const Problem& p, int session, const Place& place) const {
    std::vector<int> heads;
    for (int d : p.sessions[session].delegations)
        if (!present(p, p.delegations[d], session, place))
            if (int head = p.person_index(p.scenario->delegations[d].head_id); head >= 0) heads.push_back(head);
    return heads;
}

}  // namespace hoithao::solve
