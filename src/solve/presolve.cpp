#include "solve/presolve.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <set>

namespace hoithao::solve {
namespace {

constexpr Instant kNever = std::numeric_limits<Instant>::max() / 4;

std::string titles(const Problem& p, const std::vector<int>& sessions) {
    std::string text;
    for (std::size_t i = 0; i < sessions.size(); ++i)
        text += (i == 0 ? "" : (i + 1 == sessions.size() ? " and " : ", ")) + p.quoted_title(sessions[i]);
    return text;
}

// A cycle of `after` links, as session indices, or empty.
std::vector<int> after_cycle(const Problem& p) {
    const int n = static_cast<int>(p.sessions.size());
    std::vector<int> state(n, 0), stack;
    std::vector<int> cycle;
    auto visit = [&](auto&& self, int s) -> bool {
        state[s] = 1;
        stack.push_back(s);
        for (auto [e, gap] : p.sessions[s].after) {
            if (state[e] == 1) {
                cycle.assign(std::find(stack.begin(), stack.end(), e), stack.end());
                return true;
            }
            if (state[e] == 0 && self(self, e)) return true;
        }
        stack.pop_back();
        state[s] = 2;
        return false;
    };
    for (int s = 0; s < n; ++s)
        if (state[s] == 0 && visit(visit, s)) break;
    return cycle;
}

// Precedence and same-time bounds on start times, to a fixpoint.
std::vector<std::string> propagate(Problem& p) {
    const int n = static_cast<int>(p.sessions.size());
    std::vector<std::vector<std::pair<int, int>>> successors(n);
    std::vector<std::vector<int>> partners(n);
    for (int s = 0; s < n; ++s) {
        for (auto [e, gap] : p.sessions[s].after) successors[e].emplace_back(s, gap);
        if (int t = p.sessions[s].same_time; t >= 0 && t != s) partners[s].push_back(t), partners[t].push_back(s);
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (int s = 0; s < n; ++s) {
            auto& mine = p.sessions[s].candidates;
            Instant lo = -kNever, hi = kNever;
            for (auto [e, gap] : p.sessions[s].after)
                lo = std::max(lo, p.sessions[e].candidates.front().start + p.sessions[e].duration + gap);
            for (auto [later, gap] : successors[s])
                hi = std::min(hi, p.sessions[later].candidates.back().start - gap - p.sessions[s].duration);
            std::vector<std::set<Instant>> partner_starts;
            for (int t : partners[s]) {
                partner_starts.emplace_back();
                for (const auto& c : p.sessions[t].candidates) partner_starts.back().insert(c.start);
            }
            auto removed = std::erase_if(mine, [&](const Candidate& c) {
                if (c.start < lo || c.start > hi) return true;
                return std::any_of(partner_starts.begin(), partner_starts.end(),
                                   [&](const std::set<Instant>& starts) { return !starts.count(c.start); });
            });
            if (removed == 0) continue;
            changed = true;
            if (mine.empty()) {
                std::vector<int> linked = partners[s];
                for (auto [e, gap] : p.sessions[s].after) linked.push_back(e);
                for (auto [later, gap] : successors[s]) linked.push_back(later);
                return {p.quoted_title(s) + " has no start time left that respects its order with " +
                        titles(p, linked) + " (come after / start together), within the days and hours allowed"};
            }
        }
    }
    return {};
}

// Merged [start, end) spans a session could occupy.
std::vector<std::pair<Instant, Instant>> reach(const Problem& p, int s) {
    std::vector<std::pair<Instant, Instant>> spans;
    for (const auto& c : p.sessions[s].candidates) {
        Instant end = c.start + p.sessions[s].duration;
        if (!spans.empty() && c.start <= spans.back().second) spans.back().second = std::max(spans.back().second, end);
        else spans.emplace_back(c.start, end);
    }
    return spans;
}

Instant measure(std::vector<std::pair<Instant, Instant>> spans) {
    std::sort(spans.begin(), spans.end());
    Instant total = 0, covered_to = -kNever;
    for (auto [a, b] : spans) {
        a = std::max(a, covered_to);
        if (b > a) total += b - a, covered_to = b;
    }
    return total;
}

// Sessions that must not overlap (they share a person, a forced room or a forced
// interpreter) cannot fit when, within some span, their total duration exceeds
// the time any of them could occupy.
std::string overload(const Problem& p, const std::vector<std::vector<std::pair<Instant, Instant>>>& reaches,
                     const std::vector<int>& group, const std::string& who) {
    if (group.size() < 2) return {};
    std::set<Instant> firsts, lasts;
    for (int s : group) firsts.insert(reaches[s].front().first), lasts.insert(reaches[s].back().second);
    for (Instant a : firsts)
        for (Instant b : lasts) {
            if (b <= a) continue;
            std::vector<int> inside;
            long total = 0;
            std::vector<std::pair<Instant, Instant>> spans;
            for (int s : group)
                if (reaches[s].front().first >= a && reaches[s].back().second <= b) {
                    inside.push_back(s);
                    total += p.sessions[s].duration;
                    spans.insert(spans.end(), reaches[s].begin(), reaches[s].end());
                }
            if (inside.size() < 2 || total <= measure(spans)) continue;
            return who + " " + titles(p, inside) + " (together " + std::to_string(total) +
                   " min), but they can only take place within " + std::to_string(measure(spans)) + " min between " +
                   p.time_text(a, -1) + " and " + p.time_text(b, -1);
        }
    return {};
}

std::vector<std::string> overloads(const Problem& p) {
    const int n = static_cast<int>(p.sessions.size());
    std::vector<std::vector<std::pair<Instant, Instant>>> reaches(n);
    for (int s = 0; s < n; ++s) reaches[s] = reach(p, s);
    std::vector<std::string> reasons;
    auto add = [&](std::string reason) {
        if (!reason.empty()) reasons.push_back(std::move(reason));
    };
    for (const auto& person : p.people) add(overload(p, reaches, person.sessions, person.name + " must attend"));
    std::map<int, std::vector<int>> by_room, by_interpreter;
    for (int s = 0; s < n; ++s) {
        const auto& c = p.sessions[s].candidates;
        if (std::all_of(c.begin(), c.end(), [&](const Candidate& x) { return x.room == c.front().room; }))
            by_room[c.front().room].push_back(s);
        if (p.sessions[s].interpreters.size() == 1) by_interpreter[p.sessions[s].interpreters.front()].push_back(s);
    }
    for (const auto& [room, group] : by_room) add(overload(p, reaches, group, p.rooms[room].name + " alone can host"));
    for (const auto& [person, group] : by_interpreter)
        add(overload(p, reaches, group, p.people[person].name + ", the only qualified interpreter, must interpret"));
    return reasons;
}

}  // namespace

std::vector<std::string> presolve(Problem& p) {
    std::vector<std::string> reasons;
    for (const auto& s : p.sessions)
        if (s.candidates.empty()) reasons.push_back(s.no_candidate_reason);
    if (!reasons.empty()) return reasons;
    if (auto cycle = after_cycle(p); !cycle.empty()) {
        std::string chain = p.quoted_title(cycle.front());
        for (std::size_t i = 1; i < cycle.size(); ++i) chain += " comes after " + p.quoted_title(cycle[i]) + ", which";
        return {"the order rules form a cycle: " + chain + " comes after " + p.quoted_title(cycle.front())};
    }
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s) {
        int t = p.sessions[s].same_time;
        if (t < 0 || t == s) continue;
        const auto &a = p.sessions[s].attendees, &b = p.sessions[t].attendees;
        std::vector<int> both;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
        if (!both.empty())
            reasons.push_back(p.quoted_title(s) + " must start together with " + p.quoted_title(t) + ", but " +
                              p.names(both) + (both.size() > 1 ? " attend" : " attends") + " both");
    }
    if (!reasons.empty()) return reasons;
    if (auto why = propagate(p); !why.empty()) return why;
    return overloads(p);
}

}  // namespace hoithao::solve
