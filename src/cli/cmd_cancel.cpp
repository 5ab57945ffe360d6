// `cancel` and `uncancel`: one flag, so the two commands share this file.
#include <algorithm>

#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct CancelOptions {
    Target target;
    EditOptions edit;
    std::string session;
};

// The session stays stored, flagged: load_scenario leaves it out from now on and
// the new version no longer places it.
int run_cancel(const CancelOptions& given, Context& ctx) {
    store::Store store(given.target.db, false);
    auto opt = given;
    opt.session = session_named(store, opt.target, given.session);
    return run_edit(store, opt.target, opt.edit, ctx, session_subject(opt.session), [&](const Loaded& loaded) {
        require_session(store, loaded.scenario, opt.session);
        auto agenda = loaded.agenda;
        std::erase_if(agenda.placements, [&](const model::Placement& p) { return p.session_id == opt.session; });
        return Edit{loaded.scenario, std::move(agenda), "cancelled '" + opt.session + "'",
                    {store::SessionCancelled{opt.session, true}}};
    });
}

// The session comes back unplaced: the check lists it until it is moved or re-planned.
int run_uncancel(const CancelOptions& given, Context& ctx) {
    store::Store store(given.target.db, false);
    auto opt = given;
    opt.session = session_named(store, opt.target, given.session);
    const int code = run_edit(store, opt.target, opt.edit, ctx, session_subject(opt.session), [&](const Loaded& loaded) {
        const auto cancelled = store.cancelled_sessions(loaded.scenario.event.id);
        auto it = std::find_if(cancelled.begin(), cancelled.end(),
                               [&](const model::Session& s) { return s.id == opt.session; });
        if (it == cancelled.end())
            throw model::InputError("", "SESSION",
                                    loaded.scenario.find_session(opt.session)
                                        ? "session '" + opt.session + "' is not cancelled"
                                        : "event '" + loaded.scenario.event.id + "' has no session '" + opt.session +
                                              "'");
        auto scenario = loaded.scenario;
        scenario.sessions.push_back(*it);
        return Edit{scenario, loaded.agenda, "restored cancelled session '" + opt.session + "'",
                    {store::SessionCancelled{opt.session, false}}};
    });
    ctx.out << "'" << opt.session << "' is back but not placed: 'hoithao move' it or 'hoithao replan'\n";
    return code;
}

CLI::App* add_command(CLI::App& app, const char* name, const char* help, CancelOptions& opt) {
    auto* cmd = app.add_subcommand(name, help);
    add_db_option(*cmd, opt.target);
    cmd->add_option("SESSION", opt.session, "session id")->required();
    add_event_option(*cmd, opt.target);
    add_edit_options(*cmd, opt.edit);
    return cmd;
}

}  // namespace

void setup_cancel(CLI::App& app, Context& ctx, int& code) {
    auto cancel = std::make_shared<CancelOptions>();
    add_command(app, "cancel", "cancel a session: it is kept, listed as cancelled and no longer planned; "
                               "stores a new version", *cancel)
        ->callback([cancel, &ctx, &code] { code = run_cancel(*cancel, ctx); });
    auto uncancel = std::make_shared<CancelOptions>();
    add_command(app, "uncancel", "bring back a cancelled session (unplaced); stores a new version", *uncancel)
        ->callback([uncancel, &ctx, &code] { code = run_uncancel(*uncancel, ctx); });
}

}  // namespace hoithao::cli
