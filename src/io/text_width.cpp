#include "io/text_width.hpp"

#include <cstdint>

namespace hoithao::io {
namespace {

bool is_zero_width(char32_t c) {
    return (c >= 0x0300 && c <= 0x036F)                        // combining diacritics (Vietnamese tones)
           || c == 0x0EB1 || (c >= 0x0EB4 && c <= 0x0EBC)       // Lao vowel signs above/below
           || (c >= 0x0EC8 && c <= 0x0ECE)                      // Lao tone marks
           || c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF;
}

bool is_wide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x1F300 && c <= 0x1FAFF);
}

// Decodes one code point at s[i] and advances i; invalid bytes count as one column each.
char32_t next(const std::string& s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
    if (i + extra >= s.size()) extra = 0;
    char32_t c = extra == 0 ? b : b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += 1 + extra;
    return c;
}

int width_of(char32_t c) { return is_zero_width(c) ? 0 : is_wide(c) ? 2 : 1; }

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
