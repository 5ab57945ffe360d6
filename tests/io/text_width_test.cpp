#include <catch2/catch.hpp>

#include "io/text_width.hpp"

using hoithao::io::display_width;
using hoithao::io::fit;

TEST_CASE("display width counts what a terminal shows", "[io][text]") {
    CHECK(display_width("Cửa Lò") == 6);
    // The same name decomposed: C u + horn + hook above, a, L o + grave.
    CHECK(display_width("Cu\xCC\x9B\xCC\x89\x61 Lo\xCC\x80") == 6);
    CHECK(display_width("Xủn-nạ-lạt") == 10);
    // Lao: ວຽງຈັນ has the vowel sign ຽ (spacing) and ັ (above, zero width).
    CHECK(display_width("ວຽງຈັນ") == 5);
    CHECK(display_width("") == 0);
}

TEST_CASE("fit pads and cuts at character boundaries", "[io][text]") {
    CHECK(fit("Cửa Lò", 8) == "Cửa Lò  ");
    CHECK(fit("Viêng Chăn", 6) == "Viêng…");
    CHECK(display_width(fit("A-lun-xay Xủn-nạ-lạt", 12)) == 12);
}
