#pragma once
// Seeded, realistic scenarios for property tests and benchmarks: VN and LA
// delegations with ranks, interpreters, halls in 2–3 cities joined by travel links.
#include "model/scenario.hpp"

namespace hoithao::testing {

struct GeneratorOptions {
    unsigned seed = 1;
    int sessions = 10;
    bool tight = false;  // fewer rooms and days for the same programme
    int cities = 2;      // 1–3: Cửa Lò, Hà Nội, Viêng Chăn
    bool tiny = false;   // one morning, hourly slots, two rooms: small enough to enumerate
    // Some halls taken for an afternoon or a morning (Room::unavailable). Drawn from
    // a dice of their own, so the rest of the scenario is the same either way.
    bool hall_closures = false;
    // Delegations that arrive in a city (at its airport, by a flight) rather than at the
    // venue, or leave from one, so that travel comes on top of their times. Drawn from
    // a dice of their own too.
    bool travel_arrivals = false;
};

model::Scenario generate(const GeneratorOptions& options);

}  // namespace hoithao::testing

namespace hoithao::testing {

// A large event for benchmarks: delegations of VN, LA and provinces with ranked
// members, each based in one of three cities; halls from side rooms to a plenary
// hall; interpreters; plenaries, talks, signings, presentations and discussions,
// some ordered. Loose: halls and people busy about half the working time.
struct EventSize {
    unsigned seed = 1;
    int sessions = 600;
    int participants = 3000;
    int halls = 40;
    int days = 5;
    // The part every peer solver can express (bench/peers): 60-minute sessions on a
    // one-hour grid (lunch 12:00–13:00, work until 17:00), all halls in one venue, no
    // interpretation, precedence without a gap, and a tenth of the sessions limited
    // to mornings. Off, the event is exactly as before for the same seed.
    bool hour_grid = false;
};

model::Scenario generate_event(const EventSize& size);

}  // namespace hoithao::testing
