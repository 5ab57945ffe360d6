#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "io/export_html.hpp"
#include "support/clients.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;

namespace {

std::string html(const model::Scenario& s, const model::Agenda& a, const std::string& who, const std::string& lang,
                 bool final = false) {
    std::ostringstream out;
    io::write_html(s, a, io::parse_selector(s, who), {lang, final}, out);
    return out.str();
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the programme is self-contained, escaped and set in the reader's language", "[io][export][html]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    auto page = html(s, a, "", "vi");
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"vi\">", 0) == 0);
    CHECK(contains(page, "<meta charset=\"utf-8\">"));
    CHECK(contains(page, "@page { size: A4;"));
    CHECK(contains(page, "font-family: \"Noto Sans Lao\", \"Phetsarath OT\", \"Noto Sans\", sans-serif"));
    // Nothing runs and nothing is fetched: the fixture's <script> title is text.
    CHECK_FALSE(contains(page, "<script"));
    CHECK_FALSE(contains(page, "http"));
    CHECK_FALSE(contains(page, "src="));
    CHECK(contains(page, "Họp báo &quot;Việt – Lào&quot; &lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK(contains(page, "<h2>Thứ Sáu, 09/09/2022</h2>"));
    CHECK(contains(page, "<td class=\"time\">08:00–09:30</td>"));
    // Co-chairs in order of precedence (equal rank: the host side, Việt Nam, first), names as written.
    CHECK(contains(page, "<b>Đồng chủ trì:</b> Trần Văn Sơn, A-lun-xay Xủn-nạ-lạt</div>"));
    CHECK(contains(page, "<b>Phiên dịch:</b> Phạm Thị Thảo</div>"));

    auto lao = html(s, a, "", "lo");
    CHECK(contains(lao, "<html lang=\"lo\">"));
    CHECK(contains(lao, "ວັນສຸກ, 09/09/2022"));
    CHECK(contains(lao, "ການເຈລະຈາ"));
    CHECK(contains(lao, "<b>ປະທານຮ່ວມ:</b> Trần Văn Sơn, ອາລຸນໄຊ ສູນນະລາດ"));
    CHECK(contains(html(s, a, "", "en"), "=cmd|&#39; /C calc&#39;!A0"));
}

TEST_CASE("the programme shows the lunch break, arrivals, departures and the venue's address", "[io][export][html]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    s.delegations[1].arrival = testing::local("2022-09-08", "20:15");
    auto page = html(s, a, "", "vi");
    CHECK(contains(page, "<p class=\"meta\">Thứ Sáu, 09/09/2022 · phiên bản 1</p>"));
    CHECK(contains(page, "<h2>Thứ Năm, 08/09/2022</h2>"));  // the day the Lao delegation arrives
    CHECK(contains(page, "<tr class=\"arrival\"><td class=\"time\">20:15</td>\n<td class=\"session\" colspan=\"3\">"
                         "Đoàn đến: Đoàn Văn phòng Phủ Thủ tướng Lào</td></tr>"));
    CHECK(contains(page, "<tr class=\"break\"><td class=\"time\">11:30–13:30</td>\n<td class=\"session\" "
                         "colspan=\"3\">Nghỉ trưa</td></tr>"));
    // Between the signing (10:00) and the press briefing (14:00).
    CHECK(page.find("Ký kết Biên bản ghi nhớ") < page.find("Nghỉ trưa"));
    CHECK(page.find("Nghỉ trưa") < page.find("Họp báo"));
    CHECK(contains(page, "<div class=\"venue\">Mường Thanh Grand Cửa Lò, Cửa Lò</div><div class=\"address\">"
                         "Bình Minh, Cửa Lò</div>"));
    auto sheet = html(s, a, "person:alunxay", "en");
    CHECK(contains(sheet, "colspan=\"4\">Arrival: Đoàn Văn phòng Phủ Thủ tướng Lào"));
    CHECK(contains(sheet, "<p class=\"meta\">Friday, 09/09/2022 · version 1</p>"));
}

TEST_CASE("the Lao programme names people in Lao script where the scenario gives it", "[io][export][html][lang]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    auto lao = html(s, a, "", "lo");
    CHECK(contains(lao, "<b>ປະທານຮ່ວມ:</b> Trần Văn Sơn, ອາລຸນໄຊ ສູນນະລາດ</div>"));
    CHECK(contains(lao, "ພັກຜ່ອນ"));  // the break, in Lao
    CHECK_FALSE(contains(lao, "A-lun-xay"));
    // Session titles without a Lao form fall back to the Vietnamese.
    CHECK(contains(lao, "<strong>Ký kết Biên bản ghi nhớ</strong>"));
    auto sheet = html(s, a, "person:alunxay", "lo");
    CHECK(contains(sheet, "<p class=\"event\">ອາລຸນໄຊ ສູນນະລາດ</p>"));
    CHECK(contains(sheet, "<title>ກຳນົດການ: Hội thảo Cửa Lò (thử) — ອາລຸນໄຊ ສູນນະລາດ (ສະບັບ 1)</title>"));
}

TEST_CASE("the programme handed out has no version number, staff notes or ids", "[io][export][html][final]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    s.sessions[0].notes = "Kiểm tra micro trước 7:30";
    CHECK(contains(html(s, a, "", "vi"), "Ghi chú: Kiểm tra micro trước 7:30"));
    auto page = html(s, a, "", "vi", true);
    CHECK(contains(page, "<h1>Chương trình: Hội thảo Cửa Lò (thử)</h1>"));
    CHECK(contains(page, "<p class=\"meta\">Thứ Sáu, 09/09/2022</p>"));
    CHECK_FALSE(contains(page, "phiên bản"));
    CHECK_FALSE(contains(page, "Kiểm tra micro"));
    CHECK_FALSE(contains(page, "Ghi chú"));
    for (const auto* id : {"\"talks\"", ">talks<", "hall-a", ">vip<", "alunxay", "muong-thanh"}) CHECK_FALSE(contains(page, id));
    CHECK(contains(page, "Hội đàm giữa hai Bộ trưởng"));
}

TEST_CASE("a person's sheet shows their role in each of their sessions", "[io][export][html]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    auto sheet = html(s, a, "person:thao", "en");
    CHECK(contains(sheet, "<body class=\"sheet\">"));
    CHECK(contains(sheet, "<th class=\"role\">Role</th>"));
    CHECK(contains(sheet, "Talks between the two ministers"));
    CHECK(contains(sheet, "<td>Interpreter</td>"));
    CHECK_FALSE(contains(sheet, "=cmd"));  // the press briefing is not hers
    CHECK(contains(html(s, a, "person:son", "en"), "<td>Co-chairs</td>"));
    CHECK(contains(html(s, a, "room:vip", "vi"), "Phòng VIP"));
}

TEST_CASE("headless Chromium renders the programme and reads back its text", "[io][export][html][clients]") {
    if (!testing::have_program("chromium")) {
        WARN("chromium is not installed: run scripts/install-deps.sh");
        return;
    }
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    testing::TempDir tmp;
    auto chromium = "chromium --headless --no-sandbox --disable-gpu --disable-background-networking "
                    "--disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                    testing::shell_quote((tmp / "profile").string()) + " ";
    for (std::string lang : {"vi", "lo"}) {
        auto page = tmp / ("event-" + lang + ".html");
        {
            std::ofstream file(page, std::ios::binary);
            file << html(s, a, "", lang);
        }
        auto url = testing::shell_quote("file://" + page.string());
        auto png = tmp / ("event-" + lang + ".png");
        auto shot = testing::run_command(chromium + "--screenshot=" + testing::shell_quote(png.string()) +
                                         " --window-size=1240,1754 " + url);
        INFO(shot.text);
        CHECK(shot.status == 0);
        CHECK(std::filesystem::file_size(png) > 10000);

        auto dom = testing::run_command(chromium + "--dump-dom " + url + " 2>/dev/null");
        CHECK(dom.status == 0);
        INFO(dom.text);
        CHECK(contains(dom.text, lang == "lo" ? "ການເຈລະຈາ" : "Hội đàm giữa hai Bộ trưởng"));
        CHECK(contains(dom.text, "Ký kết Biên bản ghi nhớ"));
        CHECK(contains(dom.text, lang == "lo" ? "ອາລຸນໄຊ ສູນນະລາດ" : "A-lun-xay Xủn-nạ-lạt"));
        CHECK(contains(dom.text, lang == "lo" ? "ພັກຜ່ອນ" : "Nghỉ trưa"));
        CHECK(contains(dom.text, "Bình Minh, Cửa Lò"));
        CHECK(contains(dom.text, lang == "lo" ? "ວັນສຸກ, 09/09/2022" : "Thứ Sáu, 09/09/2022"));
        CHECK(contains(dom.text, "&lt;script&gt;alert(1)&lt;/script&gt;"));
        CHECK_FALSE(contains(dom.text, "<script"));
    }
}
