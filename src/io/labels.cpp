#include "io/labels.hpp"

#include <iterator>

namespace hoithao::io {

namespace {
const Labels kVi{"Chương trình", "Thời gian", "Nội dung", "Địa điểm", "Thành phần", "Phiên dịch", "phiên bản",
                 {"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"},
                 "Đồng chủ trì", "Phát biểu", "Đoàn", "Ghi chú", "Vai trò", "Dự", "Loại",
                 "dự thảo, còn xung đột", "Nghỉ", "Đoàn đến", "Đoàn rời"};
const Labels kLo{"ກຳນົດການ", "ເວລາ", "ເນື້ອໃນ", "ສະຖານທີ່", "ຜູ້ເຂົ້າຮ່ວມ", "ນາຍພາສາ", "ສະບັບ",
                 {"ວັນອາທິດ", "ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ"},
                 "ປະທານຮ່ວມ", "ຜູ້ກ່າວ", "ຄະນະ", "ໝາຍເຫດ", "ບົດບາດ", "ເຂົ້າຮ່ວມ", "ປະເພດ",
                 "ຮ່າງ, ຍັງມີຂໍ້ຂັດແຍ່ງ", "ພັກຜ່ອນ", "ຄະນະມາຮອດ", "ຄະນະອອກເດີນທາງ"};
const Labels kEn{"Programme", "Time", "Session", "Venue", "Attendees", "Interpreter", "version",
                 {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
                 "Co-chairs", "Speakers", "Delegations", "Notes", "Role", "Attends", "Kind",
                 "draft, still has conflicts", "Break", "Arrival", "Departure"};

struct KindNames {
    const char* vi;
    const char* lo;
    const char* en;
};
// In the order of model::SessionKind.
constexpr KindNames kKinds[] = {
    {"Khai mạc", "ພິທີເປີດ", "Opening"},
    {"Phiên toàn thể", "ກອງປະຊຸມລວມ", "Plenary"},
    {"Tham luận", "ການນຳສະເໜີ", "Presentation"},
    {"Thảo luận nhóm", "ສົນທະນາກຸ່ມ", "Group discussion"},
    {"Hội đàm", "ການເຈລະຈາ", "Talks"},
    {"Ký kết", "ການລົງນາມ", "Signing"},
    {"Chào xã giao", "ການເຂົ້າຢ້ຽມຂໍ່ານັບ", "Courtesy call"},
    {"Tham quan", "ທັດສະນະສຶກສາ", "Site visit"},
    {"Tiệc", "ງານລ້ຽງ", "Meal"},
    {"Họp báo", "ຖະແຫຼງຂ່າວ", "Press"},
    {"Trao tặng quà", "ມອບຂອງທີ່ລະນຶກ", "Gift exchange"},
    {"Bế mạc", "ພິທີປິດ", "Closing"},
    {"Di chuyển", "ການເດີນທາງ", "Travel"},
};
static_assert(std::size(kKinds) == static_cast<std::size_t>(model::SessionKind::Travel) + 1);
}  // namespace

const Labels& labels(const std::string& lang) {
    if (lang == "lo") return kLo;
    if (lang == "en") return kEn;
    return kVi;
}

std::string day_heading(model::Day day, const std::string& lang) {
    auto weekday = date::weekday{day}.c_encoding();
    return std::string(labels(lang).weekdays[weekday]) + ", " + date::format("%d/%m/%Y", day);
}

std::string days_span(model::Day first, model::Day last, const std::string& lang) {
    if (first == last) return day_heading(first, lang);
    return day_heading(first, lang) + " – " + day_heading(last, lang);
}

std::string kind_label(model::SessionKind kind, const std::string& lang) {
    const auto& names = kKinds[static_cast<int>(kind)];
    if (lang == "lo") return names.lo;
    if (lang == "en") return names.en;
    return names.vi;
}

}  // namespace hoithao::io
