// The catalogue of rules: one unit per file under constraints/.
#include "solve/constraint.hpp"
#include "solve/constraints/allowed_times.hpp"
#include "solve/constraints/balanced_days.hpp"
#include "solve/constraints/compact_days.hpp"
#include "solve/constraints/hall_changes.hpp"
#include "solve/constraints/hall_fit.hpp"
#include "solve/constraints/hall_unavailable.hpp"
#include "solve/constraints/idle_gaps.hpp"
#include "solve/constraints/moved_session.hpp"
#include "solve/constraints/press_after_signing.hpp"
#include "solve/constraints/delegation_present.hpp"
#include "solve/constraints/event_days.hpp"
#include "solve/constraints/fixed_start.hpp"
#include "solve/constraints/interpretation.hpp"
#include "solve/constraints/itc_consecutive.hpp"
#include "solve/constraints/itc_last_slot.hpp"
#include "solve/constraints/itc_single_day.hpp"
#include "solve/constraints/meal_break.hpp"
#include "solve/constraints/morning_preferred.hpp"
#include "solve/constraints/person_overlap.hpp"
#include "solve/constraints/person_unavailable.hpp"
#include "solve/constraints/pinned_kept.hpp"
#include "solve/constraints/precedence.hpp"
#include "solve/constraints/required_place.hpp"
#include "solve/constraints/room_capacity.hpp"
#include "solve/constraints/room_equipment.hpp"
#include "solve/constraints/room_overlap.hpp"
#include "solve/constraints/same_time.hpp"
#include "solve/constraints/session_placed.hpp"
#include "solve/constraints/session_unavailable.hpp"
#include "solve/constraints/travel_time.hpp"
#include "solve/constraints/working_hours.hpp"

namespace hoithao::solve {

ConstraintList make_constraints(const std::map<std::string, int>& weights) {
    ConstraintList list;
    // Room rules first, then time rules in the order that explains an empty domain best.
    list.push_back(std::make_unique<RequiredPlace>());
    list.push_back(std::make_unique<RoomCapacity>());
    list.push_back(std::make_unique<RoomEquipment>());
    list.push_back(std::make_unique<EventDays>());
    list.push_back(std::make_unique<AllowedTimes>());
    list.push_back(std::make_unique<SessionUnavailable>());
    list.push_back(std::make_unique<WorkingHours>());
    list.push_back(std::make_unique<MealBreak>());
    list.push_back(std::make_unique<FixedStart>());
    list.push_back(std::make_unique<DelegationPresent>());
    list.push_back(std::make_unique<PinnedKept>());
    list.push_back(std::make_unique<PersonUnavailable>());
    list.push_back(std::make_unique<HallUnavailable>());
    list.push_back(std::make_unique<SessionPlaced>());
    list.push_back(std::make_unique<PersonDoubleBooked>());
    list.push_back(std::make_unique<RoomDoubleBooked>());
    list.push_back(std::make_unique<Precedence>());
    list.push_back(std::make_unique<SameTime>());
    list.push_back(std::make_unique<TravelTime>());
    list.push_back(std::make_unique<Interpretation>());
    list.push_back(std::make_unique<MorningPreferred>());
    list.push_back(std::make_unique<PressAfterSigning>());
    list.push_back(std::make_unique<IdleGaps>());
    list.push_back(std::make_unique<HallChanges>());
    list.push_back(std::make_unique<CompactDays>());
    list.push_back(std::make_unique<BalancedDays>());
    list.push_back(std::make_unique<HallFit>());
    list.push_back(std::make_unique<MovedSession>());
    // ITC2007 Track 2's soft cost; zero unless the scenario asks for it.
    list.push_back(std::make_unique<ItcLastSlot>());
    list.push_back(std::make_unique<ItcSingleDay>());
    list.push_back(std::make_unique<ItcConsecutive>());
    for (auto& c : list)
        if (auto it = weights.find(std::string(c->name())); it != weights.end() && c->kind() == Kind::Soft)
            c->set_weight(it->second);
    return list;
}

}  // namespace hoithao::solve
