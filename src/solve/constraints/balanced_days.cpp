#include "solve/constraints/balanced_days.hpp"

#include <algorithm>
#include <map>

namespace hoithao::solve {

void BalancedDays::check(const Problem& p, const Assignment& a, std::vector<Violation>& out) const {
    const auto days = p.scenario->event.days();
    if (days.size() < 2) return;
    std::map<model::Day, long> load;
    std::map<model::Day, int> some_session;
    long total = 0;
    for (int s = 0; s < static_cast<int>(a.size()); ++s) {
        if (!a[s].placed()) continue;
        auto day = p.local(a[s].start, p.event_zone).day;
        load[day] += p.sessions[s].duration;
        some_session.try_emplace(day, s);
        total += p.sessions[s].duration;
    }
    const long average = total / static_cast<long>(days.size());
    for (const auto& [day, minutes] : load) {
        long hours = (minutes - average) / 60;
        if (hours <= 0) continue;
        int s = some_session[day];
        out.push_back(violation({s}, {},
                                "the day of " + p.describe(s, a[s]) + " holds " + std::to_string(minutes / 60) +
                                    " h of sessions, " + std::to_string(hours) + " h above an average day",
                                p, hours * weight()));
    }
}

long BalancedDays::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    const auto days = p.scenario->event.days();
    if (days.size() < 2) return 0;
    // Only the days the session leaves and joins change; the average changes when it
    // is placed or unplaced, so then every day is counted again.
    std::map<model::Day, long> load;
    long total = 0;
    auto day_of = [&](const Place& x) { return p.local(x.start, p.event_zone).day; };
    for (int s = 0; s < static_cast<int>(a.size()); ++s)
        if (a[s].placed()) load[day_of(a[s])] += p.sessions[s].duration, total += p.sessions[s].duration;
    auto cost = [&](long sum) {
        const long average = sum / static_cast<long>(days.size());
        long hours = 0;
        for (const auto& [day, minutes] : load) hours += std::max(0L, (minutes - average) / 60);
        return hours * weight();
    };
    long before = cost(total);
    const int d = p.sessions[session].duration;
    if (a[session].placed()) load[day_of(a[session])] -= d, total -= d;
    if (place.placed()) load[day_of(place)] += d, total += d;
    return cost(total) - before;
}

}  // namespace hoithao::solve
