#include "solve/constraints/interpretation.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

bool speaks(const PersonData& person, const std::string& language) {
    return std::find(person.languages.begin(), person.languages.end(), language) != person.languages.end();
}

}  // namespace

bool Interpretation::allows(const Problem& p, int session, const Place& place) const {
    const auto& s = p.sessions[session];
    if (!s.needs_interpreter) return true;
    if (place.interpreter < 0) return false;
    // The qualified ones: interpreters who speak both languages, of the team staff named if any.
    return std::find(s.interpreters.begin(), s.interpreters.end(), place.interpreter) != s.interpreters.end();
}

std::string Interpretation::explain(const Problem& p, int session, const Place& place) const {
    const auto& s = p.sessions[session];
    std::string pair = s.language_a + "–" + s.language_b;
    if (place.interpreter < 0) return p.describe(session, place) + " needs a " + pair + " interpreter; none is assigned";
    const auto& person = p.people[place.interpreter];
    if (!person.interpreter)
        return person.name + " is assigned to interpret " + p.describe(session, place) + " but is not an interpreter";
    if (speaks(person, s.language_a) && speaks(person, s.language_b))
        return person.name + " is assigned to interpret " + p.describe(session, place) +
               " but is not one of its interpreter team";
    std::string missing = !speaks(person, s.language_a) ? s.language_a : s.language_b;
    return person.name + " is assigned to interpret " + p.describe(session, place) + " (" + pair +
           ") but does not speak " + missing;
}

std::vector<int> Interpretation::people_involved(const Problem&, int, const Place& place) const {
    if (place.interpreter < 0) return {};
    return {place.interpreter};
}

}  // namespace hoithao::solve
