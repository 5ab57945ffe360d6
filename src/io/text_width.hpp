#pragma once
// Terminal column widths of UTF-8 text: Vietnamese may arrive decomposed (base
// letter + combining tone mark) and Lao vowel and tone marks sit above or below
// their consonant, so bytes and code points both overcount.
#include <string>

namespace hoithao::io {

int display_width(const std::string& utf8);
// Pads with spaces to `width` columns, or cuts at a character boundary with "…".
std::string fit(const std::string& utf8, int width);

}  // namespace hoithao::io
