// Schema 3: version authors, cancelled sessions and closed halls, facts changed from
// the command line.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "model/error.hpp"
#include "store/schema.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using hoithao::store::Store;

TEST_CASE("a schema 2 file gains authors, cancelled and closed flags", "[store][edit]") {
    testing::TempDir tmp;
    const auto path = (tmp / "old.db").string();
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        store::schema::upgrade(db, 2);
    }
    {
        Store store(path, false);
        store.save_scenario(testing::small_cualo_scenario(), "2026-11-22T00:00:00Z");
        CHECK(store.database().execAndGet("PRAGMA user_version").getInt() == Store::schema_version());
        auto agenda = testing::small_cualo_agenda();
        agenda.author = "lan";
        REQUIRE(store.save_agenda(agenda) == 1);
        CHECK(store.load_agenda("cualo-test")->author == "lan");
        CHECK(store.versions("cualo-test")[0].author == "lan");
    }
}

TEST_CASE("fact changes are stored with a version, and kept across a re-import", "[store][edit]") {
    testing::TempDir tmp;
    Store store((tmp / "e.db").string(), true);
    const auto scenario = testing::small_cualo_scenario();
    store.save_scenario(scenario, "2026-11-22T00:00:00Z");
    auto agenda = testing::small_cualo_agenda();
    const model::Interval away{testing::local("2022-09-09", "13:00"), testing::local("2022-09-09", "15:00")};
    REQUIRE(store.save_agenda(agenda, {store::SessionCancelled{"press", true}, store::RoomClosed{"vip", true},
                                       store::DelegationTimes{"LA", testing::local("2022-09-09", "09:00"), {}, {}, {}},
                                       store::PersonUnavailable{"son", away}}) == 1);
    auto loaded = store.load_scenario("cualo-test");
    CHECK(loaded.find_session("press") == nullptr);
    CHECK(loaded.find_room("vip") == nullptr);
    CHECK(loaded.find_delegation("LA")->arrival == testing::local("2022-09-09", "09:00"));
    CHECK_FALSE(loaded.find_delegation("LA")->departure);
    CHECK(loaded.find_participant("son")->unavailable == std::vector<model::Interval>{away});
    REQUIRE(store.cancelled_sessions("cualo-test").size() == 1);
    REQUIRE(store.closed_rooms("cualo-test").size() == 1);

    store.save_scenario(scenario, "2026-11-23T00:00:00Z");
    CHECK(store.load_scenario("cualo-test").find_session("press") == nullptr);
    CHECK(store.closed_rooms("cualo-test").front().id == "vip");

    SECTION("an unknown id writes nothing") {
        CHECK_THROWS_AS(store.save_agenda(agenda, {store::RoomClosed{"hall-z", true}}), model::InputError);
        CHECK(store.versions("cualo-test").size() == 1);
        CHECK_THROWS_AS(store.change_facts("cualo-test", {store::SessionCancelled{"talks", true},
                                                          store::SessionCancelled{"nope", true}}),
                        model::InputError);
        CHECK(store.load_scenario("cualo-test").find_session("talks") != nullptr);
    }
}

TEST_CASE("facts entered by command survive a re-import; a file that contradicts them needs --replace",
          "[store][edit]") {
    testing::TempDir tmp;
    Store store((tmp / "e.db").string(), true);
    auto file = testing::small_cualo_scenario();
    file.delegations[1].arrival = testing::local("2022-09-09", "07:00");
    store.save_scenario(file, "2026-11-22T00:00:00Z");
    const model::Interval taken{testing::local("2022-09-09", "13:00"), testing::local("2022-09-09", "17:30")};
    const model::Interval away{testing::local("2022-09-09", "08:00"), testing::local("2022-09-09", "09:00")};
    store.save_agenda(testing::small_cualo_agenda(),
                      {store::RoomUnavailable{"hall-a", taken},
                       store::DelegationTimes{"LA", testing::local("2022-09-09", "10:00"), {}, {}, {}}});
    store.change_facts("cualo-test", {store::PersonUnavailable{"son", away}});

    // The file was not updated: every command's fact stays, and import says so.
    const auto kept = store.save_scenario(file, "2026-11-23T00:00:00Z");
    CHECK(kept == std::vector<std::string>{"hall 'hall-a' taken 2022-09-09 13:00/2022-09-09 17:30",
                                           "delegation 'LA' arrives 2022-09-09 10:00",
                                           "participant 'son' unavailable 2022-09-09 08:00/2022-09-09 09:00"});
    auto now = store.load_scenario("cualo-test");
    CHECK(now.find_room("hall-a")->unavailable == std::vector<model::Interval>{taken});
    CHECK(now.find_delegation("LA")->arrival == testing::local("2022-09-09", "10:00"));
    CHECK(now.find_participant("son")->unavailable == std::vector<model::Interval>{away});

    // The file now says another arrival: neither the one replaced nor the one set.
    file.delegations[1].arrival = testing::local("2022-09-09", "11:00");
    const auto revision = store.read_event("cualo-test").base.revision;
    CHECK_THROWS_WITH(store.save_scenario(file, "2026-11-24T00:00:00Z"),
                      Catch::Contains("1 fact entered by command contradict the file: delegation 'LA' arrives "
                                      "2022-09-09 10:00 by command, but the file now says 2022-09-09 11:00") &&
                          Catch::Contains("--replace"));
    CHECK(store.read_event("cualo-test").base.revision == revision);  // nothing written
    CHECK(store.load_scenario("cualo-test").find_delegation("LA")->arrival == testing::local("2022-09-09", "10:00"));

    // With --replace the file wins there and that change is forgotten; the others stay.
    CHECK(store.save_scenario(file, "2026-11-24T00:00:00Z", true).size() == 2);
    CHECK(store.load_scenario("cualo-test").find_delegation("LA")->arrival == testing::local("2022-09-09", "11:00"));
    CHECK(store.save_scenario(file, "2026-11-25T00:00:00Z").size() == 2);

    // A hall the file no longer has cannot keep its period.
    file.rooms.erase(file.rooms.begin());
    for (auto& s : file.sessions) s.room_id.clear();
    CHECK_THROWS_WITH(store.save_scenario(file, "2026-11-26T00:00:00Z"),
                      Catch::Contains("hall 'hall-a' taken 2022-09-09 13:00/2022-09-09 17:30, but the file has no "
                                      "hall-a any more"));
}

TEST_CASE("where and how a delegation arrives, set by command, survives a re-import; a delay keeps them",
          "[store][edit]") {
    testing::TempDir tmp;
    Store store((tmp / "e.db").string(), true);
    auto file = testing::small_cualo_scenario();
    file.delegations[1].arrival = testing::local("2022-09-09", "07:00");
    file.delegations[1].arrival_via = {"Cửa Lò", "Khách sạn Mường Thanh", "xe ô tô"};
    store.save_scenario(file, "2026-11-22T00:00:00Z");
    // The Lao delegation flies in instead, then the flight is delayed: the time alone changes.
    store.change_facts("cualo-test", {store::DelegationTimes{"LA", testing::local("2022-09-09", "10:00"), {},
                                                             {std::nullopt, "Sân bay Vinh", "chuyến bay QV 311"}, {}}});
    store.change_facts("cualo-test", {store::DelegationTimes{"LA", testing::local("2022-09-09", "12:00"), {}, {}, {}}});
    const model::Passage flown{"Cửa Lò", "Sân bay Vinh", "chuyến bay QV 311"};
    auto la = *store.load_scenario("cualo-test").find_delegation("LA");
    CHECK(la.arrival == testing::local("2022-09-09", "12:00"));
    CHECK(la.arrival_via == flown);

    CHECK(store.save_scenario(file, "2026-11-23T00:00:00Z") ==
          std::vector<std::string>{"delegation 'LA' arrives 2022-09-09 10:00 at 'Sân bay Vinh' by 'chuyến bay QV 311'",
                                   "delegation 'LA' arrives 2022-09-09 12:00"});
    la = *store.load_scenario("cualo-test").find_delegation("LA");
    CHECK(la.arrival == testing::local("2022-09-09", "12:00"));
    CHECK(la.arrival_via == flown);

    // A file giving another flight contradicts the command; one that took it over does not.
    file.delegations[1].arrival_via.means = "chuyến bay QV 313";
    CHECK_THROWS_WITH(store.save_scenario(file, "2026-11-24T00:00:00Z"),
                      Catch::Contains("delegation 'LA' arrival means 'chuyến bay QV 311' set by command, but the file "
                                      "now says 'chuyến bay QV 313'"));
    file.delegations[1].arrival_via = flown;
    CHECK(store.save_scenario(file, "2026-11-24T00:00:00Z").size() == 2);
}

TEST_CASE("a delegation's times logged before places were kept still replay", "[store][edit]") {
    testing::TempDir tmp;
    Store store((tmp / "e.db").string(), true);
    auto file = testing::small_cualo_scenario();
    file.delegations[1].arrival_via = {"Cửa Lò", "Khách sạn Mường Thanh", ""};
    store.save_scenario(file, "2026-11-22T00:00:00Z");
    store.database().exec(
        R"sql(INSERT INTO fact_log (event_id, seq, change) VALUES ('cualo-test', 1,
              '{"kind":"delegation-times","id":"LA","arrival":"2022-09-09T05:00:00Z","arrival_before":null}'))sql");
    CHECK(store.save_scenario(file, "2026-11-23T00:00:00Z") ==
          std::vector<std::string>{"delegation 'LA' arrives 2022-09-09 12:00"});
    const auto la = *store.load_scenario("cualo-test").find_delegation("LA");
    CHECK(la.arrival == testing::local("2022-09-09", "12:00"));
    CHECK(la.arrival_via == file.delegations[1].arrival_via);
}
