#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "io/export_html.hpp"
#include "support/clients.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;

namespace {

std::string html(const model::Scenario& s, const model::Agenda& a, const std::string& who, const std::string& lang) {
    std::ostringstream out;
    io::write_html(s, a, io::parse_selector(s, who), lang, out);
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
    // Co-chairs in order of precedence (equal rank: by name), names as written.
    CHECK(contains(page, "<b>Đồng chủ trì:</b> A-lun-xay Xủn-nạ-lạt, Trần Văn Sơn</div>"));
    CHECK(contains(page, "<b>Phiên dịch:</b> Phạm Thị Thảo</div>"));

    auto lao = html(s, a, "", "lo");
    CHECK(contains(lao, "<html lang=\"lo\">"));
    CHECK(contains(lao, "ວັນສຸກ, 09/09/2022"));
    CHECK(contains(lao, "ການເຈລະຈາ"));
    CHECK(contains(lao, "<b>ປະທານຮ່ວມ:</b> A-lun-xay Xủn-nạ-lạt, Trần Văn Sơn"));
    CHECK(contains(html(s, a, "", "en"), "=cmd|&#39; /C calc&#39;!A0"));
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
        CHECK(contains(dom.text, "A-lun-xay Xủn-nạ-lạt"));
        CHECK(contains(dom.text, "&lt;script&gt;alert(1)&lt;/script&gt;"));
        CHECK_FALSE(contains(dom.text, "<script"));
    }
}
