#include "cli/way_out.hpp"

#include <algorithm>
#include <set>

#include "cli/edit.hpp"
#include "cli/withdrawn.hpp"
#include "solve/wording.hpp"

namespace hoithao::cli {
namespace {

// The hall-level conflicts a different hall could resolve.
bool about_the_hall(const solve::Violation& v) {
    static const std::set<std::string> rules{"hall-unavailable", "room-equipment", "room-capacity",
                                             "room-double-booked", kRoomClosed};
    return v.hard && rules.count(v.rule) > 0;
}

bool free_then(const model::Scenario& s, const model::Agenda& agenda, const model::Room& room,
               const model::Placement& p) {
    const model::Interval span{p.start, p.end};
    if (std::any_of(room.unavailable.begin(), room.unavailable.end(), [&](const auto& u) { return u.overlaps(span); }))
        return false;
    return std::none_of(agenda.placements.begin(), agenda.placements.end(), [&](const model::Placement& other) {
        return other.session_id != p.session_id && other.room_id == room.id &&
               model::Interval{other.start, other.end}.overlaps(span) && s.find_session(other.session_id);
    });
}

}  // namespace

void print_way_out(const model::Scenario& s, const model::Agenda& agenda, const solve::CheckReport& report,
                   const std::string& db, std::ostream& out) {
    std::set<std::string> done;
    for (const auto& v : report.violations) {
        if (!about_the_hall(v) || v.sessions.empty() || !done.insert(v.sessions.front()).second) continue;
        const auto* session = s.find_session(v.sessions.front());
        const auto* placed = agenda.find(v.sessions.front());
        const auto* current = placed ? s.find_room(placed->room_id) : nullptr;
        if (!session || !placed || !current) continue;
        const int people = std::max<int>(session->headcount, static_cast<int>(session->attendees.size()));
        for (const auto& room : s.rooms) {
            if (room.id == current->id || room.venue_id != current->venue_id || room.capacity < people) continue;
            if (!session->room_id.empty() || !free_then(s, agenda, room, *placed)) continue;
            std::string missing;
            std::set<std::string> lacking;
            for (const auto& e : session->equipment)
                if (!room.equipment.count(e)) missing += (missing.empty() ? "+" : ",+") + e, lacking.insert(e);
            out << "way out for '" << session->title.in("vi") << "': " << room.name << " is free then and holds "
                << room.capacity;
            if (missing.empty())
            {
                const auto zone = zone_of_room(s, room.id);
                const auto at = model::format_day(model::local_day(placed->start, zone)) + " " +
                                model::format_clock(model::local_clock(placed->start, zone));
                out << "; move it there: 'hoithao move " << db << " " << session->id << " --to \"" << at
                    << "\" --room " << room.id << "'\n";
            }
            else
                out << "; it would do with " << solve::equipment_words(lacking) << ": 'hoithao set " << db << " room:" << room.id
                    << " --equipment " << missing << "', then replan\n";
            break;
        }
    }
}

}  // namespace hoithao::cli
