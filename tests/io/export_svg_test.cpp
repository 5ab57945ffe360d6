#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "io/export_svg.hpp"
#include "support/clients.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;

namespace {

std::string svg(const model::Scenario& s, const model::Agenda& a, const std::string& day, const std::string& lang) {
    std::ostringstream out;
    io::write_svg_timeline(s, a, day, {lang}, out);
    return out.str();
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("the timeline has a row per hall, a box per session and a legend", "[io][export][svg]") {
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    auto text = svg(s, a, "2022-09-09", "vi");
    CHECK(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
    CHECK(count(text, "<g class=\"session\"") == 3);
    CHECK(count(text, ">Hội trường A</text>") == 1);
    CHECK(count(text, ">Phòng VIP</text>") == 1);
    // Hours 08:00 to 15:00 (the press briefing ends 14:30).
    CHECK(text.find(">08:00</text>") != std::string::npos);
    CHECK(text.find(">15:00</text>") != std::string::npos);
    CHECK(text.find(">07:00</text>") == std::string::npos);
    CHECK(text.find(">Hội đàm</text>") != std::string::npos);  // legend
    CHECK(text.find(">Họp báo</text>") != std::string::npos);
    CHECK(text.find("<script") == std::string::npos);
    CHECK(text.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(count(svg(s, a, "2022-09-10", "vi"), "<g class=\"session\"") == 0);
    CHECK(svg(s, a, "2022-09-09", "lo").find("ການເຈລະຈາ") != std::string::npos);
}

TEST_CASE("the timeline parses as XML with every session's text intact", "[io][export][svg][clients]") {
    if (!testing::python_has("xml.etree.ElementTree")) {
        WARN("python3 is not installed: run scripts/install-deps.sh");
        return;
    }
    auto s = testing::small_cualo_scenario();
    auto a = testing::small_cualo_agenda();
    testing::TempDir tmp;
    auto path = tmp / "timeline.svg";
    {
        std::ofstream file(path, std::ios::binary);
        file << svg(s, a, "2022-09-09", "vi");
    }
    auto script = R"(
import sys, xml.etree.ElementTree as ET
ns = {'svg': 'http://www.w3.org/2000/svg'}
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == '{http://www.w3.org/2000/svg}svg', root.tag
for g in root.findall('svg:g', ns):
    print(g.get('data-session'), '|', g.find('svg:title', ns).text, sep='')
)";
    auto result = testing::run_python(tmp.path(), script, {path.string()});
    INFO(result.text);
    REQUIRE(result.status == 0);
    CHECK(result.text.find("talks|08:00–09:30 Hội đàm giữa hai Bộ trưởng\n") != std::string::npos);
    CHECK(result.text.find("press|14:00–14:30 Họp báo \"Việt – Lào\" <script>alert(1)</script>\n") !=
          std::string::npos);
}
