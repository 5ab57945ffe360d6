#include "cli/commands.hpp"
#include "io/scenario_file.hpp"
#include "store/store.hpp"

namespace hoithao::cli {

void setup_import(CLI::App& app, Context& ctx, int& code) {
    struct Options {
        std::string db, file;
        bool replace = false;
        std::vector<std::string> allow_include;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("import", "read an event's scenario file (TOML, see docs/scenario-format.md) "
                                             "into the database; re-importing an event replaces its facts and "
                                             "keeps its agenda versions");
    cmd->add_option("DB", opt->db, "SQLite database file (made by 'hoithao init')")->required();
    cmd->add_option("FILE", opt->file, "scenario file")->required();
    cmd->add_flag("--replace", opt->replace,
                  "where the file contradicts facts entered by command since the last import (set, cancel), "
                  "take the file's and forget those changes");
    cmd->add_option("--allow-include", opt->allow_include,
                    "also read included and CSV files under this folder (repeatable); by default only the "
                    "scenario's folder and the data folder")
        ->allow_extra_args(false)
        ->check(CLI::ExistingDirectory);
    cmd->callback([opt, &ctx, &code] {
        // Read and check everything before the database is touched.
        auto scenario = io::load_scenario_file(opt->file, {opt->allow_include.begin(), opt->allow_include.end()});
        store::Store store(opt->db, false);
        const auto kept = store.save_scenario(scenario, ctx.now(), opt->replace);
        ctx.out << "imported event '" << scenario.event.id << "' (" << scenario.event.name << "): "
                << scenario.sessions.size() << " sessions, " << scenario.participants.size() << " participants, "
                << scenario.delegations.size() << " delegations, " << scenario.rooms.size() << " halls in "
                << scenario.venues.size() << " venues\n";
        for (const auto& fact : kept) ctx.out << "kept from a command: " << fact << "\n";
        // Allowed, but the programme then names nobody to lead the delegation.
        for (const auto& d : scenario.delegations)
            if (d.head_id.empty())
                ctx.out << "warning: delegation '" << d.id << "' (" << d.name
                        << ") has no head: the programme names nobody to lead it; give it head = \"PERSON\"\n";
        code = 0;
    });
}

}  // namespace hoithao::cli
