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
// The Python that Debian's python3-* packages install into: /usr/bin/python3 when
// present, so a python3 earlier on PATH (pyenv, venv) cannot hide them.
std::string python();
// True when python() can import `module`.
bool python_has(const std::string& module);
// Writes `script` into `dir` and runs it with python() and `args`.
CommandOutput run_python(const std::filesystem::path& dir, const std::string& script,
                         const std::vector<std::string>& args);

}  // namespace hoithao::testing
