#include "solve/constraints/room_equipment.hpp"

namespace hoithao::solve {

bool RoomEquipment::allows(const Problem& p, int session, const Place& place) const {
    const auto& has = p.rooms[place.room].equipment;
    for (const auto& item : p.sessions[session].equipment)
        if (!has.count(item)) return false;
    return true;
}

std::string RoomEquipment::explain(const Problem& p, int session, const Place& place) const {
    std::set<std::string> missing;
    for (const auto& item : p.sessions[session].equipment)
        if (!p.rooms[place.room].equipment.count(item)) missing.insert(item);
    return p.describe(session, place) + " needs " + equipment_words(missing) + ", which " + p.rooms[place.room].name +
           " lacks";
}

}  // namespace hoithao::solve
