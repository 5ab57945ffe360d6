#include "solve/generator.hpp"

#include <algorithm>
#include <random>

namespace hoithao::testing {
namespace {

class Dice {
public:
    explicit Dice(unsigned seed) : rng_(seed) {}
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(double p) { return std::bernoulli_distribution(p)(rng_); }
    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[between(0, static_cast<int>(items.size()) - 1)]; }

private:
    std::mt19937 rng_;
};

struct City {
    const char* name;
    const char* zone;
    const char* venue;
};

const std::vector<City> kCities{
    {"Cửa Lò", "Asia/Ho_Chi_Minh", "Khách sạn Mường Thanh"},
    {"Hà Nội", "Asia/Ho_Chi_Minh", "Trụ sở Văn phòng Chính phủ"},
    {"Viêng Chăn", "Asia/Vientiane", "Văn phòng Thủ tướng Lào"},
};

void add_people(model::Scenario& s, Dice& dice, const std::string& side, const std::string& lang, int count) {
    using model::Role;
    const std::vector<std::string> titles{"Bộ trưởng", "Thứ trưởng", "Vụ trưởng", "Chuyên viên"};
    std::string delegation = side == "VN" ? "vn" : "la";
    s.delegations.push_back({delegation, side == "VN" ? "Đoàn Việt Nam" : "Đoàn Lào", side, delegation + "_1", {}, {}, {}, {}});
    for (int i = 1; i <= count; ++i) {
        model::Participant p;
        p.id = delegation + "_" + std::to_string(i);
        int rank = std::min(i, 4);
        p.name = titles[rank - 1] + " " + (side == "VN" ? "Nguyễn Văn " : "Sisavath ") + std::to_string(i);
        p.rank = rank;
        p.delegation_id = delegation;
        p.languages = {lang};
        p.roles = {i == 1 ? Role::Head : (dice.chance(0.5) ? Role::Speaker : Role::Delegate)};
        s.participants.push_back(std::move(p));
    }
}

// About a third of the halls are taken for one half-day; the first hall stays free
// so that every generated programme keeps somewhere to go.
void close_some_halls(model::Scenario& s, unsigned seed) {
    Dice dice(seed * 6151u + 29u);
    const auto days = s.event.days();
    for (std::size_t r = 1; r < s.rooms.size(); ++r) {
        if (!dice.chance(0.35)) continue;
        const auto day = dice.pick(days);
        const bool morning = dice.chance(0.5);
        const auto& zone = s.find_venue(s.rooms[r].venue_id)->zone;
        s.rooms[r].unavailable = {{model::to_instant(day, {morning ? 8 * 60 : 13 * 60 + 30}, zone),
                                   model::to_instant(day, {morning ? 11 * 60 : 17 * 60 + 30}, zone)}};
    }
}

// Each delegation, with some chance, lands at an airport of one of the cities the travel
// links name (not always one with a hall) in the first morning, and some leave from one
// in the last afternoon.
void arrive_by_air(model::Scenario& s, unsigned seed) {
    Dice dice(seed * 2749u + 11u);
    std::vector<std::string> cities;
    for (const auto& link : s.travel)
        for (const auto& city : {link.from_city, link.to_city})
            if (std::find(cities.begin(), cities.end(), city) == cities.end()) cities.push_back(city);
    const auto& zone = s.event.zone;
    const int morning_end = s.event.working_hours.to.minutes;
    for (auto& d : s.delegations) {
        if (!dice.chance(0.6)) continue;
        const auto city = dice.pick(cities);
        d.arrival = model::to_instant(s.event.first_day, {dice.between(6, morning_end / 60 - 2) * 60}, zone);
        d.arrival_via = {city, "Sân bay " + city, "chuyến bay QV " + std::to_string(dice.between(100, 999))};
        if (!dice.chance(0.4)) continue;
        d.departure = model::to_instant(s.event.last_day, {morning_end}, zone);
        d.departure_via = {dice.pick(cities), "", ""};
    }
}

}  // namespace

model::Scenario generate(const GeneratorOptions& o) {
    using namespace model;
    Dice dice(o.seed * 7919u + 17u);
    Scenario s;
    s.event.id = "gen-" + std::to_string(o.seed);
    s.event.name = "Hội thảo";
    s.event.host_side = "VN";
    s.event.first_day = *parse_day("2022-09-08");
    // Real programmes hold some six sessions a day; tight ones squeeze more in.
    int days = o.tiny ? 1 : std::min(5, 1 + o.sessions / (o.tight ? 12 : 7) + dice.between(0, 1));
    s.event.last_day = s.event.first_day + date::days{days - 1};
    if (o.tiny) {
        s.event.working_hours = ClockWindow{{8 * 60}, {12 * 60}};
        s.event.slot_minutes = 60;
    } else {
        s.event.breaks = {MealBreak{"lunch", ClockWindow{{12 * 60}, {13 * 60 + 30}}}};
        s.event.slot_minutes = 30;
        if (days >= 3 && dice.chance(0.3)) s.event.blocked_days = {s.event.first_day + date::days{1}};
    }
    int cities = std::clamp(o.tiny ? std::min(o.cities, 2) : o.cities, 1, 3);
    for (int c = 0; c < cities; ++c) {
        const auto& city = kCities[c];
        int venues = o.tiny ? 1 : 1 + (c == 0 && dice.chance(0.5));
        for (int v = 0; v < venues; ++v) {
            std::string vid = "v" + std::to_string(c) + std::to_string(v);
            s.venues.push_back({vid, std::string(city.venue) + (v ? " (cơ sở 2)" : ""), city.name, "", city.zone});
            int rooms = o.tiny ? (c == 0 ? 2 : 0) : (o.tight ? 1 + dice.between(0, 1) : 2 + dice.between(0, 1));
            for (int r = 0; r < rooms; ++r) {
                // Each venue's main hall seats a plenary and has everything; side rooms vary.
                Room room;
                room.id = vid + "_r" + std::to_string(r);
                room.venue_id = vid;
                room.name = (r == 0 ? "Hội trường " : "Phòng ") + std::to_string(c * 10 + v * 3 + r + 1);
                if (r == 0 && !o.tiny) {
                    room.capacity = dice.pick(std::vector<int>{120, 200});
                    room.equipment = {kBooths, kProjector, kSigningTable};
                } else {
                    room.capacity = dice.pick(std::vector<int>{20, 30, 40});
                    if (dice.chance(o.tiny ? 0.5 : 0.3)) room.equipment.insert(kBooths);
                    if (dice.chance(0.6)) room.equipment.insert(kProjector);
                    if (dice.chance(0.4)) room.equipment.insert(kSigningTable);
                }
                s.rooms.push_back(std::move(room));
            }
        }
    }
    if (o.tiny && cities == 2) {  // a room in the second city so that travel matters
        s.rooms[1].venue_id = s.venues[1].id;
        s.rooms[1].id = s.venues[1].id + "_r0";
    }
    s.travel = {{"Hà Nội", "Cửa Lò", "road", 270, true}, {"Hà Nội", "Viêng Chăn", "air", 190, true}};
    if (dice.chance(0.5)) s.travel.push_back({"Cửa Lò", "Viêng Chăn", "road", 600, true});
    if (o.tiny) s.travel = {{"Hà Nội", "Cửa Lò", "road", 90, true}};

    add_people(s, dice, "VN", "vi", o.tiny ? 2 : dice.between(4, 8));
    add_people(s, dice, "LA", "lo", o.tiny ? 2 : dice.between(4, 8));
    if (!o.tiny && dice.chance(0.4)) s.delegations[1].arrival = to_instant(s.event.first_day, {10 * 60}, "Asia/Ho_Chi_Minh");
    int interpreters = o.tiny ? dice.between(1, 2) : dice.between(2, 4);
    for (int i = 1; i <= interpreters; ++i) {
        Participant p;
        p.id = "int_" + std::to_string(i);
        p.name = "Phiên dịch " + std::to_string(i);
        p.languages = {"vi", "lo"};
        if (i == 4) p.languages = {"vi", "en"};
        p.roles = {Role::Interpreter};
        if (!o.tiny && dice.chance(0.2))
            p.unavailable = {{to_instant(s.event.first_day, {14 * 60}, "Asia/Ho_Chi_Minh"),
                              to_instant(s.event.first_day, {16 * 60}, "Asia/Ho_Chi_Minh")}};
        s.participants.push_back(std::move(p));
    }
    std::vector<std::string> vn, la;
    for (const auto& p : s.participants) (p.delegation_id == "vn" ? vn : p.delegation_id == "la" ? la : vn).push_back(p.id);
    std::erase_if(vn, [](const std::string& id) { return id.rfind("int_", 0) == 0; });

    const std::vector<SessionKind> kinds{SessionKind::Presentation, SessionKind::Talks, SessionKind::Signing,
                                         SessionKind::GroupDiscussion, SessionKind::CourtesyCall,
                                         SessionKind::SiteVisit};
    for (int i = 0; i < o.sessions; ++i) {
        Session x;
        x.id = "s" + std::to_string(i);
        x.kind = i == 0 && !o.tiny ? SessionKind::Opening : dice.chance(0.06) ? SessionKind::Plenary : dice.pick(kinds);
        x.title.vi = to_string(x.kind) + " " + std::to_string(i);
        x.duration_minutes = o.tiny ? 60 : dice.pick(std::vector<int>{30, 60, 60, 90, 120});
        bool both_sides = dice.chance(0.5);
        if (x.kind == SessionKind::Plenary || x.kind == SessionKind::Opening) {
            x.delegations = {"vn"};
            if (both_sides) x.delegations.push_back("la");
        } else {
            int named = dice.between(1, o.tiny ? 1 : 2);
            for (int k = 0; k < named; ++k) x.attendees.push_back(dice.pick(vn));
            if (both_sides) x.attendees.push_back(dice.pick(la));
            std::sort(x.attendees.begin(), x.attendees.end());
            x.attendees.erase(std::unique(x.attendees.begin(), x.attendees.end()), x.attendees.end());
        }
        if (both_sides) {
            bool simultaneous = x.kind == SessionKind::Plenary || x.kind == SessionKind::Opening;
            x.interpretation = Interpretation{"vi", "lo",
                                              simultaneous ? InterpretationMode::Simultaneous : InterpretationMode::Consecutive};
            // Staff may name the interpreter team: the planner then chooses among them only.
            // Chosen without the dice, so that the other draws stay as they were.
            if (!o.tiny && i % 5 == 3) {
                x.roles[SessionRole::Interpreter] = {"int_1"};
                if (interpreters >= 2 && i % 2 == 0) x.roles[SessionRole::Interpreter].push_back("int_2");
            }
        }
        if (!o.tiny) {
            if (dice.chance(0.3)) x.headcount = dice.between(10, o.tight ? 120 : 60);
            if (x.kind == SessionKind::Signing && dice.chance(0.5)) x.equipment.insert(kSigningTable);
            if (x.kind == SessionKind::Presentation && dice.chance(0.5)) x.equipment.insert(kProjector);
            if (cities > 1 && dice.chance(0.25)) x.city = kCities[dice.between(0, cities - 1)].name;
            if (dice.chance(0.1)) x.windows = {ClockWindow{{8 * 60}, {12 * 60}}};
            if (days > 1 && dice.chance(0.1)) x.allowed_days = {s.event.first_day + date::days{days - 1}};
        } else if (cities > 1 && dice.chance(0.3)) {
            x.city = kCities[dice.between(0, 1)].name;
        }
        if (i > 0 && dice.chance(o.tiny ? 0.2 : 0.15)) x.after = {{"s" + std::to_string(dice.between(0, i - 1)), dice.pick(std::vector<int>{0, 15, 30})}};
        else if (!o.tiny && i > 0 && dice.chance(0.05)) x.same_time_as = "s" + std::to_string(dice.between(0, i - 1));
        s.sessions.push_back(std::move(x));
    }
    if (o.hall_closures) close_some_halls(s, o.seed);
    if (o.travel_arrivals) arrive_by_air(s, o.seed);
    return s;
}

}  // namespace hoithao::testing

namespace hoithao::testing {

model::Scenario generate_event(const EventSize& size) {
    using namespace model;
    Dice dice(size.seed * 104729u + 3u);
    Scenario s;
    s.event.id = "event-" + std::to_string(size.sessions);
    s.event.name = "Hội nghị";
    s.event.host_side = "VN";
    s.event.first_day = *parse_day("2022-09-05");
    s.event.last_day = s.event.first_day + date::days{size.days - 1};
    s.event.breaks = {MealBreak{"lunch", ClockWindow{{12 * 60}, {13 * 60 + 30}}}};
    s.event.slot_minutes = 30;
    if (size.hour_grid) {
        s.event.working_hours = ClockWindow{{8 * 60}, {17 * 60}};
        s.event.breaks = {MealBreak{"lunch", ClockWindow{{12 * 60}, {13 * 60}}}};
        s.event.slot_minutes = 60;
    }
    s.travel = {{"Hà Nội", "Cửa Lò", "road", 270, true}, {"Hà Nội", "Viêng Chăn", "air", 190, true},
                {"Cửa Lò", "Viêng Chăn", "road", 600, true}};
    // Halls: a tenth large (plenary, booths, everything), the rest side rooms.
    std::vector<std::vector<std::string>> venues_of(3);
    const int cities = size.hour_grid ? 1 : 3, venues_per_city = size.hour_grid ? 1 : 3;
    for (int c = 0; c < cities; ++c)
        for (int v = 0; v < venues_per_city; ++v) {
            std::string vid = "v" + std::to_string(c) + std::to_string(v);
            s.venues.push_back({vid, std::string(kCities[c].venue) + " " + std::to_string(v + 1), kCities[c].name, "",
                                kCities[c].zone});
            venues_of[c].push_back(vid);
        }
    for (int h = 0; h < size.halls; ++h) {
        Room room;
        int c = h % cities;
        room.venue_id = venues_of[c][(h / cities) % venues_per_city];
        room.id = "h" + std::to_string(h);
        room.name = "Phòng " + std::to_string(h + 1);
        if (h < std::max(3, size.halls / 10)) {
            room.capacity = dice.pick(std::vector<int>{300, 500, 800});
            room.equipment = {kBooths, kProjector, kSigningTable};
        } else {
            room.capacity = dice.pick(std::vector<int>{30, 40, 60, 100});
            if (dice.chance(0.5)) room.equipment.insert(kBooths);
            if (dice.chance(0.7)) room.equipment.insert(kProjector);
            if (dice.chance(0.3)) room.equipment.insert(kSigningTable);
        }
        s.rooms.push_back(std::move(room));
    }
    // Delegations of about 100 people; heads and deputies are the ones named in sessions.
    const int interpreters = std::max(4, size.participants / 60);
    const int delegations = std::max(2, (size.participants - interpreters) / 100);
    std::vector<std::vector<std::string>> named(delegations);
    std::vector<int> city_of(delegations);
    std::vector<std::string> side(delegations);
    const std::vector<std::string> titles{"Bộ trưởng", "Thứ trưởng", "Vụ trưởng", "Chuyên viên"};
    int person = 0;
    for (int d = 0; d < delegations; ++d) {
        side[d] = d % 3 == 1 ? "LA" : "VN";
        city_of[d] = d % cities;
        std::string id = "d" + std::to_string(d);
        s.delegations.push_back({id, "Đoàn " + std::to_string(d + 1), side[d], id + "_1", {}, {}, {}, {}});
        int members = (size.participants - interpreters) / delegations;
        for (int i = 1; i <= members; ++i, ++person) {
            Participant p;
            p.id = id + "_" + std::to_string(i);
            p.rank = i == 1 ? 1 : i == 2 ? 2 : i <= 5 ? 3 : 4;
            p.name = titles[p.rank - 1] + " " + std::to_string(person + 1);
            p.delegation_id = id;
            p.languages = {side[d] == "LA" ? "lo" : "vi"};
            p.roles = {i == 1 ? Role::Head : Role::Delegate};
            if (i <= 8) named[d].push_back(p.id);
            s.participants.push_back(std::move(p));
        }
    }
    for (int i = 1; i <= interpreters; ++i) {
        Participant p;
        p.id = "int_" + std::to_string(i);
        p.name = "Phiên dịch " + std::to_string(i);
        p.languages = {"vi", "lo"};
        p.roles = {Role::Interpreter};
        s.participants.push_back(std::move(p));
    }
    const std::vector<SessionKind> kinds{SessionKind::Presentation, SessionKind::Talks, SessionKind::Signing,
                                         SessionKind::GroupDiscussion, SessionKind::CourtesyCall,
                                         SessionKind::SiteVisit, SessionKind::Press};
    std::vector<std::vector<int>> sessions_of(delegations);
    for (int i = 0; i < size.sessions; ++i) {
        Session x;
        x.id = "s" + std::to_string(i);
        bool plenary = dice.chance(0.01);
        x.kind = plenary ? SessionKind::Plenary : dice.pick(kinds);
        x.title.vi = to_string(x.kind) + " " + std::to_string(i);
        x.duration_minutes = dice.pick(std::vector<int>{30, 60, 60, 90, 120});
        if (size.hour_grid) x.duration_minutes = 60;
        int d = dice.between(0, delegations - 1);
        // A partner delegation in the same city, often of the other side.
        int e = (d + 1 + 3 * dice.between(0, std::max(0, delegations / 3 - 1))) % delegations;
        if (city_of[e] != city_of[d]) e = d;
        x.city = kCities[city_of[d]].name;
        if (plenary) {
            x.delegations = {s.delegations[d].id};
            if (e != d) x.delegations.push_back(s.delegations[e].id);
        } else {
            x.attendees.push_back(dice.pick(named[d]));
            if (dice.chance(0.5)) x.attendees.push_back(dice.pick(named[d]));
            if (e != d) x.attendees.push_back(dice.pick(named[e]));
            std::sort(x.attendees.begin(), x.attendees.end());
            x.attendees.erase(std::unique(x.attendees.begin(), x.attendees.end()), x.attendees.end());
            x.headcount = static_cast<int>(x.attendees.size()) + dice.between(0, 25);
        }
        if (e != d && side[e] != side[d] && !size.hour_grid)
            x.interpretation = Interpretation{"vi", "lo", plenary ? InterpretationMode::Simultaneous
                                                                  : InterpretationMode::Consecutive};
        if (x.kind == SessionKind::Signing && dice.chance(0.5)) x.equipment.insert(kSigningTable);
        if (x.kind == SessionKind::Presentation && dice.chance(0.5)) x.equipment.insert(kProjector);
        if (!sessions_of[d].empty() && dice.chance(0.08))
            x.after = {{"s" + std::to_string(dice.pick(sessions_of[d])), dice.pick(std::vector<int>{0, 15, 30})}};
        if (size.hour_grid) {
            if (!x.after.empty()) x.after[0].gap_minutes = 0;
            if (dice.chance(0.1)) x.windows = {ClockWindow{{8 * 60}, {12 * 60}}};
        }
        sessions_of[d].push_back(i);
        s.sessions.push_back(std::move(x));
    }
    return s;
}

}  // namespace hoithao::testing
