#pragma once
// Words shared by every explanation, so that a delegation, a person or a hall is
// named the same way in each rule's message and in each proof.
#include <set>
#include <string>

#include "solve/problem.hpp"

namespace hoithao::solve {

// "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Trần Văn Sơn": the title, when known
// and not already part of the name, then the name.
std::string person_text(const Problem& problem, int person);

// "Đoàn Lào (led by Bộ trưởng Khamchen)": the delegation with its head, whom
// protocol staff call first; just the name when it has no head.
std::string delegation_text(const Problem& problem, int delegation);

// "Phòng B (30 seats)"
std::string hall_text(const Problem& problem, int room);

// "booths and signing table": equipment as staff say it, not as the files spell it;
// `last` joins the last two ("or" after "has no").
std::string equipment_words(const std::set<std::string>& equipment, const std::string& last = " and ");

}  // namespace hoithao::solve
