#pragma once
// Ids typed by hand: `--for delegation:LA` means `la`, and a misspelt id gets the
// nearest ones as a suggestion rather than a bare "no such id".
#include <optional>
#include <string>
#include <vector>

namespace hoithao::io {

// `given` when it is one of `known`, else the only known id equal to it but for
// case; nullopt when there is none or several.
std::optional<std::string> match_id(const std::string& given, const std::vector<std::string>& known);

// "; did you mean 'talks'?" (up to three ids within two typing slips of `given`, or
// containing it), or "" when none is near.
std::string did_you_mean(const std::string& given, const std::vector<std::string>& known);

}  // namespace hoithao::io
