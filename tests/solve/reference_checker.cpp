#include "solve/reference_checker.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace hoithao::testing {
namespace {

using namespace model;

std::string zone_of(const Scenario& s, const Room& room) {
    const Venue* v = s.find_venue(room.venue_id);
    return v && !v->zone.empty() ? v->zone : s.event.zone;
}

std::string city_of(const Scenario& s, const Room& room) {
    const Venue* v = s.find_venue(room.venue_id);
    return v ? v->city : "";
}

std::set<std::string> attendees(const Scenario& s, const Session& x) {
    std::set<std::string> people;
    for (const auto& id : x.attendees)
        if (s.find_participant(id)) people.insert(id);
    for (const auto& d : x.delegations)
        for (const auto& p : s.participants)
            if (p.delegation_id == d) people.insert(p.id);
    return people;
}

// Floyd–Warshall over the travel links, by city name.
std::map<std::pair<std::string, std::string>, long> travel_table(const Scenario& s) {
    std::set<std::string> cities;
    for (const auto& v : s.venues) cities.insert(v.city);
    for (const auto& t : s.travel) cities.insert(t.from_city), cities.insert(t.to_city);
    const long inf = 1L << 40;
    std::map<std::pair<std::string, std::string>, long> d;
    for (const auto& a : cities)
        for (const auto& b : cities) d[{a, b}] = a == b ? 0 : inf;
    for (const auto& t : s.travel) {
        d[{t.from_city, t.to_city}] = std::min<long>(d[{t.from_city, t.to_city}], t.minutes);
        if (t.both_ways) d[{t.to_city, t.from_city}] = std::min<long>(d[{t.to_city, t.from_city}], t.minutes);
    }
    for (const auto& k : cities)
        for (const auto& a : cities)
            for (const auto& b : cities) d[{a, b}] = std::min(d[{a, b}], d[{a, k}] + d[{k, b}]);
    return d;
}

// Minutes from city a to city b by the table: none within one city; a city the table
// does not know is never reached.
long travel_between(const std::map<std::pair<std::string, std::string>, long>& table, const std::string& a,
                    const std::string& b) {
    if (a == b) return 0;
    auto it = table.find({a, b});
    return it == table.end() ? 1L << 40 : it->second;
}

// Minutes a delegation needs between `city`, where it lands or leaves, and the hall's
// city: nothing when it gives no city, the city buffer within one city.
long leg(const Scenario& s, const std::map<std::pair<std::string, std::string>, long>& table, const std::string& city,
         const std::string& hall_city, bool towards_hall) {
    if (city.empty()) return 0;
    if (city == hall_city) return s.event.city_buffer_minutes;
    return towards_hall ? travel_between(table, city, hall_city) : travel_between(table, hall_city, city);
}

struct Placed {
    const Session* session;
    const Room* room;
    const Participant* interpreter;
    TimePoint start, end;
    std::set<std::string> busy;  // attendees and interpreter
};

}  // namespace

std::vector<std::string> reference_conflicts(const Scenario& s, const Agenda& agenda, bool partial) {
    std::vector<std::string> out;
    std::vector<Placed> placed;
    std::set<std::string> seen;
    for (const auto& pl : agenda.placements) {
        const Session* x = s.find_session(pl.session_id);
        const Room* room = s.find_room(pl.room_id);
        if (!x || !room || seen.count(pl.session_id)) {
            out.push_back("bad placement " + pl.session_id);
            continue;
        }
        seen.insert(pl.session_id);
        const Participant* interp = pl.interpreter_id.empty() ? nullptr : s.find_participant(pl.interpreter_id);
        if (!pl.interpreter_id.empty() && !interp) out.push_back("unknown interpreter " + pl.session_id);
        if (pl.end - pl.start != Minutes{x->duration_minutes}) out.push_back("end " + x->id);
        Placed p{x, room, interp, pl.start, pl.start + Minutes{x->duration_minutes}, attendees(s, *x)};
        if (interp) p.busy.insert(interp->id);
        placed.push_back(std::move(p));
    }
    if (!partial)
        for (const auto& x : s.sessions)
            if (!seen.count(x.id)) out.push_back("unplaced " + x.id);

    const auto table = travel_table(s);
    for (const auto& p : placed) {
        const Session& x = *p.session;
        const std::string zone = zone_of(s, *p.room);
        auto people = attendees(s, x);
        int headcount = x.headcount > 0 ? x.headcount : static_cast<int>(people.size());
        if (p.room->capacity < headcount) out.push_back("capacity " + x.id);
        auto needs = x.equipment;
        if (x.interpretation && x.interpretation->mode == InterpretationMode::Simultaneous) needs.insert(kBooths);
        for (const auto& e : needs)
            if (!p.room->equipment.count(e)) out.push_back("equipment " + x.id + " " + e);
        if (!x.room_id.empty() && x.room_id != p.room->id) out.push_back("room " + x.id);
        if (!x.venue_id.empty() && x.venue_id != p.room->venue_id) out.push_back("venue " + x.id);
        if (!x.city.empty() && x.city != city_of(s, *p.room)) out.push_back("city " + x.id);
        for (const auto& taken : p.room->unavailable)
            if (taken.start < p.end && p.start < taken.end) out.push_back("hall taken " + p.room->id + " " + x.id);

        Day day = local_day(p.start, zone), last = local_day(p.end - Minutes{1}, zone);
        auto days = s.event.days();
        for (Day d : {day, last})
            if (std::find(days.begin(), days.end(), d) == days.end()) out.push_back("day " + x.id);
        int from = local_clock(p.start, zone).minutes, to = from + x.duration_minutes;
        if (!x.outside_hours && (from < s.event.working_hours.from.minutes || to > s.event.working_hours.to.minutes))
            out.push_back("hours " + x.id);
        for (const auto& b : s.event.breaks)
            if (!x.outside_hours && from < b.window.to.minutes && b.window.from.minutes < to) out.push_back("meal " + x.id);
        if (!x.allowed_days.empty() && std::find(x.allowed_days.begin(), x.allowed_days.end(), day) == x.allowed_days.end())
            out.push_back("allowed day " + x.id);
        if (!x.windows.empty() && std::none_of(x.windows.begin(), x.windows.end(), [&](const ClockWindow& w) {
                return w.from.minutes <= from && to <= w.to.minutes;
            }))
            out.push_back("window " + x.id);
        if (x.fixed_start && *x.fixed_start != p.start) out.push_back("fixed " + x.id);
        std::set<std::string> delegations(x.delegations.begin(), x.delegations.end());
        for (const auto& id : people)
            if (!s.find_participant(id)->delegation_id.empty()) delegations.insert(s.find_participant(id)->delegation_id);
        for (const auto& id : delegations)
            if (const Delegation* d = s.find_delegation(id)) {
                const auto here = city_of(s, *p.room);
                if (d->arrival && p.start < *d->arrival + Minutes{leg(s, table, d->arrival_via.city, here, true)})
                    out.push_back("arrival " + x.id);
                if (d->departure && p.end > *d->departure - Minutes{leg(s, table, d->departure_via.city, here, false)})
                    out.push_back("departure " + x.id);
            }
        for (const auto& id : p.busy)
            for (const auto& span : s.find_participant(id)->unavailable)
                if (span.overlaps(Interval{p.start, p.end})) out.push_back("unavailable " + id + " " + x.id);
        if (x.interpretation) {
            const auto& i = *x.interpretation;
            if (!p.interpreter || !p.interpreter->has_role(Role::Interpreter) || !p.interpreter->speaks(i.from) ||
                !p.interpreter->speaks(i.to))
                out.push_back("interpreter " + x.id);
            if (auto team = x.roles.find(SessionRole::Interpreter); team != x.roles.end() && p.interpreter &&
                std::find(team->second.begin(), team->second.end(), p.interpreter->id) == team->second.end())
                out.push_back("interpreter team " + x.id);
        }
    }

    for (std::size_t i = 0; i < placed.size(); ++i)
        for (std::size_t j = i + 1; j < placed.size(); ++j) {
            const auto &a = placed[i], &b = placed[j];
            bool overlap = a.start < b.end && b.start < a.end;
            if (!overlap) continue;
            if (a.room == b.room) out.push_back("room overlap " + a.session->id + " " + b.session->id);
            for (const auto& id : a.busy)
                if (b.busy.count(id)) {
                    out.push_back("person overlap " + a.session->id + " " + b.session->id);
                    break;
                }
        }

    auto find = [&](const std::string& id) -> const Placed* {
        for (const auto& p : placed)
            if (p.session->id == id) return &p;
        return nullptr;
    };
    for (const auto& p : placed) {
        for (const auto& a : p.session->after)
            if (const Placed* e = find(a.session); e && p.start < e->end + Minutes{a.gap_minutes})
                out.push_back("after " + p.session->id);
        if (!p.session->same_time_as.empty())
            if (const Placed* o = find(p.session->same_time_as); o && o->start != p.start)
                out.push_back("same time " + p.session->id);
    }

    for (const auto& person : s.participants) {
        std::vector<const Placed*> mine;
        for (const auto& p : placed)
            if (p.busy.count(person.id)) mine.push_back(&p);
        std::sort(mine.begin(), mine.end(), [](const Placed* a, const Placed* b) { return a->start < b->start; });
        for (std::size_t k = 1; k < mine.size(); ++k) {
            const Placed &a = *mine[k - 1], &b = *mine[k];
            long gap = (b.start - a.end).count();
            if (gap < 0) continue;
            long need = a.room->venue_id == b.room->venue_id ? 0
                        : city_of(s, *a.room) == city_of(s, *b.room)
                            ? s.event.city_buffer_minutes
                            : travel_between(table, city_of(s, *a.room), city_of(s, *b.room));
            if (need > gap) out.push_back("travel " + person.id + " " + a.session->id + " " + b.session->id);
        }
    }
    return out;
}

namespace {

struct Visit {
    const Session* session;
    std::size_t order;  // position in the scenario, after the start for equal starts
    const Room* room;
    TimePoint start, end;
    Day day;
};

long road(const Scenario& s, std::map<std::pair<std::string, std::string>, long>& table, const Visit& a,
          const Visit& b) {
    long gap = (b.start - a.end).count();
    long need = a.room->venue_id == b.room->venue_id ? 0
                : city_of(s, *a.room) == city_of(s, *b.room) ? s.event.city_buffer_minutes
                                                             : table[{city_of(s, *a.room), city_of(s, *b.room)}];
    return std::max(0L, std::min(gap, need));
}

}  // namespace

long reference_waiting_cost(const Scenario& s, const Agenda& agenda, bool road_is_waiting) {
    auto table = travel_table(s);
    auto on_road = [&](const Visit& a, const Visit& b) { return road_is_waiting ? 0 : road(s, table, a, b); };
    auto visits = [&](auto attends) {
        std::vector<Visit> list;
        for (const auto& pl : agenda.placements) {
            const Session* x = s.find_session(pl.session_id);
            const Room* room = s.find_room(pl.room_id);
            if (!x || !room || !attends(*x)) continue;
            const auto order = static_cast<std::size_t>(x - s.sessions.data());
            const auto end = pl.start + Minutes{x->duration_minutes};
            list.push_back({x, order, room, pl.start, end, local_day(pl.start, zone_of(s, *room))});
        }
        std::sort(list.begin(), list.end(), [](const Visit& a, const Visit& b) {
            return a.start != b.start ? a.start < b.start : a.order < b.order;
        });
        return list;
    };
    long cost = 0;
    for (const auto& person : s.participants) {
        if (person.rank > 3) continue;
        auto list = visits([&](const Session& x) { return attendees(s, x).count(person.id) > 0; });
        for (std::size_t k = 1; k < list.size(); ++k) {
            const Visit &a = list[k - 1], &b = list[k];
            if (a.day != b.day || b.start <= a.end) continue;
            long wait = (b.start - a.end).count() - on_road(a, b);
            for (const auto& meal : s.event.breaks) {
                const auto from = to_instant(a.day, meal.window.from, zone_of(s, *b.room));
                const auto to = to_instant(a.day, meal.window.to, zone_of(s, *b.room));
                wait -= std::max(0L, (std::min(to, b.start) - std::max(from, a.end)).count());
            }
            if (wait >= 30) cost += wait / 30 * (4 - person.rank);
        }
    }
    for (const auto& d : s.delegations) {
        auto list = visits([&](const Session& x) {
            for (const auto& id : attendees(s, x))
                if (s.find_participant(id)->delegation_id == d.id) return true;
            return std::find(x.delegations.begin(), x.delegations.end(), d.id) != x.delegations.end();
        });
        for (std::size_t i = 0; i < list.size();) {
            Visit covering = list[i];
            long idle = 0;
            std::size_t j = i + 1;
            for (; j < list.size() && list[j].day == list[i].day; ++j) {
                if (list[j].start > covering.end)
                    idle += (list[j].start - covering.end).count() - on_road(covering, list[j]);
                if (list[j].end > covering.end) covering = list[j];
            }
            if (idle >= 30) cost += idle / 30;
            i = j;
        }
    }
    return cost;
}

}  // namespace hoithao::testing
