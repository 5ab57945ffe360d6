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
    auto x = [](std::size_t s, std::size_t i) { return "x_" + std::to_string(s) + "_" + std::to_string(i); };
    auto y = [](std::size_t s, long hour) { return "y_" + std::to_string(s) + "_" + std::to_string(hour); };
    out << "Minimize\n obj: 0 " << x(0, 0) << "\nSubject To\n";
    // y_s_h = session s starts at hour h, whatever the room: person and precedence rows
    // use these, which keeps them a room-count shorter than rows over x.
    std::map<std::pair<long, int>, std::vector<std::string>> by_room;
    std::vector<std::map<long, std::vector<std::size_t>>> hours(g.candidates.size());
    int row = 0;
    for (std::size_t s = 0; s < g.candidates.size(); ++s) {
        out << " one_" << s << ":";
        for (std::size_t i = 0; i < g.candidates[s].size(); ++i) {
            const auto& c = g.candidates[s][i];
            out << " + " << x(s, i);
            by_room[{g.hour(c), c.room}].push_back(x(s, i));
            hours[s][g.hour(c)].push_back(i);
        }
        out << " = 1\n";
        for (const auto& [hour, list] : hours[s]) {
            out << " link_" << row++ << ": " << y(s, hour);
            for (std::size_t i : list) out << " - " << x(s, i);
            out << " = 0\n";
        }
    }
    for (const auto& [key, vars] : by_room) {
        if (vars.size() < 2) continue;
        out << " room_" << row++ << ":";
        for (const auto& v : vars) out << " + " << v;
        out << " <= 1\n";
    }
    for (const auto& sessions : g.person_sessions) {
        std::map<long, std::vector<int>> at;
        for (int s : sessions)
            for (const auto& [hour, list] : hours[s]) at[hour].push_back(s);
        for (const auto& [hour, list] : at) {
            if (list.size() < 2) continue;
            out << " person_" << row++ << ":";
            for (int s : list) out << " + " << y(s, hour);
            out << " <= 1\n";
        }
    }
    for (const auto& [e, t, gap] : g.precedences) {
        out << " after_" << row++ << ":";
        for (const auto& [hour, list] : hours[t]) out << " + " << hour << " " << y(t, hour);
        for (const auto& [hour, list] : hours[e]) out << " - " << hour << " " << y(e, hour);
        out << " >= " << hours_at_least(gap) << "\n";
    }
    out << "Binaries\n";
    for (std::size_t s = 0; s < g.candidates.size(); ++s)
        for (std::size_t i = 0; i < g.candidates[s].size(); ++i) out << " " << x(s, i) << "\n";
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
    if (!std::getline(in, status) || status.find("no integer solution") != std::string::npos) return std::nullopt;
    if (status.find("Infeasible") != std::string::npos) {
        run.note = "proved infeasible";
        return std::nullopt;
    }
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
