#pragma once
// Names of the soft rules staff may weigh in a scenario's [weights] table. The
// reader (io) checks names against this list without depending on the solver;
// tests/solve/soft_rules_test.cpp keeps it equal to the solver's soft units.
#include <array>
#include <string_view>

namespace hoithao::model {

inline constexpr std::array<std::string_view, 11> kSoftRules{
    "morning-preferred", "press-after-signing", "idle-gaps",     "hall-changes",   "compact-days", "balanced-days",
    "hall-fit",          "moved-session",       "itc-last-slot", "itc-single-session-day", "itc-more-than-two-in-a-row"};

}  // namespace hoithao::model
