#pragma once
// CBC adapter: the grid model as a 0/1 ILP in LP format, x_s_i = session s takes its
// candidate i; one candidate per session, at most one session per room and start and
// per person and start, precedence on the starts in hours. Feasibility only (zero
// objective), like the MiniZinc model: soft cost is scored afterwards.
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

#include "grid.hpp"
#include "run.hpp"

namespace peers {

inline void write_lp(std::ostream& out, const GridModel& g) {
    auto var = [](std::size_t s, std::size_t i) { return "x_" + std::to_string(s) + "_" + std::to_string(i); };
    auto sum = [&](const std::vector<std::pair<int, int>>& terms) {
        std::string text;
        for (auto [s, i] : terms) text += " + " + var(s, i);
        return text;
    };
    out << "Minimize\n obj: 0 " << var(0, 0) << "\nSubject To\n";
    std::map<std::pair<Instant, int>, std::vector<std::pair<int, int>>> by_room;
    std::vector<std::map<Instant, std::vector<int>>> starts(g.candidates.size());  // session -> start -> candidates
    for (std::size_t s = 0; s < g.candidates.size(); ++s) {
        std::vector<std::pair<int, int>> all;
        for (std::size_t i = 0; i < g.candidates[s].size(); ++i) {
            const auto& c = g.candidates[s][i];
            all.emplace_back(s, i);
            by_room[{c.start, c.room}].emplace_back(s, i);
            starts[s][c.start].push_back(static_cast<int>(i));
        }
        out << " one_" << s << ":" << sum(all) << " = 1\n";
    }
    int row = 0;
    for (const auto& [key, terms] : by_room)
        if (terms.size() > 1) out << " room_" << row++ << ":" << sum(terms) << " <= 1\n";
    for (const auto& sessions : g.person_sessions) {
        std::map<Instant, std::vector<std::pair<int, int>>> at;
        for (int s : sessions)
            for (const auto& [start, list] : starts[s])
                for (int i : list) at[start].emplace_back(s, i);
        for (const auto& [start, terms] : at)
            if (terms.size() > 1) out << " person_" << row++ << ":" << sum(terms) << " <= 1\n";
    }
    for (const auto& [e, t, gap] : g.precedences) {
        out << " after_" << row++ << ":";
        for (std::size_t i = 0; i < g.candidates[t].size(); ++i) out << " + " << g.hour(g.candidates[t][i]) << " " << var(t, i);
        for (std::size_t i = 0; i < g.candidates[e].size(); ++i) out << " - " << g.hour(g.candidates[e][i]) << " " << var(e, i);
        out << " >= " << hours_at_least(gap) << "\n";
    }
    out << "Binaries\n";
    for (std::size_t s = 0; s < g.candidates.size(); ++s)
        for (std::size_t i = 0; i < g.candidates[s].size(); ++i) out << " " << var(s, i) << "\n";
    out << "End\n";
}

inline std::optional<std::vector<int>> solve_cbc(const GridModel& g, double seconds, const std::filesystem::path& dir,
                                                 RunResult& run) {
    std::filesystem::create_directories(dir);
    {
        std::ofstream lp(dir / "model.lp");
        write_lp(lp, g);
    }
    std::filesystem::remove(dir / "solution.txt");
    run = run_with_timeout("cbc " + (dir / "model.lp").string() + " sec " + std::to_string(static_cast<long>(seconds)) +
                               " threads 1 solve solu " + (dir / "solution.txt").string(),
                           seconds + 10, (dir / "out.txt").string());
    std::ifstream in(dir / "solution.txt");
    std::string status;
    if (!std::getline(in, status) || status.find("Infeasible") != std::string::npos ||
        status.find("no integer solution") != std::string::npos)
        return std::nullopt;
    std::vector<int> choice(g.candidates.size(), -1);
    for (std::string line; std::getline(in, line);) {
        std::istringstream fields(line);
        std::string index, name;
        double value = 0;
        if (!(fields >> index >> name >> value) || name.rfind("x_", 0) != 0 || value < 0.5) continue;
        auto cut = name.find('_', 2);
        choice[std::stoul(name.substr(2, cut - 2))] = std::stoi(name.substr(cut + 1));
    }
    if (std::find(choice.begin(), choice.end(), -1) != choice.end()) return std::nullopt;
    return choice;
}

}  // namespace peers
