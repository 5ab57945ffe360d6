#include <algorithm>

#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "io/agenda_diff.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct MoveOptions {
    Target target;
    EditOptions edit;
    std::string session;
    std::string to;
    std::string room;
    std::string interpreter;
};

Edit moved(const store::Store& store, const MoveOptions& opt, const Loaded& loaded) {
    auto agenda = loaded.agenda;
    const auto& scenario = loaded.scenario;
    if (!opt.room.empty() && !scenario.find_room(opt.room)) {
        const auto closed = store.closed_rooms(scenario.event.id);
        const bool is_closed =
            std::any_of(closed.begin(), closed.end(), [&](const model::Room& r) { return r.id == opt.room; });
        throw model::InputError("", "--room", is_closed ? "hall '" + opt.room + "' is closed"
                                                        : "event '" + scenario.event.id + "' has no room '" +
                                                              opt.room + "'");
    }
    auto it = std::find_if(agenda.placements.begin(), agenda.placements.end(),
                           [&](const model::Placement& p) { return p.session_id == opt.session; });
    require_session(store, scenario, opt.session);
    if (!opt.interpreter.empty() && !scenario.find_participant(opt.interpreter))
        throw model::InputError("", "--interpreter",
                                "event '" + scenario.event.id + "' has no participant '" + opt.interpreter + "'");
    const bool was_placed = it != agenda.placements.end();
    if (!was_placed) {
        // An unplaced session can be placed by hand, given a hall.
        if (opt.room.empty())
            throw model::InputError("", "--room", "session '" + opt.session + "' is not placed in version " +
                                                      std::to_string(agenda.version) + "; give it a hall");
        agenda.placements.push_back({opt.session, opt.room, {}, {}, "", false});
        it = std::prev(agenda.placements.end());
    }
    const auto before = *it;
    const auto& session = *scenario.find_session(opt.session);
    if (!opt.room.empty()) it->room_id = opt.room;
    if (!opt.interpreter.empty()) it->interpreter_id = opt.interpreter;
    // The time is read where the session takes place.
    it->start = local_time_option(opt.to, zone_of_room(scenario, it->room_id), "--to");
    it->end = it->start + model::Minutes(session.duration_minutes);
    std::string what = "moved '" + opt.session + "' to " + io::placement_text(scenario, *it);
    if (was_placed) what += " (was " + io::placement_text(scenario, before) + ")";
    return {scenario, std::move(agenda), what, {}};
}

int run_move(const MoveOptions& given, Context& ctx) {
    store::Store store(given.target.db, false);
    auto opt = given;
    opt.session = session_named(store, opt.target, given.session);
    const auto scenario = store.load_scenario(store.resolve_event(opt.target.event));
    if (!opt.room.empty()) opt.room = known_id(opt.room, room_ids(store, scenario), scenario.event.id, "room", "--room");
    if (!opt.interpreter.empty()) {
        std::vector<std::string> people;
        for (const auto& p : scenario.participants) people.push_back(p.id);
        opt.interpreter = known_id(opt.interpreter, people, scenario.event.id, "participant", "--interpreter");
    }
    return run_edit(store, opt.target, opt.edit, ctx, session_subject(opt.session),
                    [&](const Loaded& loaded) { return moved(store, opt, loaded); });
}

}  // namespace

void setup_move(CLI::App& app, Context& ctx, int& code) {
    auto opt = std::make_shared<MoveOptions>();
    auto* cmd = app.add_subcommand("move", "move a session to another time or hall; stores a new version and "
                                           "checks it (exit 1 while hard conflicts remain)");
    add_db_option(*cmd, opt->target);
    cmd->add_option("SESSION", opt->session, "session id")->required();
    add_event_option(*cmd, opt->target);
    cmd->add_option("--to", opt->to, "new start, local time where it takes place: \"2022-09-09 14:00\"")->required();
    cmd->add_option("--room", opt->room, "new hall (default: the same hall)");
    cmd->add_option("--interpreter", opt->interpreter, "interpreter's participant id (default: the same)");
    add_edit_options(*cmd, opt->edit);
    cmd->callback([opt, &ctx, &code] { code = run_move(*opt, ctx); });
}

}  // namespace hoithao::cli
