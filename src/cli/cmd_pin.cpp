// `pin` and `unpin`: one flag, so the two commands share this file.
#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "io/agenda_diff.hpp"

namespace hoithao::cli {
namespace {

struct PinOptions {
    Target target;
    EditOptions edit;
    std::string session;
};

int run_pin(const PinOptions& given, bool pinned, Context& ctx) {
    store::Store store(given.target.db, false);
    auto opt = given;
    opt.session = session_named(store, opt.target, given.session);
    return run_edit(store, opt.target, opt.edit, ctx, session_subject(opt.session), [&](const Loaded& loaded) {
        auto agenda = loaded.agenda;
        auto& placement = placement_of(store, loaded, agenda, opt.session);
        placement.pinned = pinned;
        std::string what = std::string(pinned ? "pinned '" : "unpinned '") + opt.session + "' at " +
                           io::placement_text(loaded.scenario, placement);
        if (!pinned && loaded.scenario.find_session(opt.session)->pinned)
            what += " (the scenario file still pins it: 'pinned = true')";
        return Edit{loaded.scenario, std::move(agenda), what, {}};
    });
}

void setup_one(CLI::App& app, Context& ctx, int& code, bool pinned) {
    auto opt = std::make_shared<PinOptions>();
    auto* cmd = app.add_subcommand(pinned ? "pin" : "unpin",
                                   pinned ? "keep a session where it is when re-planning; stores a new version"
                                          : "let re-planning move a pinned session again; stores a new version");
    add_db_option(*cmd, opt->target);
    cmd->add_option("SESSION", opt->session, "session id")->required();
    add_event_option(*cmd, opt->target);
    add_edit_options(*cmd, opt->edit);
    cmd->callback([opt, pinned, &ctx, &code] { code = run_pin(*opt, pinned, ctx); });
}

}  // namespace

void setup_pin(CLI::App& app, Context& ctx, int& code) {
    setup_one(app, ctx, code, true);
    setup_one(app, ctx, code, false);
}

}  // namespace hoithao::cli
