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
};

model::Scenario generate(const GeneratorOptions& options);

}  // namespace hoithao::testing
