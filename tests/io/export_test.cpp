#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "io/export.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using hoithao::testing::read_file;

TEST_CASE("markdown programme lists sessions by day with names as written", "[io][export]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    std::ostringstream md;
    io::write_markdown(s, a, {}, {"vi"}, md);
    auto text = md.str();
    CHECK(text.find("## Thứ Sáu, 09/09/2022") != std::string::npos);
    CHECK(text.find("| 08:00–09:30 | Hội đàm giữa hai Bộ trưởng | Phòng VIP — Mường Thanh Grand Cửa Lò, Bình Minh, Cửa Lò |") !=
          std::string::npos);
    // Ministers of equal rank are listed host side first; the interpreter has its own column.
    CHECK(text.find("Trần Văn Sơn; A-lun-xay Xủn-nạ-lạt | Phạm Thị Thảo |") != std::string::npos);
    // Markup in titles is escaped, not interpreted.
    CHECK(text.find("<script>") == std::string::npos);
    CHECK(text.find("\\<script\\>") != std::string::npos);

    std::ostringstream lo;
    io::write_markdown(s, a, {}, {"lo"}, lo);
    CHECK(lo.str().find("ວັນສຸກ, 09/09/2022") != std::string::npos);
    CHECK(lo.str().find("ການເຈລະຈາ") != std::string::npos);
}

TEST_CASE("csv has a BOM, CRLF, quoted cells and neutralised formulas", "[io][export]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    std::ostringstream csv;
    io::write_csv(s, a, {}, {"en"}, csv);
    auto text = csv.str();
    REQUIRE(text.rfind("\xEF\xBB\xBF\"day\",\"start\"", 0) == 0);
    CHECK(text.find("\r\n\"2022-09-09\",\"08:00\",\"09:30\",\"Asia/Ho_Chi_Minh\",\"talks\"") != std::string::npos);
    CHECK(text.find("\"'=cmd|' /C calc'!A0\"") != std::string::npos);
    CHECK(text.find(",\"=cmd") == std::string::npos);
    CHECK(text.find("\"Cửa Lò\"") != std::string::npos);
    CHECK(io::neutralise_formula("+84 912") == "'+84 912");
    CHECK(io::neutralise_formula("@SUM(A1)") == "'@SUM(A1)");
    CHECK(io::neutralise_formula("Hội trường") == "Hội trường");
}

TEST_CASE("json carries ids, zoned ISO-8601 times and the schema name", "[io][export]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    std::ostringstream out;
    io::write_json(s, a, {"delegation", "LA"}, out);
    auto doc = nlohmann::json::parse(out.str());
    CHECK(doc["schema"] == "hoithao-agenda/1");
    CHECK(doc["selection"] == "delegation:LA");
    REQUIRE(doc["sessions"].size() == 3);
    CHECK(doc["sessions"][0]["start"] == "2022-09-09T08:00:00+07:00");
    CHECK(doc["sessions"][0]["interpreter"] == "thao");
    CHECK(doc["sessions"][0]["people"][0]["name"] == "Trần Văn Sơn");  // equal rank: the host side first
    CHECK(doc["sessions"][0]["people"][1]["name"] == "A-lun-xay Xủn-nạ-lạt");
}

TEST_CASE("a selector keeps only that person's, delegation's or hall's sessions", "[io][export]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    auto count = [&](const std::string& who) {
        std::ostringstream out;
        io::write_json(s, a, io::parse_selector(s, who), out);
        return nlohmann::json::parse(out.str())["sessions"].size();
    };
    CHECK(count("room:vip") == 1);
    CHECK(count("room:hall-a") == 2);
    CHECK(count("person:thao") == 2);  // interprets talks and signing
    CHECK(count("person:son") == 3);
    CHECK_THROWS_WITH(io::parse_selector(s, "person:nobody"), Catch::Contains("no person with id 'nobody'"));
    CHECK_THROWS_WITH(io::parse_selector(s, "hall:vip"), Catch::Contains("delegation:ID, person:ID or room:ID"));
}

TEST_CASE("export writes one file per reader, only inside the chosen folder", "[io][export]") {
    auto s = testing::small_cualo_scenario();
    s.participants[2].id = "../../escape";
    auto a = testing::small_cualo_agenda();
    a.placements[0].interpreter_id = "../../escape";
    testing::TempDir tmp;
    auto out = tmp / "agenda";
    auto files = io::export_agenda(s, a, {}, out);
    // event + 2 delegations + 3 people + 2 halls in six formats, and one timeline for the one day.
    CHECK(files.size() == 8 * 6 + 1);
    for (const auto& f : files) CHECK(f.parent_path() == out);
    CHECK(std::filesystem::exists(out / "person-.._.._escape.md"));
    CHECK(std::filesystem::exists(out / "person-.._.._escape.ics"));
    CHECK(std::filesystem::exists(out / "delegation-LA.xlsx"));
    CHECK(std::filesystem::exists(out / "room-vip.html"));
    CHECK(std::filesystem::exists(out / "timeline-2022-09-09.svg"));
    for (const auto& entry : std::filesystem::directory_iterator(out)) CHECK(entry.path().extension() != ".tmp");

    io::ExportOptions only;
    only.formats = {io::Format::Svg, io::Format::Html};
    only.selectors = {io::parse_selector(s, "person:son")};
    CHECK(io::export_agenda(s, a, only, tmp / "son") == std::vector<std::filesystem::path>{tmp / "son" / "person-son.html"});
    CHECK(read_file(out / "delegation-LA.md").find("Ký kết Biên bản ghi nhớ") != std::string::npos);
    CHECK(io::safe_file_part("..") == "_..");
    CHECK(io::safe_file_part("a/b\\c") == "a_b_c");
}

TEST_CASE("the table handed out has neither ids nor staff columns, and days as the programme writes them",
          "[io][export][final]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    std::ostringstream staff, out;
    io::write_csv(s, a, {}, {"vi"}, staff);
    CHECK(staff.str().find("\"room_id\",\"room\",\"venue\",\"address\",\"city\"") != std::string::npos);
    CHECK(staff.str().find("\"vip\",\"Phòng VIP\",\"Mường Thanh Grand Cửa Lò\",\"Bình Minh, Cửa Lò\",\"Cửa Lò\"") !=
          std::string::npos);
    io::write_csv(s, a, {}, {"vi", true}, out);
    auto text = out.str();
    REQUIRE(text.rfind("\xEF\xBB\xBF\"Ngày\",\"Bắt đầu\",\"Kết thúc\",\"Nội dung\",\"Loại\",\"Vai trò\",\"Phòng\",\"Địa điểm\","
                       "\"Địa chỉ\",\"Thành phố\",\"Thành phần\",\"Phiên dịch\"\r\n", 0) == 0);
    CHECK(text.find("\r\n\"Thứ Sáu, 09/09/2022\",\"08:00\",\"09:30\",\"Hội đàm giữa hai Bộ trưởng\",\"Hội đàm\","
                    "\"Đồng chủ trì: Trần Văn Sơn, A-lun-xay Xủn-nạ-lạt\",\"Phòng VIP\"") != std::string::npos);
    for (const auto* id : {"\"talks\"", "\"vip\"", "\"hall-a\"", "Asia/Ho_Chi_Minh"}) CHECK(text.find(id) == std::string::npos);
    CHECK(text.find("\"'=cmd") == std::string::npos);  // the English title is not in a Vietnamese table

    std::ostringstream lo;
    io::write_csv(s, a, {}, {"lo", true}, lo);
    CHECK(lo.str().find("\"ວັນສຸກ, 09/09/2022\",\"08:00\",\"09:30\",\"ການເຈລະຈາ\",\"ການເຈລະຈາ\"") != std::string::npos);
    CHECK(lo.str().find("Trần Văn Sơn; ອາລຸນໄຊ ສູນນະລາດ") != std::string::npos);

    io::ExportOptions options;
    options.audience = {"vi", true};
    testing::TempDir tmp;
    CHECK_THROWS_WITH(io::export_agenda(s, a, options, tmp / "out"), Catch::Contains("json is for tools"));
    options.formats = {io::Format::Markdown};
    io::export_agenda(s, a, options, tmp / "out");
    auto md = read_file(tmp / "out" / "event.md");
    CHECK(md.rfind("# Chương trình: Hội thảo Cửa Lò (thử)\n", 0) == 0);
    CHECK(md.find("| 11:30–13:30 | Nghỉ trưa | | | |") != std::string::npos);
}
