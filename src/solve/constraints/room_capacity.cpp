#include "solve/constraints/room_capacity.hpp"

namespace hoithao::solve {

bool RoomCapacity::allows(const Problem& p, int session, const Place& place) const {
    return p.rooms[place.room].capacity >= p.sessions[session].headcount;
}

std::string RoomCapacity::explain(const Problem& p, int session, const Place& place) const {
    const auto& room = p.rooms[place.room];
    return p.describe(session, place) + " expects " + std::to_string(p.sessions[session].headcount) +
           " people but " + room.name + " holds " + std::to_string(room.capacity);
}

}  // namespace hoithao::solve
