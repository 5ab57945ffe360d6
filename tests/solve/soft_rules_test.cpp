// The scenario reader accepts in [weights] exactly the soft rules the solver has.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "model/soft_rules.hpp"
#include "solve/constraint.hpp"

using namespace hoithao;

TEST_CASE("the names [weights] accepts are the solver's soft rules", "[solve][weights]") {
    std::set<std::string> solver, listed;
    for (const auto& c : solve::make_constraints())
        if (c->kind() == solve::Kind::Soft) solver.emplace(c->name());
    for (auto name : model::kSoftRules) listed.emplace(name);
    CHECK(listed == solver);
    CHECK(listed.size() == model::kSoftRules.size());
}
