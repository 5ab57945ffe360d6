#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "model/error.hpp"

namespace hoithao::cli {

// A new version copying an old one: history is never rewritten.
void setup_restore(CLI::App& app, Context& ctx, int& code) {
    struct Options {
        Target target;
        EditOptions edit;
        int version = 0;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("restore", "make an old version current again, as a new version; checks it");
    add_db_option(*cmd, opt->target);
    cmd->add_option("VERSION", opt->version, "the version to copy")->required()->check(CLI::PositiveNumber);
    add_event_option(*cmd, opt->target);
    add_edit_options(*cmd, opt->edit);
    cmd->callback([opt, &ctx, &code] {
        store::Store store(opt->target.db, false);
        auto target = opt->target;
        target.version = opt->version;
        // The whole agenda is its subject: any version stored meanwhile refuses it.
        const Subject latest{"the latest version", [](const Loaded& loaded) { return std::to_string(loaded.base.version); }};
        std::vector<std::string> left_out;  // of the last attempt: a rebase works the edit out again
        code = run_edit(store, target, opt->edit, ctx, latest, [&](const Loaded& loaded) {
            auto agenda = loaded.agenda;
            // Placements of sessions cancelled since cannot be stored again.
            left_out.clear();
            for (const auto& s : store.cancelled_sessions(loaded.scenario.event.id))
                if (agenda.find(s.id)) left_out.push_back(s.id);
            std::erase_if(agenda.placements,
                          [&](const model::Placement& p) { return !loaded.scenario.find_session(p.session_id); });
            return Edit{loaded.scenario, std::move(agenda), "restored from version " + std::to_string(opt->version),
                        {}};
        });
        for (const auto& id : left_out) ctx.out << "note: '" << id << "' is cancelled now and is left out\n";
    });
}

}  // namespace hoithao::cli
