#pragma once
// Between model::Agenda (ids, TimePoints) and Assignment (indices, minutes).
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Placements naming unknown sessions, rooms or interpreters, duplicates and wrong
// end times become violations in `issues`; the rest is mapped.
Assignment to_assignment(const Problem& problem, const model::Agenda& agenda, std::vector<Violation>& issues);

// Placed sessions in time order; `pinned` set for sessions pinned in the scenario.
model::Agenda to_agenda(const Problem& problem, const Assignment& assignment);

// All constraint units run over one assignment.
CheckReport evaluate(const Problem& problem, const ConstraintList& constraints, const Assignment& assignment);

}  // namespace hoithao::solve
