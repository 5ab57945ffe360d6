// The README's commands must work exactly as a newcomer types them: each line of its
// shell examples that runs hoithao is run by bash, in order, in a fresh folder.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "support/fixtures.hpp"

using namespace hoithao::testing;

namespace {

std::vector<std::string> readme_commands() {
    std::ifstream in(std::string(HOITHAO_SOURCE_DIR) + "/README.md");
    std::vector<std::string> lines;
    bool in_shell = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("```", 0) == 0) {
            in_shell = line == "```sh";
            continue;
        }
        if (in_shell && line.rfind("build/hoithao ", 0) == 0) lines.push_back(line);
    }
    return lines;
}

}  // namespace

TEST_CASE("every hoithao command the README shows works as typed", "[cli][readme]") {
    const auto commands = readme_commands();
    REQUIRE(commands.size() >= 20);
    TempDir tmp;
    const auto binary_dir = std::filesystem::path(HOITHAO_BINARY).parent_path();
    std::filesystem::create_directory_symlink(std::string(HOITHAO_SOURCE_DIR) + "/examples", tmp / "examples");
    std::filesystem::create_directory_symlink(binary_dir, tmp / "build");
    int n = 0;
    for (const auto& command : commands) {
        const auto err = tmp / ("err-" + std::to_string(++n));
        const auto script = tmp / ("line-" + std::to_string(n) + ".sh");
        std::ofstream(script) << "cd '" << tmp.path().string() << "' && " << command << "\n";
        // Exit 1 (conflicts found) is an answer; 2 and above mean the line does not work.
        const int status = std::system(("bash '" + script.string() + "' </dev/null >/dev/null 2>'" + err.string() + "'").c_str());
        INFO(command << "\n" << read_file(err));
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) <= 1);
        CHECK(read_file(err).find("hoithao: ") == std::string::npos);
    }
}
