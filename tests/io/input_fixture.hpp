#pragma once
// A small event written as files (a scenario, its participants and sessions CSV) and
// imported, planned and exported into a database, for the tests that feed hoithao
// bad input through the CLI and check that it is refused and the database unchanged.
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>

#include "cli/cli_run.hpp"
#include "support/fixtures.hpp"

namespace hoithao::testing {

inline const std::string kScenario = R"(participants_csv = ["people.csv"]
sessions_csv = ["sessions.csv"]

[event]
id = "bad-input"
name = "Hội thảo thử"
host = "VN"
start = 2022-09-08
end = 2022-09-10
working_hours = ["07:30", "17:30"]

[[venue]]
id = "hotel"
name = "Khách sạn Mường Thanh Grand Cửa Lò"
city = "Cửa Lò"
address = "Số 2 Bình Minh"
timezone = "Asia/Ho_Chi_Minh"

[[room]]
id = "hall"
venue = "hotel"
name = "Hội trường lớn"
capacity = 300

[[delegation]]
id = "vn"
name = "Đoàn Việt Nam"
side = "VN"
head = "son"

[[participant]]
id = "son"
name = "Trần Văn Sơn"
title = "Bộ trưởng"
delegation = "vn"

[[session]]
id = "talks"
title = { vi = "Hội đàm", en = "Talks" }
kind = "talks"
duration = 60
attendees = ["son"]
windows = [["08:00", "11:30"]]

[[session]]
id = "signing"
title = "Ký kết"
kind = "signing"
duration = 30
after = [{ session = "talks", gap = 15 }]
)";

inline const std::string kPeople =
    "id,name,title,rank,delegation\n"
    "pt-1,Lê Hoàng Tùng,Vụ trưởng,5,vn\n"
    "pt-2,Khamphanh Pheuyavong,\"Thứ trưởng, Phó Chủ nhiệm\",2,\n";

inline const std::string kSessions =
    "id,title_vi,kind,duration,attendees,after,notes\n"
    "press,Họp báo,press,30,pt-1,signing,\"Mang thẻ\nvào cửa\"\n";

// The database of the event above after import, solve and export (agenda/event.json,
// agenda/event.csv).
struct InputEvent {
    TempDir tmp;
    std::string db = (tmp / "event.db").string();
    std::filesystem::path agenda = tmp / "agenda";

    InputEvent() {
        write(tmp / "good", {{"event.toml", kScenario}, {"people.csv", kPeople}, {"sessions.csv", kSessions}});
        run_cli({"init", db});
        auto imported = run_cli({"import", db, (tmp / "good" / "event.toml").string()});
        if (imported.code != 0) throw std::runtime_error("fixture does not import: " + imported.err);
        if (run_cli({"solve", db, "--quiet"}).code != 0) throw std::runtime_error("fixture does not plan");
        if (run_cli({"export", db, "--out", agenda.string(), "--format", "json,csv"}).code != 0)
            throw std::runtime_error("fixture does not export");
    }

    static void write(const std::filesystem::path& dir, const std::map<std::string, std::string>& files) {
        std::filesystem::remove_all(dir);
        for (const auto& [name, text] : files) {
            std::filesystem::create_directories((dir / name).parent_path());
            std::ofstream(dir / name, std::ios::binary) << text;
        }
    }
};

// Everything a user could see of a database: its bytes and `sqlite3 DB .dump`.
inline std::string db_state(const std::string& db) {
    std::string dump;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(("sqlite3 '" + db + "' .dump").c_str(), "r"), pclose);
    std::array<char, 4096> buf{};
    while (pipe && std::fgets(buf.data(), buf.size(), pipe.get())) dump += buf.data();
    return read_file(db) + "\n-- dump --\n" + dump;
}

// 1-based line of the first occurrence of `marker` in `text`, 0 when absent.
inline int line_of(const std::string& text, const std::string& marker) {
    auto at = text.find(marker);
    if (at == std::string::npos) return 0;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

inline bool one_line(const std::string& text) {
    return !text.empty() && text.back() == '\n' && std::count(text.begin(), text.end(), '\n') == 1;
}

}  // namespace hoithao::testing
