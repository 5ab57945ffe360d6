#pragma once
// Running programs someone else wrote (python3-icalendar, calcurse, LibreOffice,
// Chromium) on our files, so tests prove that real readers accept them.
#include <filesystem>
#include <string>
#include <vector>

namespace hoithao::testing {

struct CommandOutput {
    int status = -1;  // the exit status, or -1 when it did not exit normally
    std::string text;  // stdout and stderr together
};

// Runs `command` through /bin/sh, capturing what it prints.
CommandOutput run_command(const std::string& command);
// True when `program` is on PATH.
bool have_program(const std::string& program);
// `text` single-quoted for /bin/sh.
std::string shell_quote(const std::string& text);
// Writes `script` into `dir` and runs it with python3 and `args`.
CommandOutput run_python(const std::filesystem::path& dir, const std::string& script,
                         const std::vector<std::string>& args);

}  // namespace hoithao::testing
