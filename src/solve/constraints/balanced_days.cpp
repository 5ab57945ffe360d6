#include "solve/constraints/balanced_days.hpp"

#include <algorithm>
#include <map>

namespace hoithao::solve {
namespace {

long number(model::Day day) { return day.time_since_epoch().count(); }

}  // namespace

DayLoads::DayLoads(const Problem& p, const Assignment& a)
    : p_(p), first_(number(p.scenario->event.first_day)),
      days_(static_cast<long>(p.scenario->event.days().size())) {
    inside_.assign(static_cast<std::size_t>(number(p.scenario->event.last_day) - first_ + 1), 0);
    for (int s = 0; s < static_cast<int>(a.size()); ++s) move(Place{}, a[s], p.sessions[s].duration);
}

long& DayLoads::at(const Place& place) {
    long day = number(p_.local(place.start, p_.event_zone).day);
    long i = day - first_;
    return i >= 0 && i < static_cast<long>(inside_.size()) ? inside_[static_cast<std::size_t>(i)] : outside_[day];
}

void DayLoads::move(const Place& from, const Place& to, int minutes) {
    if (from.placed()) at(from) -= minutes, total_ -= minutes;
    if (to.placed()) at(to) += minutes, total_ += minutes;
}

long DayLoads::cost(long weight) const {
    const long average = total_ / days_;
    long hours = 0;
    for (long minutes : inside_) hours += std::max(0L, (minutes - average) / 60);
    for (const auto& [day, minutes] : outside_) hours += std::max(0L, (minutes - average) / 60);
    return hours * weight;
}

long DayLoads::delta(const Place& from, const Place& to, int minutes, long weight) {
    if (days_ < 2) return 0;
    const long before = cost(weight);
    move(from, to, minutes);
    const long after = cost(weight);
    move(to, from, minutes);
    return after - before;
}

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
    if (p.scenario->event.days().size() < 2) return 0;
    return DayLoads(p, a).delta(a[session], place, p.sessions[session].duration, weight());
}

}  // namespace hoithao::solve
