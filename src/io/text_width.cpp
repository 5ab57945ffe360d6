#include "io/text_width.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace hoithao::io {
namespace {

// Decodes one code point at s[i] and advances i; an invalid byte counts as one column.
UChar32 next(const std::string& s, std::size_t& i) {
    int32_t at = static_cast<int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(s.data(), at, static_cast<int32_t>(s.size()), c);
    i = static_cast<std::size_t>(at);
    return c;
}

// Combining marks (Vietnamese tones typed decomposed, Lao vowels and tones above or
// below) and format characters take no column; East Asian wide and full-width take two.
int width_of(UChar32 c) {
    if (c < 0) return 1;
    const auto category = u_charType(c);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
    const auto east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace

int display_width(const std::string& utf8) {
    int width = 0;
    for (std::size_t i = 0; i < utf8.size();) width += width_of(next(utf8, i));
    return width;
}

std::string fit(const std::string& utf8, int width) {
    int used = display_width(utf8);
    if (used <= width) return utf8 + std::string(width - used, ' ');
    std::string out;
    used = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        std::size_t from = i;
        int w = width_of(next(utf8, i));
        if (used + w > width - 1) break;
        out.append(utf8, from, i - from);
        used += w;
    }
    return out + "…" + std::string(width - 1 - used, ' ');
}

}  // namespace hoithao::io
