#pragma once
// Where an entity came from (file and line of its table or CSV row, and the line of
// each of its fields), so that checks made after reading can still point at the text.
#include <map>
#include <string>

#include "io/text_values.hpp"
#include "model/error.hpp"

namespace hoithao::io {

struct Origin {
    std::string file;               // as shown to the user, e.g. "examples/x/workshop.toml"
    int line = 0;                   // line of the table header or the CSV row
    std::map<std::string, int> lines;  // field path ("room", "after[1].session") -> line

    // "file:line" of `field`, else of the nearest enclosing value whose line is known
    // ("after[1].session", then "after[1]", then "after"), else of the table or row.
    std::string at(std::string field) const {
        while (!field.empty()) {
            if (auto it = lines.find(field); it != lines.end()) return file + ":" + std::to_string(it->second);
            auto cut = field.find_last_of(".[");
            field.resize(cut == std::string::npos ? 0 : cut);
        }
        return file + ":" + std::to_string(line);
    }
    // The field is shown printable: a key may be any text the file holds.
    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        throw model::InputError(at(field), printable(field), message);
    }
};

}  // namespace hoithao::io
