#include "io/csv_table.hpp"

#include <csv.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "model/error.hpp"

namespace hoithao::io {
namespace {

// True if `text` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool is_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        auto byte = static_cast<unsigned char>(text[i]);
        int extra = byte < 0x80 ? 0 : byte >= 0xC2 && byte <= 0xDF ? 1 : byte >= 0xE0 && byte <= 0xEF ? 2
                  : byte >= 0xF0 && byte <= 0xF4 ? 3 : -1;
        if (extra < 0 || i + extra > text.size() - 1) return false;
        char32_t code = extra == 0 ? byte : byte & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3F);
        }
        if ((extra == 2 && (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))) ||
            (extra == 3 && (code < 0x10000 || code > 0x10FFFF)))
            return false;
        i += extra + 1;
    }
    return true;
}

// Collects libcsv's field and row callbacks into rows stamped with the current line.
struct Collector {
    std::vector<CsvRow> rows;
    CsvRow current;
    int line = 0;

    static void on_field(void* data, std::size_t size, void* self) {
        auto& c = *static_cast<Collector*>(self);
        if (c.current.cells.empty()) c.current.line = c.line;
        c.current.cells.emplace_back(static_cast<const char*>(data), size);
    }
    static void on_row(int, void* self) {
        auto& c = *static_cast<Collector*>(self);
        c.rows.push_back(std::move(c.current));
        c.current = {};
    }
};

std::string read_all(const std::filesystem::path& path, const std::string& shown) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw model::InputError(shown, "", "cannot open CSV file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<CsvRow> parse_rows(const std::string& text, const std::string& shown) {
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
    std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
    Collector collector;
    auto fail = [&](int line) {
        throw model::InputError(shown + ":" + std::to_string(line), "",
                                std::string("malformed CSV: ") + csv_strerror(csv_error(&parser)));
    };
    std::string_view rest = text;
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // Excel's UTF-8 byte-order mark
    // Fed line by line so that every field and row knows where it starts.
    while (!rest.empty()) {
        ++collector.line;
        auto line = rest.substr(0, std::min(rest.find('\n'), rest.size() - 1) + 1);
        rest.remove_prefix(line.size());
        if (!is_utf8(line)) throw model::InputError(shown + ":" + std::to_string(collector.line), "", "invalid UTF-8");
        if (csv_parse(&parser, line.data(), line.size(), Collector::on_field, Collector::on_row, &collector) !=
            line.size())
            fail(collector.line);
    }
    if (csv_fini(&parser, Collector::on_field, Collector::on_row, &collector) != 0) fail(collector.line);
    return std::move(collector.rows);
}

}  // namespace

CsvTable read_csv_table(const std::filesystem::path& path, const std::string& shown) {
    auto rows = parse_rows(read_all(path, shown), shown);
    if (rows.empty()) throw model::InputError(shown + ":1", "", "empty CSV file: a header row is required");
    CsvTable table{shown, std::move(rows.front()), {}};
    for (auto row = rows.begin() + 1; row != rows.end(); ++row) {
        if (row->cells.size() != table.header.cells.size())
            throw model::InputError(shown + ":" + std::to_string(row->line), "",
                                    "row has " + std::to_string(row->cells.size()) + " cells but the header has " +
                                        std::to_string(table.header.cells.size()));
        table.rows.push_back(std::move(*row));
    }
    return table;
}

}  // namespace hoithao::io
