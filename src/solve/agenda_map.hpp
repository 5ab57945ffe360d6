#pragma once
// Between model::Agenda (ids, TimePoints) and Assignment (indices, minutes).
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Rules of an agenda file's own consistency, checked before any constraint unit.
namespace agenda_rules {
inline constexpr const char* kUnknownSession = "unknown-session";
inline constexpr const char* kDuplicatePlacement = "duplicate-placement";
inline constexpr const char* kUnknownRoom = "unknown-room";
inline constexpr const char* kUnknownInterpreter = "unknown-interpreter";
inline constexpr const char* kWrongEnd = "wrong-end";
}  // namespace agenda_rules

// Placements naming unknown sessions, rooms or interpreters, duplicates and wrong
// end times become violations in `issues`, naming the session and hall ids they concern;
// the rest is mapped.
Assignment to_assignment(const Problem& problem, const model::Agenda& agenda, std::vector<Violation>& issues);

// Placed sessions in time order; `pinned` set for sessions pinned in the scenario.
model::Agenda to_agenda(const Problem& problem, const Assignment& assignment);

// All constraint units run over one assignment.
CheckReport evaluate(const Problem& problem, const ConstraintList& constraints, const Assignment& assignment);

}  // namespace hoithao::solve
