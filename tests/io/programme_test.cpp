#include <catch2/catch.hpp>

#include <algorithm>

#include "io/labels.hpp"
#include "io/programme.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;

namespace {

// The Lao delegation arrives the evening before and leaves at the end of the day.
struct Visit {
    model::Scenario s = testing::small_cualo_scenario();
    model::Agenda a = testing::small_cualo_agenda();
    Visit() {
        auto& lao = s.delegations[1];
        lao.arrival = testing::local("2022-09-08", "20:15");
        lao.departure = testing::local("2022-09-09", "17:00");
    }
    // "day start text" of every line `who` sees, in order.
    std::vector<std::string> lines(const std::string& who, const std::string& lang = "vi") const {
        auto selector = io::parse_selector(s, who);
        auto rows = io::agenda_rows(s, a, selector);
        std::vector<std::string> found;
        for (const auto& line : io::programme_lines(s, rows, selector))
            found.push_back(line.day + " " + line.start + " " + io::line_text(line, lang));
        return found;
    }
};

}  // namespace

TEST_CASE("the programme has the lunch break between sessions and the delegations' arrival and departure",
          "[io][programme]") {
    Visit v;
    CHECK(v.lines("") == std::vector<std::string>{
                             "2022-09-08 20:15 Đoàn đến: Đoàn Văn phòng Phủ Thủ tướng Lào",
                             "2022-09-09 08:00 Hội đàm giữa hai Bộ trưởng",
                             "2022-09-09 10:00 Ký kết Biên bản ghi nhớ",
                             "2022-09-09 11:30 Nghỉ trưa",
                             "2022-09-09 14:00 Họp báo \"Việt – Lào\" <script>alert(1)</script>",
                             "2022-09-09 17:00 Đoàn rời: Đoàn Văn phòng Phủ Thủ tướng Lào",
                         });
    // The Lao minister's sheet has his delegation's travel; the Vietnamese one has none.
    auto lao = v.lines("person:alunxay", "lo");
    CHECK(lao.front() == "2022-09-08 20:15 ຄະນະມາຮອດ: Đoàn Văn phòng Phủ Thủ tướng Lào");
    CHECK(std::find(lao.begin(), lao.end(), "2022-09-09 11:30 ພັກຜ່ອນ") != lao.end());
    CHECK(v.lines("delegation:VN", "en").size() == 4);  // three sessions and the break
    CHECK(v.lines("delegation:VN", "en")[2] == "2022-09-09 11:30 Break");
    // A hall with one morning session: no break after it, and no travel.
    CHECK(v.lines("room:vip") == std::vector<std::string>{"2022-09-09 08:00 Hội đàm giữa hai Bộ trưởng"});
}

TEST_CASE("a session held over lunch replaces the break", "[io][programme]") {
    Visit v;
    v.a.placements[2].start = testing::local("2022-09-09", "12:00");  // a working lunch with the press
    v.a.placements[2].end = testing::local("2022-09-09", "12:30");
    for (const auto& line : v.lines("")) CHECK(line.find("Nghỉ trưa") == std::string::npos);
}

TEST_CASE("every export writes a day one way, in the reader's language", "[io][programme][lang]") {
    auto monday = *model::parse_day("2013-01-21");
    CHECK(io::day_heading(monday, "vi") == "Thứ Hai, 21/01/2013");
    CHECK(io::day_heading(monday, "lo") == "ວັນຈັນ, 21/01/2013");
    CHECK(io::day_heading(monday, "en") == "Monday, 21/01/2013");
    CHECK(io::day_heading(*model::parse_day("2013-01-20"), "vi") == "Chủ nhật, 20/01/2013");
    CHECK(io::days_span(*model::parse_day("2013-01-20"), *model::parse_day("2013-01-22"), "vi") ==
          "Chủ nhật, 20/01/2013 – Thứ Ba, 22/01/2013");
    CHECK(io::days_span(monday, monday, "en") == "Monday, 21/01/2013");
}
