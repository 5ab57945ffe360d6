// The ITC2007 soft rules on hand-drawn days, their fast deltas against recomputation,
// and the whole score against the independent evaluator of bench/itc_eval.hpp.
#include <catch2/catch.hpp>

#include <random>
#include <sstream>

#include "../bench/itc_eval.hpp"
#include "io/itc2007.hpp"
#include "solve/constraint.hpp"
#include "solve/constraints/itc_grid.hpp"
#include "solve/solver.hpp"

using namespace hoithao;

namespace {

struct Tim {
    int events = 0, rooms = 0, features = 0, students = 0;
    std::vector<int> capacity;
    std::vector<std::vector<int>> attends, room_feature, event_feature, available, before;

    std::string text() const {
        std::ostringstream out;
        out << events << ' ' << rooms << ' ' << features << ' ' << students << "\r\n";
        auto rows = [&](const std::vector<std::vector<int>>& m) {
            for (const auto& row : m)
                for (int v : row) out << v << "\r\n";
        };
        for (int c : capacity) out << c << "\r\n";
        rows(attends), rows(room_feature), rows(event_feature), rows(available), rows(before);
        return out.str();
    }
};

// Every event attended by every student, anywhere, any time: only the soft rules bite.
Tim open_instance(int events, int students) {
    Tim t{events, 1, 0, students, {students}, {}, {}, {}, {}, {}};
    t.attends.assign(students, std::vector<int>(events, 1));
    t.room_feature.assign(1, {});
    t.event_feature.assign(events, {});
    t.available.assign(events, std::vector<int>(45, 1));
    t.before.assign(events, std::vector<int>(events, 0));
    return t;
}

// Random sizes and densities, with a few precedences and forbidden slots.
Tim random_instance(std::mt19937& rng) {
    int E = 6 + static_cast<int>(rng() % 10), R = 1 + static_cast<int>(rng() % 3), F = 2,
        S = 2 + static_cast<int>(rng() % 5);
    Tim t{E, R, F, S, {}, {}, {}, {}, {}, {}};
    for (int r = 0; r < R; ++r) t.capacity.push_back(static_cast<int>(rng() % (S + 1)));
    auto random_rows = [&](int rows, int cols, unsigned ones_in) {
        std::vector<std::vector<int>> m(rows, std::vector<int>(cols));
        for (auto& row : m)
            for (auto& v : row) v = rng() % ones_in == 0;
        return m;
    };
    t.attends = random_rows(S, E, 2);
    t.room_feature = random_rows(R, F, 2);
    t.event_feature = random_rows(E, F, 4);
    t.available = random_rows(E, 45, 1);
    for (auto& row : t.available)
        for (auto& v : row) v = rng() % 6 != 0;
    t.before.assign(E, std::vector<int>(E, 0));
    for (int k = 0; k < 3; ++k) {
        int i = static_cast<int>(rng() % E), j = static_cast<int>(rng() % E);
        if (i != j && t.before[i][j] == 0) t.before[i][j] = 1, t.before[j][i] = -1;
    }
    return t;
}

// Scored on the ITC2007 rules alone, as the benchmark does.
model::Scenario scenario_of(const Tim& t) {
    std::istringstream in(t.text());
    auto s = io::parse_itc2007(in, "hand.tim");
    s.event.weights = solve::itc2007_weights();
    return s;
}

model::Placement at_slot(const model::Scenario& s, int event, int slot, int room = 0) {
    model::Placement p;
    p.session_id = s.sessions[event].id;
    p.room_id = s.rooms[room].id;
    p.start = model::to_instant(s.event.first_day + date::days{slot / 9}, {9 * 60 + 60 * (slot % 9)}, s.event.zone);
    p.end = p.start + model::Minutes{60};
    return p;
}

// Soft cost per ITC rule for `slots[e]` (-1 = unplaced), events in room e (rooms are
// not scarce in open instances: one room per event would clash, so use room 0 and
// ignore the room-double-booked hard rule, which is irrelevant to soft cost).
std::map<std::string, long> soft_by_rule(const model::Scenario& s, const std::vector<int>& slots) {
    model::Agenda agenda;
    for (int e = 0; e < static_cast<int>(slots.size()); ++e)
        if (slots[e] >= 0) agenda.placements.push_back(at_slot(s, e, slots[e]));
    std::map<std::string, long> cost;
    for (const auto& v : solve::check(s, agenda).violations)
        if (!v.hard && v.cost != 0) cost[v.rule] += v.cost;
    return cost;
}

}  // namespace

TEST_CASE("itc soft: more than two in a row costs one per event beyond the second", "[itc][solve]") {
    auto s = scenario_of(open_instance(7, 1));
    // Mon 09  10  11  12  13  14  15  16  17
    //     [e0][e1][e2][e3]                      4 in a row: 2
    //     Tue [e4][e5]   [e6]                   runs of 2 and 1: 0
    auto cost = soft_by_rule(s, {0, 1, 2, 3, 9, 10, 12});
    CHECK(cost["itc-more-than-two-in-a-row"] == 2);
    CHECK(cost["itc-single-session-day"] == 0);
    CHECK(cost["itc-last-slot"] == 0);
    // Wed                     [e0][e1][e2]      3 in a row ending in the last slot: 1 + 1
    //     Thu [e3]            [e4][e5][e6]      a gap splits the runs; the second is 3: 1
    cost = soft_by_rule(s, {24, 25, 26, 27, 31, 32, 33});
    CHECK(cost["itc-more-than-two-in-a-row"] == 2);
    CHECK(cost["itc-last-slot"] == 1);
}

TEST_CASE("itc soft: a day with a single event and the last slot", "[itc][solve]") {
    auto s = scenario_of(open_instance(3, 2));
    // Mon                                 [e0]   last slot, alone on Monday: 1 + 1 per student
    //     Tue [e1]                               alone on Tuesday: 1 per student
    //     Fri                                    e2 unplaced: not scored
    auto cost = soft_by_rule(s, {8, 9, -1});
    CHECK(cost["itc-last-slot"] == 2);
    CHECK(cost["itc-single-session-day"] == 4);
    CHECK(cost["itc-more-than-two-in-a-row"] == 0);
    // Mon [e0][e1]                               two on Monday: nothing
    CHECK(soft_by_rule(s, {0, 1, -1}).empty());
}

TEST_CASE("itc soft: scenarios without the flag are not scored", "[itc][solve]") {
    auto s = scenario_of(open_instance(1, 1));
    s.event.itc2007_soft_cost = false;
    CHECK(soft_by_rule(s, {8}).empty());
}

TEST_CASE("itc soft: fast deltas equal recomputed deltas", "[itc][solve][delta]") {
    auto constraints = solve::make_constraints();
    std::mt19937 rng(7);
    for (int round = 0; round < 8; ++round) {
        auto scenario = scenario_of(random_instance(rng));
        auto problem = solve::compile(scenario);
        auto random_place = [&](int) {
            if (rng() % 6 == 0) return solve::Place{};
            int slot = static_cast<int>(rng() % 45), room = static_cast<int>(rng() % problem.rooms.size());
            auto start = model::to_instant(scenario.event.first_day + date::days{slot / 9},
                                           {9 * 60 + 60 * (slot % 9)}, scenario.event.zone);
            return solve::Place{room, solve::to_minutes(start), -1};
        };
        solve::Assignment a(problem.sessions.size());
        for (int s = 0; s < static_cast<int>(a.size()); ++s) a[s] = random_place(s);
        for (int move = 0; move < 30; ++move) {
            int s = static_cast<int>(rng() % a.size());
            auto place = random_place(s);
            for (const auto& c : constraints) {
                if (!c->name().starts_with("itc-")) continue;
                INFO("round " << round << " rule " << c->name());
                REQUIRE(c->delta(problem, a, s, place) == c->Constraint::delta(problem, a, s, place));
            }
            a[s] = place;
        }
    }
}

TEST_CASE("itc soft: check agrees with the independent evaluator", "[itc][solve]") {
    std::mt19937 rng(11);
    for (int round = 0; round < 20; ++round) {
        auto tim = random_instance(rng);
        auto scenario = scenario_of(tim);
        std::istringstream raw(tim.text());
        auto instance = itc::read_instance(raw);
        model::Agenda agenda;
        for (int e = 0; e < tim.events; ++e)
            if (rng() % 5 != 0)
                agenda.placements.push_back(
                    at_slot(scenario, e, static_cast<int>(rng() % 45), static_cast<int>(rng() % tim.rooms)));
        std::stringstream solution;
        io::write_itc2007_solution(solution, scenario, agenda);
        auto score = itc::evaluate(instance, itc::read_solution(solution, tim.events));
        auto report = solve::check(scenario, agenda);
        long distance = 0;
        int hard_placed = 0;
        for (const auto& v : report.violations)
            if (v.rule == "session-unplaced") distance += static_cast<long>(scenario.find_session(v.sessions[0])->attendees.size());
            else if (v.hard) ++hard_placed;
        INFO("round " << round);
        CHECK(report.soft_cost() == score.soft());
        CHECK(distance == score.distance);
        CHECK((hard_placed == 0) == (score.hard == 0));
    }
}
