#pragma once
// The command line as a function, so tests run commands in-process with their own
// streams and clock; main() only supplies the real ones.
#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace hoithao::cli {

struct Context {
    std::ostream& out;
    std::ostream& err;
    std::function<std::string()> now;  // ISO-8601 UTC, stamped on stored versions
};

// Runs one command line (args without the program name) and returns the exit code:
// 0 ok, 1 conflicts found or no conflict-free agenda, 2 bad input or usage, 4 someone
// else stored a change meanwhile and nothing was stored.
int run(const std::vector<std::string>& args, Context& context);

}  // namespace hoithao::cli
