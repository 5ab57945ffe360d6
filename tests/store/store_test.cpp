#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "model/error.hpp"
#include "store/schema.hpp"
#include "store/store.hpp"

using namespace hoithao;
using hoithao::store::Store;
namespace fs = std::filesystem;

namespace {

// A fresh directory per test, removed with everything in it (WAL files included).
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ = fs::temp_directory_path() /
                ("hoithao-store-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    fs::path path_;
};

model::Day day(const char* text) { return *model::parse_day(text); }
model::TimePoint utc(const char* text) { return *model::parse_utc(text); }
model::ClockTime clock(const char* text) { return *model::parse_clock(text); }

// Every field differs from its default, so a column that is not stored shows up.
model::Scenario sample_scenario() {
    model::Scenario s;
    auto& e = s.event;
    e.id = "vn-la-2022";
    e.name = "Hội thảo hợp tác giáo dục Việt Nam – Lào 2022";
    e.host_side = "VN";
    e.zone = "Asia/Vientiane";
    e.first_day = day("2022-09-08");
    e.last_day = day("2022-09-11");
    e.working_hours = {clock("07:30"), clock("17:00")};
    e.breaks = {{"Ăn trưa", {clock("11:30"), clock("13:00")}}, {"Giải lao", {clock("15:00"), clock("15:15")}}};
    e.blocked_days = {day("2022-09-10")};
    e.slot_minutes = 30;
    e.city_buffer_minutes = 20;

    s.venues = {{"v-hn", "Trung tâm Hội nghị Quốc gia", "Hà Nội", "Số 57 Phạm Hùng, Nam Từ Liêm", "Asia/Ho_Chi_Minh"},
                {"v-cl", "Khách sạn Mường Thanh Cửa Lò", "Cửa Lò", "Đường Bình Minh", "Asia/Ho_Chi_Minh"},
                {"v-vte", "ຫໍປະຊຸມແຫ່ງຊາດ", "Viêng Chăn", "ຖະໜົນ ກຳແພງເມືອງ", "Asia/Vientiane"}};
    s.rooms = {{"r-a", "v-hn", "Hội trường A", 300, {model::kBooths, model::kProjector}, {}},
               {"r-sen", "v-cl", "Phòng Sen", 40, {model::kSigningTable, model::kPressArea, "cờ hai nước"}, {}},
               {"r-vte", "v-vte", "ຫ້ອງ 1", 80, {}, {}}};
    s.rooms[2].unavailable = {{utc("2022-09-09T06:00:00Z"), utc("2022-09-09T10:00:00Z")}};  // another event
    s.delegations = {{"d-vn", "Đoàn Bộ Giáo dục và Đào tạo", "VN", "p-vn", std::nullopt, std::nullopt, {}, {}},
                     {"d-la", "ຄະນະຜູ້ແທນ ກະຊວງສຶກສາທິການ", "LA", "p-la", utc("2022-09-07T09:15:00Z"),
                      utc("2022-09-11T10:00:00Z"), {"Hà Nội", "Sân bay quốc tế Nội Bài", "chuyến bay QV 311"},
                      {"Viêng Chăn", "", "ຖ້ຽວບິນ QV 312"}}};

    model::Participant vn;
    vn.id = "p-vn";
    vn.name = "Nguyễn Văn Ân";
    vn.names = {{"en", "Nguyen Van An"}};
    vn.title = "Thứ trưởng";
    vn.rank = 2;
    vn.delegation_id = "d-vn";
    vn.languages = {"vi", "en"};
    vn.roles = {model::Role::Head, model::Role::CoChair};
    vn.unavailable = {{utc("2022-09-08T06:00:00Z"), utc("2022-09-08T07:30:00Z")}};
    model::Participant la;
    la.id = "p-la";
    la.name = "A-lun-xay Xủn-nạ-lạt";
    la.names = {{"lo", "ອາລຸນໄຊ ສູນນະລາດ"}, {"en", "Alounxay Sounnalath"}};
    la.title = "Thứ trưởng Bộ Giáo dục và Thể thao Lào";
    la.rank = 1;
    la.delegation_id = "d-la";
    la.languages = {"lo", "vi", "fr"};
    la.roles = {model::Role::Head, model::Role::Speaker};
    model::Participant interpreter;
    interpreter.id = "p-int";
    interpreter.name = "Phạm Thị Bích";
    interpreter.title = "Phiên dịch viên";
    interpreter.rank = 50;
    interpreter.languages = {"vi", "lo"};
    interpreter.roles = {model::Role::Interpreter};
    interpreter.unavailable = {{utc("2022-09-09T01:00:00Z"), utc("2022-09-09T02:00:00Z")},
                               {utc("2022-09-11T05:00:00Z"), utc("2022-09-11T10:00:00Z")}};
    s.participants = {vn, la, interpreter};

    model::Session open;
    open.id = "s-open";
    open.title = {"Khai mạc", "ພິທີເປີດ", "Opening"};
    open.kind = model::SessionKind::Opening;
    open.duration_minutes = 90;
    open.attendees = {"p-vn", "p-la"};
    open.delegations = {"d-vn", "d-la"};
    open.headcount = 120;
    open.equipment = {model::kBooths, model::kProjector};
    open.interpretation = model::Interpretation{"vi", "lo", model::InterpretationMode::Simultaneous};
    open.allowed_days = {day("2022-09-08")};
    open.windows = {{clock("08:00"), clock("10:00")}};
    open.fixed_start = utc("2022-09-08T01:30:00Z");
    open.pinned = true;
    open.venue_id = "v-hn";
    open.city = "Hà Nội";
    open.room_id = "r-a";
    open.notes = "Cử Quốc ca hai nước";
    model::Session sign;
    sign.id = "s-sign";
    sign.title = {"Ký kết bản ghi nhớ", "ການລົງນາມ", ""};
    sign.kind = model::SessionKind::Signing;
    sign.duration_minutes = 45;
    sign.attendees = {"p-la", "p-vn", "p-int"};
    sign.equipment = {model::kSigningTable};
    sign.interpretation = model::Interpretation{"lo", "vi", model::InterpretationMode::Consecutive};
    sign.allowed_days = {day("2022-09-09"), day("2022-09-11")};
    sign.windows = {{clock("09:00"), clock("11:00")}, {clock("14:00"), clock("24:00")}};
    sign.after = {{"s-open", 30}};
    sign.venue_id = "v-cl";
    sign.city = "Cửa Lò";
    sign.room_id = "r-sen";
    model::Session press;
    press.id = "s-press";
    press.title = {"Họp báo", "", "Press conference"};
    press.kind = model::SessionKind::Press;
    press.duration_minutes = 30;
    press.after = {{"s-sign", 0}, {"s-open", 60}};
    press.same_time_as = "s-sign";
    press.city = "Viêng Chăn";
    s.sessions = {open, sign, press};

    s.travel = {{"Hà Nội", "Cửa Lò", "road", 300, true}, {"Hà Nội", "Viêng Chăn", "air", 150, false}};
    return s;
}

model::Agenda sample_agenda(const std::string& note) {
    model::Agenda a;
    a.event_id = "vn-la-2022";
    a.status = model::AgendaStatus::Partial;
    a.note = note;
    a.created_at = "2022-08-30T03:00:00Z";
    a.placements = {
        {"s-open", "r-a", utc("2022-09-08T01:30:00Z"), utc("2022-09-08T03:00:00Z"), "", true},
        {"s-sign", "r-sen", utc("2022-09-09T02:00:00Z"), utc("2022-09-09T02:45:00Z"), "p-int", false},
        {"s-press", "r-vte", utc("2022-09-11T02:00:00Z"), utc("2022-09-11T02:30:00Z"), "", false},
    };
    return a;
}

void check_same(const model::Event& a, const model::Event& b) {
    CHECK(a.id == b.id);
    CHECK(a.name == b.name);
    CHECK(a.host_side == b.host_side);
    CHECK(a.zone == b.zone);
    CHECK(a.first_day == b.first_day);
    CHECK(a.last_day == b.last_day);
    CHECK(a.working_hours == b.working_hours);
    REQUIRE(a.breaks.size() == b.breaks.size());
    for (std::size_t i = 0; i < a.breaks.size(); ++i) {
        CHECK(a.breaks[i].name == b.breaks[i].name);
        CHECK(a.breaks[i].window == b.breaks[i].window);
    }
    CHECK(a.blocked_days == b.blocked_days);
    CHECK(a.slot_minutes == b.slot_minutes);
    CHECK(a.city_buffer_minutes == b.city_buffer_minutes);
}

void check_same(const model::Venue& a, const model::Venue& b) {
    CHECK(a.id == b.id);
    CHECK(a.name == b.name);
    CHECK(a.city == b.city);
    CHECK(a.address == b.address);
    CHECK(a.zone == b.zone);
}

void check_same(const model::Room& a, const model::Room& b) {
    CHECK(a.id == b.id);
    CHECK(a.venue_id == b.venue_id);
    CHECK(a.name == b.name);
    CHECK(a.capacity == b.capacity);
    CHECK(a.equipment == b.equipment);
    CHECK(a.unavailable == b.unavailable);
}

void check_same(const model::Delegation& a, const model::Delegation& b) {
    CHECK(a.id == b.id);
    CHECK(a.name == b.name);
    CHECK(a.side == b.side);
    CHECK(a.head_id == b.head_id);
    CHECK(a.arrival == b.arrival);
    CHECK(a.departure == b.departure);
    CHECK(a.arrival_via == b.arrival_via);
    CHECK(a.departure_via == b.departure_via);
}

void check_same(const model::Participant& a, const model::Participant& b) {
    CHECK(a.id == b.id);
    CHECK(a.name == b.name);
    CHECK(a.names == b.names);
    CHECK(a.title == b.title);
    CHECK(a.rank == b.rank);
    CHECK(a.delegation_id == b.delegation_id);
    CHECK(a.languages == b.languages);
    CHECK(a.roles == b.roles);
    CHECK(a.unavailable == b.unavailable);
}

void check_same(const model::Session& a, const model::Session& b) {
    CHECK(a.id == b.id);
    CHECK(a.title.vi == b.title.vi);
    CHECK(a.title.lo == b.title.lo);
    CHECK(a.title.en == b.title.en);
    CHECK(a.kind == b.kind);
    CHECK(a.duration_minutes == b.duration_minutes);
    CHECK(a.attendees == b.attendees);
    CHECK(a.delegations == b.delegations);
    CHECK(a.headcount == b.headcount);
    CHECK(a.equipment == b.equipment);
    REQUIRE(a.interpretation.has_value() == b.interpretation.has_value());
    if (a.interpretation) {
        CHECK(a.interpretation->from == b.interpretation->from);
        CHECK(a.interpretation->to == b.interpretation->to);
        CHECK(a.interpretation->mode == b.interpretation->mode);
    }
    CHECK(a.allowed_days == b.allowed_days);
    CHECK(a.windows == b.windows);
    CHECK(a.fixed_start == b.fixed_start);
    CHECK(a.pinned == b.pinned);
    REQUIRE(a.after.size() == b.after.size());
    for (std::size_t i = 0; i < a.after.size(); ++i) {
        CHECK(a.after[i].session == b.after[i].session);
        CHECK(a.after[i].gap_minutes == b.after[i].gap_minutes);
    }
    CHECK(a.same_time_as == b.same_time_as);
    CHECK(a.venue_id == b.venue_id);
    CHECK(a.city == b.city);
    CHECK(a.room_id == b.room_id);
    CHECK(a.notes == b.notes);
}

void check_same(const model::TravelLink& a, const model::TravelLink& b) {
    CHECK(a.from_city == b.from_city);
    CHECK(a.to_city == b.to_city);
    CHECK(a.mode == b.mode);
    CHECK(a.minutes == b.minutes);
    CHECK(a.both_ways == b.both_ways);
}

template <typename T>
void check_same_list(const std::vector<T>& a, const std::vector<T>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) check_same(a[i], b[i]);
}

void check_same(const model::Scenario& a, const model::Scenario& b) {
    check_same(a.event, b.event);
    check_same_list(a.venues, b.venues);
    check_same_list(a.rooms, b.rooms);
    check_same_list(a.delegations, b.delegations);
    check_same_list(a.participants, b.participants);
    check_same_list(a.sessions, b.sessions);
    check_same_list(a.travel, b.travel);
}

void check_same(const model::Agenda& a, const model::Agenda& b) {
    CHECK(a.event_id == b.event_id);
    CHECK(a.status == b.status);
    CHECK(a.note == b.note);
    CHECK(a.created_at == b.created_at);
    CHECK(a.placements == b.placements);
}

std::string query_text(SQLite::Database& db, const std::string& sql) { return db.execAndGet(sql).getString(); }
int query_int(SQLite::Database& db, const std::string& sql) { return db.execAndGet(sql).getInt(); }

// A store holding the sample scenario, and `agendas` saved versions of the sample agenda.
void seed(const std::string& path, int agendas) {
    Store store(path, true);
    store.save_scenario(sample_scenario(), "2022-08-29T02:00:00Z");
    for (int i = 1; i <= agendas; ++i) store.save_agenda(sample_agenda("plan " + std::to_string(i)));
}

}  // namespace

TEST_CASE("a scenario with Vietnamese and Lao text round-trips field for field", "[store]") {
    TempDir dir;
    const auto path = dir.file("hoithao.db");
    const auto scenario = sample_scenario();
    {
        Store store(path, true);
        store.save_scenario(scenario, "2022-08-29T02:00:00Z");
    }
    Store store(path, false);
    check_same(store.load_scenario("vn-la-2022"), scenario);

    // Staff read the same text with sqlite3: main attributes are plain columns.
    auto& db = store.database();
    CHECK(query_text(db, "SELECT name FROM participants WHERE id = 'p-la'") == "A-lun-xay Xủn-nạ-lạt");
    CHECK(query_text(db, "SELECT json_extract(names, '$.lo') FROM participants WHERE id = 'p-la'") ==
          "ອາລຸນໄຊ ສູນນະລາດ");
    CHECK(query_text(db, "SELECT city FROM venues WHERE id = 'v-vte'") == "Viêng Chăn");
    CHECK(query_text(db, "SELECT arrival_utc FROM delegations WHERE id = 'd-la'") == "2022-09-07T09:15:00Z");
    CHECK(query_text(db, "SELECT arrival_place FROM delegations WHERE id = 'd-la'") == "Sân bay quốc tế Nội Bài");
    CHECK(query_text(db, "SELECT departure_means FROM delegations WHERE id = 'd-la'") == "ຖ້ຽວບິນ QV 312");
    CHECK(query_text(db, "SELECT departure_city FROM delegations WHERE id = 'd-vn'") == "");
}

TEST_CASE("unknown events are reported, the last imported one is the default", "[store]") {
    TempDir dir;
    Store store(dir.file("hoithao.db"), true);
    REQUIRE_THROWS_WITH(store.resolve_event(""), Catch::Contains("import a scenario first"));
    auto scenario = sample_scenario();
    store.save_scenario(scenario, "2022-08-29T02:00:00Z");
    scenario.event.id = "la-vn-2023";
    store.save_scenario(scenario, "2022-08-29T03:00:00Z");
    CHECK(store.event_ids() == std::vector<std::string>{"vn-la-2022", "la-vn-2023"});
    CHECK(store.resolve_event("") == "la-vn-2023");
    CHECK(store.resolve_event("vn-la-2022") == "vn-la-2022");
    REQUIRE_THROWS_WITH(store.resolve_event("nope"), Catch::Contains("known events: vn-la-2022, la-vn-2023"));
    REQUIRE_THROWS_AS(store.load_scenario("nope"), model::InputError);
    CHECK_FALSE(store.load_agenda("nope"));
}

TEST_CASE("connections use WAL, a busy timeout and foreign keys", "[store]") {
    TempDir dir;
    Store store(dir.file("hoithao.db"), true);
    auto& db = store.database();
    CHECK(query_text(db, "PRAGMA journal_mode") == "wal");
    CHECK(query_int(db, "PRAGMA busy_timeout") == 20000);
    CHECK(query_int(db, "PRAGMA foreign_keys") == 1);
    CHECK(query_int(db, "PRAGMA user_version") == Store::schema_version());
    CHECK(query_int(db, "PRAGMA application_id") == store::schema::kApplicationId);
}

TEST_CASE("each saved agenda is a new version and old versions stay as they were", "[store]") {
    TempDir dir;
    Store store(dir.file("hoithao.db"), true);
    store.save_scenario(sample_scenario(), "2022-08-29T02:00:00Z");
    const auto first = sample_agenda("first plan");
    auto second = sample_agenda("after the minister's request");
    second.status = model::AgendaStatus::Complete;
    second.placements[1].start = utc("2022-09-09T07:00:00Z");
    second.placements[1].end = utc("2022-09-09T07:45:00Z");

    CHECK(store.save_agenda(first) == 1);
    CHECK(store.save_agenda(second) == 2);

    auto v1 = store.load_agenda("vn-la-2022", 1);
    auto v2 = store.load_agenda("vn-la-2022", 2);
    auto latest = store.load_agenda("vn-la-2022");
    REQUIRE(v1);
    REQUIRE(v2);
    REQUIRE(latest);
    CHECK(v1->version == 1);
    check_same(*v1, first);
    check_same(*v2, second);
    CHECK(latest->version == 2);
    CHECK_FALSE(store.load_agenda("vn-la-2022", 3));

    const auto info = store.versions("vn-la-2022");
    REQUIRE(info.size() == 2);
    CHECK(info[0].version == 1);
    CHECK(info[0].note == "first plan");
    CHECK(info[0].status == model::AgendaStatus::Partial);
    CHECK(info[0].placements == 3);
    CHECK(info[1].created_at == "2022-08-30T03:00:00Z");

    // Each placement carries its venue's zone for readers of the raw table.
    auto& db = store.database();
    CHECK(query_text(db, "SELECT zone FROM placements WHERE version = 1 AND session_id = 's-press'") ==
          "Asia/Vientiane");
    CHECK(query_text(db, "SELECT zone FROM placements WHERE version = 1 AND session_id = 's-open'") ==
          "Asia/Ho_Chi_Minh");
}

TEST_CASE("a placement edited by hand in sqlite3 is what the next load sees", "[store]") {
    TempDir dir;
    const auto path = dir.file("hoithao.db");
    seed(path, 1);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("UPDATE placements SET start_utc = '2022-09-08T02:00:00Z' WHERE session_id = 's-sign'");
    }
    Store store(path, false);
    CHECK(store.load_agenda("vn-la-2022")->find("s-sign")->start == utc("2022-09-08T02:00:00Z"));

    store.database().exec("UPDATE placements SET end_utc = 'tomorrow' WHERE session_id = 's-sign'");
    REQUIRE_THROWS_WITH(store.load_agenda("vn-la-2022"),
                        Catch::Contains("session 's-sign'") && Catch::Contains("end_utc") &&
                            Catch::Contains("'tomorrow' is not a UTC time"));
}

TEST_CASE("re-importing a scenario replaces its entities and keeps its agenda versions", "[store]") {
    TempDir dir;
    seed(dir.file("hoithao.db"), 1);
    Store store(dir.file("hoithao.db"), false);
    auto changed = sample_scenario();
    changed.event.name = "Hội thảo (đã sửa)";
    changed.sessions.pop_back();  // the press conference is cancelled
    changed.sessions[1].duration_minutes = 60;
    changed.rooms[2].capacity = 100;
    store.save_scenario(changed, "2022-08-31T02:00:00Z");

    check_same(store.load_scenario("vn-la-2022"), changed);
    // History is kept even where it mentions the cancelled session.
    auto v1 = store.load_agenda("vn-la-2022", 1);
    REQUIRE(v1);
    check_same(*v1, sample_agenda("plan 1"));
}

TEST_CASE("a scenario with a dangling reference is refused and the stored one kept", "[store]") {
    TempDir dir;
    Store store(dir.file("hoithao.db"), true);
    store.save_scenario(sample_scenario(), "2022-08-29T02:00:00Z");
    auto broken = sample_scenario();
    broken.event.name = "changed";
    broken.rooms[0].venue_id = "v-nowhere";
    REQUIRE_THROWS_WITH(store.save_scenario(broken, "2022-08-30T02:00:00Z"),
                        Catch::Contains("rooms 'r-a' refers to a row of venues"));
    check_same(store.load_scenario("vn-la-2022"), sample_scenario());

    // A broken row in another event, edited by hand without foreign keys, is not blamed on this import.
    auto& db = store.database();
    db.exec("PRAGMA foreign_keys = OFF");
    db.exec("UPDATE rooms SET venue_id = 'v-gone' WHERE id = 'r-a'");
    db.exec("PRAGMA foreign_keys = ON");
    auto other = sample_scenario();
    other.event.id = "la-vn-2023";
    store.save_scenario(other, "2022-08-30T02:00:00Z");
    check_same(store.load_scenario("la-vn-2023"), other);
}

TEST_CASE("an older database is migrated when opened, its data intact", "[store]") {
    TempDir dir;
    const auto path = dir.file("old.db");
    {
        // What hoithao with schema 1 wrote, filled in by hand the way staff would.
        SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        store::schema::upgrade(db, 1);
        db.exec(R"sql(
            INSERT INTO events (id, name, host_side, zone, first_day, last_day, work_from, work_to,
                                slot_minutes, city_buffer_minutes, imported_at, import_seq)
            VALUES ('e1', 'Hội đàm', 'LA', 'Asia/Vientiane', '2021-05-03', '2021-05-04', '08:00', '17:00',
                    15, 15, '2021-04-01T00:00:00Z', 1);
            INSERT INTO venues (event_id, id, seq, name, city, address, zone)
            VALUES ('e1', 'v1', 0, 'Nhà khách', 'Viêng Chăn', '', 'Asia/Vientiane');
            INSERT INTO rooms (event_id, id, seq, venue_id, name, capacity, equipment)
            VALUES ('e1', 'r1', 0, 'v1', 'ຫ້ອງ ກ', 20, '["booths"]');
            INSERT INTO sessions (event_id, id, seq, title_vi, title_lo, title_en, kind, duration_minutes,
                                  headcount, pinned, city, notes)
            VALUES ('e1', 's1', 0, 'Hội đàm', 'ການເຈລະຈາ', 'Talks', 'talks', 60, 0, 0, '', '');
            INSERT INTO agenda_versions (event_id, version, created_at, status, note)
            VALUES ('e1', 1, '2021-04-02T00:00:00Z', 'complete', 'v1');
            INSERT INTO placements (event_id, version, seq, session_id, room_id, start_utc, end_utc, zone, pinned)
            VALUES ('e1', 1, 0, 's1', 'r1', '2021-05-03T02:00:00Z', '2021-05-03T03:00:00Z', 'Asia/Vientiane', 0);
        )sql");
        REQUIRE(query_int(db, "PRAGMA user_version") == 1);
        REQUIRE_FALSE(db.tableExists("placement_view"));
    }
    Store store(path, false);
    auto& db = store.database();
    CHECK(query_int(db, "PRAGMA user_version") == Store::schema_version());
    CHECK(query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'placements_by_room_time'") == 1);
    CHECK(query_text(db, "SELECT room_name FROM placement_view WHERE session_id = 's1'") == "ຫ້ອງ ກ");
    CHECK_FALSE(store.versions("e1").front().based_on);  // schema 6: not recorded before
    CHECK(store.read_event("e1").base.version == 1);

    const auto scenario = store.load_scenario("e1");
    CHECK(scenario.event.name == "Hội đàm");
    REQUIRE(scenario.rooms.size() == 1);
    CHECK(scenario.rooms[0].equipment == std::set<std::string>{"booths"});
    const auto agenda = store.load_agenda("e1");
    REQUIRE(agenda);
    REQUIRE(agenda->placements.size() == 1);
    CHECK(agenda->placements[0].start == utc("2021-05-03T02:00:00Z"));
    CHECK(store.save_agenda(*agenda) == 2);
}

TEST_CASE("a database from a newer hoithao is refused", "[store]") {
    TempDir dir;
    const auto path = dir.file("new.db");
    seed(path, 0);
    {
        SQLite::Database db(path, SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = " + std::to_string(Store::schema_version() + 1));
    }
    REQUIRE_THROWS_WITH(Store(path, false),
                        Catch::Contains("was written by a newer hoithao (schema " +
                                        std::to_string(Store::schema_version() + 1) + ", this program knows " +
                                        std::to_string(Store::schema_version()) + ")"));
}

TEST_CASE("a save_agenda failing half-way leaves no partial version", "[store]") {
    TempDir dir;
    Store store(dir.file("hoithao.db"), true);
    store.save_scenario(sample_scenario(), "2022-08-29T02:00:00Z");
    store.save_agenda(sample_agenda("good"));

    auto bad_room = sample_agenda("bad");
    bad_room.placements[2].room_id = "r-nowhere";  // the first two rows are inserted before this one fails
    REQUIRE_THROWS_WITH(store.save_agenda(bad_room),
                        Catch::Contains("session 's-press' in room 'r-nowhere'"));
    auto bad_session = sample_agenda("bad");
    bad_session.placements[1].session_id = "s-ghost";
    REQUIRE_THROWS_AS(store.save_agenda(bad_session), model::InputError);
    auto twice = sample_agenda("bad");
    twice.placements.push_back(twice.placements[0]);
    REQUIRE_THROWS_AS(store.save_agenda(twice), model::InputError);

    auto& db = store.database();
    CHECK(query_int(db, "SELECT count(*) FROM agenda_versions") == 1);
    CHECK(query_int(db, "SELECT count(*) FROM placements") == 3);
    check_same(*store.load_agenda("vn-la-2022"), sample_agenda("good"));
    CHECK(store.save_agenda(sample_agenda("next")) == 2);
}

namespace {

// Ends the process like a power cut once the third placement row is written,
// i.e. in the middle of save_agenda's transaction.
void exit_on_third_placement(void*, int, const char*, const char* table, sqlite3_int64) {
    static int rows = 0;
    if (std::string(table) == "placements" && ++rows == 3) ::_exit(42);
}

// Forks a child that runs `work` on its own connection and returns its wait status.
template <typename Work>
int in_child(Work work) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        try {
            work();
        } catch (...) {
            ::_exit(1);
        }
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return status;
}

}  // namespace

TEST_CASE("a process dying in the middle of a write leaves the last good state", "[store]") {
    TempDir dir;
    const auto path = dir.file("hoithao.db");
    seed(path, 1);

    SECTION("exit during save_agenda") {
        const int status = in_child([&] {
            Store store(path, false);
            sqlite3_update_hook(store.database().getHandle(), exit_on_third_placement, nullptr);
            store.save_agenda(sample_agenda("never committed"));
        });
        REQUIRE(WIFEXITED(status));
        REQUIRE(WEXITSTATUS(status) == 42);
    }
    SECTION("SIGKILL while saving in a loop") {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            try {
                Store store(path, false);
                for (;;) store.save_agenda(sample_agenda("loop"));
            } catch (...) {
                ::_exit(1);
            }
        }
        // Kill only once the child is well into its loop, so the kill lands among writes.
        SQLite::Database watcher(path, SQLite::OPEN_READONLY);
        for (int tries = 0; tries < 500 && query_int(watcher, "SELECT max(version) FROM agenda_versions") < 5; ++tries)
            ::usleep(10'000);
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        CHECK(query_int(watcher, "SELECT max(version) FROM agenda_versions") >= 5);
    }

    Store store(path, false);
    auto& db = store.database();
    CHECK(query_text(db, "PRAGMA integrity_check") == "ok");
    CHECK(query_int(db, "SELECT count(*) FROM agenda_versions WHERE note = 'never committed'") == 0);
    // Every version that exists is whole.
    for (const auto& v : store.versions("vn-la-2022")) CHECK(v.placements == 3);
    check_same(*store.load_agenda("vn-la-2022", 1), sample_agenda("plan 1"));
}

TEST_CASE("two processes saving agendas at once get distinct, complete versions", "[store]") {
    TempDir dir;
    const auto path = dir.file("hoithao.db");
    seed(path, 0);
    constexpr int kEach = 15;
    std::vector<pid_t> children;
    for (int child = 0; child < 2; ++child) {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            try {
                Store store(path, false);
                for (int i = 0; i < kEach; ++i) store.save_agenda(sample_agenda("writer " + std::to_string(child)));
            } catch (...) {
                ::_exit(1);
            }
            ::_exit(0);
        }
        children.push_back(pid);
    }
    for (pid_t pid : children) {
        int status = 0;
        ::waitpid(pid, &status, 0);
        CHECK((WIFEXITED(status) && WEXITSTATUS(status) == 0));
    }
    Store store(path, false);
    const auto versions = store.versions("vn-la-2022");
    REQUIRE(versions.size() == 2 * kEach);
    for (std::size_t i = 0; i < versions.size(); ++i) {
        CHECK(versions[i].version == static_cast<int>(i) + 1);
        CHECK(versions[i].placements == 3);
    }
}

TEST_CASE("files that are not hoithao databases are refused and left alone", "[store]") {
    TempDir dir;
    SECTION("another program's SQLite file") {
        const auto path = dir.file("contacts.db");
        {
            SQLite::Database db(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE contacts (name TEXT)");
        }
        REQUIRE_THROWS_WITH(Store(path, true), path + " is not a hoithao database");
        SQLite::Database db(path, SQLite::OPEN_READONLY);
        CHECK(query_text(db, "PRAGMA journal_mode") == "delete");
        CHECK(query_int(db, "PRAGMA user_version") == 0);
    }
    SECTION("a text file") {
        const auto path = dir.file("notes.db");
        std::ofstream(path) << "Danh sách khách mời\n";
        REQUIRE_THROWS_WITH(Store(path, false), path + " is not a hoithao database");
        std::ifstream in(path);
        std::string line;
        std::getline(in, line);
        CHECK(line == "Danh sách khách mời");
    }
    SECTION("an empty file without create") {
        const auto path = dir.file("empty.db");
        std::ofstream{path};
        REQUIRE_THROWS_WITH(Store(path, false), Catch::Contains("empty file") && Catch::Contains("hoithao init"));
    }
    SECTION("a missing file without create") {
        const auto path = dir.file("missing.db");
        REQUIRE_THROWS_WITH(Store(path, false), Catch::Contains(path) && Catch::Contains("hoithao init"));
        CHECK_FALSE(fs::exists(path));
    }
}

TEST_CASE("SQL in names is stored verbatim", "[store]") {
    TempDir dir;
    Store store(dir.file("hoithao.db"), true);
    auto scenario = sample_scenario();
    const std::string evil = "Robert'); DROP TABLE sessions;--";
    scenario.event.name = evil;
    scenario.participants[0].name = evil;
    scenario.participants[0].names["en"] = evil;
    scenario.sessions[0].title.vi = evil;
    scenario.venues[0].city = "\"; DELETE FROM events; --";
    store.save_scenario(scenario, evil);
    auto agenda = sample_agenda(evil);
    agenda.created_at = evil;
    store.save_agenda(agenda);

    check_same(store.load_scenario("vn-la-2022"), scenario);
    check_same(*store.load_agenda("vn-la-2022"), agenda);
    CHECK(store.database().tableExists("sessions"));
    CHECK(query_int(store.database(), "SELECT count(*) FROM events") == 1);
}

TEST_CASE("soft rule weights survive the database", "[store]") {
    TempDir dir;
    Store store(dir.file("hoithao.db"), true);
    auto scenario = sample_scenario();
    scenario.event.weights = {{"idle-gaps", 3}, {"hall-fit", 0}};
    store.save_scenario(scenario, "2022-08-29T02:00:00Z");
    CHECK(store.load_scenario(scenario.event.id).event.weights == scenario.event.weights);
}

TEST_CASE("a write made from a stale read is refused, naming who wrote since", "[store]") {
    TempDir dir;
    const auto path = dir.file("hoithao.db");
    seed(path, 1);
    Store store(path, false);
    const auto read = store.read_event("vn-la-2022");
    REQUIRE(read.agenda);
    CHECK(read.base.version == 1);

    auto lan = sample_agenda("Lan's change");
    lan.author = "lan";
    lan.created_at = "2022-08-30T07:02:00Z";  // 14:02 in Viêng Chăn
    CHECK(store.save_agenda(lan, {}, read.base) == 2);
    CHECK(store.versions("vn-la-2022").back().based_on == 1);

    // A second command that read version 1 too.
    const auto hash_before = query_int(store.database(), "SELECT count(*) FROM agenda_versions");
    try {
        store.save_agenda(sample_agenda("from a stale read"), {}, read.base);
        FAIL("stored from a stale read");
    } catch (const store::Stale& e) {
        CHECK(std::string(e.what()) ==
              "version 2 by lan at 14:02 on 2022-08-30 changed event 'vn-la-2022' after you read version 1; nothing "
              "was stored: look at the latest version and run the command again");
        REQUIRE(e.newer().size() == 1);
        CHECK(e.newer().front().author == "lan");
        CHECK(static_cast<int>(e.code()) == 4);
    }
    CHECK_THROWS_AS(store.change_facts("vn-la-2022", {store::SessionCancelled{"s-press", true}}, read.base),
                    store::Stale);
    CHECK(query_int(store.database(), "SELECT count(*) FROM agenda_versions") == hash_before);
    CHECK(query_int(store.database(), "SELECT cancelled FROM sessions WHERE id = 's-press'") == 0);

    // A re-import changes the facts without a version: a read before it is stale too.
    const auto before_import = store.read_event("vn-la-2022");
    store.save_scenario(sample_scenario(), "2022-08-31T00:00:00Z");
    CHECK_THROWS_WITH(store.save_agenda(sample_agenda("after import"), {}, before_import.base),
                      Catch::Contains("the facts of event 'vn-la-2022' changed") &&
                          Catch::Contains("nothing was stored"));
    const auto fresh = store.read_event("vn-la-2022", 1);
    CHECK(fresh.agenda->version == 1);  // the version asked for, with the latest as the base
    CHECK(fresh.base.version == 2);
    CHECK(store.save_agenda(sample_agenda("from a fresh read"), {}, fresh.base) == 3);
}
