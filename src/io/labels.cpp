#include "io/labels.hpp"

namespace hoithao::io {

namespace {
const Labels kVi{"Chương trình", "Thời gian", "Nội dung", "Địa điểm", "Thành phần", "Phiên dịch", "phiên bản",
                 {"Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"}};
const Labels kLo{"ກຳນົດການ", "ເວລາ", "ເນື້ອໃນ", "ສະຖານທີ່", "ຜູ້ເຂົ້າຮ່ວມ", "ນາຍພາສາ", "ສະບັບ",
                 {"ວັນອາທິດ", "ວັນຈັນ", "ວັນອັງຄານ", "ວັນພຸດ", "ວັນພະຫັດ", "ວັນສຸກ", "ວັນເສົາ"}};
const Labels kEn{"Programme", "Time", "Session", "Venue", "Attendees", "Interpreter", "version",
                 {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}};
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

}  // namespace hoithao::io
