#pragma once
// Text placed into HTML and SVG: the five characters that could start markup or end
// an attribute are replaced by entities, so names and titles never become code.
#include <string>

namespace hoithao::io {

std::string escape_markup(const std::string& text);

}  // namespace hoithao::io
