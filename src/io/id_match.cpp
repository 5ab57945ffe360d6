#include "io/id_match.hpp"

#include <algorithm>
#include <numeric>

namespace hoithao::io {
namespace {

// Ids are ASCII (check_id), so folding ASCII letters is folding case.
std::string folded(std::string text) {
    for (auto& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

// Levenshtein distance: the number of typing slips between two ids.
std::size_t distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

}  // namespace

std::optional<std::string> match_id(const std::string& given, const std::vector<std::string>& known) {
    if (std::find(known.begin(), known.end(), given) != known.end()) return given;
    const auto key = folded(given);
    std::optional<std::string> found;
    for (const auto& id : known) {
        if (folded(id) != key) continue;
        if (found) return std::nullopt;  // ambiguous: `Ab` when both `ab` and `AB` exist
        found = id;
    }
    return found;
}

std::string did_you_mean(const std::string& given, const std::vector<std::string>& known) {
    const auto key = folded(given);
    std::vector<std::pair<std::size_t, std::string>> near;
    for (const auto& id : known) {
        const auto folded_id = folded(id);
        const auto d = distance(key, folded_id);
        if (d <= 2 || (key.size() >= 3 && folded_id.find(key) != std::string::npos)) near.emplace_back(d, id);
    }
    std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    if (near.size() > 3) near.resize(3);
    std::string text;
    for (std::size_t i = 0; i < near.size(); ++i)
        text += (i == 0 ? "" : i + 1 == near.size() ? " or " : ", ") + ("'" + near[i].second + "'");
    return text.empty() ? "" : "; did you mean " + text + "?";
}

}  // namespace hoithao::io
