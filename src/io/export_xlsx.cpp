#include "io/export_xlsx.hpp"

#include <chrono>
#include <map>
#include <utility>

#include <xlsxwriter.h>

#include "io/export.hpp"
#include "io/labels.hpp"
#include "model/error.hpp"

namespace hoithao::io {

namespace {

// Owns an open workbook; close() writes the file. A workbook dropped on an error path
// is still closed (libxlsxwriter has no other way to free it); the caller deletes the file.
class Workbook {
public:
    explicit Workbook(const std::filesystem::path& path) : path_(path.string()), book_(workbook_new(path_.c_str())) {
        if (!book_) throw model::Error(model::ExitCode::Internal, "cannot create workbook " + path_);
    }
    ~Workbook() {
        if (book_) workbook_close(book_);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() const { return book_; }
    void close() {
        auto error = workbook_close(std::exchange(book_, nullptr));
        if (error != LXW_NO_ERROR)
            throw model::Error(model::ExitCode::Internal, "cannot write " + path_ + ": " + lxw_strerror(error));
    }

private:
    std::string path_;
    lxw_workbook* book_;
};

// Width in characters of a column of table_columns().
double width(const std::string& column) {
    static const std::map<std::string, double> widths{
        {"day", 11},  {"start", 7},   {"end", 7},    {"zone", 17},    {"session_id", 16}, {"title", 48},
        {"kind", 15}, {"roles", 40}, {"room_id", 14}, {"room", 22}, {"venue", 28},   {"address", 28},    {"city", 12},
        {"attendees", 60}, {"interpreter", 22}};
    auto it = widths.find(column);
    return it == widths.end() ? 16 : it->second;
}

void check(lxw_error error, const std::string& what) {
    if (error != LXW_NO_ERROR)
        throw model::Error(model::ExitCode::Internal, "xlsx: " + what + ": " + lxw_strerror(error));
}

// Text only, never formulas; leading = + - @ are neutralised as in the CSV so both
// files hold the same cell values.
void write_cells(lxw_worksheet* sheet, lxw_row_t row, const std::vector<std::string>& cells, lxw_format* format) {
    for (std::size_t col = 0; col < cells.size(); ++col)
        check(worksheet_write_string(sheet, row, static_cast<lxw_col_t>(col), neutralise_formula(cells[col]).c_str(),
                                     format),
              "writing a cell");
}

// "&" starts a code in a sheet's printed header; "&&" prints it.
std::string header_text(const std::string& text) {
    std::string out = "&C";
    for (char c : text) out += c == '&' ? "&&" : std::string(1, c);
    return out;
}

// A sheet named `name` (Excel forbids "/" in sheet names, so a day's sheet is named by
// its ISO day); `heading`, short enough for Excel's 255 characters, is printed at the
// top of each page.
lxw_worksheet* new_sheet(lxw_workbook* book, const std::string& name, const std::string& heading,
                         const Audience& audience, lxw_format* bold) {
    auto* sheet = workbook_add_worksheet(book, name.c_str());
    if (!sheet) throw model::Error(model::ExitCode::Internal, "xlsx: cannot add sheet " + name);
    const auto columns = table_columns(audience);
    for (std::size_t col = 0; col < columns.size(); ++col)
        check(worksheet_set_column(sheet, static_cast<lxw_col_t>(col), static_cast<lxw_col_t>(col), width(columns[col]),
                                   nullptr),
              "setting a column width");
    check(worksheet_set_header(sheet, header_text(heading).c_str()), "setting the printed header");
    write_cells(sheet, 0, table_header(audience), bold);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_paper(sheet, 9);  // A4
    worksheet_set_landscape(sheet);
    check(worksheet_repeat_rows(sheet, 0, 0), "repeating the header row");
    return sheet;
}

time_t created_time(const model::Agenda& a) {
    auto t = model::parse_utc(a.created_at);
    return t ? static_cast<time_t>(std::chrono::duration_cast<std::chrono::seconds>(t->time_since_epoch()).count())
             : 0;
}

}  // namespace

void write_xlsx(const model::Scenario& s, const model::Agenda& a, const Selector& who, const Audience& audience,
                const std::filesystem::path& path) {
    const auto& lang = audience.lang;
    auto title = agenda_title(s, a, who, audience);  // outlives the workbook, whatever it keeps
    Workbook book(path);
    lxw_doc_properties properties{};
    properties.title = title.data();  // the C struct is not const-correct
    properties.created = created_time(a);  // not the wall clock: the same version gives the same cells
    check(workbook_set_properties(book.get(), &properties), "setting properties");
    auto* bold = workbook_add_format(book.get());
    format_set_bold(bold);

    lxw_worksheet* sheet = nullptr;
    std::string day;
    lxw_row_t line = 0;
    for (const auto& row : agenda_rows(s, a, who)) {
        if (row.day != day) {
            day = row.day;
            sheet = new_sheet(book.get(), day, day_heading(*model::parse_day(day), lang), audience, bold);
            line = 0;
        }
        write_cells(sheet, ++line, table_cells(row, audience), nullptr);
    }
    const auto* programme = labels(lang).programme;
    if (!sheet) new_sheet(book.get(), programme, programme, audience, bold);  // a workbook needs a sheet
    book.close();
}

}  // namespace hoithao::io
