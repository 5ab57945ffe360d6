#include "solve/constraints/balanced_days.hpp"

#include <algorithm>
#include <map>

namespace hoithao::solve {
namespace {

// Minutes of sessions per local day (event zone): a vector over the event's days,
// a map for the rare day outside them (hand-edited agendas), so a delta stays a
// cheap linear pass with no allocation per session.
class Loads {
public:
    Loads(const Problem& p) : p_(p), first_(number(p.scenario->event.first_day)) {
        inside_.assign(static_cast<std::size_t>(number(p.scenario->event.last_day) - first_ + 1), 0);
    }
    long& at(const Place& place) {
        long day = number(p_.local(place.start, p_.event_zone).day);
        long i = day - first_;
        return i >= 0 && i < static_cast<long>(inside_.size()) ? inside_[static_cast<std::size_t>(i)] : outside_[day];
    }
    template <typename F>
    void each(F f) const {
        for (long minutes : inside_) f(minutes);
        for (const auto& [day, minutes] : outside_) f(minutes);
    }

private:
    static long number(model::Day day) { return day.time_since_epoch().count(); }
    const Problem& p_;
    long first_;
    std::vector<long> inside_;
    std::map<long, long> outside_;
};

long hours_above(const Loads& loads, long total, long days, long weight) {
    const long average = total / days;
    long hours = 0;
    loads.each([&](long minutes) { hours += std::max(0L, (minutes - average) / 60); });
    return hours * weight;
}

}  // namespace

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
    const long days = static_cast<long>(p.scenario->event.days().size());
    if (days < 2) return 0;
    Loads loads(p);
    long total = 0;
    for (int s = 0; s < static_cast<int>(a.size()); ++s)
        if (a[s].placed()) loads.at(a[s]) += p.sessions[s].duration, total += p.sessions[s].duration;
    long before = hours_above(loads, total, days, weight());
    const int d = p.sessions[session].duration;
    if (a[session].placed()) loads.at(a[session]) -= d, total -= d;
    if (place.placed()) loads.at(place) += d, total += d;
    return hours_above(loads, total, days, weight()) - before;
}

}  // namespace hoithao::solve
