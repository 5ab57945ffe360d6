#pragma once
// MiniZinc + Gecode adapter: the grid model as a MiniZinc satisfaction problem, one
// candidate-index variable per session. Only alldifferent.mzn is included, since
// Debian's Gecode predates MiniZinc 2.6's globals library.
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include "grid.hpp"
#include "run.hpp"

namespace peers {

inline const char* kMiniZincModel = R"(include "alldifferent.mzn";
int: n; int: k; int: rooms;
array[1..n] of int: ncand;
array[1..n, 1..k] of int: slot_of;
array[1..n, 1..k] of int: room_of;
int: nc; array[1..nc] of int: ca; array[1..nc] of int: cb;
int: np; array[1..np] of int: pa; array[1..np] of int: pb; array[1..np] of int: pd;
array[1..n] of var 1..k: c;
array[1..n] of var int: slot = [slot_of[s, c[s]] | s in 1..n];
constraint forall(s in 1..n)(c[s] <= ncand[s]);
constraint forall(i in 1..nc)(slot[ca[i]] != slot[cb[i]]);
constraint forall(i in 1..np)(slot[pb[i]] - slot[pa[i]] >= pd[i]);
constraint alldifferent([slot[s] * rooms + room_of[s, c[s]] | s in 1..n]);
solve :: int_search(c, first_fail, indomain_min) satisfy;
output [show(c[s]) ++ "\n" | s in 1..n];
)";

inline void write_minizinc_data(std::ostream& out, const GridModel& g, int rooms) {
    std::size_t k = 1;
    for (const auto& list : g.candidates) k = std::max(k, list.size());
    const std::size_t n = g.candidates.size();
    out << "n = " << n << ";\nk = " << k << ";\nrooms = " << rooms << ";\nncand = [";
    for (std::size_t s = 0; s < n; ++s) out << (s ? "," : "") << g.candidates[s].size();
    auto table = [&](const char* name, auto value) {
        out << "];\n" << name << " = [|";
        for (std::size_t s = 0; s < n; ++s) {
            for (std::size_t i = 0; i < k; ++i) {
                const auto& list = g.candidates[s];
                out << (i ? "," : "") << (i < list.size() ? value(list[i]) : 0);
            }
            out << "|";
        }
    };
    table("slot_of", [&](const hoithao::solve::Candidate& c) { return g.hour(c); });
    table("room_of", [](const hoithao::solve::Candidate& c) { return static_cast<long>(c.room); });
    out << "];\nnc = " << g.conflicts.size() << ";\nca = [";
    for (std::size_t i = 0; i < g.conflicts.size(); ++i) out << (i ? "," : "") << g.conflicts[i].first + 1;
    out << "];\ncb = [";
    for (std::size_t i = 0; i < g.conflicts.size(); ++i) out << (i ? "," : "") << g.conflicts[i].second + 1;
    out << "];\nnp = " << g.precedences.size() << ";\npa = [";
    for (std::size_t i = 0; i < g.precedences.size(); ++i) out << (i ? "," : "") << std::get<0>(g.precedences[i]) + 1;
    out << "];\npb = [";
    for (std::size_t i = 0; i < g.precedences.size(); ++i) out << (i ? "," : "") << std::get<1>(g.precedences[i]) + 1;
    out << "];\npd = [";
    for (std::size_t i = 0; i < g.precedences.size(); ++i)
        out << (i ? "," : "") << hours_at_least(std::get<2>(g.precedences[i]));
    out << "];\n";
}

// Candidate index per session (0-based), or nothing when MiniZinc found no solution.
inline std::optional<std::vector<int>> solve_minizinc(const GridModel& g, int rooms, double seconds,
                                                      const std::filesystem::path& dir, RunResult& run) {
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "model.mzn") << kMiniZincModel;
    {
        std::ofstream data(dir / "data.dzn");
        write_minizinc_data(data, g, rooms);
    }
    run = run_with_timeout("minizinc --solver gecode --time-limit " + std::to_string(static_cast<long>(seconds * 1000)) +
                               " " + (dir / "model.mzn").string() + " " + (dir / "data.dzn").string(),
                           seconds + 10, (dir / "out.txt").string());
    std::ifstream out(dir / "out.txt");
    std::vector<int> choice;
    for (std::string line; std::getline(out, line) && line != "----------";) {
        if (line == "=====UNSATISFIABLE=====") run.note = "proved infeasible";
        std::istringstream in(line);
        int v = 0;
        if (in >> v && in.eof()) choice.push_back(v - 1);
    }
    if (choice.size() != g.candidates.size()) return std::nullopt;
    return choice;
}

}  // namespace peers
