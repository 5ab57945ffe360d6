#include "io/csv_table.hpp"

#include <csv.h>

#include <fstream>
#include <memory>
#include <optional>
#include <sstream>

#include "io/text_values.hpp"
#include "model/error.hpp"

namespace hoithao::io {
namespace {

// Collects libcsv's field and row callbacks into rows, tracking the line on which
// the current row and cell start (a quoted cell may span lines) so that a fault can
// be reported where the user sees it. libcsv is C: its callbacks must not throw, so
// the first invalid cell is remembered and reported after csv_parse returns.
struct Collector {
    std::vector<CsvRow> rows;
    CsvRow current;
    int line = 0;             // the line being fed
    int cell_line = 0;        // the line on which the current cell starts
    bool row_pending = true;  // the next line with content starts a row
    std::optional<std::pair<int, std::size_t>> invalid_utf8;  // line and column index of the first such cell

    // Called before each line is fed; blank lines between rows are skipped by libcsv.
    void start_line(std::string_view text) {
        ++line;
        if (row_pending && text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
            current.line = cell_line = line;
            row_pending = false;
        }
    }
    static void on_field(void* data, std::size_t size, void* self) {
        auto& c = *static_cast<Collector*>(self);
        std::string_view cell(data ? static_cast<const char*>(data) : "", size);
        if (c.row_pending) {  // a row ended inside the line (a lone CR ends rows too)
            c.current.line = c.cell_line = c.line;
            c.row_pending = false;
        }
        if (!c.invalid_utf8 && !is_utf8(cell)) c.invalid_utf8 = {c.cell_line, c.current.cells.size()};
        c.current.cells.emplace_back(cell);
        c.cell_line = c.line;  // the next cell starts after this one's comma
    }
    static void on_row(int, void* self) {
        auto& c = *static_cast<Collector*>(self);
        c.rows.push_back(std::move(c.current));
        c.current = {};
        c.row_pending = true;
    }

    // The field of cell `index` of the current row — its column's name — and its place.
    std::pair<std::string, std::string> column(std::size_t index) const {
        auto number = "column " + std::to_string(index + 1);
        if (rows.empty()) return {"header", number + " of the header"};
        const auto& names = rows.front().cells;
        if (index >= names.size()) return {number, "past the header's " + std::to_string(names.size()) + " columns"};
        return {printable(names[index]), number};
    }
    // "<what> (column 3)[; <hint>]"
    [[noreturn]] void fail(const std::string& shown, int at, std::size_t index, const std::string& what,
                           const std::string& hint = {}) const {
        auto [field, place] = column(index);
        throw model::InputError(shown + ":" + std::to_string(at), field,
                                what + " (" + place + ")" + (hint.empty() ? "" : "; " + hint));
    }
};

std::string read_all(const std::filesystem::path& path, const std::string& shown) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw model::InputError(shown, "", "cannot open CSV file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// libcsv says only "error parsing data while strict checking enabled"; the byte at
// which it stopped tells which rule of RFC 4180 the line breaks.
std::pair<std::string, std::string> strict_fault(char stopped_at) {
    if (stopped_at == '"')
        return {"a quote inside an unquoted cell", "quote the whole cell and double its quotes: \"a \"\"b\"\"\""};
    return {"text after the closing quote of a quoted cell", "double a quote inside a cell: \"a \"\"b\"\" c\""};
}

std::vector<CsvRow> parse_rows(const std::string& text, const std::string& shown) {
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
    std::unique_ptr<csv_parser, void (*)(csv_parser*)> guard(&parser, csv_free);
    Collector c;
    auto check_cells = [&] {
        if (c.invalid_utf8) c.fail(shown, c.invalid_utf8->first, c.invalid_utf8->second, "invalid UTF-8");
    };
    std::string_view rest = text;
    if (rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // Excel's UTF-8 byte-order mark
    // Fed line by line so that every cell and row knows where it starts.
    while (!rest.empty()) {
        auto line = rest.substr(0, std::min(rest.find('\n'), rest.size() - 1) + 1);
        rest.remove_prefix(line.size());
        c.start_line(line);
        auto used = csv_parse(&parser, line.data(), line.size(), Collector::on_field, Collector::on_row, &c);
        check_cells();
        if (used == line.size()) continue;
        const auto cell = c.current.cells.size();
        if (csv_error(&parser) != CSV_EPARSE) c.fail(shown, c.line, cell, csv_strerror(csv_error(&parser)));
        auto [fault, hint] = strict_fault(line[used]);
        c.fail(shown, c.line, cell, fault, hint);
    }
    if (csv_fini(&parser, Collector::on_field, Collector::on_row, &c) != 0)
        c.fail(shown, c.cell_line, c.current.cells.size(),
               "unbalanced quote: the quoted cell starting on this line never closes");
    check_cells();
    return std::move(c.rows);
}

// Column names from..to-1, as shown in a message (at most 25 of them).
std::string joined(const std::vector<std::string>& names, std::size_t from, std::size_t to) {
    constexpr std::size_t kShown = 25;
    std::string text;
    for (auto i = from; i < to && i < from + kShown; ++i) text += (text.empty() ? "" : ", ") + printable(names[i]);
    return to > from + kShown ? text + ", … " + std::to_string(to - from - kShown) + " more" : text;
}

// A row must have one cell per column: say which columns it lacks, or which cells have none.
void check_width(const CsvTable& table, const CsvRow& row) {
    const auto& names = table.header.cells;
    const auto have = row.cells.size(), want = names.size();
    if (have == want) return;
    auto where = table.file + ":" + std::to_string(row.line);
    auto count = "row has " + std::to_string(have) + " cells but the header has " + std::to_string(want) +
                 " columns (" + joined(names, 0, want) + ")";
    if (have < want)
        throw model::InputError(where, printable(names[have]), count + "; missing: " + joined(names, have, want));
    throw model::InputError(where, "column " + std::to_string(want + 1),
                            count + "; cells " + std::to_string(want + 1) + " to " + std::to_string(have) +
                                " have no column (a comma in a cell? put the cell in quotes)");
}

}  // namespace

CsvTable read_csv_table(const std::filesystem::path& path, const std::string& shown) {
    auto rows = parse_rows(read_all(path, shown), shown);
    if (rows.empty()) throw model::InputError(shown + ":1", "header", "empty CSV file: a header row is required");
    CsvTable table{shown, std::move(rows.front()), {}};
    for (auto row = rows.begin() + 1; row != rows.end(); ++row) {
        check_width(table, *row);
        table.rows.push_back(std::move(*row));
    }
    return table;
}

}  // namespace hoithao::io
