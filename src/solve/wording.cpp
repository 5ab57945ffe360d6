#include "solve/wording.hpp"

#include <algorithm>

namespace hoithao::solve {

std::string person_text(const Problem& p, int person) {
    const auto& who = p.people[person];
    if (who.title.empty() || who.name.starts_with(who.title)) return who.name;
    return who.title + " " + who.name;
}

std::string delegation_text(const Problem& p, int delegation) {
    const auto& d = p.delegations[delegation];
    return d.head < 0 ? d.name : d.name + " (led by " + person_text(p, d.head) + ")";
}

std::string hall_text(const Problem& p, int room) {
    return p.rooms[room].name + " (" + std::to_string(p.rooms[room].capacity) + " seats)";
}

std::string equipment_words(const std::set<std::string>& equipment) {
    std::string text;
    for (std::string item : equipment) {
        std::replace(item.begin(), item.end(), '_', ' ');
        text += (text.empty() ? "" : ", ") + item;
    }
    return text;
}

}  // namespace hoithao::solve
