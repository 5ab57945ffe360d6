#include "support/clients.hpp"

#include <array>
#include <cstdio>
#include <fstream>

#include <sys/wait.h>

namespace hoithao::testing {

CommandOutput run_command(const std::string& command) {
    CommandOutput result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    while (auto n = std::fread(buffer.data(), 1, buffer.size(), pipe)) result.text.append(buffer.data(), n);
    int status = ::pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

bool have_program(const std::string& program) {
    return run_command("command -v " + shell_quote(program) + " >/dev/null").status == 0;
}

std::string shell_quote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string python() { return std::filesystem::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3"; }

bool python_has(const std::string& module) {
    return run_command(python() + " -c " + shell_quote("import " + module)).status == 0;
}

CommandOutput run_python(const std::filesystem::path& dir, const std::string& script,
                         const std::vector<std::string>& args) {
    auto path = dir / "check.py";
    {
        std::ofstream file(path, std::ios::trunc);
        file << script;
    }
    std::string command = python() + " " + shell_quote(path.string());
    for (const auto& arg : args) command += " " + shell_quote(arg);
    return run_command(command);
}

}  // namespace hoithao::testing
