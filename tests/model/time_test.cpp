#include <catch2/catch.hpp>

#include "model/time.hpp"

using namespace hoithao::model;

TEST_CASE("clock and day text round-trip", "[model][time]") {
    REQUIRE(parse_clock("08:30")->minutes == 510);
    REQUIRE(parse_clock("8:30")->minutes == 510);
    REQUIRE(parse_clock("24:00")->minutes == 1440);
    REQUIRE_FALSE(parse_clock("25:00"));
    REQUIRE_FALSE(parse_clock("08:60"));
    REQUIRE_FALSE(parse_clock("0830"));
    REQUIRE(format_clock(ClockTime{510}) == "08:30");
    REQUIRE(format_day(*parse_day("2022-09-09")) == "2022-09-09");
    REQUIRE_FALSE(parse_day("2022-02-30"));
    REQUIRE_FALSE(parse_day("2022-9-9"));
}

TEST_CASE("local times are read in their venue's zone", "[model][time]") {
    auto day = *parse_day("2022-09-09");
    // Cửa Lò and Viêng Chăn are both UTC+7: 08:00 local is 01:00 UTC.
    auto cualo = to_instant(day, ClockTime{8 * 60}, "Asia/Ho_Chi_Minh");
    auto vientiane = to_instant(day, ClockTime{8 * 60}, "Asia/Vientiane");
    REQUIRE(format_utc(cualo) == "2022-09-09T01:00:00Z");
    REQUIRE(cualo == vientiane);
    REQUIRE(format_iso_local(cualo, "Asia/Vientiane") == "2022-09-09T08:00:00+07:00");
    // A visitor's home zone with DST: 02:30 on 2022-03-27 does not exist in Paris.
    auto gap = to_instant(*parse_day("2022-03-27"), ClockTime{150}, "Europe/Paris");
    REQUIRE(format_utc(gap) == "2022-03-27T01:00:00Z");
    REQUIRE(local_day(cualo, "Asia/Ho_Chi_Minh") == day);
    REQUIRE(local_clock(cualo, "Asia/Ho_Chi_Minh").minutes == 480);
    REQUIRE(parse_utc("2022-09-09T01:00:00Z") == cualo);
    REQUIRE_THROWS(to_instant(day, ClockTime{0}, "Asia/Cua_Lo"));
    REQUIRE_FALSE(is_known_zone("Asia/Cua_Lo"));
}

TEST_CASE("intervals are half-open", "[model][time]") {
    auto t = TimePoint{Minutes{1000}};
    Interval a{t, t + Minutes{60}}, b{t + Minutes{60}, t + Minutes{90}};
    REQUIRE_FALSE(a.overlaps(b));
    REQUIRE(a.overlaps(Interval{t + Minutes{59}, t + Minutes{61}}));
}
