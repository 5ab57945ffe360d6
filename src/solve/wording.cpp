#include "solve/wording.hpp"

#include <algorithm>
#include <vector>

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

std::string equipment_words(const std::set<std::string>& equipment, const std::string& last) {
    std::vector<std::string> words(equipment.begin(), equipment.end());
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::replace(words[i].begin(), words[i].end(), '_', ' ');
        text += (i == 0 ? "" : i + 1 == words.size() ? last : ", ") + words[i];
    }
    return text;
}

}  // namespace hoithao::solve
