#pragma once
// A planned agenda: where and when each session takes place.
#include <optional>
#include <string>
#include <vector>

#include "model/time.hpp"

namespace hoithao::model {

struct Placement {
    std::string session_id;
    std::string room_id;
    TimePoint start;
    TimePoint end;
    std::string interpreter_id;  // empty when the session needs none
    bool pinned = false;
    auto operator<=>(const Placement&) const = default;
};

enum class AgendaStatus { Complete, Infeasible, Partial };
std::string to_string(AgendaStatus status);
std::optional<AgendaStatus> parse_agenda_status(const std::string& text);

struct Agenda {
    std::string event_id;
    int version = 0;  // 0 = not stored yet
    AgendaStatus status = AgendaStatus::Complete;
    std::string note;
    std::string author;                 // who stored it; empty for versions older than schema 3
    std::string created_at;             // ISO-8601 UTC, from the injected clock
    std::vector<Placement> placements;  // sessions left unplaced are absent

    const Placement* find(const std::string& session_id) const;
};

}  // namespace hoithao::model
