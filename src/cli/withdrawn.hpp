#pragma once
// Cancelled sessions and closed halls are left out of the scenario the solver sees,
// so a version that still places them gets "unknown session/room" conflicts. These
// helpers say what really happened.
#include <string>

#include "model/agenda.hpp"
#include "model/scenario.hpp"
#include "solve/solver.hpp"
#include "store/store.hpp"

namespace hoithao::cli {

// The rules explain_withdrawn() gives the conflicts it rewrites.
inline constexpr const char* kRoomClosed = "room-closed";
inline constexpr const char* kSessionCancelled = "session-cancelled";

// `scenario` plus the event's cancelled sessions and closed rooms, for naming them.
model::Scenario with_withdrawn(const store::Store& store, model::Scenario scenario);

// Rewrites unknown-session and unknown-room conflicts about sessions and halls that
// `known` (see with_withdrawn) defines into session-cancelled and room-closed ones.
void explain_withdrawn(solve::CheckReport& report, const model::Agenda& agenda, const model::Scenario& known);

// check() followed by explain_withdrawn() against the store's cancelled and closed entities.
solve::CheckReport check_stored(const store::Store& store, const model::Scenario& scenario,
                                const model::Agenda& agenda);

}  // namespace hoithao::cli
