#include "solve/constraints/required_place.hpp"

namespace hoithao::solve {

bool RequiredPlace::allows(const Problem& p, int session, const Place& place) const {
    const auto& want = *p.sessions[session].source;
    const auto& room = p.rooms[place.room];
    if (!want.room_id.empty() && room.id != want.room_id) return false;
    if (!want.venue_id.empty() && p.venues[room.venue].id != want.venue_id) return false;
    return want.city.empty() || p.city_of_room(place.room) == want.city;
}

std::string RequiredPlace::explain(const Problem& p, int session, const Place& place) const {
    const auto& want = *p.sessions[session].source;
    const auto& room = p.rooms[place.room];
    std::string required;
    if (!want.room_id.empty() && room.id != want.room_id) {
        int r = p.room_index(want.room_id);
        required = "in " + (r >= 0 ? p.rooms[r].name : "room '" + want.room_id + "'");
    } else if (!want.venue_id.empty() && p.venues[room.venue].id != want.venue_id) {
        const auto* venue = p.scenario->find_venue(want.venue_id);
        required = "at " + (venue ? venue->name : "venue '" + want.venue_id + "'");
    } else {
        required = "in " + want.city;
    }
    return p.describe(session, place) + " must be held " + required + ", not at " + p.venues[room.venue].name +
           " (" + p.city_of_room(place.room) + ")";
}

}  // namespace hoithao::solve
