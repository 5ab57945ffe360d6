#include "solve/search/state.hpp"

#include <algorithm>

namespace hoithao::solve::search {
namespace {

bool by_start(const Span& a, const Span& b) { return a.start < b.start; }

// Calls f(session) for each span of a hall's line overlapping [start, end) but
// `except`'s; false when f stopped the walk.
template <typename F>
bool each_holder(const std::vector<Span>& line, Instant start, Instant end, int except, F f) {
    for (auto it = std::lower_bound(line.begin(), line.end(), Span{end, end, -1}, by_start); it != line.begin();) {
        --it;
        if (it->end <= start) break;  // spans never overlap, so earlier ones end earlier
        if (it->session != except && !f(it->session)) return false;
    }
    return true;
}

void insert(std::vector<Span>& line, const Span& span) {
    line.insert(std::upper_bound(line.begin(), line.end(), span, by_start), span);
}

void erase(std::vector<Span>& line, int session) {
    auto it = std::find_if(line.begin(), line.end(), [&](const Span& x) { return x.session == session; });
    if (it != line.end()) line.erase(it);
}

}  // namespace

State::State(const Problem& problem)
    : p_(problem), assignment_(problem.sessions.size()), groups_(problem.group_people.size()),
      rooms_(problem.rooms.size()), unplaced_(static_cast<int>(problem.sessions.size())) {}

int State::interpreter_group(const Place& place) const {
    return place.interpreter >= 0 ? p_.person_group[place.interpreter] : -1;
}

void State::place(int s, const Place& place) {
    assignment_[s] = place;
    --unplaced_;
    Span span{place.start, p_.end(s, place), s};
    insert(rooms_[place.room], span);
    for (int g : p_.sessions[s].groups) insert(groups_[g], span);
    int ig = interpreter_group(place);
    if (ig >= 0 && !std::binary_search(p_.sessions[s].groups.begin(), p_.sessions[s].groups.end(), ig))
        insert(groups_[ig], span);
}

void State::remove(int s) {
    const Place old = assignment_[s];
    erase(rooms_[old.room], s);
    for (int g : p_.sessions[s].groups) erase(groups_[g], s);
    int ig = interpreter_group(old);
    if (ig >= 0 && !std::binary_search(p_.sessions[s].groups.begin(), p_.sessions[s].groups.end(), ig))
        erase(groups_[ig], s);
    assignment_[s] = Place{};
    ++unplaced_;
}

void State::reset(const Assignment& assignment) {
    for (auto& line : groups_) line.clear();
    for (auto& line : rooms_) line.clear();
    assignment_.assign(assignment.size(), Place{});
    unplaced_ = static_cast<int>(assignment.size());
    for (int s = 0; s < static_cast<int>(assignment.size()); ++s)
        if (assignment[s].placed()) place(s, assignment[s]);
}

template <typename F>
void State::each_blocker(int s, const Place& place, F f) const {
    const SessionData& d = p_.sessions[s];
    const Instant start = place.start, end = p_.end(s, place);
    // A hall holds one session at a time.
    if (!each_holder(rooms_[place.room], start, end, s, f)) return;
    // Nobody in two places at once, with travel time between consecutive sessions.
    // Walking outwards, a span is a blocker until the first one that leaves enough
    // time: that one becomes the neighbour once the blockers have left.
    auto line_blockers = [&](int g) {
        const auto& line = groups_[g];
        auto split = std::lower_bound(line.begin(), line.end(), Span{start, start, -1}, by_start);
        for (auto it = split; it != line.end(); ++it) {
            if (it->session == s) continue;
            if (it->start >= end &&
                (p_.no_travel || it->start - end >= p_.travel_minutes(place.room, assignment_[it->session].room)))
                break;
            if (!f(it->session)) return false;
        }
        for (auto it = split; it != line.begin();) {
            --it;
            if (it->session == s) continue;
            if (it->end <= start &&
                (p_.no_travel || start - it->end >= p_.travel_minutes(assignment_[it->session].room, place.room)))
                break;
            if (!f(it->session)) return false;
        }
        return true;
    };
    for (int g : d.groups)
        if (!line_blockers(g)) return;
    int ig = interpreter_group(place);
    if (ig >= 0 && !std::binary_search(d.groups.begin(), d.groups.end(), ig) && !line_blockers(ig)) return;
    // Order with minimum gaps, and start-together groups.
    for (auto [e, gap] : d.after)
        if (e != s && assignment_[e].placed() && start < p_.end(e, assignment_[e]) + gap && !f(e)) return;
    for (auto [l, gap] : d.before)
        if (l != s && assignment_[l].placed() && assignment_[l].start < end + gap && !f(l)) return;
    if (int t = d.same_time; t >= 0 && t != s && assignment_[t].placed() && assignment_[t].start != start && !f(t))
        return;
    for (int t : d.neighbours)
        if (p_.sessions[t].same_time == s && assignment_[t].placed() && assignment_[t].start != start && !f(t)) return;
}

void State::blockers(int s, const Place& place, std::vector<int>& out) const {
    out.clear();
    each_blocker(s, place, [&](int t) {
        out.push_back(t);
        return true;
    });
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

bool State::fits(int s, const Place& place) const {
    bool ok = true;
    each_blocker(s, place, [&](int) { return ok = false; });
    return ok;
}

bool State::fits(int s, const Place& place, const std::vector<int>& movable) const {
    bool ok = true;
    each_blocker(s, place, [&](int t) { return ok = std::binary_search(movable.begin(), movable.end(), t); });
    return ok;
}

bool State::hall_free(int room, Instant start, Instant end, int session) const {
    return each_holder(rooms_[room], start, end, session, [](int) { return false; });
}

void State::starting_at(Instant start, std::vector<int>& out) const {
    out.clear();
    for (const auto& room : rooms_) {
        auto it = std::lower_bound(room.begin(), room.end(), Span{start, start, -1}, by_start);
        if (it != room.end() && it->start == start) out.push_back(it->session);
    }
}

}  // namespace hoithao::solve::search
