#pragma once
// A day at a glance: an SVG timeline with one row per hall and one column per hour,
// each session a box coloured by its kind, with a legend. Self-contained XML.
#include <ostream>
#include <string>

#include "io/agenda_view.hpp"

namespace hoithao::io {

// The whole event's sessions on local day `day` ("2022-09-09").
void write_svg_timeline(const model::Scenario& s, const model::Agenda& a, const std::string& day,
                        const Audience& audience, std::ostream& out);

}  // namespace hoithao::io
