// Issue #14: a delegation lands at an airport of a city, by a named flight, and the road
// from there to the hall is planned for; a delayed flight is one command.
#include <catch2/catch.hpp>

#include <fstream>

#include "cli/cli_run.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

// The Lao delegation flies into Vinh (25 min by road from Cửa Lò); the talks must be held
// on the morning it lands.
std::string scenario(const std::string& means) {
    return R"(include = [")" + std::string(HOITHAO_SOURCE_DIR) + R"(/data/venues.toml", ")" +
           std::string(HOITHAO_SOURCE_DIR) + R"(/data/travel.toml"]
[event]
id = "cualo-talks"
name = "Hội đàm tại Cửa Lò"
host = "VN"
timezone = "Asia/Ho_Chi_Minh"
start = 2022-09-08
end = 2022-09-09
working_hours = ["07:30", "17:30"]
breaks = [{ name = "Nghỉ trưa", from = "11:30", to = "13:30" }]

[[delegation]]
id = "la"
name = "Đoàn Văn phòng Phủ Thủ tướng Lào"
side = "LA"
head = "alunxay"
arrival = { at = "2022-09-08 09:30", city = "Vinh", place = "Sân bay Vinh", means = ")" +
           means + R"(" }

[[participant]]
id = "alunxay"
name = "A-lun-xay Xủn-nạ-lạt"
names = { lo = "ອາລຸນໄຊ ສູນນະລາດ" }
title = "Bộ trưởng, Chủ nhiệm Văn phòng Phủ Thủ tướng Lào"
rank = 1
delegation = "la"
languages = ["lo"]

[[session]]
id = "talks"
title = "Hội đàm"
kind = "talks"
duration = 60
attendees = ["alunxay"]
days = [2022-09-08]
windows = [["07:30", "11:30"]]
city = "Cửa Lò"
)";
}

struct Event {
    TempDir tmp;
    std::string db = (tmp / "e.db").string();
    std::string file = (tmp / "e.toml").string();
    Run import(const std::string& text) {
        std::ofstream(file, std::ios::trunc) << text;
        return run_cli({"import", db, file});
    }
    Event() { run_cli({"init", db}); }
    model::Delegation lao() const { return *store::Store(db, false).load_scenario("cualo-talks").find_delegation("la"); }
    model::TimePoint talks_start() const {
        return store::Store(db, false).load_agenda("cualo-talks")->find("talks")->start;
    }
};

}  // namespace

TEST_CASE("a delegation landing at Vinh is planned after the road to Cửa Lò; a delay is one command",
          "[cli][arrivals]") {
    Event e;
    REQUIRE(e.import(scenario("chuyến bay QV 311")).code == 0);
    REQUIRE(run_cli({"solve", e.db, "--quiet"}).code == 0);
    // 09:30 at Sân bay Vinh, 25 min by road: 10:00 is the first slot in Cửa Lò.
    CHECK(e.talks_start() >= local("2022-09-08", "10:00"));
    const model::Passage flight{"Vinh", "Sân bay Vinh", "chuyến bay QV 311"};
    CHECK(e.lao().arrival_via == flight);

    // The flight lands three hours late: only the time changes, and the talks planned
    // in the morning are named in protocol terms.
    auto delayed = run_cli({"set", e.db, "delegation:la", "--arrival", "2022-09-08 12:30"});
    INFO(delayed.out << delayed.err);
    CHECK(delayed.code == 1);
    CHECK(delayed.says("is held while its delegation is away: Đoàn Văn phòng Phủ Thủ tướng Lào (led by Bộ trưởng, "
                       "Chủ nhiệm Văn phòng Phủ Thủ tướng Lào A-lun-xay Xủn-nạ-lạt) arrives at Sân bay Vinh at 08/09 "
                       "12:30 (chuyến bay QV 311) and needs 25 min by road to Cửa Lò"));
    CHECK(e.lao().arrival == local("2022-09-08", "12:30"));
    CHECK(e.lao().arrival_via == flight);

    // Another flight number, then a city the event does not know.
    CHECK(run_cli({"set", e.db, "delegation:la", "--arrival-means", "chuyến bay QV 313"}).code == 1);
    CHECK(e.lao().arrival_via == model::Passage{"Vinh", "Sân bay Vinh", "chuyến bay QV 313"});
    auto unknown = run_cli({"set", e.db, "delegation:la", "--arrival-city", "Đà Nẵng"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("has no venue in 'Đà Nẵng' and no travel link names it") != std::string::npos);
    CHECK(e.lao().arrival_via.city == "Vinh");

    // Re-importing the unchanged file keeps both commands and says so.
    auto again = e.import(scenario("chuyến bay QV 311"));
    INFO(again.out << again.err);
    CHECK(again.code == 0);
    CHECK(again.says("kept from a command: delegation 'la' arrives 2022-09-08 12:30"));
    CHECK(again.says("kept from a command: delegation 'la' arrives by 'chuyến bay QV 313'"));
    CHECK(e.lao().arrival_via.means == "chuyến bay QV 313");

    // A file naming yet another flight contradicts the command: nothing is stored.
    auto contradicted = e.import(scenario("chuyến bay QV 399"));
    CHECK(contradicted.code == 2);
    CHECK(contradicted.err.find("delegation 'la' arrival means 'chuyến bay QV 313' set by command, but the file now "
                                "says 'chuyến bay QV 399'") != std::string::npos);
    CHECK(e.lao().arrival_via.means == "chuyến bay QV 313");

    // Replanning after the delay: the talks wait for the road from the airport.
    CHECK(run_cli({"replan", e.db, "--now", "2022-09-07 08:00", "--quiet"}).code == 1);  // the morning is gone
    run_cli({"set", e.db, "delegation:la", "--arrival-city", "Cửa Lò", "--arrival-place", "Khách sạn Mường Thanh",
             "--arrival-means", "xe ô tô", "--arrival", "2022-09-08 09:00"});
    CHECK(run_cli({"replan", e.db, "--now", "2022-09-07 08:00", "--quiet"}).code == 0);
    CHECK(e.talks_start() >= local("2022-09-08", "09:15"));  // the city buffer from the hotel
}
