#include "solve/constraints/person_unavailable.hpp"

#include <algorithm>

namespace hoithao::solve {
namespace {

// The first span in which `person` is unavailable during the session, if any.
const std::pair<Instant, Instant>* busy_span(const Problem& p, int person, Instant start, Instant end) {
    for (const auto& span : p.people[person].unavailable)
        if (overlap_minutes(span.first, span.second, start, end) > 0) return &span;
    return nullptr;
}

template <typename F>
void for_each_person(const Problem& p, int session, const Place& place, F f) {
    const auto& attendees = p.sessions[session].attendees;
    for (int a : attendees) f(a);
    // An interpreter the session also names as attendee is one person, said once.
    if (place.interpreter >= 0 && std::find(attendees.begin(), attendees.end(), place.interpreter) == attendees.end())
        f(place.interpreter);
}

}  // namespace

// Called for every candidate place while the Problem is compiled: the attendees'
// spans are looked up merged, the interpreter's own ones directly.
bool PersonUnavailable::may_refuse(const Problem& p, int session) const {
    return !p.sessions[session].attendees_away.empty();
}

bool PersonUnavailable::allows(const Problem& p, int session, const Place& place) const {
    const Instant end = p.end(session, place);
    const auto& away = p.sessions[session].attendees_away;
    auto first_after = std::upper_bound(away.begin(), away.end(), place.start,
                                        [](Instant t, const std::pair<Instant, Instant>& span) { return t < span.second; });
    if (first_after != away.end() && first_after->first < end) return false;
    return place.interpreter < 0 || !busy_span(p, place.interpreter, place.start, end);
}

std::string PersonUnavailable::explain(const Problem& p, int session, const Place& place) const {
    std::string text;
    const Instant end = p.end(session, place);
    std::vector<int> people = people_involved(p, session, place);
    std::stable_sort(people.begin(), people.end(),  // named highest rank first
                     [&](int a, int b) { return p.people[a].rank < p.people[b].rank; });
    for (int person : people) {
        const auto* span = busy_span(p, person, place.start, end);
        text += (text.empty() ? "" : "; ") + p.people[person].name + " is unavailable " +
                p.span_text(span->first, span->second, place.room) + " (overlaps by " +
                std::to_string(overlap_minutes(span->first, span->second, place.start, end)) + " min)";
    }
    return p.describe(session, place) + ": " + text;
}

std::vector<int> PersonUnavailable::people_involved(const Problem& p, int session, const Place& place) const {
    std::vector<int> people;
    Instant end = p.end(session, place);
    for_each_person(p, session, place, [&](int person) {
        if (busy_span(p, person, place.start, end)) people.push_back(person);
    });
    return people;
}

}  // namespace hoithao::solve
