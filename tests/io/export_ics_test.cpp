#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include "io/export_ics.hpp"
#include "support/clients.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;

namespace {

std::string ics(const model::Scenario& s, const model::Agenda& a, const io::Selector& who = {},
                const io::Sequences& sequences = {}, const io::Audience& audience = {}) {
    std::ostringstream out;
    io::write_ics(s, a, who, audience, sequences, out);
    return out.str();
}

// RFC 5545 lines are folded at 75 octets with CRLF + space; join them back.
std::string unfolded(std::string text) {
    for (auto pos = text.find("\r\n "); pos != std::string::npos; pos = text.find("\r\n ", pos)) text.erase(pos, 3);
    return text;
}

// UID -> SEQUENCE of every VEVENT.
std::map<std::string, std::string> sequences_by_uid(const std::string& text) {
    std::map<std::string, std::string> found;
    std::regex event("BEGIN:VEVENT[\\s\\S]*?END:VEVENT");
    std::smatch uid, sequence;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), event); it != std::sregex_iterator(); ++it) {
        auto body = it->str();
        REQUIRE(std::regex_search(body, uid, std::regex("\r\nUID:([^\r]*)")));
        REQUIRE(std::regex_search(body, sequence, std::regex("\r\nSEQUENCE:([0-9]+)")));
        found[uid[1]] = sequence[1];
    }
    return found;
}

void write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
}

}  // namespace

TEST_CASE("ics events have stable UIDs, zoned times, attendees and a reproducible DTSTAMP", "[io][export][ics]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    auto text = unfolded(ics(s, a));
    CHECK(text.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    CHECK(text.find("\nMETHOD:PUBLISH\r\n") != std::string::npos);
    // One fixed-offset zone block, named as the venue's IANA zone, without libical's prefix.
    CHECK(text.find("BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\nBEGIN:STANDARD\r\n") != std::string::npos);
    CHECK(text.find("TZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nTZNAME:+07\r\n") != std::string::npos);
    CHECK(text.find("freeassociation") == std::string::npos);
    CHECK(text.find("DTSTART;TZID=Asia/Ho_Chi_Minh:20220909T080000\r\n") != std::string::npos);
    CHECK(text.find("DTEND;TZID=Asia/Ho_Chi_Minh:20220909T093000\r\n") != std::string::npos);
    CHECK(text.find("UID:talks@cualo-test.hoithao\r\n") != std::string::npos);
    CHECK(text.find("DTSTAMP:20261123T000000Z\r\n") != std::string::npos);
    CHECK(text.find("LOCATION:Phòng VIP — Mường Thanh Grand Cửa Lò\\, Bình Minh\\, Cửa Lò\r\n") != std::string::npos);
    CHECK(text.find("DESCRIPTION:Đồng chủ trì: Trần Văn Sơn\\, A-lun-xay Xủn-nạ-lạt\\nPhiên dịch: Phạm Thị "
                    "Thảo\r\n") != std::string::npos);
    CHECK(text.find("CN=A-lun-xay Xủn-nạ-lạt") != std::string::npos);
    CHECK(text.find("ROLE=CHAIR:mailto:son@cualo-test.hoithao.invalid\r\n") != std::string::npos);
    // Text values are escaped by libical, not interpreted.
    CHECK(text.find("SUMMARY:Họp báo \"Việt – Lào\" <script>alert(1)</script>\r\n") != std::string::npos);
    CHECK(ics(s, a) == ics(s, a));

    auto mine = ics(s, a, io::parse_selector(s, "room:vip"));
    CHECK(sequences_by_uid(mine).size() == 1);
    CHECK(sequences_by_uid(mine).count("talks@cualo-test.hoithao") == 1);
}

TEST_CASE("the calendar handed out has no version number or staff notes; Lao readers get Lao names",
          "[io][export][ics][final]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    s.sessions[0].notes = "Kiểm tra micro trước 7:30";
    auto staff = unfolded(ics(s, a));
    CHECK(staff.find("X-WR-CALNAME:Chương trình: Hội thảo Cửa Lò (thử) (phiên bản 1)\r\n") != std::string::npos);
    CHECK(staff.find("\\nGhi chú: Kiểm tra micro trước 7:30\r\n") != std::string::npos);
    auto final = unfolded(ics(s, a, {}, {}, {"vi", true}));
    CHECK(final.find("X-WR-CALNAME:Chương trình: Hội thảo Cửa Lò (thử)\r\n") != std::string::npos);
    CHECK(final.find("Kiểm tra micro") == std::string::npos);
    CHECK(final.find("phiên bản") == std::string::npos);
    // Calendar apps still need the UID to update the event, and never show it.
    CHECK(final.find("UID:talks@cualo-test.hoithao\r\n") != std::string::npos);

    auto lao = unfolded(ics(s, a, {}, {}, {"lo"}));
    CHECK(lao.find("CN=ອາລຸນໄຊ ສູນນະລາດ") != std::string::npos);
    CHECK(lao.find("DESCRIPTION:ປະທານຮ່ວມ: Trần Văn Sơn\\, ອາລຸນໄຊ ສູນນະລາດ\\n") != std::string::npos);
}

TEST_CASE("a delegation's arrival and departure are moments in the calendars they concern",
          "[io][export][ics][clients]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    s.delegations[1].arrival = testing::local("2022-09-08", "20:15");
    s.delegations[1].departure = testing::local("2022-09-09", "17:00");
    auto lao = unfolded(ics(s, a, io::parse_selector(s, "delegation:LA")));
    CHECK(lao.find("UID:arrival/LA@cualo-test.hoithao\r\n") != std::string::npos);
    CHECK(lao.find("SUMMARY:Đoàn đến: Đoàn Văn phòng Phủ Thủ tướng Lào\r\n") != std::string::npos);
    CHECK(lao.find("DTSTART:20220908T131500Z\r\n") != std::string::npos);
    CHECK(lao.find("UID:departure/LA@cualo-test.hoithao\r\n") != std::string::npos);
    CHECK(lao.find("Nghỉ trưa") == std::string::npos);  // a calendar has its own lunch
    CHECK(ics(s, a, io::parse_selector(s, "delegation:VN")).find("arrival/") == std::string::npos);
    CHECK(ics(s, a, io::parse_selector(s, "room:vip")).find("arrival/") == std::string::npos);

    if (!testing::python_has("icalendar")) {
        WARN("python3-icalendar is not installed: run scripts/install-deps.sh");
        return;
    }
    testing::TempDir tmp;
    write(tmp / "delegation-LA.ics", ics(s, a, io::parse_selector(s, "delegation:LA"), {}, {"en"}));
    auto script = R"(
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
for ev in cal.walk('VEVENT'):
    if '/' in str(ev['UID']):
        print(ev['UID'], ev['DTSTART'].dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%MZ'),
              'DTEND' in ev, ev['TRANSP'], ev['SUMMARY'], sep='|')
)";
    auto result = testing::run_python(tmp.path(), script, {(tmp / "delegation-LA.ics").string()});
    INFO(result.text);
    REQUIRE(result.status == 0);
    CHECK(result.text == "arrival/LA@cualo-test.hoithao|2022-09-08T13:15Z|False|TRANSPARENT|"
                         "Arrival: Đoàn Văn phòng Phủ Thủ tướng Lào\n"
                         "departure/LA@cualo-test.hoithao|2022-09-09T10:00Z|False|TRANSPARENT|"
                         "Departure: Đoàn Văn phòng Phủ Thủ tướng Lào\n");
}

TEST_CASE("count_moves counts changes of start, end or hall between versions", "[io][export][ics]") {
    auto v1 = testing::small_cualo_agenda();
    auto v2 = v1;
    v2.version = 2;
    v2.placements[1].start += std::chrono::minutes(15);  // signing moved
    v2.placements[1].end += std::chrono::minutes(15);
    auto v3 = v2;
    v3.version = 3;
    v3.placements[0].interpreter_id = "";  // not a move
    v3.placements[2].room_id = "vip";      // press changes hall
    auto v4 = v3;
    v4.version = 4;
    v4.placements.erase(v4.placements.begin() + 1);  // signing dropped: nothing to count
    auto moves = io::count_moves({v1, v2, v3, v4});
    CHECK(moves == io::Sequences{{"signing", 1}, {"press", 1}});
    CHECK(io::count_moves({v1}).empty());
}

TEST_CASE("a re-plan that moves one session changes only its SEQUENCE and no UID", "[io][export][ics]") {
    auto s = testing::small_cualo_scenario();
    auto v1 = testing::small_cualo_agenda();
    auto v2 = v1;
    v2.version = 2;
    v2.placements[2].start += std::chrono::hours(1);
    v2.placements[2].end += std::chrono::hours(1);
    auto before = sequences_by_uid(ics(s, v1, {}, io::count_moves({v1})));
    auto after = sequences_by_uid(ics(s, v2, {}, io::count_moves({v1, v2})));
    CHECK(before == std::map<std::string, std::string>{{"press@cualo-test.hoithao", "0"},
                                                       {"signing@cualo-test.hoithao", "0"},
                                                       {"talks@cualo-test.hoithao", "0"}});
    CHECK(after == std::map<std::string, std::string>{{"press@cualo-test.hoithao", "1"},
                                                      {"signing@cualo-test.hoithao", "0"},
                                                      {"talks@cualo-test.hoithao", "0"}});
}

TEST_CASE("a session in a zone with daylight saving is written in UTC", "[io][export][ics]") {
    auto s = testing::small_cualo_scenario();
    s.venues[0].zone = "Europe/Paris";
    auto a = testing::small_cualo_agenda();
    // The last Sunday of October 2022, when Paris leaves summer time, inside the talks.
    a.placements[0].start = *model::parse_utc("2022-10-30T00:30:00Z");
    a.placements[0].end = *model::parse_utc("2022-10-30T01:30:00Z");
    auto text = ics(s, a);
    CHECK(text.find("DTSTART:20221030T003000Z\r\n") != std::string::npos);
    CHECK(text.find("TZID=Europe/Paris") == std::string::npos);
}

TEST_CASE("python3-icalendar reads every calendar with the right instants", "[io][export][ics][clients]") {
    if (!testing::python_has("icalendar")) {
        WARN("python3-icalendar is not installed: run scripts/install-deps.sh");
        return;
    }
    auto s = testing::small_cualo_scenario();
    s.participants[2].name = "Phạm Thị \"Thảo\"";  // a quote, written as ^' (RFC 6868) in parameters
    auto a = testing::small_cualo_agenda();
    testing::TempDir tmp;
    std::vector<std::string> files;
    for (std::string who : {"", "person:alunxay", "person:thao", "delegation:LA", "room:hall-a"}) {
        auto name = who.empty() ? "event" : who;
        std::replace(name.begin(), name.end(), ':', '-');
        auto path = tmp / (name + ".ics");
        write(path, ics(s, a, io::parse_selector(s, who)));
        files.push_back(path.string());
    }
    // Prints one line per event: file, UID, start and end in UTC, summary, attendees.
    // The start is checked twice: as icalendar resolves the TZID, and by hand from our
    // own VTIMEZONE's offset, so a wrong block cannot hide behind a zone database.
    auto script = R"(
import sys, datetime, icalendar
for name in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(name, 'rb').read())
    offsets = {str(z['TZID']): z.walk('STANDARD')[0]['TZOFFSETTO'].td for z in cal.walk('VTIMEZONE')}
    for ev in cal.walk('VEVENT'):
        start, end = ev['DTSTART'], ev['DTEND']
        tzid = start.params['TZID']
        naive = start.dt.replace(tzinfo=None)
        by_hand = (naive - offsets[tzid]).replace(tzinfo=datetime.timezone.utc)
        assert by_hand == start.dt.astimezone(datetime.timezone.utc), (by_hand, start.dt)
        utc = lambda d: d.dt.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%MZ')
        # icalendar 4.0 predates RFC 6868, so undo its parameter escapes here.
        cn = lambda a: str(a.params['CN']).replace("^'", '"').replace('^n', '\n').replace('^^', '^')
        people = ','.join(cn(a) for a in ev.get('ATTENDEE', []))
        print(name.split('/')[-1], ev['UID'], utc(start), utc(end), ev['SEQUENCE'], ev['SUMMARY'], people, sep='|')
)";
    auto result = testing::run_python(tmp.path(), script, files);
    INFO(result.text);
    REQUIRE(result.status == 0);
    const auto& out = result.text;
    CHECK(out.find("event.ics|talks@cualo-test.hoithao|2022-09-09T01:00Z|2022-09-09T02:30Z|0|"
                   "Hội đàm giữa hai Bộ trưởng|Trần Văn Sơn,A-lun-xay Xủn-nạ-lạt,Phạm Thị \"Thảo\"") != std::string::npos);
    CHECK(out.find("event.ics|press@cualo-test.hoithao|2022-09-09T07:00Z|2022-09-09T07:30Z|0|"
                   "Họp báo \"Việt – Lào\" <script>alert(1)</script>|") != std::string::npos);
    CHECK(out.find("person-thao.ics|signing@cualo-test.hoithao|2022-09-09T03:00Z") != std::string::npos);
    CHECK(out.find("person-thao.ics|press") == std::string::npos);
    CHECK(out.find("room-hall-a.ics|talks") == std::string::npos);
    CHECK(std::count(out.begin(), out.end(), '\n') == 3 + 3 + 2 + 3 + 2);
}

TEST_CASE("calcurse imports the event calendar", "[io][export][ics][clients]") {
    if (!testing::have_program("calcurse")) {
        WARN("calcurse is not installed: run scripts/install-deps.sh");
        return;
    }
    auto s = testing::small_cualo_scenario();
    s.participants[2].name = "Phạm Thị \"Thảo\"";
    auto a = testing::small_cualo_agenda();
    testing::TempDir tmp;
    write(tmp / "event.ics", ics(s, a));
    auto data = (tmp / "calcurse").string();
    std::filesystem::create_directories(data);
    auto env = "TZ=Asia/Ho_Chi_Minh HOME=" + testing::shell_quote(tmp.path().string()) + " ";
    auto imported = testing::run_command(env + "calcurse -D " + testing::shell_quote(data) + " -i " +
                                         testing::shell_quote((tmp / "event.ics").string()));
    INFO(imported.text);
    REQUIRE(imported.status == 0);
    CHECK(imported.text.find("3 apps / 0 events / 0 todos / 0 skipped") != std::string::npos);
    // calcurse keeps the wall-clock time it reads (the venue's), whatever TZ says.
    auto listed =
        testing::run_command(env + "calcurse -D " + testing::shell_quote(data) + " -Q --from 09/09/2022 --days 1");
    INFO(listed.text);
    CHECK(listed.status == 0);
    CHECK(listed.text.find("08:00 -> 09:30") != std::string::npos);
    CHECK(listed.text.find("Hội đàm giữa hai Bộ trưởng") != std::string::npos);
}
