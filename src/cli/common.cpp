#include "cli/common.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "io/id_match.hpp"
#include "model/error.hpp"

namespace hoithao::cli {

void add_db_option(CLI::App& cmd, Target& target) {
    cmd.add_option("DB", target.db, "SQLite database file")->required();
}

void add_event_option(CLI::App& cmd, Target& target) {
    cmd.add_option("--event", target.event, "event id (default: the only or last imported event)");
}

void add_version_option(CLI::App& cmd, Target& target) {
    cmd.add_option("--version", target.version, "agenda version (default: the latest)")->check(CLI::PositiveNumber);
}

Loaded load_agenda(const store::Store& store, const Target& target) {
    auto event = store.resolve_event(target.event);
    auto state = store.read_event(event, target.version);
    auto& agenda = state.agenda;
    if (!agenda) {
        if (target.version)
            throw model::InputError("", "--version",
                                    "event '" + event + "' has no agenda version " + std::to_string(*target.version));
        throw model::InputError("event '" + event + "' has no agenda yet: run 'hoithao solve " + target.db + "'");
    }
    return {std::move(state.scenario), std::move(*agenda), state.base};
}

std::string known_id(const std::string& given, const std::vector<std::string>& known, const std::string& event,
                     const std::string& what, const std::string& field) {
    if (auto id = io::match_id(given, known)) return *id;
    throw model::InputError("", field,
                            "event '" + event + "' has no " + what + " '" + given + "'" + io::did_you_mean(given, known));
}

std::vector<std::string> session_ids(const store::Store& store, const model::Scenario& scenario) {
    std::vector<std::string> ids;
    for (const auto& s : scenario.sessions) ids.push_back(s.id);
    for (const auto& s : store.cancelled_sessions(scenario.event.id)) ids.push_back(s.id);
    return ids;
}

std::vector<std::string> room_ids(const store::Store& store, const model::Scenario& scenario) {
    std::vector<std::string> ids;
    for (const auto& r : scenario.rooms) ids.push_back(r.id);
    for (const auto& r : store.closed_rooms(scenario.event.id)) ids.push_back(r.id);
    return ids;
}

void add_report_options(CLI::App& cmd, ReportOptions& options) {
    cmd.add_flag("--verbose", options.verbose, "list every soft finding, not one line per rule");
    cmd.add_flag("--hard-only", options.hard_only, "list only the hard conflicts");
}

void print_report(const solve::CheckReport& report, std::ostream& out, const ReportOptions& options) {
    for (const auto& v : report.violations)
        if (v.hard) out << "conflict (" << v.title << "): " << v.message << "\n";
    const int hard = report.hard_count();
    out << hard << " hard conflict" << (hard == 1 ? "" : "s");
    if (options.hard_only) {
        out << "\n";
        return;
    }
    out << ", soft cost " << report.soft_cost() << "\n";
    if (options.verbose) {
        for (const auto& v : report.violations)
            if (!v.hard) out << "  soft (" << v.title << "): " << v.message << " (cost " << v.cost << ")\n";
        return;
    }
    std::map<std::string, std::pair<int, long>> by_title;
    for (const auto& v : report.violations) {
        if (v.hard) continue;
        auto& [count, cost] = by_title[v.title];
        ++count;
        cost += v.cost;
    }
    std::vector<std::pair<std::string, std::pair<int, long>>> rows(by_title.begin(), by_title.end());
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.second > b.second.second; });
    for (const auto& [title, totals] : rows)
        out << "  soft: " << title << " — " << totals.first << " time" << (totals.first == 1 ? "" : "s") << ", cost "
            << totals.second << "\n";
    if (!rows.empty()) out << "  (--verbose lists each soft finding)\n";
}

}  // namespace hoithao::cli
