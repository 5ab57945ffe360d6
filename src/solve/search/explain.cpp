#include "solve/search/explain.hpp"

#include <algorithm>
#include <map>

#include "solve/search/proof.hpp"

namespace hoithao::solve::search {
namespace {

constexpr long kNodesPerTest = 20000;

std::string titles(const Problem& p, const std::vector<int>& sessions) {
    std::string text;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        text += (i == 0 ? "" : (i + 1 == sessions.size() ? " and " : ", ")) + p.quoted_title(sessions[i]);
    return text;
}

// The window each session may use: its earliest and latest candidate.
std::string window(const Problem& p, const std::vector<int>& sessions) {
    Instant from = 0, to = 0;
    bool first = true;
    long total = 0;
    for (int s : sessions) {
        const auto& c = p.sessions[s].candidates;
        Instant a = c.front().start, b = c.back().start + p.sessions[s].duration;
        from = first ? a : std::min(from, a), to = first ? b : std::max(to, b), first = false;
        total += p.sessions[s].duration;
    }
    return "together they last " + std::to_string(total) + " min and may only take place between " +
           p.time_text(from, -1) + " and " + p.time_text(to, -1);
}

}  // namespace

std::string explain_infeasible(const Problem& p, const Options& options, std::vector<int> sessions,
                               const Clock& clock) {
    // Deletion filter: the first sessions tried are the least important (largest rank
    // number, fewest attendees), so the set left names the VIPs' sessions.
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
    std::map<int, std::vector<int>> shared;  // person → sessions of the set they attend
    for (int s : sessions)
        for (int person : p.sessions[s].attendees) shared[person].push_back(s);
    std::string ties;
    int named = 0;
    // The highest-ranking people first, as protocol lists them.
    std::vector<std::pair<int, int>> people;
    for (const auto& [person, list] : shared)
        if (list.size() > 1) people.emplace_back(p.people[person].rank, person);
    std::sort(people.begin(), people.end());
    for (auto [rank, person] : people) {
        if (named++ == 3) {
            ties += "; and " + std::to_string(people.size() - 3) + " others";
            break;
        }
        ties += (ties.empty() ? "" : "; ") + p.people[person].name + " must attend " + titles(p, shared[person]);
    }
    for (int s : sessions)
        for (auto [e, gap] : p.sessions[s].after)
            if (std::binary_search(sessions.begin(), sessions.end(), e))
                ties += (ties.empty() ? "" : "; ") + p.quoted_title(s) + " must come " +
                        (gap ? std::to_string(gap) + " min " : "") + "after " + p.quoted_title(e);
    return titles(p, sessions) + " cannot all be placed without a conflict" + (ties.empty() ? "" : ": " + ties) +
           "; " + window(p, sessions);
}

}  // namespace hoithao::solve::search
