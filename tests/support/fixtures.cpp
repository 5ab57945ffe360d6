#include "support/fixtures.hpp"

#include <atomic>
#include <fstream>
#include <random>
#include <sstream>

#include <unistd.h>

namespace hoithao::testing {

model::TimePoint local(const std::string& day, const std::string& clock) {
    return model::to_instant(*model::parse_day(day), *model::parse_clock(clock), "Asia/Ho_Chi_Minh");
}

model::Scenario small_cualo_scenario() {
    model::Scenario s;
    s.event.id = "cualo-test";
    s.event.name = "Hội thảo Cửa Lò (thử)";
    s.event.host_side = "VN";
    s.event.first_day = *model::parse_day("2022-09-09");
    s.event.last_day = *model::parse_day("2022-09-09");
    s.event.working_hours = {{7 * 60 + 30}, {17 * 60 + 30}};
    s.event.breaks = {{"Nghỉ trưa", {{11 * 60 + 30}, {13 * 60 + 30}}}};
    s.venues = {{"muong-thanh", "Mường Thanh Grand Cửa Lò", "Cửa Lò", "Bình Minh, Cửa Lò", "Asia/Ho_Chi_Minh"}};
    s.rooms = {{"hall-a", "muong-thanh", "Hội trường A", 150, {"booths", "projector", "press_area", "signing_table"}, {}},
               {"vip", "muong-thanh", "Phòng VIP", 20, {"signing_table"}, {}}};
    s.delegations = {{"VN", "Đoàn Văn phòng Chính phủ Việt Nam", "VN", "son", {}, {}, {}, {}},
                     {"LA", "Đoàn Văn phòng Phủ Thủ tướng Lào", "LA", "alunxay", {}, {}, {}, {}}};
    model::Participant son{"son", "Trần Văn Sơn", {}, "Bộ trưởng, Chủ nhiệm VPCP", 1, "VN", {"vi"},
                           {model::Role::CoChair, model::Role::Head}, {}};
    model::Participant alunxay{"alunxay", "A-lun-xay Xủn-nạ-lạt", {{"lo", "ອາລຸນໄຊ ສູນນະລາດ"}},
                               "Bộ trưởng, Chủ nhiệm VP Phủ Thủ tướng Lào", 1, "LA", {"lo"},
                               {model::Role::CoChair, model::Role::Head}, {}};
    model::Participant interpreter{"thao", "Phạm Thị Thảo", {}, "Phiên dịch", 50, "", {"vi", "lo"},
                                   {model::Role::Interpreter}, {}};
    s.participants = {son, alunxay, interpreter};

    model::Session talks;
    talks.id = "talks";
    talks.title = {"Hội đàm giữa hai Bộ trưởng", "ການເຈລະຈາ", "Talks between the two ministers"};
    talks.kind = model::SessionKind::Talks;
    talks.duration_minutes = 90;
    talks.attendees = {"son", "alunxay"};
    talks.interpretation = model::Interpretation{"vi", "lo", model::InterpretationMode::Consecutive};
    model::Session signing = talks;
    signing.id = "signing";
    signing.title = {"Ký kết Biên bản ghi nhớ", "", "MoU signing"};
    signing.kind = model::SessionKind::Signing;
    signing.duration_minutes = 30;
    signing.equipment = {"signing_table"};
    signing.after = {{"talks", 15}};
    model::Session press;
    press.id = "press";
    press.title = {"Họp báo \"Việt – Lào\" <script>alert(1)</script>", "", "=cmd|' /C calc'!A0"};
    press.kind = model::SessionKind::Press;
    press.duration_minutes = 30;
    press.delegations = {"VN", "LA"};
    press.equipment = {"press_area"};
    press.after = {{"signing", 0}};
    s.sessions = {talks, signing, press};
    return s;
}

model::Agenda small_cualo_agenda() {
    model::Agenda a;
    a.event_id = "cualo-test";
    a.version = 1;
    a.created_at = "2026-11-23T00:00:00Z";
    a.placements = {
        {"talks", "vip", local("2022-09-09", "08:00"), local("2022-09-09", "09:30"), "thao", false},
        {"signing", "hall-a", local("2022-09-09", "10:00"), local("2022-09-09", "10:30"), "thao", false},
        {"press", "hall-a", local("2022-09-09", "14:00"), local("2022-09-09", "14:30"), "", false},
    };
    return a;
}

TempDir::TempDir() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("hoithao-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
             std::to_string(rd()));
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string example_scenario(const std::string& path) {
    auto text = read_file(std::string(HOITHAO_SOURCE_DIR) + "/examples/" + path);
    const std::string from = "../../data/", to = std::string(HOITHAO_SOURCE_DIR) + "/data/";
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

}  // namespace hoithao::testing
