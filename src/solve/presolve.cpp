#include "solve/presolve.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "solve/wording.hpp"

namespace hoithao::solve {
namespace {

constexpr Instant kNever = std::numeric_limits<Instant>::max() / 4;

// A cycle of `after` links, as session indices, or empty. Iterative depth-first
// search: a chain of 100,000 sessions would overflow the stack as recursion.
std::vector<int> after_cycle(const Problem& p) {
    const int n = static_cast<int>(p.sessions.size());
    std::vector<int> state(n, 0);                  // 0 new, 1 on the path, 2 done
    std::vector<std::pair<int, std::size_t>> path;  // session, index of its next `after` link
    for (int root = 0; root < n; ++root) {
        if (state[root] != 0) continue;
        state[root] = 1;
        path.emplace_back(root, 0);
        while (!path.empty()) {
            auto [s, next] = path.back();
            if (next == p.sessions[s].after.size()) {
                state[s] = 2;
                path.pop_back();
                continue;
            }
            ++path.back().second;
            const int e = p.sessions[s].after[next].first;
            if (state[e] == 1) {
                auto from = std::find_if(path.begin(), path.end(), [&](const auto& step) { return step.first == e; });
                std::vector<int> cycle;
                for (auto it = from; it != path.end(); ++it) cycle.push_back(it->first);
                return cycle;
            }
            if (state[e] == 0) {
                state[e] = 1;
                path.emplace_back(e, 0);
            }
        }
    }
    return {};
}

// Why `s` has no start left, when its order rules explain it: it must follow
// `earlier` (which cannot end sooner) and cannot end late enough, or precede `later`
// (which cannot start later) and cannot start early enough, or does not fit between.
struct Bound {
    int other = -1, gap = 0;
    Instant at = 0;  // earliest end of `earlier`, or latest start of `later`
};

std::string gap_text(int gap) { return gap > 0 ? duration_text(gap) + " " : ""; }

// "come 30 min after 'Hội đàm', which cannot end before 09/09 16:45"
std::string follows(const Problem& p, const Bound& earlier) {
    return "come " + gap_text(earlier.gap) + "after " + p.quoted_title(earlier.other) + ", which cannot end before " +
           p.time_text(earlier.at, p.sessions[earlier.other].candidates.front().room);
}

// "end 15 min before 'Ký kết' starts, which cannot start after 09/09 16:30"
std::string precedes(const Problem& p, const Bound& later) {
    return "end " + gap_text(later.gap) + "before " + p.quoted_title(later.other) +
           " starts, which cannot start after " + p.time_text(later.at, p.sessions[later.other].candidates.back().room);
}

std::string after_reason(const Problem& p, int s, const Bound& earlier) {
    const auto& last = p.sessions[s].candidates.back();
    return p.quoted_title(s) + " must " + follows(p, earlier) + ", but " + p.quoted_title(s) + " takes " +
           duration_text(p.sessions[s].duration) + " and must end by " +
           p.time_text(last.start + p.sessions[s].duration, last.room) + " (its days and hours allowed)";
}

std::string before_reason(const Problem& p, int s, const Bound& later) {
    const auto& first = p.sessions[s].candidates.front();
    return p.quoted_title(s) + " must " + precedes(p, later) + ", but " + p.quoted_title(s) + " takes " +
           duration_text(p.sessions[s].duration) + " and cannot start before " + p.time_text(first.start, first.room) +
           " (its days and hours allowed)";
}

std::string between_reason(const Problem& p, int s, const Bound& earlier, const Bound& later) {
    const Instant left = std::max<Instant>(0, later.at - later.gap - earlier.at - earlier.gap);
    return p.quoted_title(s) + " must " + follows(p, earlier) + ", and " + precedes(p, later) + ": that leaves " +
           duration_text(left) + ", but " + p.quoted_title(s) + " takes " + duration_text(p.sessions[s].duration);
}

std::string apart_reason(const Problem& p, int s, int partner) {
    auto starts = [&](int x) {
        const auto& c = p.sessions[x].candidates;
        return p.window_text(c.front().start, c.back().start, c.front().room);
    };
    return p.quoted_title(s) + " must start together with " + p.quoted_title(partner) +
           ", but they have no start time in common: " + p.quoted_title(s) + " may start " + starts(s) + ", " +
           p.quoted_title(partner) + " " + starts(partner);
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
            Bound earlier{-1, 0, -kNever}, later{-1, 0, kNever};
            for (auto [e, gap] : p.sessions[s].after) {
                Instant end = p.sessions[e].candidates.front().start + p.sessions[e].duration;
                if (end + gap > earlier.at + earlier.gap) earlier = Bound{e, gap, end};
            }
            for (auto [l, gap] : successors[s]) {
                Instant start = p.sessions[l].candidates.back().start;
                if (start - gap < later.at - later.gap) later = Bound{l, gap, start};
            }
            const Instant lo = earlier.at + earlier.gap, hi = later.at - later.gap - p.sessions[s].duration;
            // Candidates are sorted by start: with both ends inside the bounds and no
            // partner, none can go, so the pass over them is skipped.
            if (partners[s].empty() && mine.front().start >= lo && mine.back().start <= hi) continue;
            std::vector<std::set<Instant>> partner_starts;
            for (int t : partners[s]) {
                partner_starts.emplace_back();
                for (const auto& c : p.sessions[t].candidates) partner_starts.back().insert(c.start);
            }
            int apart = -1;  // a partner with no start in common
            for (std::size_t i = 0; i < partner_starts.size() && apart < 0; ++i) {
                auto shared = [&](const Candidate& c) { return partner_starts[i].count(c.start) > 0; };
                if (std::none_of(mine.begin(), mine.end(), shared)) apart = partners[s][i];
            }
            // Said before pruning, while the candidates still show what the session allows.
            std::string why = mine.back().start < lo  ? after_reason(p, s, earlier)
                              : mine.front().start > hi ? before_reason(p, s, later)
                              : lo > hi                 ? between_reason(p, s, earlier, later)
                              : apart >= 0              ? apart_reason(p, s, apart)
                                                        : "";
            auto removed = std::erase_if(mine, [&](const Candidate& c) {
                if (c.start < lo || c.start > hi) return true;
                return std::any_of(partner_starts.begin(), partner_starts.end(),
                                   [&](const std::set<Instant>& starts) { return !starts.count(c.start); });
            });
            if (removed == 0) continue;
            changed = true;
            if (!mine.empty()) continue;
            if (!why.empty()) return {why};
            std::vector<int> linked = partners[s];
            for (auto [e, gap] : p.sessions[s].after) linked.push_back(e);
            for (auto [l, gap] : successors[s]) linked.push_back(l);
            return {p.quoted_title(s) + " has no start time left that respects its order with " +
                    p.quoted_titles(linked) + " (come after / start together), within the days and hours allowed"};
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
// the time any of them could occupy. Returns "'A' and 'B', all on … (… available),
// but they need … together", or empty.
std::string overload(const Problem& p, const std::vector<std::vector<std::pair<Instant, Instant>>>& reaches,
                     const std::vector<int>& group) {
    if (group.size() < 2) return {};
    std::set<Instant> firsts, lasts;
    for (int s : group) firsts.insert(reaches[s].front().first), lasts.insert(reaches[s].back().second);
    for (Instant a : firsts)
        for (Instant b : lasts) {
            if (b <= a) continue;
            std::vector<int> inside;
            Instant total = 0;
            std::vector<std::pair<Instant, Instant>> spans;
            for (int s : group)
                if (reaches[s].front().first >= a && reaches[s].back().second <= b) {
                    inside.push_back(s);
                    total += p.sessions[s].duration;
                    spans.insert(spans.end(), reaches[s].begin(), reaches[s].end());
                }
            const Instant available = measure(spans);
            if (inside.size() < 2 || total <= available) continue;
            Instant from = b, to = a;  // the window they really share, for the message
            for (int s : inside)
                from = std::min(from, reaches[s].front().first), to = std::max(to, reaches[s].back().second);
            return p.quoted_titles(inside) + ", all " +
                   p.window_text(from, to, p.sessions[inside.front()].candidates.front().room) + " (" +
                   duration_text(available) + " available), but they need " + duration_text(total) + " together";
        }
    return {};
}

std::vector<std::string> overloads(const Problem& p) {
    const int n = static_cast<int>(p.sessions.size());
    std::vector<std::vector<std::pair<Instant, Instant>>> reaches(n);
    for (int s = 0; s < n; ++s) reaches[s] = reach(p, s);
    std::vector<std::string> reasons;
    auto add = [&](const std::string& who, const std::string& what) {
        if (!what.empty()) reasons.push_back(who + " " + what);
    };
    // People with the same overload (a minister and the counterpart) share one reason.
    std::vector<std::pair<std::string, std::vector<int>>> who_by_what;
    // The members of an attendance group attend the same sessions: one look per group.
    std::vector<std::optional<std::string>> by_group(p.group_people.size());
    for (int person = 0; person < static_cast<int>(p.people.size()); ++person) {
        auto& found = by_group[p.person_group[person]];
        if (!found) found = overload(p, reaches, p.people[person].sessions);
        const std::string& what = *found;
        if (what.empty()) continue;
        auto same =
            std::find_if(who_by_what.begin(), who_by_what.end(), [&](const auto& x) { return x.first == what; });
        if (same == who_by_what.end()) who_by_what.emplace_back(what, std::vector<int>{person});
        else same->second.push_back(person);
    }
    for (auto& [what, people] : who_by_what) {
        std::stable_sort(people.begin(), people.end(),
                         [&](int a, int b) { return p.people[a].rank < p.people[b].rank; });
        add(p.names(people) + " must attend", what);
    }
    std::map<int, std::vector<int>> by_room, by_interpreter;
    for (int s = 0; s < n; ++s) {
        const auto& c = p.sessions[s].candidates;
        if (std::all_of(c.begin(), c.end(), [&](const Candidate& x) { return x.room == c.front().room; }))
            by_room[c.front().room].push_back(s);
        if (p.sessions[s].interpreters.size() == 1) by_interpreter[p.sessions[s].interpreters.front()].push_back(s);
    }
    for (const auto& [room, group] : by_room)
        add(hall_text(p, room) + " is the only hall for", overload(p, reaches, group));
    for (const auto& [person, group] : by_interpreter)
        add(p.people[person].name + ", the only qualified interpreter, must interpret", overload(p, reaches, group));
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
