#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "io/export.hpp"
#include "io/export_xlsx.hpp"
#include "support/clients.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using testing::read_file;
using testing::shell_quote;

namespace {

// The fixture over two days, with a Lao title that is also a formula.
struct TwoDays {
    model::Scenario s = testing::small_cualo_scenario();
    model::Agenda a = testing::small_cualo_agenda();
    TwoDays() {
        s.event.last_day = *model::parse_day("2022-09-10");
        s.sessions[2].title.lo = "=cmd|' /C calc'!A0";
        a.placements[2].start = testing::local("2022-09-10", "14:00");
        a.placements[2].end = testing::local("2022-09-10", "14:30");
    }
};

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> result;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        result.push_back(line);
    }
    return result;
}

}  // namespace

TEST_CASE("xlsx is a zip workbook written to the path given", "[io][export][xlsx]") {
    TwoDays t;
    testing::TempDir tmp;
    io::write_xlsx(t.s, t.a, {}, {"vi"}, tmp / "event.xlsx");
    CHECK(read_file(tmp / "event.xlsx").rfind("PK\x03\x04", 0) == 0);
    t.s.rooms.push_back({"spare", "muong-thanh", "Phòng dự phòng", 10, {}, {}});
    io::write_xlsx(t.s, t.a, io::parse_selector(t.s, "room:spare"), {"vi"}, tmp / "none.xlsx");  // still one sheet
    CHECK(std::filesystem::file_size(tmp / "none.xlsx") > 0);
}

TEST_CASE("LibreOffice reads the same cells from the XLSX and the CSV", "[io][export][xlsx][clients]") {
    if (!testing::have_program("soffice")) {
        WARN("LibreOffice is not installed: run scripts/install-deps.sh");
        return;
    }
    TwoDays t;
    testing::TempDir tmp;
    io::write_xlsx(t.s, t.a, {}, {"lo"}, tmp / "event.xlsx");
    {
        std::ofstream csv(tmp / "event.csv", std::ios::binary);
        io::write_csv(t.s, t.a, {}, {"lo"}, csv);
    }
    // Every sheet to its own UTF-8 CSV (last token -1); CSV input read as UTF-8 text
    // columns, so "08:00" stays text as it is in the workbook.
    std::string all_text;
    for (int col = 1; col <= 14; ++col) all_text += (col > 1 ? "/" : "") + std::to_string(col) + "/2";
    auto soffice = "soffice -env:UserInstallation=" + shell_quote("file://" + (tmp / "profile").string()) +
                   " --headless --convert-to " +
                   shell_quote("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1") + " ";
    auto from_xlsx = testing::run_command(soffice + "--outdir " + shell_quote((tmp / "xlsx").string()) + " " +
                                          shell_quote((tmp / "event.xlsx").string()));
    INFO(from_xlsx.text);
    REQUIRE(from_xlsx.status == 0);
    auto from_csv = testing::run_command(soffice + "--infilter=" + shell_quote("CSV:44,34,76,1," + all_text) +
                                         " --outdir " + shell_quote((tmp / "csv").string()) + " " +
                                         shell_quote((tmp / "event.csv").string()));
    INFO(from_csv.text);
    REQUIRE(from_csv.status == 0);

    auto csv_lines = lines(read_file(tmp / "csv" / "event-event.csv"));
    REQUIRE(csv_lines.size() == 4);
    for (std::string day : {"2022-09-09", "2022-09-10"}) {
        auto sheet = tmp / "xlsx" / ("event-" + day + ".csv");
        REQUIRE(std::filesystem::exists(sheet));
        std::vector<std::string> expected{csv_lines[0]};
        for (const auto& line : csv_lines)
            if (line.rfind(day + ",", 0) == 0) expected.push_back(line);
        CHECK(lines(read_file(sheet)) == expected);
    }
    auto first_day = read_file(tmp / "xlsx" / "event-2022-09-09.csv");
    CHECK(first_day.find("ການເຈລະຈາ") != std::string::npos);
    CHECK(first_day.find("ອາລຸນໄຊ ສູນນະລາດ") != std::string::npos);  // the Lao minister, in Lao script
    CHECK(first_day.find("Cửa Lò") != std::string::npos);
    CHECK(first_day.find(",08:00,09:30,") != std::string::npos);
    // The formula arrives as the text it was, with its guard, never evaluated.
    CHECK(read_file(tmp / "xlsx" / "event-2022-09-10.csv").find(",'=cmd|' /C calc'!A0,") != std::string::npos);
}

TEST_CASE("each day's sheet prints the day as the programme writes it", "[io][export][xlsx][clients]") {
    TwoDays t;
    testing::TempDir tmp;
    io::write_xlsx(t.s, t.a, {}, {"lo", true}, tmp / "event.xlsx");
    // Python's zipfile and XML parser read the workbook's sheets as Excel does.
    auto script = R"(
import sys, zipfile, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
book = zipfile.ZipFile(sys.argv[1])
for name in sorted(n for n in book.namelist() if n.startswith('xl/worksheets/sheet')):
    sheet = ET.fromstring(book.read(name))
    print(name.split('/')[-1], sheet.find('m:headerFooter/m:oddHeader', ns).text, sep='|')
strings = ET.fromstring(book.read('xl/sharedStrings.xml'))
print('|'.join(t.text for t in strings.iter('{%s}t' % ns['m'])))
)";
    auto result = testing::run_python(tmp.path(), script, {(tmp / "event.xlsx").string()});
    INFO(result.text);
    REQUIRE(result.status == 0);
    CHECK(result.text.find("sheet1.xml|&Cວັນສຸກ, 09/09/2022\n") != std::string::npos);
    CHECK(result.text.find("sheet2.xml|&Cວັນເສົາ, 10/09/2022\n") != std::string::npos);
    // The version handed out: no id columns, days and kinds in words.
    CHECK(result.text.find("session_id") == std::string::npos);
    CHECK(result.text.find("room_id") == std::string::npos);
    CHECK(result.text.find("|ວັນສຸກ, 09/09/2022|") != std::string::npos);
    CHECK(result.text.find("ວັນທີ|ເລີ່ມ|ສິ້ນສຸດ|ເນື້ອໃນ|ປະເພດ|ບົດບາດ|ຫ້ອງ|ສະຖານທີ່|ທີ່ຢູ່|ເມືອງ|ຜູ້ເຂົ້າຮ່ວມ|ນາຍພາສາ|") != std::string::npos);
    CHECK(result.text.find("|Bình Minh, Cửa Lò|") != std::string::npos);
}
