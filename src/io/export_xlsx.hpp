#pragma once
// The agenda as an Excel workbook via libxlsxwriter: one sheet per day (named by its
// date), the same columns as the CSV, widths set and the header row frozen.
#include <filesystem>
#include <string>

#include "io/agenda_view.hpp"

namespace hoithao::io {

// libxlsxwriter assembles the zip on disk, so this writer takes a path, not a stream.
void write_xlsx(const model::Scenario& s, const model::Agenda& a, const Selector& who, const Audience& audience,
                const std::filesystem::path& path);

}  // namespace hoithao::io
