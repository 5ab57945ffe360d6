#pragma once
#include <map>

#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: balanced load across the event's days. Cost per hour by which a day's
// session time exceeds the average day's (event zone).
class BalancedDays final : public Constraint {
public:
    std::string_view name() const override { return "balanced-days"; }
    std::string_view title() const override { return "an uneven spread over the days"; }
    Kind kind() const override { return Kind::Soft; }
    void check(const Problem& problem, const Assignment& assignment, std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session, const Place& place) const override;
};

// Minutes of sessions per local day of an agenda. The search keeps one up to date
// move by move (search::SoftCost), so a move's delta is a pass over the days
// rather than over every session; BalancedDays::delta builds one from scratch.
class DayLoads {
public:
    DayLoads(const Problem& problem, const Assignment& assignment);
    // Change in balanced-days cost if a session of `minutes` moved from `from` to `to`
    // (either may be unplaced).
    long delta(const Place& from, const Place& to, int minutes, long weight);
    void move(const Place& from, const Place& to, int minutes);

private:
    long& at(const Place& place);
    long cost(long weight) const;

    const Problem& p_;
    long first_ = 0;
    long days_ = 0;                // event days without blocked days: the average's divisor
    long total_ = 0;
    std::vector<long> inside_;     // first..last day of the event
    std::map<long, long> outside_; // rare days outside them (hand-edited agendas)
};

}  // namespace hoithao::solve
