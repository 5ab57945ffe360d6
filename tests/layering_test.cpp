// The layers of src/ depend only on layers below them: model <- io, store, solve <- cli.
// Each layer is its own library; this test also catches a header-only include upward,
// which the linker cannot see.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

TEST_CASE("no layer of src/ includes a layer above it", "[layering]") {
    const std::map<std::string, std::set<std::string>> allowed{
        {"model", {"model"}},
        {"io", {"io", "model"}},
        {"store", {"store", "model"}},
        {"solve", {"solve", "model"}},
        {"cli", {"cli", "io", "store", "solve", "model"}},
    };
    const std::regex include(R"(^\s*#\s*include\s*"(\w+)/)");
    const std::filesystem::path src = std::filesystem::path(HOITHAO_SOURCE_DIR) / "src";
    int files = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(src)) {
        if (!entry.is_regular_file()) continue;
        const auto layer = std::filesystem::relative(entry.path(), src).begin()->string();
        REQUIRE(allowed.count(layer));
        ++files;
        std::ifstream in(entry.path());
        std::string line;
        for (int number = 1; std::getline(in, line); ++number) {
            std::smatch m;
            if (!std::regex_search(line, m, include)) continue;
            INFO(entry.path().string() << ":" << number << ": " << line);
            CHECK(allowed.at(layer).count(m[1].str()));
        }
    }
    CHECK(files > 100);
}

// Only the CLI (and the web layer beside it) speaks to the terminal: the layers below
// report through what they return, exceptions, and callbacks such as SolveOptions::progress.
TEST_CASE("no layer below the CLI writes to the terminal itself", "[layering]") {
    const std::regex terminal(R"(std::cerr|std::cout|std::clog|\bstderr\b|\bstdout\b|\bprintf\()");
    const std::filesystem::path src = std::filesystem::path(HOITHAO_SOURCE_DIR) / "src";
    for (const char* layer : {"model", "io", "store", "solve"})
        for (const auto& entry : std::filesystem::recursive_directory_iterator(src / layer)) {
            std::ifstream in(entry.path());
            std::string line;
            for (int number = 1; std::getline(in, line); ++number) {
                INFO(entry.path().string() << ":" << number << ": " << line);
                CHECK_FALSE(std::regex_search(line, terminal));
            }
        }
}
