#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

#include "io/scenario_file.hpp"
#include "model/error.hpp"

using namespace hoithao;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = HOITHAO_SOURCE_DIR;

// A scratch directory removed at the end of the test.
class TempDir {
public:
    TempDir() : path_(fs::temp_directory_path() / ("hoithao-io-" + std::to_string(std::random_device{}()))) {
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    const fs::path& path() const { return path_; }
    fs::path write(const std::string& name, const std::string& text) const {
        std::ofstream(path_ / name, std::ios::binary) << text;
        return path_ / name;
    }

private:
    fs::path path_;
};

// A small valid scenario; the cases below break it one way at a time.
const std::string kBase = R"([event]
id = "test"
name = "Hội thảo thử"
host = "VN"
start = 2022-09-08
end = 2022-09-10
working_hours = ["07:30", "17:30"]
breaks = [{ name = "Nghỉ trưa", from = "11:30", to = "13:30" }]

[[venue]]
id = "hotel"
name = "Khách sạn Mường Thanh Grand Cửa Lò"
city = "Cửa Lò"
timezone = "Asia/Ho_Chi_Minh"

[[venue]]
id = "pmo"
name = "Văn phòng Phủ Thủ tướng Lào"
city = "Viêng Chăn"
timezone = "Asia/Vientiane"

[[room]]
id = "hall"
venue = "hotel"
name = "Hội trường lớn"
capacity = 300
equipment = ["booths"]

[[room]]
id = "pmo-room"
venue = "pmo"
name = "Phòng họp lớn"
capacity = 100

[[delegation]]
id = "vn"
name = "Đoàn Việt Nam"
side = "VN"
head = "son"
arrival = "2022-09-08 08:00"
departure = "2022-09-10 17:00"

[[participant]]
id = "son"
name = "Trần Văn Sơn"
delegation = "vn"
roles = ["head"]

[[session]]
id = "talks"
title = "Hội đàm"
kind = "talks"
duration = 60
attendees = ["son"]
venue = "hotel"

[[session]]
id = "signing"
title = { vi = "Ký kết", en = "Signing" }
kind = "signing"
duration = 30
after = ["talks"]
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

// 1-based line of the first occurrence of `marker` in `text`.
int line_of(const std::string& text, const std::string& marker) {
    auto at = text.find(marker);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

model::InputError load_error(const fs::path& file) {
    try {
        io::load_scenario_file(file);
    } catch (const model::InputError& e) {
        return e;
    }
    FAIL("no InputError for " << file);
    throw std::logic_error("unreachable");
}

// Loading `text` fails at the line of `marker`, naming `field` and saying `message`.
void expect_error(const std::string& text, const std::string& marker, const std::string& field,
                  const std::string& message) {
    TempDir dir;
    auto file = dir.write("bad.toml", text);
    auto error = load_error(file);
    INFO(error.what());
    CHECK(error.where() == file.lexically_normal().generic_string() + ":" + std::to_string(line_of(text, marker)));
    CHECK(error.field() == field);
    CHECK(std::string(error.what()).find(message) != std::string::npos);
}

}  // namespace

TEST_CASE("the Cửa Lò 2022 workshop loads with its includes", "[io]") {
    auto s = io::load_scenario_file(kSource / "examples/cualo-2022/workshop.toml");
    CHECK(s.event.id == "cualo-2022");
    CHECK(model::format_day(s.event.first_day) == "2022-09-08");
    CHECK(s.event.days().size() == 3);
    CHECK(s.event.working_hours == model::ClockWindow{{7 * 60 + 30}, {17 * 60 + 30}});
    REQUIRE(s.event.breaks.size() == 1);
    CHECK(s.event.breaks[0].name == "Nghỉ trưa");
    CHECK(s.delegations.size() == 3);
    CHECK(s.participants.size() == 13);
    CHECK(s.sessions.size() == 10);
    CHECK(s.venues.size() == 9);
    CHECK(s.rooms.size() == 20);
    CHECK(s.travel.size() == 5);

    const auto* lao_minister = s.find_participant("alunxay-sounnalath");
    REQUIRE(lao_minister);
    CHECK(lao_minister->name == "A-lun-xay Xủn-nạ-lạt");
    CHECK(lao_minister->names.at("lo") == "ອາລຸນໄຊ ສູນນະລາດ");
    CHECK(lao_minister->has_role(model::Role::CoChair));
    CHECK(s.find_venue("muong-thanh-cualo")->city == "Cửa Lò");
    CHECK(s.find_venue("lao-pmo")->zone == "Asia/Vientiane");
    CHECK(s.find_room("mt-cualo-hall")->equipment.count("booths") == 1);

    const auto* talks = s.find_session("talks");
    REQUIRE(talks);
    CHECK(talks->kind == model::SessionKind::Talks);
    REQUIRE(talks->interpretation);
    CHECK(talks->interpretation->mode == model::InterpretationMode::Consecutive);
    CHECK(talks->windows == std::vector<model::ClockWindow>{{{7 * 60 + 30}, {11 * 60 + 30}}});
    const auto* closing = s.find_session("closing");
    REQUIRE(closing->after.size() == 3);
    CHECK(closing->after[2].session == "talks");
    CHECK(closing->after[2].gap_minutes == 60);
    CHECK(s.find_session("gifts")->after[0].session == "closing");
    CHECK(model::format_utc(*s.find_delegation("la")->arrival) == "2022-09-08T09:00:00Z");
}

TEST_CASE("the Cửa Lò 2012 workshop imports 110 delegates from CSV", "[io]") {
    auto s = io::load_scenario_file(kSource / "examples/cualo-2012/workshop.toml");
    CHECK(s.participants.size() == 110);
    auto count_side = [&](const std::string& d) {
        return std::count_if(s.participants.begin(), s.participants.end(),
                             [&](const model::Participant& p) { return p.delegation_id == d; });
    };
    CHECK(count_side("vn") == 60);
    CHECK(count_side("la") == 50);
    const auto* chair = s.find_participant("vn-001");
    REQUIRE(chair);
    CHECK(chair->name == "Nguyễn Quang Thắng");  // the BOM did not stick to the first column
    CHECK(chair->rank == 1);
    CHECK(s.find_participant("la-001")->names.at("lo") == "ຄຳພັນ ເຜີຍຍາວົງ");
    CHECK(s.find_participant("la-050")->languages == std::vector<std::string>{"lo", "vi"});
    CHECK(s.find_session("group-logistics")->same_time_as == "group-advisory");
    CHECK(s.find_session("group-advisory")->room_id == "mt-cualo-sen");
}

TEST_CASE("the Hà Nội 2022 visit has its signing fixed on the morning of the 9th", "[io]") {
    auto s = io::load_scenario_file(kSource / "examples/hanoi-2022/visit.toml");
    CHECK(s.sessions.size() == 5);
    const auto* signing = s.find_session("signing");
    REQUIRE(signing->fixed_start);
    CHECK(model::format_utc(*signing->fixed_start) == "2022-01-09T03:00:00Z");
    CHECK(s.find_session("press")->after[0].session == "signing");
    CHECK(s.find_venue("vpcp-hq")->address == "1 Hoàng Hoa Thám, Ba Đình, Hà Nội");
    auto road = std::find_if(s.travel.begin(), s.travel.end(), [](const model::TravelLink& t) {
        return t.from_city == "Hà Nội" && t.to_city == "Cửa Lò";
    });
    REQUIRE(road != s.travel.end());
    CHECK(road->minutes == 270);
}

TEST_CASE("the base test scenario is valid", "[io]") {
    TempDir dir;
    auto s = io::load_scenario_file(dir.write("ok.toml", kBase));
    CHECK(s.sessions.size() == 2);
    CHECK(s.find_session("talks")->title.vi == "Hội đàm");
    CHECK(s.find_session("signing")->title.en == "Signing");
}

TEST_CASE("local times are read in the venue's zone, else the event's", "[io]") {
    auto text = replaced(kBase, "city = \"Viêng Chăn\"\ntimezone = \"Asia/Vientiane\"",
                         "city = \"Tokyo\"\ntimezone = \"Asia/Tokyo\"");
    text += "fixed = \"2022-09-09 08:00\"\nroom = \"pmo-room\"\n";
    text = replaced(text, "venue = \"hotel\"\n\n[[session]]", "fixed = \"2022-09-09 08:00\"\n\n[[session]]");
    TempDir dir;
    auto s = io::load_scenario_file(dir.write("zones.toml", text));
    CHECK(model::format_utc(*s.find_session("signing")->fixed_start) == "2022-09-08T23:00:00Z");  // Tokyo, UTC+9
    CHECK(model::format_utc(*s.find_session("talks")->fixed_start) == "2022-09-09T01:00:00Z");    // event, UTC+7
}

TEST_CASE("syntax, missing, type and enum errors name file, line and field", "[io]") {
    SECTION("TOML syntax") {
        expect_error(replaced(kBase, "duration = 60", "duration = = 60"), "duration = = 60", "duration",
                     "TOML syntax error");
    }
    SECTION("TOML syntax error inside a list spanning lines names the list") {
        auto text = replaced(kBase, "attendees = [\"son\"]", "attendees = [\n  \"son\",\n  \"lam\" \"tung\",\n]");
        expect_error(text, "\"lam\" \"tung\"", "attendees", "TOML syntax error");
    }
    SECTION("truncated in a table header") {
        expect_error(kBase + "\n[[sesion", "[[sesion", "sesion", "TOML syntax error");
    }
    SECTION("missing required field: the table's line") {
        auto text = replaced(kBase, "name = \"Khách sạn Mường Thanh Grand Cửa Lò\"\n", "");
        expect_error(text, "[[venue]]", "name", "missing required field 'name'");
    }
    SECTION("missing [event]") {
        expect_error(kBase.substr(kBase.find("[[venue]]")), "[[venue]]", "event", "missing required table [event]");
    }
    SECTION("wrong type") {
        expect_error(replaced(kBase, "duration = 60", "duration = \"60\""), "duration = \"60\"", "duration",
                     "expected an integer, got string '60'");
    }
    SECTION("unknown session kind") {
        expect_error(replaced(kBase, "kind = \"talks\"", "kind = \"chat\""), "kind = \"chat\"", "kind",
                     "unknown session kind 'chat'");
    }
    SECTION("unknown role") {
        expect_error(replaced(kBase, "roles = [\"head\"]", "roles = [\"head\", \"boss\"]"), "roles =", "roles[1]",
                     "unknown role 'boss'");
    }
    SECTION("unknown interpretation mode") {
        auto text = kBase + "interpretation = { languages = [\"vi\", \"lo\"], mode = \"whispered\" }\n";
        expect_error(text, "interpretation =", "interpretation.mode", "unknown interpretation mode 'whispered'");
    }
    SECTION("interpretation must be a table") {
        expect_error(kBase + "interpretation = \"vi-lo\"\n", "interpretation =", "interpretation",
                     "expected a table, got string 'vi-lo'");
    }
    SECTION("missing included file, at the include line") {
        expect_error("\ninclude = [\"venues.toml\", \"nowhere.toml\"]\n" + kBase, "include =", "include[0]",
                     "venues.toml'");
    }
    SECTION("misspelt key") {
        expect_error(replaced(kBase, "attendees =", "atendees ="), "atendees =", "atendees",
                     "unknown key 'atendees'");
    }
    SECTION("unknown soft rule in [weights], with the known ones listed") {
        auto text = kBase + "\n[weights]\nidle-gaps = 3\nidel-gaps = 2\n";
        expect_error(text, "idel-gaps", "weights.idel-gaps", "unknown soft rule 'idel-gaps'");
        expect_error(text, "idel-gaps", "weights.idel-gaps", "known rules: morning-preferred, ");
    }
}

TEST_CASE("known soft rules in [weights] are read", "[io]") {
    TempDir dir;
    auto file = dir.write("weights.toml", kBase + "\n[weights]\nidle-gaps = 3\nhall-fit = 0\n");
    auto weights = io::load_scenario_file(file).event.weights;
    CHECK(weights == std::map<std::string, int>{{"idle-gaps", 3}, {"hall-fit", 0}});
}

TEST_CASE("malformed times and zones are reported at their value", "[io]") {
    SECTION("clock") {
        expect_error(kBase + "windows = [[\"8h00\", \"11:30\"]]\n", "windows =", "windows[0]",
                     "malformed clock time '8h00'");
    }
    SECTION("clock past 24:00") {
        expect_error(replaced(kBase, "\"17:30\"]", "\"25:00\"]"), "working_hours", "working_hours",
                     "malformed clock time '25:00'");
    }
    SECTION("date") {
        expect_error(replaced(kBase, "start = 2022-09-08", "start = \"2022-13-01\""), "start =", "start",
                     "malformed date '2022-13-01'");
    }
    SECTION("local date-time") {
        expect_error(replaced(kBase, "\"2022-09-08 08:00\"", "\"2022-09-08 8am\""), "arrival =", "arrival",
                     "malformed local time '2022-09-08 8am'");
    }
    SECTION("event time zone") {
        expect_error(replaced(kBase, "host = \"VN\"", "host = \"VN\"\ntimezone = \"Indochina\""), "Indochina",
                     "timezone", "unknown time zone 'Indochina'");
    }
    SECTION("time zone") {
        expect_error(replaced(kBase, "timezone = \"Asia/Vientiane\"", "timezone = \"Asia/Cua_Lo\""),
                     "Asia/Cua_Lo", "timezone", "unknown time zone 'Asia/Cua_Lo'");
    }
}

TEST_CASE("duplicated ids and unknown references are reported where written", "[io]") {
    SECTION("duplicated participant") {
        auto text = kBase + "\n[[participant]]\nid = \"son\"\nname = \"Sơn\"\n";
        expect_error(text, "id = \"son\"\nname = \"Sơn\"", "id", "duplicated participant id 'son'");
    }
    SECTION("duplicated session") {
        expect_error(replaced(kBase, "id = \"signing\"", "id = \"talks\""), "id = \"talks\"\ntitle = {", "id",
                     "duplicated session id 'talks'");
    }
    SECTION("duplicated room") {
        expect_error(replaced(kBase, "id = \"pmo-room\"", "id = \"hall\""), "id = \"hall\"\nvenue = \"pmo\"", "id",
                     "duplicated room id 'hall'");
    }
    SECTION("unknown room") {
        expect_error(kBase + "room = \"hall-z\"\n", "room = \"hall-z\"", "room",
                     "unknown room 'hall-z' in session 'signing'");
    }
    SECTION("unknown venue of a room") {
        expect_error(replaced(kBase, "venue = \"pmo\"", "venue = \"lao-pmo\""), "venue = \"lao-pmo\"", "venue",
                     "unknown venue 'lao-pmo' in room 'pmo-room'");
    }
    SECTION("unknown delegation head") {
        expect_error(replaced(kBase, "head = \"son\"", "head = \"sơn\""), "head =", "head", "malformed id 'sơn'");
        expect_error(replaced(kBase, "head = \"son\"", "head = \"lam\""), "head =", "head",
                     "unknown participant 'lam' in delegation 'vn'");
    }
    SECTION("unknown delegation of a participant") {
        expect_error(replaced(kBase, "delegation = \"vn\"", "delegation = \"la\""), "delegation = \"la\"",
                     "delegation", "unknown delegation 'la' in participant 'son'");
    }
    SECTION("unknown attendee") {
        expect_error(replaced(kBase, "attendees = [\"son\"]", "attendees = [\"son\", \"tung\"]"), "attendees",
                     "attendees[1]", "unknown participant 'tung' in session 'talks'");
    }
    SECTION("unknown delegation of a session") {
        expect_error(kBase + "delegations = [\"vn\", \"lao\"]\n", "delegations =", "delegations[1]",
                     "unknown delegation 'lao' in session 'signing'");
    }
    SECTION("unknown session in after") {
        expect_error(replaced(kBase, "after = [\"talks\"]", "after = [\"talk\"]"), "after =", "after[0]",
                     "unknown session 'talk' in session 'signing'");
    }
    SECTION("unknown session in same_time_as") {
        expect_error(kBase + "same_time_as = \"group-a\"\n", "same_time_as", "same_time_as",
                     "unknown session 'group-a' in session 'signing'");
    }
}

TEST_CASE("impossible times are rejected", "[io]") {
    SECTION("window ends before it starts") {
        expect_error(kBase + "windows = [[\"11:30\", \"08:00\"]]\n", "windows =", "windows[0]",
                     "window 11:30-08:00 ends before it starts");
    }
    SECTION("event ends before it starts") {
        expect_error(replaced(kBase, "end = 2022-09-10", "end = 2022-09-07"), "end =", "end",
                     "event ends (2022-09-07) before it starts (2022-09-08)");
    }
    SECTION("duration not positive") {
        expect_error(replaced(kBase, "duration = 30", "duration = 0"), "duration = 0", "duration",
                     "duration must be positive, got 0");
    }
    SECTION("fixed start outside the event days") {
        expect_error(kBase + "fixed = \"2022-09-12 09:00\"\n", "fixed =", "fixed",
                     "fixed start 2022-09-12 09:00 of session 'signing' is not on an event day");
    }
    SECTION("allowed day outside the event") {
        expect_error(kBase + "days = [2022-09-09, 2022-09-11]\n", "days =", "days[1]",
                     "day 2022-09-11 of session 'signing' is not an event day");
    }
    SECTION("arrival after departure") {
        expect_error(replaced(kBase, "departure = \"2022-09-10 17:00\"", "departure = \"2022-09-07 17:00\""),
                     "departure =", "departure", "delegation 'vn' departs before it arrives");
    }
    SECTION("break outside working hours") {
        expect_error(replaced(kBase, "to = \"13:30\"", "to = \"18:30\""), "breaks =", "breaks[0].from",
                     "break 'Nghỉ trưa' 11:30-18:30 lies outside working hours 07:30-17:30");
    }
    SECTION("unavailable span ends before it starts") {
        auto text = replaced(kBase, "roles = [\"head\"]",
                             "roles = [\"head\"]\nunavailable = [{ from = \"2022-09-09 10:00\", to = \"2022-09-09 09:00\" }]");
        expect_error(text, "unavailable =", "unavailable[0].to", "unavailable span ends before it starts");
    }
}

TEST_CASE("precedence cycles are named in order", "[io]") {
    auto text = replaced(kBase, "venue = \"hotel\"\n\n", "venue = \"hotel\"\nafter = [\"press\"]\n\n");
    text += "\n[[session]]\nid = \"press\"\ntitle = \"Họp báo\"\nkind = \"press\"\nduration = 30\n"
            "after = [{ session = \"signing\", gap = 10 }]\n";
    expect_error(text, "after = [\"press\"]", "after[0]", "cyclic precedence: talks -> signing -> press -> talks");
}

TEST_CASE("a required room must lie in the required venue and city", "[io]") {
    SECTION("venue") {
        expect_error(kBase + "venue = \"hotel\"\nroom = \"pmo-room\"\n", "room = \"pmo-room\"", "room",
                     "room 'pmo-room' of session 'signing' is in venue 'pmo', not in the required venue 'hotel'");
    }
    SECTION("city") {
        expect_error(kBase + "city = \"Cửa Lò\"\nroom = \"pmo-room\"\n", "room = \"pmo-room\"", "room",
                     "room 'pmo-room' of session 'signing' is in Viêng Chăn, not in the required city Cửa Lò");
    }
    SECTION("unknown city") {
        expect_error(kBase + "city = \"Cua Lo\"\n", "city = \"Cua Lo\"", "city", "unknown city 'Cua Lo'");
    }
}

TEST_CASE("errors in an included file name that file", "[io]") {
    TempDir dir;
    std::string places = "[[venue]]\nid = \"melia\"\nname = \"Melia\"\ncity = \"Hà Nội\"\ntimezone = \"Asia/Hanoi\"\n";
    auto venues = dir.write("venues.toml", places);
    auto main = dir.write("main.toml", "include = [\"venues.toml\"]\n" + kBase);
    auto error = load_error(main);
    CHECK(error.where() == venues.lexically_normal().generic_string() + ":5");
    CHECK(error.field() == "timezone");
    CHECK(std::string(error.what()).find("unknown time zone 'Asia/Hanoi'") != std::string::npos);

    dir.write("venues.toml", "[event]\nid = \"x\"\n");
    error = load_error(main);
    CHECK(error.where() == venues.lexically_normal().generic_string() + ":1");
    CHECK(std::string(error.what()).find("unknown key 'event'") != std::string::npos);
}

namespace {

const std::string kHeader = "id,name,title,rank,delegation,languages,roles,name_lo,name_en\n";
const std::string kRows =
    "pt-1,Nguyễn Quang Thắng,Phó Chủ nhiệm,1,vn,vi,co-chair;speaker,,Nguyen Quang Thang\n"
    "pt-2,Khamphanh Pheuyavong,\"Thứ trưởng, Phó Chủ nhiệm\",1,,lo; vi,co-chair,ຄຳພັນ ເຜີຍຍາວົງ,\n";

fs::path write_csv_scenario(const TempDir& dir, const std::string& csv) {
    dir.write("people.csv", csv);
    return dir.write("csv.toml", "participants_csv = [\"people.csv\"]\n" + kBase);
}

std::string csv_error_where(const TempDir& dir, const std::string& csv, std::string* field = nullptr,
                            std::string* message = nullptr) {
    auto error = load_error(write_csv_scenario(dir, csv));
    if (field) *field = error.field();
    if (message) *message = error.what();
    auto where = error.where();
    return where.substr(where.rfind('/') + 1);
}

}  // namespace

TEST_CASE("participants CSV loads with or without Excel's BOM, in any column order", "[io]") {
    TempDir dir;
    for (const std::string& prefix : {std::string{}, std::string{"\xEF\xBB\xBF"}}) {
        auto s = io::load_scenario_file(write_csv_scenario(dir, prefix + kHeader + kRows));
        REQUIRE(s.participants.size() == 3);
        const auto* lao = s.find_participant("pt-2");
        REQUIRE(lao);
        CHECK(lao->name == "Khamphanh Pheuyavong");
        CHECK(lao->title == "Thứ trưởng, Phó Chủ nhiệm");
        CHECK(lao->languages == std::vector<std::string>{"lo", "vi"});
        CHECK(lao->names.at("lo") == "ຄຳພັນ ເຜີຍຍາວົງ");
        CHECK(lao->delegation_id.empty());
        CHECK(s.find_participant("pt-1")->roles == std::set<model::Role>{model::Role::CoChair, model::Role::Speaker});
    }
    auto s = io::load_scenario_file(write_csv_scenario(dir, "name,id\r\nTrần Văn Sơn,pt-9\r\n"));
    CHECK(s.find_participant("pt-9")->name == "Trần Văn Sơn");
}

TEST_CASE("participants CSV problems name file, line and column", "[io]") {
    TempDir dir;
    std::string field, message;
    SECTION("missing column") {
        CHECK(csv_error_where(dir, "id,title\npt-1,x\n", &field, &message) == "people.csv:1");
        CHECK(field == "name");
        CHECK(message.find("missing required column 'name'") != std::string::npos);
    }
    SECTION("unknown column") {
        CHECK(csv_error_where(dir, "id,name,rnak\n", &field, &message) == "people.csv:1");
        CHECK(field == "rnak");
        CHECK(message.find("unknown column 'rnak'") != std::string::npos);
    }
    SECTION("bad rank on row 3") {
        auto csv = kHeader + kRows + "pt-3,Lê Hoàng Tùng,Vụ trưởng,high,vn,vi,speaker,,\n";
        CHECK(csv_error_where(dir, csv, &field, &message) == "people.csv:4");
        CHECK(field == "rank");
        CHECK(message.find("expected an integer, got 'high'") != std::string::npos);
    }
    SECTION("a name holds one line: a quoted line break in it is refused") {
        auto csv = kHeader + "pt-1,\"Nguyễn\nQuang Thắng\",,1,vn,vi,,,\npt-2,Lê,,1,vn,vi,boss,,\n";
        CHECK(csv_error_where(dir, csv, &field, &message) == "people.csv:2");
        CHECK(field == "name");
        CHECK(message.find("control character U+000A") != std::string::npos);
    }
    SECTION("unknown delegation is checked like TOML") {
        auto csv = kHeader + "pt-1,Lê Hoàng Tùng,,5,lao,vi,,,\n";
        CHECK(csv_error_where(dir, csv, &field, &message) == "people.csv:2");
        CHECK(field == "delegation");
    }
    SECTION("invalid UTF-8") {
        auto csv = kHeader + kRows + "pt-3,Nguy\xE1\xBB,,1,vn,vi,,,\n";
        CHECK(csv_error_where(dir, csv, &field, &message) == "people.csv:4");
        CHECK(field == "name");
        CHECK(message.find("invalid UTF-8 (column 2)") != std::string::npos);
    }
    SECTION("ragged row") {
        CHECK(csv_error_where(dir, kHeader + "pt-1,Lê\n", &field, &message) == "people.csv:2");
        CHECK(field == "title");
        CHECK(message.find("row has 2 cells but the header has 9 columns (id, name, title, rank, delegation, "
                           "languages, roles, name_lo, name_en); missing: title, rank,") != std::string::npos);
        CHECK(csv_error_where(dir, kHeader + kRows + "pt-3,Lê,Vụ trưởng, Vụ Hợp tác,1,vn,vi,,,\n", &field, &message) ==
              "people.csv:4");
        CHECK(field == "column 10");
        CHECK(message.find("row has 10 cells but the header has 9 columns") != std::string::npos);
        CHECK(message.find("cells 10 to 10 have no column") != std::string::npos);
    }
    SECTION("an unbalanced quote: the line and column where the cell opens") {
        auto csv = kHeader + kRows + "pt-3,Lê,\"Vụ trưởng,1,vn,vi,,,\npt-4,Lan,,1,vn,vi,,,\n";
        CHECK(csv_error_where(dir, csv, &field, &message) == "people.csv:4");
        CHECK(field == "title");
        CHECK(message.find("unbalanced quote: the quoted cell starting on this line never closes (column 3)") !=
              std::string::npos);
    }
    SECTION("a stray quote after a cell spanning lines: the line it is on") {
        auto csv = kHeader + "pt-1,Lê,\"Vụ\ntrưởng\",1,vn,vi,,,\npt-2,Lan \"Bé\",,1,vn,vi,,,\n";
        CHECK(csv_error_where(dir, csv, &field, &message) == "people.csv:4");
        CHECK(field == "name");
        CHECK(message.find("a quote inside an unquoted cell (column 2); quote the whole cell") != std::string::npos);
    }
    SECTION("text after a closing quote") {
        auto csv = kHeader + kRows + "pt-3,\"Lê\" Hoàng,,1,vn,vi,,,\n";
        CHECK(csv_error_where(dir, csv, &field, &message) == "people.csv:4");
        CHECK(field == "name");
        CHECK(message.find("text after the closing quote of a quoted cell (column 2)") != std::string::npos);
    }
    SECTION("duplicated id across TOML and CSV") {
        CHECK(csv_error_where(dir, kHeader + "son,Trần Văn Sơn,,1,vn,vi,,,\n", &field, &message) == "people.csv:2");
        CHECK(message.find("duplicated participant id 'son'") != std::string::npos);
    }
}

TEST_CASE("sessions CSV", "[io]") {
    TempDir dir;
    const std::string header =
        "id,title_vi,title_en,kind,duration,attendees,delegations,equipment,days,windows,room,after,"
        "interpretation_languages,interpretation_mode\n";
    auto main = dir.write("s.toml", "sessions_csv = [\"sessions.csv\"]\n" + kBase);
    SECTION("loads") {
        dir.write("sessions.csv", header +
                                      "press,Họp báo,Press,press,30,son,vn,press_area,2022-09-09,08:00-11:30;13:30-17:00,"
                                      "hall,signing+15;talks,vi;lo,consecutive\n");
        auto s = io::load_scenario_file(main);
        const auto* press = s.find_session("press");
        REQUIRE(press);
        CHECK(press->title.en == "Press");
        CHECK(press->windows.size() == 2);
        CHECK(press->windows[1] == model::ClockWindow{{13 * 60 + 30}, {17 * 60}});
        REQUIRE(press->after.size() == 2);
        CHECK(press->after[0].session == "signing");
        CHECK(press->after[0].gap_minutes == 15);
        CHECK(press->interpretation->to == "lo");
        CHECK(press->room_id == "hall");
    }
    SECTION("notes spanning lines keep later rows' lines right") {
        dir.write("sessions.csv", header.substr(0, header.size() - 1) + ",notes\n" +
                                      "press,Họp báo,,press,30,,,,,,,,,,\"Mang thẻ\nvào cửa\"\n"
                                      "tour,Tham quan,,site_visit,30,,,,,,hall-z,,,,\n");
        auto error = load_error(main);
        CHECK(error.where().substr(error.where().rfind('/') + 1) == "sessions.csv:4");
        CHECK(error.field() == "room");
        dir.write("sessions.csv", header.substr(0, header.size() - 1) + ",notes\n" +
                                      "press,Họp báo,,press,30,,,,,,,,,,\"Mang thẻ\r\nvào cửa\"\n");
        CHECK(io::load_scenario_file(main).find_session("press")->notes == "Mang thẻ\r\nvào cửa");
    }
    SECTION("bad window") {
        dir.write("sessions.csv", header + "press,Họp báo,,press,30,,,,,08:00-07:00,,,,\n");
        auto error = load_error(main);
        CHECK(error.where().substr(error.where().rfind('/') + 1) == "sessions.csv:2");
        CHECK(error.field() == "windows");
    }
    SECTION("unknown reference points at the CSV row") {
        dir.write("sessions.csv", header + "press,Họp báo,,press,30,,,,,,hall-z,,,\n");
        auto error = load_error(main);
        CHECK(error.where().substr(error.where().rfind('/') + 1) == "sessions.csv:2");
        CHECK(std::string(error.what()).find("unknown room 'hall-z' in session 'press'") != std::string::npos);
    }
}

TEST_CASE("a hall lists the periods it is taken, read in the event's zone", "[io]") {
    const std::string hall = "capacity = 300\nequipment = [\"booths\"]";
    TempDir dir;
    SECTION("read") {
        auto text = replaced(kBase, hall,
                             hall + "\nunavailable = [{ from = \"2022-09-09 13:00\", to = \"2022-09-09 17:00\" },\n"
                                    "               { from = \"2022-09-10 08:00\", to = \"2022-09-10 09:30\" }]");
        auto s = io::load_scenario_file(dir.write("closed.toml", text));
        const auto& spans = s.find_room("hall")->unavailable;
        REQUIRE(spans.size() == 2);
        CHECK(model::format_utc(spans[0].start) == "2022-09-09T06:00:00Z");  // event zone, UTC+7
        CHECK(model::format_utc(spans[0].end) == "2022-09-09T10:00:00Z");
        CHECK(model::format_utc(spans[1].start) == "2022-09-10T01:00:00Z");
        CHECK(s.find_room("pmo-room")->unavailable.empty());
    }
    SECTION("a period ending before it starts") {
        auto text = replaced(kBase, hall,
                             hall + "\nunavailable = [{ from = \"2022-09-09 17:00\", to = \"2022-09-09 13:00\" }]");
        expect_error(text, "unavailable =", "unavailable[0].to", "unavailable span ends before it starts");
    }
    SECTION("a malformed time") {
        auto text = replaced(kBase, hall, hall + "\nunavailable = [{ from = \"9/9 13:00\", to = \"2022-09-09 17:00\" }]");
        expect_error(text, "unavailable =", "unavailable[0].from", "9/9 13:00");
    }
    SECTION("an unknown key") {
        auto text = replaced(kBase, hall,
                             hall + "\nunavailable = [{ from = \"2022-09-09 13:00\", until = \"2022-09-09 17:00\" }]");
        expect_error(text, "unavailable =", "unavailable[0].until", "unknown key 'until'");
    }
}

namespace {

// kBase's event with `n` more sessions c0 … c(n-1), each after the previous one; listed
// first to last, or last to first (so that following `after` walks the whole chain).
std::string chain_scenario(int n, bool last_first, bool closed = false) {
    std::string text = kBase;
    for (int k = 0; k < n; ++k) {
        int i = last_first ? n - 1 - k : k;
        text += "\n[[session]]\nid = \"c" + std::to_string(i) + "\"\ntitle = \"Phiên " + std::to_string(i) +
                "\"\nkind = \"talks\"\nduration = 30\n";
        if (i > 0) text += "after = [\"c" + std::to_string(i - 1) + "\"]\n";
        else if (closed) text += "after = [\"c" + std::to_string(n - 1) + "\"]\n";
    }
    return text;
}

}  // namespace

TEST_CASE("a precedence chain of 100,000 sessions is read in either order", "[io][chain]") {
    constexpr int n = 100000;
    TempDir dir;
    for (bool last_first : {false, true}) {
        INFO("listed " << (last_first ? "last to first" : "first to last"));
        auto s = io::load_scenario_file(dir.write("chain.toml", chain_scenario(n, last_first)));
        REQUIRE(s.sessions.size() == n + 2);
        const auto* last = s.find_session("c" + std::to_string(n - 1));
        REQUIRE(last);
        REQUIRE(last->after.size() == 1);
        CHECK(last->after[0].session == "c" + std::to_string(n - 2));
        CHECK(s.find_session("c0")->after.empty());
    }
}

TEST_CASE("a cycle through 100,000 sessions is named by its ends, at the entry that closes it", "[io][chain]") {
    auto text = chain_scenario(100000, true, true);
    // The search starts from c99999, listed first, and comes back to it from c0.
    expect_error(text, "after = [\"c99998\"]", "after[0]",
                 "cyclic precedence: c99999 -> c0 -> c1 -> c2 -> c3 -> … 99990 more … -> c99994 -> c99995 -> "
                 "c99996 -> c99997 -> c99998 -> c99999");
}

TEST_CASE("control characters in text are refused at their field; notes may hold line breaks", "[io][text]") {
    SECTION("a NUL escape in a name") {
        expect_error(replaced(kBase, "name = \"Trần Văn Sơn\"", "name = \"Trần\\u0000Văn Sơn\""), "name = \"Trần",
                     "name", "control character U+0000 at character 5");
    }
    SECTION("ESC in a title, by language") {
        expect_error(replaced(kBase, "en = \"Signing\"", "en = \"Sign\\u001B[31ming\""), "en = \"Sign", "title.en",
                     "control character U+001B");
    }
    SECTION("DEL in an address") {
        expect_error(replaced(kBase, "city = \"Cửa Lò\"", "city = \"Cửa Lò\"\naddress = \"Số 1\\u007F\""), "address =",
                     "address", "control character U+007F");
    }
    SECTION("C1 control (NEL, U+0085) in a delegation name") {
        expect_error(replaced(kBase, "name = \"Đoàn Việt Nam\"", "name = \"Đoàn\\u0085Việt Nam\""), "name = \"Đoàn",
                     "name", "control character U+0085");
    }
    SECTION("a line break in a one-line field") {
        expect_error(kBase + "city = \"Cửa\\nLò\"\n", "city = \"Cửa\\n", "city", "U+000A");
    }
    SECTION("a carriage return alone, even in notes") {
        expect_error(kBase + "notes = \"a\\rb\"\n", "notes =", "notes", "U+000D");
    }
    SECTION("notes hold line breaks and tabs") {
        TempDir dir;
        auto s = io::load_scenario_file(dir.write("notes.toml", kBase + "notes = \"Mang thẻ\\n\\tvào cửa\\r\\nsố 2\"\n"));
        CHECK(s.find_session("signing")->notes == "Mang thẻ\n\tvào cửa\r\nsố 2");
    }
    SECTION("a text longer than 1,000 characters") {
        expect_error(replaced(kBase, "name = \"Trần Văn Sơn\"", "name = \"" + std::string(5'000'000, 'a') + "\""),
                     "name = \"aaa", "name", "text longer than 1000 characters (5000000 bytes)");
    }
    SECTION("in a participants CSV cell") {
        TempDir dir;
        dir.write("people.csv", "id,name,title\npt-1,Lê Hoàng Tùng,\"Vụ\x1b trưởng\"\n");
        auto error = load_error(dir.write("csv.toml", "participants_csv = [\"people.csv\"]\n" + kBase));
        CHECK(error.where().substr(error.where().rfind('/') + 1) == "people.csv:2");
        CHECK(error.field() == "title");
        CHECK_THAT(error.what(), Catch::Contains("control character U+001B") && Catch::Contains("'Vụ\\u001B trưởng'"));
    }
    SECTION("a message shows control characters escaped, so it stays one line") {
        expect_error(kBase + "\"late\\u001Bkey\" = 1\n", "late", "late\\u001Bkey", "unknown key 'late\\u001Bkey'");
    }
}

TEST_CASE("an event lasts at most 366 days", "[io]") {
    expect_error(replaced(kBase, "end = 2022-09-10", "end = 2122-09-10"), "end = 2122", "end",
                 "event lasts 36527 days, more than the limit of 366 (2022-09-08 to 2122-09-10)");
    TempDir dir;
    auto year = io::load_scenario_file(dir.write("year.toml", replaced(kBase, "end = 2022-09-10", "end = 2023-09-08")));
    CHECK(year.event.days().size() == 366);
    expect_error(replaced(kBase, "end = 2022-09-10", "end = 2023-09-09"), "end = 2023", "end", "event lasts 367 days");
}

TEST_CASE("ids made of dots alone are malformed", "[io]") {
    for (const std::string id : {".", "..", "..."}) {
        INFO(id);
        expect_error(replaced(kBase, "id = \"talks\"", "id = \"" + id + "\""), "id = \"" + id + "\"", "id",
                     "malformed id '" + id + "'");
    }
    expect_error(replaced(kBase, "attendees = [\"son\"]", "attendees = [\"son\", \"..\"]"), "attendees", "attendees[1]",
                 "malformed id '..'");
    TempDir dir;
    auto s = io::load_scenario_file(dir.write("dots.toml", replaced(kBase, "id = \"signing\"", "id = \"v1.2\"")));
    CHECK(s.find_session("v1.2"));
}

TEST_CASE("included and CSV files must lie in the scenario's folder or the data folder", "[io][include]") {
    TempDir dir;
    const auto& folder = dir.path();
    fs::create_directories(folder / "event");
    auto places = "[[venue]]\nid = \"melia\"\nname = \"Melia\"\ncity = \"Hà Nội\"\ntimezone = \"Asia/Ho_Chi_Minh\"\n";
    dir.write("shared.toml", places);
    dir.write("event/venues.toml", places);
    auto main_with = [&](const std::string& top) {
        auto file = folder / "event" / "main.toml";
        std::ofstream(file, std::ios::binary | std::ios::trunc) << top << "\n" << kBase;
        return file;
    };
    auto refused = [&](const std::string& top, const std::string& field, const std::string& message,
                       const std::string& hint = "; to read it, import with --allow-include ") {
        auto error = load_error(main_with(top));
        INFO(error.what());
        CHECK(error.where() == (folder / "event" / "main.toml").lexically_normal().generic_string() + ":1");
        CHECK(error.field() == field);
        CHECK_THAT(error.what(), Catch::Contains(message) && Catch::Contains(hint));
    };
    SECTION("beside the scenario, and in the data folder, is read") {
        CHECK(io::load_scenario_file(main_with("include = [\"venues.toml\"]")).find_venue("melia"));
        auto data = fs::path(HOITHAO_SOURCE_DIR) / "data" / "venues.toml";
        CHECK(io::load_scenario_file(main_with("include = [\"" + data.generic_string() + "\"]")).venues.size() > 3);
    }
    SECTION("'..' out of the folder") {
        refused("include = [\"../shared.toml\"]", "include[0]", "outside the folders a scenario may read");
    }
    SECTION("an absolute path") {
        refused("include = [\"/proc/self/environ\"]", "include[0]", "outside the folders a scenario may read");
    }
    SECTION("a symbolic link out of the folder") {
        fs::create_symlink(folder / "shared.toml", folder / "event" / "link.toml");
        refused("include = [\"venues.toml\", \"link.toml\"]", "include[1]", "shared.toml");
    }
    SECTION("CSV files alike") {
        dir.write("people.csv", "id,name\npt-1,Lê\n");
        refused("participants_csv = [\"../people.csv\"]", "participants_csv[0]", "people.csv");
        refused("sessions_csv = [\"/etc/passwd\"]", "sessions_csv[0]", "/etc/passwd");
    }
    SECTION("allowed by naming the folder") {
        auto s = io::load_scenario_file(main_with("include = [\"../shared.toml\"]"), {folder});
        CHECK(s.find_venue("melia"));
    }
    SECTION("a file including itself, or an include including others") {
        refused("include = [\"main.toml\"]", "include[0]", "includes itself", "");
        dir.write("event/venues.toml", "include = [\"main.toml\"]\n" + std::string(places));
        auto error = load_error(main_with("include = [\"venues.toml\"]"));
        CHECK(error.where() == (folder / "event" / "venues.toml").lexically_normal().generic_string() + ":1");
        CHECK(error.field() == "include");
        CHECK_THAT(error.what(), Catch::Contains("an included file cannot include others"));
    }
}

TEST_CASE("the scenario file overrides a hall of the shared catalogue for its event", "[io][include]") {
    TempDir dir;
    const auto data = (fs::path(HOITHAO_SOURCE_DIR) / "data" / "venues.toml").generic_string();
    auto main_with = [&](const std::string& rooms, const std::string& includes = "") {
        return dir.write("main.toml", "include = [\"" + data + "\"" + includes + "]\n" + kBase + rooms);
    };
    const std::string signing = "\n[[room]]\nid = \"vpcp-signing\"\n";

    SECTION("the fields it gives replace the catalogue's; the others stay") {
        auto s = io::load_scenario_file(
            main_with(signing + "capacity = 80\nequipment = [\"signing_table\", \"booths\"]\n"));
        const auto* room = s.find_room("vpcp-signing");
        REQUIRE(room);
        CHECK(room->venue_id == "vpcp-hq");
        CHECK(room->name == "Phòng ký kết");
        CHECK(room->capacity == 80);
        CHECK(room->equipment == std::set<std::string>{"signing_table", "booths"});
        CHECK(s.find_room("vpcp-talks")->capacity == 30);  // halls it does not name are as in data/
        CHECK(std::count_if(s.rooms.begin(), s.rooms.end(), [](const auto& r) { return r.id == "vpcp-signing"; }) == 1);
    }
    SECTION("a new name, its own venue named, and no equipment at all") {
        auto s = io::load_scenario_file(
            main_with(signing + "venue = \"vpcp-hq\"\nname = \"Phòng ký kết (tầng 2)\"\nequipment = []\n"));
        const auto* room = s.find_room("vpcp-signing");
        CHECK(room->name == "Phòng ký kết (tầng 2)");
        CHECK(room->capacity == 60);
        CHECK(room->equipment.empty());
    }
    SECTION("another venue is refused: an override cannot move a hall") {
        auto text = "include = [\"" + data + "\"]\n" + kBase + signing + "venue = \"hotel\"  # moved\n";
        auto file = dir.write("main.toml", text);
        auto error = load_error(file);
        INFO(error.what());
        CHECK(error.where() == file.lexically_normal().generic_string() + ":" + std::to_string(line_of(text, "# moved")));
        CHECK(error.field() == "venue");
        CHECK_THAT(error.what(), Catch::Contains("room 'vpcp-signing' is in venue 'vpcp-hq' (defined at " + data) &&
                                     Catch::Contains("not move it"));
    }
    SECTION("two overrides in the scenario file are a duplicated id") {
        auto text = "include = [\"" + data + "\"]\n" + kBase + signing + "capacity = 80\n" + signing + "capacity = 90\n";
        auto file = dir.write("main.toml", text);
        auto error = load_error(file);
        INFO(error.what());
        const auto first = line_of(text, signing.substr(1)) + 1;
        CHECK(error.where() == file.lexically_normal().generic_string() + ":" + std::to_string(first + 4));
        CHECK_THAT(error.what(), Catch::Contains("duplicated room id 'vpcp-signing' (first defined at " +
                                                 file.lexically_normal().generic_string() + ":" + std::to_string(first)));
    }
    SECTION("two included files defining one hall stay an error") {
        auto other = dir.write("more-venues.toml", "[[room]]\nid = \"vpcp-signing\"\nvenue = \"vpcp-hq\"\n"
                                                   "name = \"Phòng ký kết\"\ncapacity = 70\n");
        auto error = load_error(main_with("", ", \"more-venues.toml\""));
        INFO(error.what());
        CHECK(error.where() == other.lexically_normal().generic_string() + ":2");
        CHECK_THAT(error.what(), Catch::Contains("duplicated room id 'vpcp-signing' (first defined at " + data));
    }
}
