#pragma once
// Runs a peer's command line under `timeout` (peers may ignore their own limit) and
// reports the wall time and how it ended.
#include <chrono>
#include <cstdlib>
#include <string>
#include <sys/wait.h>

namespace peers {

struct RunResult {
    int exit_code = -1;
    double seconds = 0;
    bool timed_out = false;
    std::string note;  // set by an adapter, e.g. "proved infeasible"
};

inline bool installed(const std::string& program) {
    return std::system(("command -v " + program + " >/dev/null 2>&1").c_str()) == 0;
}

// `command` is run by the shell; its output goes to `log`.
inline RunResult run_with_timeout(const std::string& command, double seconds, const std::string& log) {
    auto started = std::chrono::steady_clock::now();
    std::string line = "timeout --kill-after=5 " + std::to_string(static_cast<long>(seconds + 0.999)) + " " +
                       command + " >" + log + " 2>&1";
    int status = std::system(line.c_str());
    RunResult r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.timed_out = r.exit_code == 124 || r.exit_code == 137;
    return r;
}

}  // namespace peers
