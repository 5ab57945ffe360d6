#include "solve/problem.hpp"

#include <algorithm>
#include <iterator>
#include <cstdio>
#include <map>
#include <tuple>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include "solve/constraint.hpp"

namespace hoithao::solve {
namespace {

template <typename T>
int index_of(const std::vector<T>& items, const std::string& id) {
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id) return static_cast<int>(i);
    return -1;
}

int intern(std::vector<std::string>& names, const std::string& name) {
    auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end()) return static_cast<int>(it - names.begin());
    names.push_back(name);
    return static_cast<int>(names.size()) - 1;
}

// All-pairs shortest travel minutes over the scenario's links (Dijkstra from each city).
std::vector<std::vector<int>> shortest_travel(const std::vector<std::string>& cities,
                                              const std::vector<model::TravelLink>& links) {
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                        boost::property<boost::edge_weight_t, int>>;
    const auto n = cities.size();
    Graph graph(n);
    auto city = [&](const std::string& name) {
        return static_cast<std::size_t>(std::find(cities.begin(), cities.end(), name) - cities.begin());
    };
    for (const auto& link : links) {
        auto a = city(link.from_city), b = city(link.to_city);
        boost::add_edge(a, b, link.minutes, graph);
        if (link.both_ways) boost::add_edge(b, a, link.minutes, graph);
    }
    std::vector<std::vector<int>> result(n, std::vector<int>(n, Problem::kUnreachable));
    std::vector<int> dist(n);
    for (std::size_t from = 0; from < n; ++from) {
        boost::dijkstra_shortest_paths(
            graph, from,
            boost::distance_map(boost::make_iterator_property_map(dist.begin(), boost::get(boost::vertex_index, graph)))
                .distance_inf(Problem::kUnreachable));
        for (std::size_t to = 0; to < n; ++to) result[from][to] = dist[to];
        result[from][from] = 0;
    }
    return result;
}

// The spans in which some of `people` is unavailable, merged and sorted.
std::vector<std::pair<Instant, Instant>> merged_unavailable(const Problem& p, const std::vector<int>& people) {
    std::vector<std::pair<Instant, Instant>> spans;
    for (int person : people)
        for (auto [from, to] : p.people[person].unavailable)
            if (from < to) spans.emplace_back(from, to);
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<Instant, Instant>> merged;
    for (auto [from, to] : spans) {
        if (!merged.empty() && from <= merged.back().second) merged.back().second = std::max(merged.back().second, to);
        else merged.emplace_back(from, to);
    }
    return merged;
}

// People with the same attended sessions share a group; interpreters are kept alone.
void build_groups(Problem& p) {
    std::map<std::vector<int>, int> by_sessions;
    p.person_group.assign(p.people.size(), -1);
    for (int i = 0; i < static_cast<int>(p.people.size()); ++i) {
        const auto& person = p.people[i];
        int group = static_cast<int>(p.group_people.size());
        if (!person.interpreter) group = by_sessions.try_emplace(person.sessions, group).first->second;
        if (group == static_cast<int>(p.group_people.size())) {
            p.group_people.emplace_back();
            p.group_sessions.push_back(person.sessions);
        }
        p.group_people[group].push_back(i);
        p.person_group[i] = group;
    }
    for (int s = 0; s < static_cast<int>(p.sessions.size()); ++s) {
        auto& groups = p.sessions[s].groups;
        for (int a : p.sessions[s].attendees) groups.push_back(p.person_group[a]);
        std::sort(groups.begin(), groups.end());
        groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    }
}

void build_sessions(Problem& p, const model::Scenario& scenario, const model::Agenda* previous,
                    std::optional<model::TimePoint> now) {
    std::vector<std::vector<int>> members(p.delegations.size());
    std::vector<int> interpreters;  // looked through per session that needs one, so kept apart
    for (int i = 0; i < static_cast<int>(p.people.size()); ++i) {
        if (p.people[i].delegation >= 0) members[p.people[i].delegation].push_back(i);
        if (p.people[i].interpreter) interpreters.push_back(i);
    }
    for (const auto& session : scenario.sessions) {
        SessionData s;
        s.source = &session;
        s.id = session.id;
        s.title = session.title.in("vi").empty() ? session.id : session.title.in("vi");
        s.kind = session.kind;
        s.duration = std::max(1, session.duration_minutes);
        std::set<int> attendees;
        for (const auto& id : session.attendees)
            if (int i = p.person_index(id); i >= 0) attendees.insert(i);
        for (const auto& id : session.delegations) {
            int d = p.delegation_index(id);
            if (d < 0) continue;
            s.delegations.push_back(d);
            attendees.insert(members[d].begin(), members[d].end());
        }
        s.attendees.assign(attendees.begin(), attendees.end());
        for (int a : s.attendees)
            if (int d = p.people[a].delegation;
                d >= 0 && std::find(s.delegations.begin(), s.delegations.end(), d) == s.delegations.end())
                s.delegations.push_back(d);
        s.headcount = session.headcount > 0 ? session.headcount : static_cast<int>(s.attendees.size());
        s.equipment = session.equipment;
        if (session.interpretation) {
            s.needs_interpreter = true;
            s.language_a = session.interpretation->from;
            s.language_b = session.interpretation->to;
            if (session.interpretation->mode == model::InterpretationMode::Simultaneous)
                s.equipment.insert(model::kBooths);
            // Staff who name the interpreter team leave the planner only those to choose from.
            const auto team = session.roles.find(model::SessionRole::Interpreter);
            for (int i : interpreters) {
                const auto& person = p.people[i];
                if (team != session.roles.end() &&
                    std::find(team->second.begin(), team->second.end(), person.id) == team->second.end())
                    continue;
                auto speaks = [&](const std::string& l) {
                    return std::find(person.languages.begin(), person.languages.end(), l) != person.languages.end();
                };
                if (speaks(s.language_a) && speaks(s.language_b)) s.interpreters.push_back(i);
            }
        }
        if (session.fixed_start) s.fixed_start = to_minutes(*session.fixed_start);
        s.outside_hours = session.outside_hours;
        p.sessions.push_back(std::move(s));
    }
    // Links between sessions need every index first.
    for (std::size_t i = 0; i < scenario.sessions.size(); ++i) {
        const auto& session = scenario.sessions[i];
        auto& s = p.sessions[i];
        for (const auto& a : session.after)
            if (int j = p.session_index(a.session); j >= 0) s.after.emplace_back(j, a.gap_minutes);
        if (!session.same_time_as.empty()) s.same_time = p.session_index(session.same_time_as);
        for (auto [j, gap] : s.after) p.sessions[j].before.emplace_back(static_cast<int>(i), gap);
        if (previous) {
            const model::Placement* old = previous->find(session.id);
            int room = old ? p.room_index(old->room_id) : -1;
            if (room >= 0) {
                Place place{room, to_minutes(old->start), p.person_index(old->interpreter_id)};
                s.previous = place;
                // A session that has already begun is history: it stays where it was.
                if (old->pinned || session.pinned || (now && old->start < *now)) s.pin = place;
            }
        }
        for (int a : s.attendees) {
            p.people[a].sessions.push_back(static_cast<int>(i));
            if (p.people[a].rank <= Problem::kVipRank) s.vips.push_back(a);
        }
        for (int d : s.delegations) p.delegations[d].sessions.push_back(static_cast<int>(i));
        s.attendees_away = merged_unavailable(p, s.attendees);
    }
    build_groups(p);
    const int n = static_cast<int>(p.sessions.size());
    std::vector<std::vector<int>> links(n);
    for (int i = 0; i < n; ++i) {
        auto& mine = links[i];
        for (int g : p.sessions[i].groups) mine.insert(mine.end(), p.group_sessions[g].begin(), p.group_sessions[g].end());
        for (auto [j, gap] : p.sessions[i].after) mine.push_back(j);
        for (auto [j, gap] : p.sessions[i].before) mine.push_back(j);
        if (int j = p.sessions[i].same_time; j >= 0) mine.push_back(j), links[j].push_back(i);
    }
    for (int i = 0; i < n; ++i) {
        auto& mine = links[i];
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
        std::erase(mine, i);
        p.sessions[i].neighbours = std::move(mine);
    }
}

// " in Phòng B at Khách sạn Mường Thanh in Cửa Lò": where the session must take place.
std::string place_text(const Problem& p, const model::Session& src) {
    std::string text;
    if (!src.room_id.empty()) {
        const auto* room = p.scenario->find_room(src.room_id);
        text += " in " + (room && !room->name.empty() ? room->name : "the room '" + src.room_id + "'");
    }
    if (!src.venue_id.empty()) {
        const auto* venue = p.scenario->find_venue(src.venue_id);
        text += " at " + (venue ? venue->name : "unknown venue '" + src.venue_id + "'");
    }
    if (!src.city.empty()) text += " in " + src.city;
    return text;
}

constexpr std::size_t kHallsNamed = 3;

// What one hall offers the session and what it lacks: "Phòng B seats 40 but has no
// signing table and is taken 09/09 13:00–17:30", "Hội trường seats only 30"; and
// how far it falls short, to name the best first: what no time would cure (too
// small, equipment missing), then the seats missing, then whether it is taken.
struct HallOffer {
    std::string text;
    std::tuple<int, int, bool> shortfall;
};

HallOffer offer(const Problem& p, int si, int room) {
    const auto& s = p.sessions[si];
    const auto& r = p.rooms[room];
    std::vector<std::string> lacks;
    std::set<std::string> missing;
    std::copy_if(s.equipment.begin(), s.equipment.end(), std::inserter(missing, missing.end()),
                 [&](const std::string& item) { return !r.equipment.count(item); });
    if (!missing.empty()) lacks.push_back("has no " + equipment_words(missing, " or "));
    std::string taken;
    for (const auto& [from, to] : r.unavailable)
        taken += (taken.empty() ? "is taken " : " and ") + p.span_text(from, to, room);
    if (!taken.empty()) lacks.push_back(taken);
    const bool small = r.capacity < s.headcount;
    std::string text = r.name + (small ? " seats only " : " seats ") + std::to_string(r.capacity);
    for (std::size_t i = 0; i < lacks.size(); ++i) text += (i == 0 && !small ? " but " : " and ") + lacks[i];
    return {text, {small + !missing.empty(), std::max(0, s.headcount - r.capacity), !taken.empty()}};
}

// The halls of the place the session is bound to, the closest to fitting first and
// at most kHallsNamed of them: "A seats 40 but has no signing table, B seats only 30,
// and 2 more halls"; empty when the place has no hall at all. Halls are parted by
// commas only: a hall's own shortfalls are joined by "and".
std::string halls_offered(const Problem& p, int si, const std::vector<const Constraint*>& room_rules) {
    std::vector<HallOffer> offers;
    for (int r = 0; r < static_cast<int>(p.rooms.size()); ++r)
        if (std::all_of(room_rules.begin(), room_rules.end(), [&](const Constraint* c) {
                return c->name() == "room-capacity" || c->name() == "room-equipment" ||
                       c->allows(p, si, Place{r, 0, -1});
            }))
            offers.push_back(offer(p, si, r));
    std::stable_sort(offers.begin(), offers.end(),
                     [](const HallOffer& a, const HallOffer& b) { return a.shortfall < b.shortfall; });
    std::string text;
    const std::size_t shown = std::min(kHallsNamed, offers.size());
    for (std::size_t i = 0; i < shown; ++i) text += (i == 0 ? "" : ", ") + offers[i].text;
    if (offers.size() > shown)
        text += ", and " + std::to_string(offers.size() - shown) + (offers.size() - shown == 1 ? " more hall" : " more halls");
    return text;
}

// What the session needs of a hall: "35 people with signing table in Cửa Lò".
std::string hall_needed(const Problem& p, int si) {
    const auto& s = p.sessions[si];
    std::string text = std::to_string(s.headcount) + " people";
    if (!s.equipment.empty()) text += " with " + equipment_words(s.equipment);
    return text + place_text(p, *s.source);
}

// Why no hall suits the session: what it needs, and what each hall of its place
// offers instead.
std::string room_reason(const Problem& p, int si, const std::vector<const Constraint*>& room_rules) {
    const std::string text = p.quoted_title(si) + " needs a hall for " + hall_needed(p, si);
    const std::string halls = halls_offered(p, si, room_rules);
    return halls.empty() ? text + "; there is no such hall" : text + ": " + halls;
}

// Why no start suits the session: the rule that refused the last ones, those
// that refused others before it, and that rule's own words about one it refused.
std::string time_reason(const Problem& p, int si, const Constraint* rule, const Place& example,
                        const std::vector<std::string>& earlier_rules, const std::vector<const Constraint*>& room_rules) {
    std::string text =
        p.quoted_title(si) + " (" + duration_text(p.sessions[si].duration) + ") has no possible start time";
    // Allowed only on holidays: the days say it all.
    const auto& event = p.scenario->event;
    const auto& allowed = p.sessions[si].source->allowed_days;
    const auto blocked = [&](model::Day d) {
        return std::find(event.blocked_days.begin(), event.blocked_days.end(), d) != event.blocked_days.end();
    };
    if (!allowed.empty() && std::all_of(allowed.begin(), allowed.end(), blocked)) {
        std::string days;
        for (auto d : allowed) {
            const auto name = event.holidays.find(d);
            days += (days.empty() ? "" : " and ") + model::format_day(d) +
                    (name == event.holidays.end() ? "" : " (" + name->second + ")");
        }
        return text + ": it may only take place on " + days + ", when nothing is planned (blocked " +
               (allowed.size() == 1 ? "day" : "days") + ")";
    }
    if (!rule) return text + " within the event's days";
    text += ": no start is left once these apply: ";
    for (const auto& earlier : earlier_rules) text += earlier + ", ";
    text += std::string(rule->title());
    Assignment one(p.sessions.size());
    one[si] = example;
    std::vector<Violation> found;
    rule->check(p, one, found);
    if (!found.empty()) text += "; for example, " + found.front().message;
    // Taken halls: what the others of its place lack says whether another would do.
    if (rule->name() == "hall-unavailable")
        text += "; it needs a hall for " + hall_needed(p, si) + ": " + halls_offered(p, si, room_rules);
    return text;
}

// Keeps `limit` rooms: half of them (rounded up) those with the fewest empty seats (hall-fit's
// measure), the rest picked by a hash of session and room among the others, so
// that when small sessions are many they do not all crowd into the smallest halls.
// The pinned and previous rooms always stay.
void keep_best_rooms(Problem& p, int si, std::size_t limit) {
    auto& s = p.sessions[si];
    auto spread = [si](int r) {
        std::uint64_t x = (static_cast<std::uint64_t>(si) << 32 | static_cast<std::uint32_t>(r)) * 0x9E3779B97F4A7C15ull;
        return x ^ (x >> 29);
    };
    auto kept = [&](int r) { return (s.pin && s.pin->room == r) || (s.previous && s.previous->room == r); };
    std::sort(s.rooms.begin(), s.rooms.end(), [&](int a, int b) {
        return std::tuple(!kept(a), std::max(0, p.rooms[a].capacity - s.headcount), spread(a)) <
               std::tuple(!kept(b), std::max(0, p.rooms[b].capacity - s.headcount), spread(b));
    });
    const auto best = static_cast<long>((limit + 1) / 2);
    std::sort(s.rooms.begin() + best, s.rooms.end(), [&](int a, int b) { return spread(a) < spread(b); });
    s.rooms.resize(limit);
    std::sort(s.rooms.begin(), s.rooms.end());
}

void build_candidates(Problem& p, const ConstraintList& constraints, std::size_t room_limit) {
    std::vector<const Constraint*> room_rules, time_rules, session_rules;
    for (const auto& c : constraints) {
        if (c->kind() != Kind::Hard) continue;
        if (c->scope() == Scope::Room) room_rules.push_back(c.get());
        if (c->scope() == Scope::Time) time_rules.push_back(c.get());
        if (c->scope() == Scope::Session) session_rules.push_back(c.get());
    }
    const auto& event = p.scenario->event;
    const int slot = std::max(1, event.slot_minutes);
    std::size_t allowed = 0, kept = 0;
    for (int si = 0; si < static_cast<int>(p.sessions.size()); ++si) {
        auto& s = p.sessions[si];
        for (int r = 0; r < static_cast<int>(p.rooms.size()); ++r) {
            Place place{r, 0, -1};
            if (std::all_of(room_rules.begin(), room_rules.end(),
                            [&](const Constraint* c) { return c->allows(p, si, place); }))
                s.rooms.push_back(r);
        }
        allowed += s.rooms.size();
        kept += std::min(s.rooms.size(), room_limit);
    }
    // Narrowing pays only when it at least halves the search's domain; a little less
    // work is not worth the risk of a second search on a tight event.
    if (room_limit > 0 && 2 * kept <= allowed) {
        for (int si = 0; si < static_cast<int>(p.sessions.size()); ++si)
            if (p.sessions[si].rooms.size() > room_limit) keep_best_rooms(p, si, room_limit);
        p.rooms_limited = kept < allowed;
    }
    for (int si = 0; si < static_cast<int>(p.sessions.size()); ++si) {
        auto& s = p.sessions[si];
        if (s.rooms.empty()) {
            s.no_candidate_reason = room_reason(p, si, room_rules);
            continue;
        }
        if (s.needs_interpreter && s.interpreters.empty()) {
            s.no_candidate_reason = p.quoted_title(si) + " needs an interpreter between " + s.language_a + " and " +
                                    s.language_b + (s.source->roles.count(model::SessionRole::Interpreter)
                                                         ? "; no one of the interpreter team staff named speaks both"
                                                         : "; no interpreter speaks both");
            continue;
        }
        const Constraint* emptied_by = nullptr;
        Place example;  // a start the emptying rule refused, to quote its own words
        std::vector<std::string> earlier_rules;
        // Time rules see a hall's zone and city only, so one hall of each stands for all.
        auto where = [&](int r) { return std::pair{p.zone_of_room(r), p.city_of(r)}; };
        std::map<std::pair<int, int>, std::vector<Instant>> starts_by_where;
        for (int r : s.rooms) starts_by_where.try_emplace(where(r));
        for (auto& [place, starts] : starts_by_where) {
            const auto zone = place.first;
            int sample_room = *std::find_if(s.rooms.begin(), s.rooms.end(), [&, w = place](int r) { return where(r) == w; });
            if (s.pin) starts.push_back(s.pin->start);
            else if (s.fixed_start) starts.push_back(*s.fixed_start);
            else
                for (model::Day day = event.first_day; day <= event.last_day; day += date::days{1})
                    for (int m = 0; m < 24 * 60; m += slot) starts.push_back(p.instant(day, m, zone));
            std::vector<std::string> applied;
            for (const Constraint* rule : time_rules) {
                if (starts.empty()) break;
                if (!rule->may_refuse(p, si)) continue;
                // The middle start left says more than the first one (midnight, say).
                Place middle{sample_room, starts[starts.size() / 2], -1};
                auto removed =
                    std::erase_if(starts, [&](Instant t) { return !rule->allows(p, si, Place{sample_room, t, -1}); });
                if (starts.empty() && !emptied_by) emptied_by = rule, example = middle, earlier_rules = applied;
                if (removed > 0) applied.push_back(std::string(rule->title()));
            }
        }
        // Start by start, each with the rooms (ascending) of the zones and cities that have
        // it, so the candidates come out sorted by (start, room) without a sort.
        std::vector<std::pair<Instant, std::pair<int, int>>> zone_starts;  // (start, (zone, city))
        for (const auto& [place, starts] : starts_by_where)
            for (Instant t : starts) zone_starts.emplace_back(t, place);
        std::sort(zone_starts.begin(), zone_starts.end());
        std::vector<const Constraint*> refusing;  // the session rules that may refuse some place of it
        std::copy_if(session_rules.begin(), session_rules.end(), std::back_inserter(refusing),
                     [&](const Constraint* c) { return c->may_refuse(p, si); });
        auto allowed = [&](const Place& place) {
            return std::all_of(refusing.begin(), refusing.end(), [&](const Constraint* c) { return c->allows(p, si, place); });
        };
        std::vector<std::pair<int, int>> room_zone(s.rooms.size());
        std::transform(s.rooms.begin(), s.rooms.end(), room_zone.begin(), where);
        s.candidates.reserve(zone_starts.size() * s.rooms.size());
        for (auto first = zone_starts.begin(); first != zone_starts.end();) {
            auto last = std::find_if(first, zone_starts.end(), [&](const auto& x) { return x.first != first->first; });
            for (std::size_t k = 0; k < s.rooms.size(); ++k) {
                const int r = s.rooms[k];
                // A zone may list one instant twice (a clock change), and then so does the room.
                auto times = std::count_if(first, last, [&](const auto& x) { return x.second == room_zone[k]; });
                if (times > 0 && allowed(Place{r, first->first, -1}))
                    for (; times > 0; --times) s.candidates.push_back(Candidate{first->first, r});
            }
            first = last;
        }
        // When none passed, the rule to blame: the last one refusing the first start of the first room.
        if (s.candidates.empty() && !emptied_by)
            for (int r : s.rooms)
                if (const auto& starts = starts_by_where[where(r)]; !starts.empty()) {
                    example = Place{r, starts.front(), -1};
                    for (const Constraint* c : session_rules)
                        if (!c->allows(p, si, example)) emptied_by = c;
                    break;
                }
        if (s.candidates.empty()) s.no_candidate_reason = time_reason(p, si, emptied_by, example, earlier_rules, room_rules);
    }
}

}  // namespace

Instant to_minutes(model::TimePoint t) { return t.time_since_epoch().count(); }

std::string clock_text(int minutes) { return model::format_clock(model::ClockTime{minutes}); }

std::string duration_text(Instant minutes) {
    if (minutes < 60) return std::to_string(minutes) + " min";
    char buf[32];
    if (minutes % 60 == 0) std::snprintf(buf, sizeof buf, "%lld h", static_cast<long long>(minutes / 60));
    else std::snprintf(buf, sizeof buf, "%lld h %02lld", static_cast<long long>(minutes / 60),
                       static_cast<long long>(minutes % 60));
    return buf;
}

model::TimePoint to_time_point(Instant t) { return model::TimePoint{model::Minutes{t}}; }

namespace {
int find_id(const std::unordered_map<std::string, int>& ids, const std::string& id) {
    auto it = ids.find(id);
    return it == ids.end() ? -1 : it->second;
}
}  // namespace

int Problem::session_index(const std::string& id) const { return find_id(session_ids_, id); }
int Problem::room_index(const std::string& id) const { return find_id(room_ids_, id); }
int Problem::person_index(const std::string& id) const { return find_id(person_ids_, id); }
int Problem::delegation_index(const std::string& id) const { return find_id(delegation_ids_, id); }

const std::string& Problem::city_of_room(int room) const { return cities[venues[rooms[room].venue].city]; }

int Problem::travel_minutes(int from_room, int to_room) const {
    const auto& a = venues[rooms[from_room].venue];
    const auto& b = venues[rooms[to_room].venue];
    if (rooms[from_room].venue == rooms[to_room].venue) return 0;
    if (a.city == b.city) return scenario->event.city_buffer_minutes;
    return travel[a.city][b.city];
}

int Problem::city_minutes(int from_city, int to_city) const {
    return from_city == to_city ? scenario->event.city_buffer_minutes : travel[from_city][to_city];
}

std::string Problem::travel_modes(int from, int to) const {
    auto city = [&](const std::string& name) {
        return static_cast<int>(std::find(cities.begin(), cities.end(), name) - cities.begin());
    };
    // Walk back from `to`: a link ending there whose start is as far from `from` as the
    // link is short of the whole lies on a shortest travel.
    std::vector<std::string> modes;
    while (from != to && travel[from][to] < kUnreachable) {
        int previous = -1;
        for (const auto& link : scenario->travel) {
            const int a = city(link.from_city), b = city(link.to_city);
            auto last_hop = [&](int start, int end) { return end == to && travel[from][start] + link.minutes == travel[from][to]; };
            previous = last_hop(a, b) ? a : link.both_ways && last_hop(b, a) ? b : -1;
            if (previous < 0) continue;
            if (modes.empty() || modes.back() != link.mode) modes.push_back(link.mode);
            break;
        }
        if (previous < 0) break;
        to = previous;
    }
    std::string text;
    for (auto mode = modes.rbegin(); mode != modes.rend(); ++mode) text += (text.empty() ? "" : ", then ") + *mode;
    return text;
}

LocalTime Problem::local(Instant t, int zone) const {
    const auto& zd = zone_days_[zone];
    auto it = std::upper_bound(zd.midnights.begin(), zd.midnights.end(), t);
    if (it != zd.midnights.begin() && it != zd.midnights.end() && *it - *(it - 1) == 24 * 60) {
        auto i = (it - zd.midnights.begin()) - 1;
        return LocalTime{zd.first + date::days{i}, static_cast<int>(t - *(it - 1))};
    }
    // Outside the event's days, or a day with a clock change: ask the time zone database.
    auto tp = to_time_point(t);
    return LocalTime{model::local_day(tp, zones[zone]), model::local_clock(tp, zones[zone]).minutes};
}

Instant Problem::instant(model::Day day, int clock, int zone) const {
    const auto& zd = zone_days_[zone];
    auto i = (day - zd.first).count();
    if (i >= 0 && i + 1 < static_cast<long>(zd.midnights.size()) && clock < 24 * 60 &&
        zd.midnights[i + 1] - zd.midnights[i] == 24 * 60)
        return zd.midnights[i] + clock;
    return to_minutes(model::to_instant(day, model::ClockTime{clock}, zones[zone]));
}

std::string Problem::time_text(Instant t, int room) const {
    auto lt = local(t, room >= 0 ? zone_of_room(room) : event_zone);
    date::year_month_day ymd{lt.day};
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02u/%02u %02d:%02d", static_cast<unsigned>(ymd.day()),
                  static_cast<unsigned>(ymd.month()), lt.clock / 60, lt.clock % 60);
    return buf;
}

std::string Problem::span_text(Instant start, Instant end, int room) const {
    int zone = room >= 0 ? zone_of_room(room) : event_zone;
    auto a = local(start, zone), b = local(end, zone);
    std::string text = time_text(start, room) + "–";
    if (b.day == a.day || (b.day == a.day + date::days{1} && b.clock == 0)) {
        int clock = b.day == a.day ? b.clock : 24 * 60;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%02d:%02d", clock / 60, clock % 60);
        return text + buf;
    }
    return text + time_text(end, room);
}

std::string Problem::window_text(Instant from, Instant to, int room) const {
    int zone = room >= 0 ? zone_of_room(room) : event_zone;
    auto a = local(from, zone), b = local(to, zone);
    if (a.day != b.day) return "between " + time_text(from, room) + " and " + time_text(to, room);
    return "on " + time_text(from, room).substr(0, 5) + " between " + clock_text(a.clock) + " and " +
           clock_text(b.clock);
}

std::string Problem::quoted_titles(const std::vector<int>& list) const {
    std::string text;
    for (std::size_t i = 0; i < list.size(); ++i)
        text += (i == 0 ? "" : (i + 1 == list.size() ? " and " : ", ")) + quoted_title(list[i]);
    return text;
}

std::string Problem::describe(int session, const Place& place) const {
    if (!place.placed()) return quoted_title(session) + " (not placed)";
    return quoted_title(session) + " (" + span_text(place.start, end(session, place), place.room) + ", " +
           rooms[place.room].name + ")";
}

std::string Problem::names(const std::vector<int>& unordered, std::size_t shown) const {
    std::vector<int> list = unordered;
    std::stable_sort(list.begin(), list.end(), [&](int a, int b) { return people[a].rank < people[b].rank; });
    std::string text;
    std::size_t n = std::min(shown, list.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) text += (i + 1 == list.size()) ? " and " : ", ";
        text += people[list[i]].name;
    }
    if (list.size() > n) text += " and " + std::to_string(list.size() - n) + " other" + (list.size() - n > 1 ? "s" : "");
    return text;
}

Problem compile(const model::Scenario& scenario, const model::Agenda* previous, std::optional<model::TimePoint> now,
                std::size_t room_limit) {
    Problem p;
    p.scenario = &scenario;
    const auto& event = scenario.event;
    p.event_zone = intern(p.zones, event.zone);
    for (const auto& v : scenario.venues) {
        VenueData venue{v.id, v.name, intern(p.cities, v.city), intern(p.zones, v.zone.empty() ? event.zone : v.zone)};
        p.venues.push_back(std::move(venue));
    }
    for (const auto& link : scenario.travel) intern(p.cities, link.from_city), intern(p.cities, link.to_city);
    // A city only a delegation names (a hand-edited store) is one no travel reaches.
    for (const auto& d : scenario.delegations)
        for (const auto* via : {&d.arrival_via, &d.departure_via})
            if (!via->city.empty()) intern(p.cities, via->city);
    p.travel = shortest_travel(p.cities, scenario.travel);
    for (const auto& r : scenario.rooms) {
        int venue = index_of(p.venues, r.venue_id);
        if (venue < 0) {  // a room of an unknown venue still needs a place: its own, in the event's zone
            p.venues.push_back(VenueData{r.venue_id, r.venue_id, intern(p.cities, ""), p.event_zone});
            p.travel = shortest_travel(p.cities, scenario.travel);
            venue = static_cast<int>(p.venues.size()) - 1;
        }
        p.room_ids_.try_emplace(r.id, static_cast<int>(p.rooms.size()));
        p.rooms.push_back(RoomData{r.id, r.name.empty() ? r.id : r.name, venue, r.capacity, r.equipment, {}});
        for (const auto& span : r.unavailable)
            p.rooms.back().unavailable.emplace_back(to_minutes(span.start), to_minutes(span.end));
    }
    std::vector<int> room_of_venue(p.venues.size(), -1);
    for (int r = 0; r < static_cast<int>(p.rooms.size()); ++r)
        if (room_of_venue[p.rooms[r].venue] < 0) room_of_venue[p.rooms[r].venue] = r;
    std::erase(room_of_venue, -1);
    p.no_travel = std::all_of(room_of_venue.begin(), room_of_venue.end(), [&](int a) {
        return std::all_of(room_of_venue.begin(), room_of_venue.end(), [&](int b) { return p.travel_minutes(a, b) == 0; });
    });
    for (std::size_t z = 0; z < p.zones.size(); ++z) {
        Problem::ZoneDays zd;
        zd.first = event.first_day - date::days{1};
        for (model::Day d = zd.first; d <= event.last_day + date::days{2}; d += date::days{1})
            zd.midnights.push_back(to_minutes(model::to_instant(d, model::ClockTime{0}, p.zones[z])));
        p.zone_days_.push_back(std::move(zd));
    }
    for (const auto& d : scenario.delegations) {
        DelegationData data;
        data.id = d.id;
        data.name = d.name.empty() ? d.id : d.name;
        if (d.arrival) data.arrival = to_minutes(*d.arrival);
        if (d.departure) data.departure = to_minutes(*d.departure);
        if (!d.arrival_via.city.empty()) data.arrival_city = intern(p.cities, d.arrival_via.city);
        if (!d.departure_via.city.empty()) data.departure_city = intern(p.cities, d.departure_via.city);
        p.delegation_ids_.try_emplace(data.id, static_cast<int>(p.delegations.size()));
        p.delegations.push_back(std::move(data));
    }
    for (const auto& person : scenario.participants) {
        PersonData data;
        data.id = person.id;
        data.name = person.name.empty() ? person.id : person.name;
        data.title = person.title;
        data.rank = person.rank;
        data.delegation = p.delegation_index(person.delegation_id);
        data.interpreter = person.has_role(model::Role::Interpreter);
        data.languages = person.languages;
        for (const auto& span : person.unavailable)
            data.unavailable.emplace_back(to_minutes(span.start), to_minutes(span.end));
        p.person_ids_.try_emplace(data.id, static_cast<int>(p.people.size()));
        p.people.push_back(std::move(data));
    }
    for (std::size_t d = 0; d < p.delegations.size(); ++d)
        p.delegations[d].head = p.person_index(scenario.delegations[d].head_id);
    for (std::size_t i = 0; i < scenario.sessions.size(); ++i)
        p.session_ids_.try_emplace(scenario.sessions[i].id, static_cast<int>(i));
    build_sessions(p, scenario, previous, now);
    build_candidates(p, make_constraints(), room_limit);
    return p;
}

}  // namespace hoithao::solve
