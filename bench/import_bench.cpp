// Import benchmark: scenarios whose sessions form one precedence chain (each session
// `after` the previous one), listed first to last or last to first, beside the same
// sessions without a chain. Per size: the time to read and check the scenario
// (io::load_scenario_file) and the whole `hoithao import` into a fresh database, run
// in-process; best of --runs. `growth` is the import time's ratio to the previous
// size divided by the sessions' ratio: about 1 for linear growth, about 3 for n².
// Usage: import_bench [--sizes 10000,30000,100000] [--runs 3] [--shapes flat,first,last]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "io/scenario_file.hpp"

using namespace hoithao;
namespace fs = std::filesystem;

namespace {

enum class Shape { Flat, FirstToLast, LastToFirst };

const char* name(Shape shape) {
    return shape == Shape::Flat ? "no chain" : shape == Shape::FirstToLast ? "chain, first to last" : "chain, last to first";
}

std::string scenario(int n, Shape shape) {
    std::ostringstream out;
    out << "[event]\nid = \"chain\"\nname = \"Chuỗi phiên\"\nhost = \"VN\"\nstart = 2022-09-08\nend = 2022-09-10\n\n"
           "[[venue]]\nid = \"hotel\"\nname = \"Khách sạn\"\ncity = \"Cửa Lò\"\ntimezone = \"Asia/Ho_Chi_Minh\"\n\n"
           "[[room]]\nid = \"hall\"\nvenue = \"hotel\"\nname = \"Hội trường\"\ncapacity = 300\n";
    for (int k = 0; k < n; ++k) {
        int i = shape == Shape::LastToFirst ? n - 1 - k : k;
        out << "\n[[session]]\nid = \"s" << i << "\"\ntitle = \"Phiên " << i << "\"\nkind = \"talks\"\nduration = 30\n";
        if (shape != Shape::Flat && i > 0) out << "after = [\"s" << i - 1 << "\"]\n";
    }
    return out.str();
}

double seconds(const std::function<void()>& run) {
    auto start = std::chrono::steady_clock::now();
    run();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int command(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    cli::Context ctx{out, err, [] { return std::string("2026-11-23T08:00:00Z"); }};
    int code = cli::run(args, ctx);
    if (code != 0) std::fprintf(stderr, "%s", err.str().c_str());
    return code;
}

std::vector<int> parse_sizes(const char* text) {
    std::vector<int> sizes;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');) sizes.push_back(std::stoi(item));
    return sizes;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{10000, 30000, 100000};
    int runs = 3;
    std::string shapes = "flat,first,last";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--sizes")) sizes = parse_sizes(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--runs")) runs = std::stoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--shapes")) shapes = argv[i + 1];
    }
    auto dir = fs::temp_directory_path() / "hoithao-import-bench";
    fs::create_directories(dir);
    std::printf("%-22s %9s %8s %10s %9s %7s\n", "shape", "sessions", "MB", "read_s", "import_s", "growth");
    for (auto shape : {Shape::Flat, Shape::FirstToLast, Shape::LastToFirst}) {
        if (shapes.find(shape == Shape::Flat ? "flat" : shape == Shape::FirstToLast ? "first" : "last") == std::string::npos)
            continue;
        double previous = 0;
        int previous_n = 0;
        for (int n : sizes) {
            auto file = dir / "chain.toml", db = dir / "chain.db";
            auto text = scenario(n, shape);
            std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
            double read = 1e9, import = 1e9;
            for (int r = 0; r < runs; ++r) {
                read = std::min(read, seconds([&] { io::load_scenario_file(file); }));
                fs::remove(db);
                if (command({"init", db.string()}) != 0) return 1;
                int code = 0;
                import = std::min(import, seconds([&] { code = command({"import", db.string(), file.string()}); }));
                if (code != 0) return 1;
            }
            std::printf("%-22s %9d %8.1f %10.2f %9.2f", name(shape), n, text.size() / 1e6, read, import);
            if (previous > 0) std::printf(" %7.2f\n", (import / previous) / (double(n) / previous_n));
            else std::printf(" %7s\n", "–");
            std::fflush(stdout);
            previous = import;
            previous_n = n;
        }
    }
    fs::remove_all(dir);
}
