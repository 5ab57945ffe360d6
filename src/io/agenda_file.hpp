#pragma once
// Reading back an agenda file written by `export` (CSV or JSON) after someone edited
// it outside hoithao, e.g. in a spreadsheet, so that it can be checked.
#include <filesystem>
#include <string>
#include <vector>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::io {

struct AgendaFile {
    model::Agenda agenda;            // version 0: not a stored version
    std::vector<std::string> notes;  // what was read differently from the file, "file:line: …"
};

// JSON when the file starts with '{', CSV otherwise. CSV: the columns session_id,
// day, start and room_id are required; zone, end and interpreter (id or name) are
// read when present and the export's other columns are ignored; a leading ' that
// neutralised a formula is dropped. A session's end is always its start plus its
// duration (a different end in the file becomes a note). Throws model::InputError
// with file:line and field for an unreadable cell or an unknown session or person.
AgendaFile read_agenda_file(const std::filesystem::path& path, const std::string& shown,
                            const model::Scenario& scenario);

}  // namespace hoithao::io
