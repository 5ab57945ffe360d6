#include "solve/search/explain.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <utility>

#include "solve/constraint.hpp"
#include "solve/search/proof.hpp"

namespace hoithao::solve::search {
namespace {

constexpr long kNodesPerTest = 20000;
constexpr std::size_t kPeopleNamed = 3;

// Minutes any of `sessions` could occupy, from their candidates' merged spans.
Instant available(const Problem& p, const std::vector<int>& sessions) {
    std::vector<std::pair<Instant, Instant>> spans;
    for (int s : sessions)
        for (const auto& c : p.sessions[s].candidates) spans.emplace_back(c.start, c.start + p.sessions[s].duration);
    std::sort(spans.begin(), spans.end());
    Instant total = 0, covered_to = spans.front().first;
    for (auto [a, b] : spans) {
        a = std::max(a, covered_to);
        if (b > a) total += b - a, covered_to = b;
    }
    return total;
}

struct Window {
    Instant from = 0, to = 0, needed = 0, free = 0;
    int room = -1;  // for the zone the times are shown in
};

// The span `sessions` may use (earliest to latest candidate), their total
// duration and the minutes within it any of them could occupy.
Window window(const Problem& p, const std::vector<int>& sessions) {
    Window w;
    w.room = p.sessions[sessions.front()].candidates.front().room;
    w.from = p.sessions[sessions.front()].candidates.front().start;
    for (int s : sessions) {
        const auto& c = p.sessions[s].candidates;
        w.from = std::min(w.from, c.front().start);
        w.to = std::max(w.to, c.back().start + p.sessions[s].duration);
        w.needed += p.sessions[s].duration;
    }
    w.free = available(p, sessions);
    return w;
}

std::string window_text(const Problem& p, const Window& w) {
    return p.window_text(w.from, w.to, w.room) + " (" + duration_text(w.free) + " available)";
}

// A rule between two or more sessions of the core that a copy of the Problem can
// lift, to test whether the core needs it. Kinds are listed in the order the
// filter tries to drop them: the people come last, so that when two rules say the
// same thing the one kept is about the highest-ranked person.
struct Tie {
    enum Kind { Hall, Interpreter, Travel, Buffer, Order, SameTime, People } kind;
    int a = -1, b = -1;  // room; interpreter; two cities; -; later and earlier session; two sessions; group
};

bool has(const std::vector<int>& sorted, int x) { return std::binary_search(sorted.begin(), sorted.end(), x); }

// Sessions of `core` for which `uses` holds.
template <typename F>
std::vector<int> those(const std::vector<int>& core, F uses) {
    std::vector<int> found;
    std::copy_if(core.begin(), core.end(), std::back_inserter(found), uses);
    return found;
}

bool in_room(const Problem& p, int s, int room) {
    const auto& c = p.sessions[s].candidates;
    return std::any_of(c.begin(), c.end(), [&](const Candidate& x) { return x.room == room; });
}

// The venue every candidate of `s` lies in, or -1 when it may take place in several.
int only_venue(const Problem& p, int s) {
    const auto& c = p.sessions[s].candidates;
    int venue = p.rooms[c.front().room].venue;
    return std::all_of(c.begin(), c.end(), [&](const Candidate& x) { return p.rooms[x.room].venue == venue; }) ? venue
                                                                                                                : -1;
}

bool interprets(const Problem& p, int s, int person) {
    const auto& d = p.sessions[s];
    return d.needs_interpreter && std::find(d.interpreters.begin(), d.interpreters.end(), person) != d.interpreters.end();
}

int best_rank(const Problem& p, int group) {
    int best = PersonData{}.rank;
    for (int person : p.group_people[group]) best = std::min(best, p.people[person].rank);
    return best;
}

// Every rule binding two or more sessions of `core` (sorted), in the order to try dropping them.
std::vector<Tie> ties_of(const Problem& p, const std::vector<int>& core) {
    std::vector<Tie> ties;
    std::set<int> rooms, venues, interpreters, cities, groups;
    for (int s : core) {
        const auto& d = p.sessions[s];
        for (const auto& c : d.candidates) rooms.insert(c.room), venues.insert(p.rooms[c.room].venue);
        if (d.needs_interpreter) interpreters.insert(d.interpreters.begin(), d.interpreters.end());
        groups.insert(d.groups.begin(), d.groups.end());
    }
    for (int room : rooms)
        if (those(core, [&](int s) { return in_room(p, s, room); }).size() > 1) ties.push_back({Tie::Hall, room});
    for (int person : interpreters)
        if (those(core, [&](int s) { return interprets(p, s, person); }).size() > 1)
            ties.push_back({Tie::Interpreter, person});
    for (int v : venues) cities.insert(p.venues[v].city);
    for (int a : cities)
        for (int b : cities)
            if (a < b) ties.push_back({Tie::Travel, a, b});
    if (venues.size() > cities.size() && p.scenario->event.city_buffer_minutes > 0) ties.push_back({Tie::Buffer});
    for (int s : core)
        for (auto [e, gap] : p.sessions[s].after)
            if (has(core, e)) ties.push_back({Tie::Order, s, e});
    for (int s : core)
        if (has(core, p.sessions[s].same_time)) ties.push_back({Tie::SameTime, s, p.sessions[s].same_time});
    std::vector<int> shared;
    for (int g : groups)
        if (those(core, [&](int s) { return has(p.sessions[s].groups, g); }).size() > 1) shared.push_back(g);
    std::stable_sort(shared.begin(), shared.end(), [&](int x, int y) { return best_rank(p, x) > best_rank(p, y); });
    for (int g : shared) ties.push_back({Tie::People, g});
    return ties;
}

// Lifts one rule for the sessions of `core` in `q`, a copy of the Problem;
// `no_buffer` is its scenario without the time between venues of one city.
void lift(Problem& q, const Tie& tie, const std::vector<int>& core, const model::Scenario& no_buffer) {
    switch (tie.kind) {
    case Tie::Hall: {
        // Every session but the first gets a twin of the hall to itself.
        bool first = true;
        for (int s : core) {
            if (!in_room(q, s, tie.a) || std::exchange(first, false)) continue;
            const int twin = static_cast<int>(q.rooms.size());
            q.rooms.push_back(q.rooms[tie.a]);
            for (auto& c : q.sessions[s].candidates)
                if (c.room == tie.a) c.room = twin;
            if (auto& pin = q.sessions[s].pin; pin && pin->room == tie.a) pin->room = twin;
        }
        break;
    }
    case Tie::Interpreter:  // no timeline: the interpreter may take several sessions at once
        q.person_group[tie.a] = -1;
        break;
    case Tie::Travel:
        q.travel[tie.a][tie.b] = q.travel[tie.b][tie.a] = 0;
        break;
    case Tie::Buffer:
        q.scenario = &no_buffer;
        break;
    case Tie::Order:
        std::erase_if(q.sessions[tie.a].after, [&](const auto& link) { return link.first == tie.b; });
        std::erase_if(q.sessions[tie.b].before, [&](const auto& link) { return link.first == tie.a; });
        break;
    case Tie::SameTime:
        q.sessions[tie.a].same_time = -1;
        break;
    case Tie::People:  // no timeline: these people may be in several sessions at once
        for (int s : core) std::erase(q.sessions[s].groups, tie.a);
        break;
    }
}

// Whether a complete search places all of `sessions`, alone, in the Problem of `options`.
Proof search(const Options& options, const Problem& q, const std::vector<int>& sessions, const Clock& clock) {
    State state(q);
    return exhaust(state, options, sessions, kNodesPerTest, clock);
}

// Relaxation filter: lifts each rule in turn and leaves it lifted while the core
// still cannot be placed; the rules left are each needed, given the others lifted.
std::vector<Tie> needed_ties(const Problem& p, const ConstraintList& hard, const std::vector<int>& core,
                             const Clock& clock) {
    // The search only places the core, so the copies leave the other sessions without candidates.
    Problem base = p;
    for (int s = 0; s < static_cast<int>(base.sessions.size()); ++s)
        if (!has(core, s)) base.sessions[s].candidates.clear();
    model::Scenario no_buffer = *p.scenario;
    no_buffer.event.city_buffer_minutes = 0;
    std::vector<Tie> ties = ties_of(p, core), kept;
    std::vector<char> lifted(ties.size(), 0);
    for (std::size_t i = 0; i < ties.size() && !clock.expired(); ++i) {
        Problem q = base;
        lifted[i] = 1;
        for (std::size_t j = 0; j < ties.size(); ++j)
            if (lifted[j]) lift(q, ties[j], core, no_buffer);
        // Placed, or unknown within the limit: the rule stays named.
        if (search(Options(q, hard), q, core, clock) != Proof::Exhausted) lifted[i] = 0;
    }
    for (std::size_t i = 0; i < ties.size(); ++i)
        if (!lifted[i]) kept.push_back(ties[i]);
    return kept;
}

// "A", "A and B", "A, B and C".
std::string listed(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i == 0 ? "" : (i + 1 == items.size() ? " and " : ", ")) + items[i];
    return text;
}

// The halls, or the interpreters, of the needed ties in one sentence: the only ones
// when the sessions that may use them have no other, else what those compete for.
std::string resources_text(const Problem& p, bool halls, const std::vector<int>& resources,
                           const std::vector<int>& core) {
    auto uses = [&](int s, int r) { return halls ? in_room(p, s, r) : interprets(p, s, r); };
    auto sessions = those(core, [&](int s) {
        return std::any_of(resources.begin(), resources.end(), [&](int r) { return uses(s, r); });
    });
    const bool only = std::all_of(sessions.begin(), sessions.end(), [&](int s) {
        const auto& d = p.sessions[s];
        if (halls)
            return std::all_of(d.candidates.begin(), d.candidates.end(),
                               [&](const Candidate& x) { return has(resources, x.room); });
        return std::all_of(d.interpreters.begin(), d.interpreters.end(), [&](int i) { return has(resources, i); });
    });
    std::vector<std::string> names;
    for (int r : resources) names.push_back(halls ? hall_text(p, r) : p.people[r].name);
    const bool one = resources.size() == 1;
    if (!only)
        return p.quoted_titles(sessions) + " compete for " +
               (halls ? "" : one ? "the interpreter " : "the interpreters ") + listed(names);
    if (halls) return listed(names) + (one ? " is the only hall" : " are the only halls") + " for " + p.quoted_titles(sessions);
    return listed(names) + (one ? ", the only qualified interpreter," : ", the only qualified interpreters,") +
           " must interpret " + p.quoted_titles(sessions);
}

// The city every candidate of `s` lies in, or -1 when it may take place in several.
int only_city(const Problem& p, int s) {
    const auto& c = p.sessions[s].candidates;
    auto city_of = [&](const Candidate& x) { return p.venues[p.rooms[x.room].venue].city; };
    int city = city_of(c.front());
    return std::all_of(c.begin(), c.end(), [&](const Candidate& x) { return city_of(x) == city; }) ? city : -1;
}

// The journey between two cities, through the sessions of the core that share a
// person and are held one in each: "'A' is in Hà Nội and 'B' in Cửa Lò, 4 h 30 apart".
std::vector<std::string> journeys(const Problem& p, const std::vector<int>& core, int city_a, int city_b) {
    const int minutes = std::min(p.travel[city_a][city_b], p.travel[city_b][city_a]);
    const std::string apart =
        minutes >= Problem::kUnreachable ? "with no way to travel between" : duration_text(minutes) + " apart";
    auto either = [&](int city) { return city == city_a || city == city_b; };
    std::vector<std::string> found;
    for (std::size_t i = 0; i < core.size(); ++i)
        for (std::size_t j = i + 1; j < core.size(); ++j) {
            int a = core[i], b = core[j], ca = only_city(p, a), cb = only_city(p, b);
            const auto &x = p.sessions[a].attendees, &y = p.sessions[b].attendees;
            if (ca != cb && either(ca) && either(cb) &&
                std::find_first_of(x.begin(), x.end(), y.begin(), y.end()) != x.end())
                found.push_back(p.quoted_title(a) + " is in " + p.cities[ca] + " and " + p.quoted_title(b) + " in " +
                                p.cities[cb] + ", " + apart);
        }
    if (found.empty()) found.push_back(p.cities[city_a] + " and " + p.cities[city_b] + " are " + apart);
    return found;
}

// Moves between venues of one city, through the sessions of the core that share a
// person: "'A' is at Khách sạn Mường Thanh and 'B' at Trung tâm Hội nghị Cửa Lò, 15 min apart".
std::vector<std::string> moves(const Problem& p, const std::vector<int>& core) {
    const std::string apart = duration_text(p.scenario->event.city_buffer_minutes) + " apart";
    std::vector<std::string> found;
    for (std::size_t i = 0; i < core.size(); ++i)
        for (std::size_t j = i + 1; j < core.size(); ++j) {
            int a = core[i], b = core[j], va = only_venue(p, a), vb = only_venue(p, b);
            const auto &x = p.sessions[a].attendees, &y = p.sessions[b].attendees;
            if (va >= 0 && vb >= 0 && va != vb && p.venues[va].city == p.venues[vb].city &&
                std::find_first_of(x.begin(), x.end(), y.begin(), y.end()) != x.end())
                found.push_back(p.quoted_title(a) + " is at " + p.venues[va].name + " and " + p.quoted_title(b) +
                                " at " + p.venues[vb].name + ", " + apart);
        }
    if (found.empty()) found.push_back("two venues of one city are " + apart);
    return found;
}

// The needed ties in protocol terms: people, order, travel, halls, interpreters.
std::string describe(const Problem& p, const std::vector<int>& core, const std::vector<Tie>& needed) {
    const Window w = window(p, core);
    auto attending = [&](int group) { return those(core, [&](int s) { return has(p.sessions[s].groups, group); }); };
    std::vector<int> groups, halls, interpreters;
    for (const Tie& t : needed) {
        if (t.kind == Tie::People) groups.insert(groups.begin(), t.a);  // highest rank first
        if (t.kind == Tie::Hall) halls.push_back(t.a);
        if (t.kind == Tie::Interpreter) interpreters.push_back(t.a);
    }
    // Only the people in all of them, with too little time: the plainest reason.
    if (needed.size() == 1 && groups.size() == 1 && attending(groups[0]) == core && w.needed > w.free)
        return p.names(p.group_people[groups[0]]) + " must attend " + p.quoted_titles(core) + ", all " +
               window_text(p, w) + ", but they need " + duration_text(w.needed) + " together";
    std::vector<std::string> ties;
    for (std::size_t i = 0; i < groups.size() && i < kPeopleNamed; ++i)
        ties.push_back(p.names(p.group_people[groups[i]]) + " must attend " + p.quoted_titles(attending(groups[i])));
    if (groups.size() > kPeopleNamed) ties.push_back("and " + std::to_string(groups.size() - kPeopleNamed) + " others");
    for (const Tie& t : needed) {
        if (t.kind == Tie::Order) {
            const int gap = std::find_if(p.sessions[t.a].after.begin(), p.sessions[t.a].after.end(),
                                         [&](const auto& link) { return link.first == t.b; })->second;
            ties.push_back(p.quoted_title(t.a) + " must come " + (gap ? duration_text(gap) + " " : "") + "after " +
                           p.quoted_title(t.b));
        }
        if (t.kind == Tie::SameTime)
            ties.push_back(p.quoted_title(t.a) + " must start together with " + p.quoted_title(t.b));
    }
    for (const Tie& t : needed) {
        if (t.kind == Tie::Travel)
            for (auto& journey : journeys(p, core, t.a, t.b)) ties.push_back(std::move(journey));
        if (t.kind == Tie::Buffer)
            for (auto& move : moves(p, core)) ties.push_back(std::move(move));
    }
    if (!halls.empty()) ties.push_back(resources_text(p, true, halls, core));
    if (!interpreters.empty()) ties.push_back(resources_text(p, false, interpreters, core));
    std::string text = p.quoted_titles(core) + " cannot all be placed without a conflict";
    for (std::size_t i = 0; i < ties.size(); ++i) text += (i == 0 ? ": " : "; ") + ties[i];
    // Durations added up are a reason only when they exceed the time: sessions that
    // start together, or a road between them, are not about the sum.
    if (w.needed > w.free)
        return text + "; together they last " + duration_text(w.needed) + ", more than the " + duration_text(w.free) +
               " available " + p.window_text(w.from, w.to, w.room);
    return text + "; they may only take place " + p.window_text(w.from, w.to, w.room);
}

}  // namespace

std::string explain_infeasible(const Problem& p, const Clock& clock) {
    ConstraintList hard = make_constraints();
    std::erase_if(hard, [](const auto& c) { return c->kind() == Kind::Soft; });  // they only order the options
    const Options options(p, hard);
    // Deletion filter: the sessions with the fewest attendees are tried first, so
    // the set left keeps the sessions that concern the most people. They go in
    // blocks, halved on each pass down to one session, so a large event with a small
    // core needs some tens of searches rather than one per session.
    std::vector<int> sessions;
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s)
        if (!p.sessions[s].candidates.empty()) sessions.push_back(s);
    std::stable_sort(sessions.begin(), sessions.end(), [&](int a, int b) {
        return p.sessions[a].attendees.size() < p.sessions[b].attendees.size();
    });
    for (std::size_t block = std::max<std::size_t>(1, sessions.size() / 2);; block /= 2) {
        for (std::size_t i = 0; i < sessions.size() && !clock.expired();) {
            const std::size_t end = std::min(sessions.size(), i + block);
            std::vector<int> rest(sessions.begin(), sessions.begin() + static_cast<long>(i));
            rest.insert(rest.end(), sessions.begin() + static_cast<long>(end), sessions.end());
            if (search(options, p, rest, clock) == Proof::Exhausted) sessions = std::move(rest);
            else i = end;
        }
        if (block == 1) break;
    }
    std::sort(sessions.begin(), sessions.end());
    return describe(p, sessions, needed_ties(p, hard, sessions, clock));
}

}  // namespace hoithao::solve::search
