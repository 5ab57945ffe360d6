#include "cli/common.hpp"

#include <map>

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

void print_report(const solve::CheckReport& report, std::ostream& out) {
    for (bool hard : {true, false}) {
        for (const auto& v : report.violations) {
            if (v.hard != hard) continue;
            out << (hard ? "HARD " : "soft ") << v.rule << ": " << v.message;
            if (!hard) out << " (cost " << v.cost << ")";
            out << "\n";
        }
    }
    std::map<std::string, std::pair<int, long>> by_rule;
    for (const auto& v : report.violations) {
        auto& [count, cost] = by_rule[v.rule];
        ++count;
        cost += v.cost;
    }
    out << report.hard_count() << " hard conflict" << (report.hard_count() == 1 ? "" : "s") << ", soft cost "
        << report.soft_cost() << "\n";
    for (const auto& [rule, totals] : by_rule)
        out << "  " << rule << ": " << totals.first << " violation" << (totals.first == 1 ? "" : "s") << ", cost "
            << totals.second << "\n";
}

}  // namespace hoithao::cli
