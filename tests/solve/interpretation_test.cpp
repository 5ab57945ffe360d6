#include <catch2/catch.hpp>

#include "solve/fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("interpretation needs a qualified interpreter", "[solve][interpretation]") {
    auto s = workshop();
    add_session(s, "talks", "Hội đàm", 60, {"vn_min", "la_min"}).interpretation = model::Interpretation{"vi", "lo", {}};
    model::Agenda agenda;
    agenda.placements = {at(s, "talks", "room_b", "2022-09-09", "08:00")};
    auto found = of_rule(solve::check(s, agenda), "interpretation");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("needs a vi–lo interpreter; none is assigned") != std::string::npos);
    agenda.placements[0].interpreter_id = "int_en";
    found = of_rule(solve::check(s, agenda), "interpretation");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("does not speak lo") != std::string::npos);
    agenda.placements[0].interpreter_id = "vn_dep";
    found = of_rule(solve::check(s, agenda), "interpretation");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("is not an interpreter") != std::string::npos);
    agenda.placements[0].interpreter_id = "int_2";
    CHECK(of_rule(solve::check(s, agenda), "interpretation").empty());
}
