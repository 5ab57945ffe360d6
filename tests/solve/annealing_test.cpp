// The pieces of the annealing: the soft cost kept move by move (against the
// constraint units' own deltas and a full recount), Kempe chains and hall matching.
#include <catch2/catch.hpp>

#include <random>
#include <sstream>

#include "io/itc2007.hpp"
#include "solve/constraint.hpp"
#include "solve/constraints/itc_grid.hpp"
#include "solve/generator.hpp"
#include "solve/search/kempe.hpp"
#include "solve/search/soft_cost.hpp"

using namespace hoithao;

namespace {

// A random ITC2007 Track 2 instance in .tim form: `students` students each attending
// about half of `events` events, `rooms` rooms with no features, every slot allowed.
std::string random_tim(std::mt19937& rng, int events, int rooms, int students) {
    std::ostringstream out;
    out << events << ' ' << rooms << " 1 " << students << "\r\n";
    for (int r = 0; r < rooms; ++r) out << students << "\r\n";
    for (int k = 0; k < students * events; ++k) out << (rng() % 2) << "\r\n";
    for (int k = 0; k < rooms; ++k) out << "0\r\n";
    for (int k = 0; k < events; ++k) out << "0\r\n";
    for (int k = 0; k < events * 45; ++k) out << "1\r\n";
    for (int k = 0; k < events * events; ++k) out << "0\r\n";
    return out.str();
}

model::Scenario itc_scenario(const std::string& tim) {
    std::istringstream in(tim);
    auto s = io::parse_itc2007(in, "random.tim");
    s.event.weights = solve::itc2007_weights();
    return s;
}

long recount(const solve::Problem& p, const solve::ConstraintList& constraints, const solve::Assignment& a) {
    std::vector<solve::Violation> found;
    for (const auto& c : constraints)
        if (c->kind() == solve::Kind::Soft) c->check(p, a, found);
    return solve::total_cost(found);
}

// Random moves (candidates or unplaced) through SoftCost, each delta checked against
// the units' recomputed deltas and the running total against a recount.
void check_soft_cost(const model::Scenario& scenario, unsigned seed) {
    auto constraints = solve::make_constraints(scenario.event.weights);
    auto p = solve::compile(scenario);
    std::mt19937 rng(seed);
    auto random_place = [&](int s) {
        const auto& cands = p.sessions[s].candidates;
        if (cands.empty() || rng() % 6 == 0) return solve::Place{};
        auto c = cands[rng() % cands.size()];
        return solve::Place{c.room, c.start, -1};
    };
    solve::Assignment a(p.sessions.size());
    for (int s = 0; s < static_cast<int>(a.size()); ++s) a[s] = random_place(s);
    solve::search::SoftCost cost(p, constraints, a);
    REQUIRE(cost.total() == recount(p, constraints, a));
    for (int move = 0; move < 60; ++move) {
        int s = static_cast<int>(rng() % a.size());
        auto place = random_place(s);
        long expected = 0;
        for (const auto& c : constraints)
            if (c->kind() == solve::Kind::Soft) expected += c->Constraint::delta(p, a, s, place);
        long d = cost.delta(a, s, place);
        INFO("seed " << seed << " move " << move);
        REQUIRE(d == expected);
        cost.moved(s, a[s], place, d);
        a[s] = place;
    }
    CHECK(cost.total() == recount(p, constraints, a));
}

}  // namespace

TEST_CASE("the annealing's soft cost follows every move exactly", "[solve][annealing]") {
    SECTION("ITC2007 per-student day rules, from slot counts") {
        for (unsigned seed = 1; seed <= 6; ++seed) {
            std::mt19937 rng(seed);
            check_soft_cost(itc_scenario(random_tim(rng, 12, 2, 5)), seed);
        }
    }
    SECTION("hoithao's own rules, from the units") {
        for (unsigned seed = 1; seed <= 6; ++seed)
            check_soft_cost(testing::generate({seed, 10, seed % 2 == 0, 1 + static_cast<int>(seed % 3), false}), seed);
    }
}

namespace {

// Three events in two halls: student 0 links e0–e1, student 1 links e1–e2.
struct Chained {
    model::Scenario scenario;
    solve::Problem problem;
    solve::ConstraintList constraints;
    Chained() : scenario(itc_scenario(tim())), problem(solve::compile(scenario)) {
        constraints = solve::make_constraints(scenario.event.weights);
    }
    static std::string tim() {
        // events 3, rooms 2, features 1, students 2
        std::ostringstream out;
        out << "3 2 1 2\r\n2\r\n2\r\n";
        for (int v : {1, 1, 0, 0, 1, 1}) out << v << "\r\n";  // student-major attendance
        out << "0\r\n0\r\n0\r\n0\r\n0\r\n";                   // room and event features
        for (int k = 0; k < 3 * 45; ++k) out << "1\r\n";
        for (int k = 0; k < 9; ++k) out << "0\r\n";
        return out.str();
    }
    solve::Place at(int slot, int room) const {
        for (const auto& c : problem.sessions[0].candidates)
            if (c.room == room && solve::itc_slot(problem, solve::Place{c.room, c.start, -1}).slot == slot &&
                solve::itc_slot(problem, solve::Place{c.room, c.start, -1}).day == 0)
                return solve::Place{c.room, c.start, -1};
        FAIL("no candidate at slot " << slot);
        return {};
    }
};

}  // namespace

TEST_CASE("a Kempe chain holds the sessions linked across the two times", "[solve][annealing]") {
    Chained x;
    solve::search::Options options(x.problem, x.constraints);
    solve::search::State state(x.problem);
    state.place(0, x.at(0, 0));  // e0 at slot 0
    state.place(1, x.at(1, 0));  // e1 at slot 1, shares student 0 and 1 with e0
    state.place(2, x.at(0, 1));  // e2 at slot 0, shares student 1 with e1
    auto chain = solve::search::kempe_chain(state, options, 0, x.at(1, 0).start, 64);
    std::sort(chain.begin(), chain.end());
    CHECK(chain == std::vector<int>{0, 1, 2});
    CHECK(solve::search::kempe_chain(state, options, 0, x.at(1, 0).start, 2).empty());  // over the limit
    // e0 alone between slot 0 and slot 3: nothing there, a chain of one.
    CHECK(solve::search::kempe_chain(state, options, 0, x.at(3, 0).start, 64) == std::vector<int>{0});
}

TEST_CASE("hall matching moves a session to another hall to make room", "[solve][annealing]") {
    Chained x;
    solve::search::Options options(x.problem, x.constraints);
    solve::search::State state(x.problem);
    // e0 and e2 both want slot 2 and were both in hall 0: one of them gives way.
    const std::vector<solve::Place> from{x.at(5, 0), x.at(6, 0)};
    auto places = solve::search::match_halls(state, options, {0, 2}, from, x.at(2, 0).start);
    REQUIRE(places);
    CHECK((*places)[0].room != (*places)[1].room);
    CHECK((*places)[0].start == x.at(2, 0).start);
    // Three sessions, two halls.
    CHECK_FALSE(solve::search::match_halls(state, options, {0, 1, 2}, {x.at(5, 0), x.at(6, 0), x.at(7, 0)},
                                           x.at(2, 0).start));
    // e1 placed at slot 2: e0 shares student 0 with it, so no hall at slot 2 will do.
    state.place(1, x.at(2, 1));
    CHECK_FALSE(solve::search::match_halls(state, options, {0}, {x.at(5, 1)}, x.at(2, 0).start));
    places = solve::search::match_halls(state, options, {2}, {x.at(5, 1)}, x.at(3, 0).start);
    REQUIRE(places);
    CHECK((*places)[0].room == 1);  // keeps its hall when it can
}

TEST_CASE("the annealing stops after its steps by default, at the limit with use_full_time", "[solve][annealing]") {
    // One student, one event: a day with a single event always costs 1, so the
    // annealing never reaches 0 and stops early.
    std::ostringstream tim;
    tim << "1 1 1 1\r\n5\r\n1\r\n0\r\n0\r\n";
    for (int k = 0; k < 45; ++k) tim << "1\r\n";
    tim << "0\r\n";
    auto scenario = itc_scenario(tim.str());
    solve::SolveOptions options;
    options.time_limit_seconds = 1.0;
    auto counted = solve::plan(scenario, options);
    REQUIRE(counted.outcome == solve::Outcome::ConflictFree);
    CHECK(counted.report.soft_cost() == 1);
    CHECK(counted.seconds < 0.9);
    options.use_full_time = true;
    auto timed = solve::plan(scenario, options);
    REQUIRE(timed.outcome == solve::Outcome::ConflictFree);
    CHECK(timed.report.soft_cost() == 1);
    CHECK(timed.seconds >= 0.95);
}
