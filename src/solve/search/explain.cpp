#include "solve/search/explain.hpp"

#include <algorithm>
#include <map>

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

// Everyone attending two or more of `sessions`, highest rank first, with those sessions.
std::vector<std::pair<int, std::vector<int>>> shared_people(const Problem& p, const std::vector<int>& sessions) {
    std::map<int, std::vector<int>> attends;
    for (int s : sessions)
        for (int person : p.sessions[s].attendees) attends[person].push_back(s);
    std::vector<std::pair<int, std::vector<int>>> shared;
    for (auto& [person, list] : attends)
        if (list.size() > 1) shared.emplace_back(person, std::move(list));
    std::stable_sort(shared.begin(), shared.end(),
                     [&](const auto& a, const auto& b) { return p.people[a.first].rank < p.people[b.first].rank; });
    return shared;
}

// The order rules between sessions of the set: "'B' must come 15 min after 'A'".
std::vector<std::string> order_rules(const Problem& p, const std::vector<int>& sessions) {
    std::vector<std::string> rules;
    for (int s : sessions)
        for (auto [e, gap] : p.sessions[s].after)
            if (std::binary_search(sessions.begin(), sessions.end(), e))
                rules.push_back(p.quoted_title(s) + " must come " + (gap ? duration_text(gap) + " " : "") + "after " +
                                p.quoted_title(e));
    return rules;
}

// The city every candidate of `s` lies in, or -1 when it may take place in several.
int only_city(const Problem& p, int s) {
    const auto& c = p.sessions[s].candidates;
    auto city_of = [&](const Candidate& x) { return p.venues[p.rooms[x.room].venue].city; };
    int city = city_of(c.front());
    return std::all_of(c.begin(), c.end(), [&](const Candidate& x) { return city_of(x) == city; }) ? city : -1;
}

// Travel between sessions of the set that share a person and must be held in
// different cities: "'A' is in Hà Nội and 'B' in Cửa Lò, 4 h 30 apart".
std::vector<std::string> journeys(const Problem& p, const std::vector<int>& sessions) {
    std::vector<std::string> found;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        for (std::size_t j = i + 1; j < sessions.size(); ++j) {
            int a = sessions[i], b = sessions[j], ca = only_city(p, a), cb = only_city(p, b);
            const auto &x = p.sessions[a].attendees, &y = p.sessions[b].attendees;
            if (ca < 0 || cb < 0 || ca == cb || std::find_first_of(x.begin(), x.end(), y.begin(), y.end()) == x.end())
                continue;
            int minutes = std::min(p.travel[ca][cb], p.travel[cb][ca]);
            found.push_back(p.quoted_title(a) + " is in " + p.cities[ca] + " and " + p.quoted_title(b) + " in " +
                            p.cities[cb] + ", " +
                            (minutes >= Problem::kUnreachable ? "with no way to travel between"
                                                              : duration_text(minutes) + " apart"));
        }
    return found;
}

// The one room, or the one qualified interpreter, several sessions of the set
// must share: "Phòng B is the only hall for 'A' and 'B'".
std::vector<std::string> scarce(const Problem& p, const std::vector<int>& sessions) {
    std::map<int, std::vector<int>> by_room, by_interpreter;
    for (int s : sessions) {
        const auto& c = p.sessions[s].candidates;
        if (std::all_of(c.begin(), c.end(), [&](const Candidate& x) { return x.room == c.front().room; }))
            by_room[c.front().room].push_back(s);
        if (p.sessions[s].interpreters.size() == 1) by_interpreter[p.sessions[s].interpreters.front()].push_back(s);
    }
    std::vector<std::string> found;
    for (const auto& [room, list] : by_room)
        if (list.size() > 1) found.push_back(p.rooms[room].name + " is the only hall for " + p.quoted_titles(list));
    for (const auto& [person, list] : by_interpreter)
        if (list.size() > 1)
            found.push_back(p.people[person].name + ", the only qualified interpreter, must interpret " +
                            p.quoted_titles(list));
    return found;
}

std::string describe_set(const Problem& p, const std::vector<int>& sessions) {
    const Window w = window(p, sessions);
    auto shared = shared_people(p, sessions);
    // One person in all of them, with too little time: the plainest reason.
    auto everywhere = std::find_if(shared.begin(), shared.end(),
                                   [&](const auto& x) { return x.second.size() == sessions.size(); });
    if (everywhere != shared.end() && w.needed > w.free)
        return p.people[everywhere->first].name + " must attend " + p.quoted_titles(sessions) + ", all " +
               window_text(p, w) + ", but they need " + duration_text(w.needed) + " together";
    std::vector<std::string> ties;
    for (std::size_t i = 0; i < shared.size() && i < kPeopleNamed; ++i)
        ties.push_back(p.people[shared[i].first].name + " must attend " + p.quoted_titles(shared[i].second));
    if (shared.size() > kPeopleNamed) ties.push_back("and " + std::to_string(shared.size() - kPeopleNamed) + " others");
    for (const auto& list : {order_rules(p, sessions), journeys(p, sessions), scarce(p, sessions)})
        ties.insert(ties.end(), list.begin(), list.end());
    std::string text = p.quoted_titles(sessions) + " cannot all be placed without a conflict";
    for (std::size_t i = 0; i < ties.size(); ++i) text += (i == 0 ? ": " : "; ") + ties[i];
    return text + "; together they last " + duration_text(w.needed) + " and may only take place " + window_text(p, w);
}

}  // namespace

std::string explain_infeasible(const Problem& p, const Options& options, std::vector<int> sessions,
                               const Clock& clock) {
    // Deletion filter: the sessions with the fewest attendees are tried first, so
    // the set left keeps the sessions that concern the most people.
    std::stable_sort(sessions.begin(), sessions.end(), [&](int a, int b) {
        return p.sessions[a].attendees.size() < p.sessions[b].attendees.size();
    });
    for (std::size_t i = 0; i < sessions.size() && !clock.expired();) {
        std::vector<int> rest = sessions;
        rest.erase(rest.begin() + static_cast<long>(i));
        State state(p);
        if (exhaust(state, options, rest, kNodesPerTest, clock) == Proof::Exhausted) sessions = std::move(rest);
        else ++i;
    }
    std::sort(sessions.begin(), sessions.end());
    return describe_set(p, sessions);
}

}  // namespace hoithao::solve::search
