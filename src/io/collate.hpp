#pragma once
// Alphabetical order of names as a Vietnamese reader expects it (ICU's "vi" rules:
// a < ă < â, d < đ, tones after the base letter; Lao script after Latin), instead
// of UTF-8 byte order, which puts "Đặng" after "Zô" and "Ánh" after "Yến".
#include <string_view>

namespace hoithao::io {

bool collate_less(std::string_view a, std::string_view b);

}  // namespace hoithao::io
