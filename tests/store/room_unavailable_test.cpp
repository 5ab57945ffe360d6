// Schema 5: periods in which a hall is taken, from the scenario file or from
// `set room:ID --closed PERIOD`.
#include <catch2/catch.hpp>

#include <SQLiteCpp/SQLiteCpp.h>

#include "model/error.hpp"
#include "store/schema.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using hoithao::store::Store;
using testing::local;

namespace {

const model::Interval kFridayAfternoon{local("2022-09-09", "13:00"), local("2022-09-09", "17:00")};
const model::Interval kSaturdayMorning{local("2022-09-10", "08:00"), local("2022-09-10", "10:00")};

int count(SQLite::Database& db, const std::string& sql) { return db.execAndGet(sql).getInt(); }

}  // namespace

TEST_CASE("a hall's unavailable periods round-trip in order, one row each", "[store]") {
    testing::TempDir tmp;
    Store store((tmp / "e.db").string(), true);
    auto scenario = testing::small_cualo_scenario();
    for (auto& r : scenario.rooms)
        if (r.id == "hall-a") r.unavailable = {kSaturdayMorning, kFridayAfternoon};
    store.save_scenario(scenario, "2026-11-22T00:00:00Z");

    const auto loaded = store.load_scenario("cualo-test");
    CHECK(loaded.find_room("hall-a")->unavailable == std::vector<model::Interval>{kSaturdayMorning, kFridayAfternoon});
    CHECK(loaded.find_room("vip")->unavailable.empty());
    auto& db = store.database();
    CHECK(count(db, "SELECT count(*) FROM room_unavailable WHERE room_id = 'hall-a'") == 2);
    CHECK(db.execAndGet("SELECT start_utc FROM room_unavailable WHERE room_id = 'hall-a' AND seq = 1").getString() ==
          "2022-09-09T06:00:00Z");

    SECTION("re-importing replaces them with the file's") {
        for (auto& r : scenario.rooms) r.unavailable.clear();
        store.save_scenario(scenario, "2026-11-23T00:00:00Z");
        CHECK(store.load_scenario("cualo-test").find_room("hall-a")->unavailable.empty());
        CHECK(count(db, "SELECT count(*) FROM room_unavailable") == 0);
    }
    SECTION("a closed hall keeps its periods, and opening it clears both") {
        store.change_facts("cualo-test", {store::RoomClosed{"hall-a", true}});
        REQUIRE(store.closed_rooms("cualo-test").size() == 1);
        CHECK(store.closed_rooms("cualo-test")[0].unavailable.size() == 2);
        store.change_facts("cualo-test", {store::RoomClosed{"hall-a", false}});
        const auto reopened = store.load_scenario("cualo-test");
        REQUIRE(reopened.find_room("hall-a"));
        CHECK(reopened.find_room("hall-a")->unavailable.empty());
    }
    SECTION("a period ending before it starts, written by hand, is refused by the database") {
        CHECK_THROWS(db.exec("INSERT INTO room_unavailable VALUES ('cualo-test', 'vip', 0, "
                             "'2022-09-09T06:00:00Z', '2022-09-09T05:00:00Z')"));
        CHECK_THROWS(db.exec("INSERT INTO room_unavailable VALUES ('cualo-test', 'nowhere', 0, "
                             "'2022-09-09T06:00:00Z', '2022-09-09T07:00:00Z')"));
    }
    SECTION("an unreadable cell is named by row and column") {
        db.exec("UPDATE room_unavailable SET end_utc = '9/9 17:00' WHERE room_id = 'hall-a' AND seq = 1");
        try {
            store.load_scenario("cualo-test");
            FAIL("a bad cell was read");
        } catch (const model::InputError& e) {
            CHECK_THAT(e.what(), Catch::Contains("room_unavailable 'hall-a' #1") && Catch::Contains("end_utc"));
        }
    }
}

TEST_CASE("a period added from the command line is stored with the version", "[store][edit]") {
    testing::TempDir tmp;
    Store store((tmp / "e.db").string(), true);
    store.save_scenario(testing::small_cualo_scenario(), "2026-11-22T00:00:00Z");
    auto agenda = testing::small_cualo_agenda();
    REQUIRE(store.save_agenda(agenda, {store::RoomUnavailable{"hall-a", kFridayAfternoon}}) == 1);
    REQUIRE(store.save_agenda(agenda, {store::RoomUnavailable{"hall-a", kSaturdayMorning}}) == 2);
    const auto loaded = store.load_scenario("cualo-test");
    // Only the period is taken: the hall is still planned outside it.
    REQUIRE(loaded.find_room("hall-a"));
    CHECK(loaded.find_room("hall-a")->unavailable == std::vector<model::Interval>{kFridayAfternoon, kSaturdayMorning});
    CHECK(store.closed_rooms("cualo-test").empty());

    SECTION("an unknown hall writes nothing") {
        CHECK_THROWS_AS(store.save_agenda(agenda, {store::RoomUnavailable{"hall-z", kFridayAfternoon}}),
                        model::InputError);
        CHECK(store.versions("cualo-test").size() == 2);
    }
}

TEST_CASE("a schema 4 file gains room_unavailable, its data intact", "[store]") {
    testing::TempDir tmp;
    const auto path = (tmp / "old.db").string();
    {
        // What hoithao with schema 4 wrote: a scenario and a plan, no periods table.
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        store::schema::upgrade(db, 4);
        db.exec(R"sql(
            INSERT INTO events (id, name, host_side, zone, first_day, last_day, work_from, work_to,
                                slot_minutes, city_buffer_minutes, imported_at, import_seq, weights)
            VALUES ('e1', 'Hội đàm', 'VN', 'Asia/Ho_Chi_Minh', '2022-09-09', '2022-09-10', '08:00', '17:00',
                    15, 15, '2022-08-01T00:00:00Z', 1, '{"idle-gaps": 2}');
            INSERT INTO venues (event_id, id, seq, name, city, address, zone)
            VALUES ('e1', 'v1', 0, 'Khách sạn Mường Thanh', 'Cửa Lò', '', 'Asia/Ho_Chi_Minh');
            INSERT INTO rooms (event_id, id, seq, venue_id, name, capacity, equipment, closed)
            VALUES ('e1', 'r1', 0, 'v1', 'Hội trường A', 150, '["booths"]', 0),
                   ('e1', 'r2', 1, 'v1', 'Phòng VIP', 20, '[]', 1);
        )sql");
        REQUIRE(db.execAndGet("PRAGMA user_version").getInt() == 4);
        REQUIRE_FALSE(db.tableExists("room_unavailable"));
    }
    Store store(path, false);
    auto& db = store.database();
    CHECK(count(db, "PRAGMA user_version") == Store::schema_version());
    CHECK(db.tableExists("room_unavailable"));
    const auto scenario = store.load_scenario("e1");
    REQUIRE(scenario.rooms.size() == 1);
    CHECK(scenario.rooms[0].name == "Hội trường A");
    CHECK(scenario.rooms[0].unavailable.empty());
    CHECK(scenario.event.weights.at("idle-gaps") == 2);
    REQUIRE(store.closed_rooms("e1").size() == 1);

    store.change_facts("e1", {store::RoomUnavailable{"r1", kFridayAfternoon}});
    CHECK(store.load_scenario("e1").rooms[0].unavailable == std::vector<model::Interval>{kFridayAfternoon});
}
