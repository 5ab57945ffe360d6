// Re-planning benchmark: generated events are planned, disrupted at random, then
// re-planned with fewest changes (`replan`) and, for comparison, solved again from
// scratch. Both honour the same pins (5 % of the sessions whose place still works).
// Disruptions: mild — one delegation 2–3 h late on the first day and one hall closed
// for an afternoon; severe — one delegation a full day late and one hall closed for
// good. Per case: sessions forced to move (their old place now breaks a hard rule),
// sessions moved by replan and by the fresh solve, the same weighted by rank (moved
// amount: 1 + rank factor of the VIPs attending), soft cost without moves, seconds,
// then medians per size and kind.
// Usage: replan_bench [--sizes 24,100,300] [--seeds 3] [--time-limit S]
//                     [--sessions-per-hall K] [--days D]
// Events as in scenario_bench (max(12, n/15) halls; 3 days below 100 sessions, else 5)
// unless K or D say otherwise (then max(3, n/K) halls, D days): fewer halls or days
// make an event crowded, so displaced sessions find a free place less often and
// others must make room.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "solve/constraints/moved_session.hpp"
#include "solve/generator.hpp"
#include "solve/problem.hpp"
#include "solve/solver.hpp"

using namespace hoithao;

namespace {

constexpr const char* kClosure = "hall-closed";  // the session standing for an afternoon's closure

struct Case {
    int sessions = 0;
    unsigned seed = 0;
    std::string kind;
    std::string disruption;
    int forced = 0, pinned = 0;
    int moved_replan = 0, moved_fresh = 0;
    long weighted_replan = 0, weighted_fresh = 0;
    long soft_replan = 0, soft_fresh = 0;
    double seconds_replan = 0, seconds_fresh = 0;
    bool ok = true;  // both conflict-free, no pinned session moved
};

model::TimePoint at(const model::Scenario& s, int day, int minutes) {
    return model::to_instant(s.event.first_day + date::days{day}, model::ClockTime{minutes}, s.event.zone);
}

int day_of(const model::Scenario& s, model::TimePoint t) {
    return static_cast<int>((model::local_day(t, s.event.zone) - s.event.first_day).count());
}

bool attends(const model::Session& session, const std::set<std::string>& members, const std::string& delegation) {
    return std::any_of(session.attendees.begin(), session.attendees.end(),
                       [&](const std::string& id) { return members.count(id) > 0; }) ||
           std::find(session.delegations.begin(), session.delegations.end(), delegation) != session.delegations.end();
}

// Delays one delegation that has a session before `arrival`, chosen at random.
std::string delay_delegation(model::Scenario& s, const model::Agenda& agenda, model::TimePoint arrival,
                             std::mt19937& rng) {
    std::vector<int> hit;
    for (int d = 0; d < static_cast<int>(s.delegations.size()); ++d) {
        std::set<std::string> members;
        for (const auto& p : s.participants)
            if (p.delegation_id == s.delegations[d].id) members.insert(p.id);
        for (const auto& p : agenda.placements)
            if (p.start < arrival && attends(*s.find_session(p.session_id), members, s.delegations[d].id)) {
                hit.push_back(d);
                break;
            }
    }
    if (hit.empty()) return "no delegation delayed";
    auto& delegation = s.delegations[hit[rng() % hit.size()]];
    delegation.arrival = arrival;
    return "delegation " + delegation.id + " arrives " + model::format_utc(arrival);
}

// The halls holding a session in `agenda` on `day` after 13:30 (any day when day < 0).
std::vector<std::string> used_halls(const model::Scenario& s, const model::Agenda& agenda, int day) {
    std::set<std::string> used;
    for (const auto& p : agenda.placements)
        if (day < 0 || (day_of(s, p.start) == day && p.end > at(s, day, 13 * 60 + 30))) used.insert(p.room_id);
    return {used.begin(), used.end()};
}

// Whether every session still has a place allowed by its own rules: closing the
// one hall of a city able to hold a plenary would leave nothing to re-plan.
bool placeable(const model::Scenario& s) {
    const auto problem = solve::compile(s);
    return std::all_of(problem.sessions.begin(), problem.sessions.end(),
                       [](const solve::SessionData& d) { return !d.candidates.empty(); });
}

// Closes one of `halls`, taken in random order, with `close` — the first whose
// closure leaves every session placeable.
template <typename Close>
std::string close_one(model::Scenario& s, std::vector<std::string> halls, std::mt19937& rng, Close close) {
    std::shuffle(halls.begin(), halls.end(), rng);
    for (const auto& hall : halls) {
        auto closed = s;
        std::string what = close(closed, hall);
        if (placeable(closed)) {
            s = std::move(closed);
            return what;
        }
    }
    return "no hall closed";
}

// One hall closed from 13:30 to 17:30 on a day it is used: a session fixed in it
// then, which nobody attends, stands for the closure.
std::string close_afternoon(model::Scenario& s, const model::Agenda& agenda, std::mt19937& rng) {
    const int days = static_cast<int>((s.event.last_day - s.event.first_day).count()) + 1;
    std::vector<int> used;
    for (int day = 0; day < days; ++day)
        if (!used_halls(s, agenda, day).empty()) used.push_back(day);
    if (used.empty()) return "no hall closed";
    const int day = used[rng() % used.size()];
    return close_one(s, used_halls(s, agenda, day), rng, [&](model::Scenario& x, const std::string& hall) {
        model::Session closure;
        closure.id = kClosure;
        closure.title.vi = "Đóng cửa";
        closure.kind = model::SessionKind::Presentation;
        closure.duration_minutes = 240;
        closure.headcount = 1;
        closure.room_id = hall;
        closure.fixed_start = at(x, day, 13 * 60 + 30);
        x.sessions.push_back(std::move(closure));
        return "hall " + hall + " closed on day " + std::to_string(day + 1) + " 13:30-17:30";
    });
}

std::string close_for_good(model::Scenario& s, const model::Agenda& agenda, std::mt19937& rng) {
    return close_one(s, used_halls(s, agenda, -1), rng, [](model::Scenario& x, const std::string& hall) {
        std::erase_if(x.rooms, [&](const model::Room& r) { return r.id == hall; });
        return "hall " + hall + " closed";
    });
}

// Sessions of `before` whose place now breaks a hard rule, or whose hall is gone.
std::set<std::string> forced(const model::Scenario& s, const model::Agenda& before) {
    model::Agenda kept = before;
    std::erase_if(kept.placements, [&](const model::Placement& p) { return !s.find_room(p.room_id); });
    // The closure's fixed place, so that the sessions in the hall then conflict with it.
    if (const auto* closure = s.find_session(kClosure))
        kept.placements.push_back({kClosure, closure->room_id, *closure->fixed_start,
                                   *closure->fixed_start + std::chrono::minutes{closure->duration_minutes}, "", false});
    std::set<std::string> ids;
    for (const auto& p : before.placements)
        if (!s.find_room(p.room_id)) ids.insert(p.session_id);
    for (const auto& v : solve::check(s, kept).violations)
        if (v.hard)
            for (const auto& id : v.sessions) ids.insert(id);
    ids.erase(kClosure);
    return ids;
}

struct Moves {
    int count = 0;
    long weighted = 0;
    int pinned = 0;
};

Moves moves(const solve::Problem& problem, const model::Agenda& before, const model::Agenda& after) {
    Moves m;
    for (const auto& old : before.placements) {
        const auto* now = after.find(old.session_id);
        if (now && now->room_id == old.room_id && now->start == old.start) continue;
        ++m.count;
        m.weighted += solve::moved_amount(problem, problem.session_index(old.session_id));
        m.pinned += old.pinned;
    }
    return m;
}

const char* outcome_name(solve::Outcome outcome) {
    return outcome == solve::Outcome::ConflictFree       ? "conflict-free"
           : outcome == solve::Outcome::ProvenInfeasible ? "infeasible"
                                                         : "not-found";
}

long soft_without_moves(const solve::CheckReport& report) {
    long cost = 0;
    for (const auto& v : report.violations)
        if (!v.hard && v.rule != "moved-session") cost += v.cost;
    return cost;
}

double median(std::vector<double> xs) {
    std::sort(xs.begin(), xs.end());
    const auto n = xs.size();
    return n == 0 ? 0 : n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

std::vector<int> parse_sizes(const char* text) {
    std::vector<int> sizes;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');) sizes.push_back(std::atoi(item.c_str()));
    return sizes;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{24, 100, 300};
    unsigned seeds = 3;
    double limit = 10;
    int per_hall = 0, days = 0;
    for (int i = 1; i + 1 < argc; ++i) {
        if (!std::strcmp(argv[i], "--sizes")) sizes = parse_sizes(argv[++i]);
        else if (!std::strcmp(argv[i], "--seeds")) seeds = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--time-limit")) limit = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--sessions-per-hall")) per_hall = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--days")) days = std::atoi(argv[++i]);
    }
    std::printf("%5s %4s %-7s %6s %6s %7s %6s %8s %8s %9s %9s %7s %7s  %s\n", "n", "seed", "kind", "forced", "pinned",
                "replan", "fresh", "w_replan", "w_fresh", "soft_repl", "soft_frsh", "s_repl", "s_frsh",
                "disruption");
    std::vector<Case> cases;
    for (int n : sizes)
        for (unsigned seed = 1; seed <= seeds; ++seed) {
            testing::EventSize size;
            size.seed = seed;
            size.sessions = n;
            size.participants = 5 * n;
            size.halls = per_hall > 0 ? std::max(3, n / per_hall) : std::max(12, n / 15);
            size.days = days > 0 ? days : n < 100 ? 3 : 5;
            const auto scenario = testing::generate_event(size);
            solve::SolveOptions first;
            first.seed = seed;
            first.time_limit_seconds = limit;
            const auto planned = solve::plan(scenario, first);
            if (planned.outcome != solve::Outcome::ConflictFree) {
                std::printf("%5d %4u  no conflict-free first agenda; skipped\n", n, seed);
                continue;
            }
            for (const std::string kind : {"mild", "severe"}) {
                Case c;
                c.sessions = n, c.seed = seed, c.kind = kind;
                std::mt19937 rng(seed * 7919u + static_cast<unsigned>(n) + (kind == "mild" ? 0u : 1u));
                auto disrupted = scenario;
                if (kind == "mild") {
                    const int late = 120 + 30 * static_cast<int>(rng() % 3);
                    c.disruption = delay_delegation(disrupted, planned.agenda, at(disrupted, 0, 8 * 60 + late), rng);
                    c.disruption += "; " + close_afternoon(disrupted, planned.agenda, rng);
                } else {
                    c.disruption = delay_delegation(disrupted, planned.agenda, at(disrupted, 1, 8 * 60), rng);
                    c.disruption += "; " + close_for_good(disrupted, planned.agenda, rng);
                }
                const auto must_move = forced(disrupted, planned.agenda);
                c.forced = static_cast<int>(must_move.size());
                // Pins: every twentieth session whose place still works.
                model::Agenda previous = planned.agenda;
                for (std::size_t i = 0; i < previous.placements.size(); ++i) {
                    auto& p = previous.placements[i];
                    if (i % 20 == seed % 20 && !must_move.count(p.session_id)) p.pinned = true, ++c.pinned;
                }
                solve::SolveOptions options;
                options.seed = seed;
                options.time_limit_seconds = limit;
                options.previous = &previous;
                const auto fresh = solve::plan(disrupted, options);
                options.minimise_changes = true;
                const auto replanned = solve::plan(disrupted, options);

                auto problem = solve::compile(disrupted, &previous);
                problem.minimise_changes = true;
                const auto by_replan = moves(problem, previous, replanned.agenda);
                const auto by_fresh = moves(problem, previous, fresh.agenda);
                c.moved_replan = by_replan.count, c.moved_fresh = by_fresh.count;
                c.weighted_replan = by_replan.weighted, c.weighted_fresh = by_fresh.weighted;
                c.soft_replan = soft_without_moves(replanned.report), c.soft_fresh = soft_without_moves(fresh.report);
                c.seconds_replan = replanned.seconds, c.seconds_fresh = fresh.seconds;
                c.ok = replanned.outcome == solve::Outcome::ConflictFree && fresh.outcome == solve::Outcome::ConflictFree &&
                       solve::check(disrupted, replanned.agenda, &previous).hard_count() == 0 &&
                       solve::check(disrupted, fresh.agenda, &previous).hard_count() == 0 && by_replan.pinned == 0 &&
                       by_fresh.pinned == 0;
                std::printf("%5d %4u %-7s %6d %6d %7d %6d %8ld %8ld %9ld %9ld %7.2f %7.2f  %s", n, seed, kind.c_str(),
                            c.forced, c.pinned, c.moved_replan, c.moved_fresh, c.weighted_replan, c.weighted_fresh,
                            c.soft_replan, c.soft_fresh, c.seconds_replan, c.seconds_fresh, c.disruption.c_str());
                if (!c.ok)
                    std::printf("  [FAILED: replan %s, fresh %s, pinned moved %d / %d]", outcome_name(replanned.outcome),
                                outcome_name(fresh.outcome), by_replan.pinned, by_fresh.pinned);
                std::printf("\n");
                std::fflush(stdout);
                cases.push_back(c);
            }
        }
    std::printf("\nmedians per size and kind (moved by replan / by a fresh solve)\n");
    std::printf("%5s %-7s %6s %7s %6s %8s %8s %9s %9s %7s %7s\n", "n", "kind", "forced", "replan", "fresh", "w_replan",
                "w_fresh", "soft_repl", "soft_frsh", "s_repl", "s_frsh");
    for (int n : sizes)
        for (const std::string kind : {"mild", "severe"}) {
            std::map<std::string, std::vector<double>> col;
            for (const auto& c : cases)
                if (c.sessions == n && c.kind == kind) {
                    col["forced"].push_back(c.forced);
                    col["replan"].push_back(c.moved_replan);
                    col["fresh"].push_back(c.moved_fresh);
                    col["w_replan"].push_back(static_cast<double>(c.weighted_replan));
                    col["w_fresh"].push_back(static_cast<double>(c.weighted_fresh));
                    col["soft_replan"].push_back(static_cast<double>(c.soft_replan));
                    col["soft_fresh"].push_back(static_cast<double>(c.soft_fresh));
                    col["s_replan"].push_back(c.seconds_replan);
                    col["s_fresh"].push_back(c.seconds_fresh);
                }
            if (col.empty()) continue;
            std::printf("%5d %-7s %6.1f %7.1f %6.1f %8.1f %8.1f %9.0f %9.0f %7.2f %7.2f\n", n, kind.c_str(),
                        median(col["forced"]), median(col["replan"]), median(col["fresh"]), median(col["w_replan"]),
                        median(col["w_fresh"]), median(col["soft_replan"]), median(col["soft_fresh"]),
                        median(col["s_replan"]), median(col["s_fresh"]));
        }
    const bool all_ok = std::all_of(cases.begin(), cases.end(), [](const Case& c) { return c.ok; });
    return all_ok ? 0 : 1;
}
