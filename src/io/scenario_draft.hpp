#pragma once
// A scenario as read from its files, before cross-checks: every entity keeps its
// Origin so that a bad reference can be reported where it was written.
#include <optional>
#include <vector>

#include "io/origin.hpp"
#include "io/text_values.hpp"
#include "model/scenario.hpp"

namespace hoithao::io {

template <typename T>
struct Sourced {
    T value;
    Origin origin;
};

struct SessionDraft : Sourced<model::Session> {
    // Zone-free until checks know the session's venue (see docs/scenario-format.md).
    std::optional<LocalTime> fixed;
};

struct ScenarioDraft {
    Sourced<model::Event> event;
    std::vector<Sourced<model::Venue>> venues;
    std::vector<Sourced<model::Room>> rooms;
    std::vector<Sourced<model::TravelLink>> travel;
    std::vector<Sourced<model::Delegation>> delegations;
    std::vector<Sourced<model::Participant>> participants;
    std::vector<SessionDraft> sessions;
};

}  // namespace hoithao::io
