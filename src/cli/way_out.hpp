#pragma once
// What staff could do about a session whose hall is the trouble: another hall of its
// venue, big enough and free then, that lacks only some equipment, named with the
// command that would give it that equipment for this event.
#include <ostream>
#include <string>

#include "model/agenda.hpp"
#include "model/scenario.hpp"
#include "solve/solver.hpp"

namespace hoithao::cli {

void print_way_out(const model::Scenario& scenario, const model::Agenda& agenda, const solve::CheckReport& report,
                   const std::string& db, std::ostream& out);

}  // namespace hoithao::cli
