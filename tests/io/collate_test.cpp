#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "io/collate.hpp"

using hoithao::io::collate_less;

TEST_CASE("names sort in Vietnamese alphabetical order, not by bytes", "[io][text]") {
    // Byte order would put Đặng after Zô (Đ is U+0110) and Ánh after Yến.
    std::vector<std::string> names{"Zô Văn Hải", "Đặng Thị Lan", "Ánh Dương", "Dương Văn Minh", "Yến Nhi", "Ân Hòa"};
    std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) { return collate_less(a, b); });
    CHECK(names == std::vector<std::string>{"Ánh Dương", "Ân Hòa", "Dương Văn Minh", "Đặng Thị Lan", "Yến Nhi",
                                            "Zô Văn Hải"});
}

TEST_CASE("Vietnamese letters with marks follow their base letters", "[io][text]") {
    CHECK(collate_less("Ca", "Că"));
    CHECK(collate_less("Că", "Câ"));
    CHECK(collate_less("Cô", "Cơ"));
    CHECK(collate_less("Dung", "Đức"));
    CHECK(collate_less("Cửa Lò", "Hà Nội"));
    CHECK_FALSE(collate_less("Viêng Chăn", "Viêng Chăn"));
}

TEST_CASE("Lao names sort among themselves and after Latin", "[io][text]") {
    CHECK(collate_less("Xủn-nạ-lạt", "ສຸນນະລາດ"));
    CHECK(collate_less("ກ", "ຂ"));
}
