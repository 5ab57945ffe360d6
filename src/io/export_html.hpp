#pragma once
// The printable programme: one self-contained HTML page (inline CSS for A4, no
// script, nothing loaded from elsewhere), by day, with halls, co-chairs and speakers
// in order of precedence. For a person:ID selection it is that person's "my day"
// sheet instead: their role in each session, one printed page per day. Meal breaks,
// arrivals and departures are lines of the day (see io/programme.hpp).
#include <ostream>
#include <string>

#include "io/agenda_view.hpp"

namespace hoithao::io {

void write_html(const model::Scenario& s, const model::Agenda& a, const Selector& who, const Audience& audience,
                std::ostream& out);

}  // namespace hoithao::io
