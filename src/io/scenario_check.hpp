#pragma once
// Cross-checks of a scenario read from its files: unique ids, references, places,
// times against event days, and acyclic precedence. Converts fixed starts to
// instants in the zone of the session's venue, else the event's.
#include "io/scenario_draft.hpp"

namespace hoithao::io {

// Throws model::InputError at the first problem found, in file order per kind.
model::Scenario check_scenario(ScenarioDraft draft);

}  // namespace hoithao::io
