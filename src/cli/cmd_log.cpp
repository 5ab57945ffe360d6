#include <iomanip>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/withdrawn.hpp"

namespace hoithao::cli {

void setup_log(CLI::App& app, Context& ctx, int& code) {
    auto target = std::make_shared<Target>();
    auto* cmd = app.add_subcommand("log", "list the agenda versions: when, who, status, note, sessions placed, "
                                          "hard conflicts under today's facts");
    add_db_option(*cmd, *target);
    add_event_option(*cmd, *target);
    cmd->callback([target, &ctx, &code] {
        store::Store store(target->db, false);
        const auto event = store.resolve_event(target->event);
        const auto scenario = store.load_scenario(event);
        ctx.out << "event '" << event << "': version, stored (UTC), by, status, placed, hard conflicts now, note\n";
        for (const auto& info : store.versions(event)) {
            const auto agenda = store.load_agenda(event, info.version);
            const int hard = check_stored(store, scenario, *agenda).hard_count();
            ctx.out << std::setw(4) << info.version << "  " << info.created_at << "  "
                    << (info.author.empty() ? "-" : info.author) << "  " << model::to_string(info.status) << "  "
                    << info.placements << " placed  " << hard << " hard  " << info.note << "\n";
        }
        const auto cancelled = store.cancelled_sessions(event);
        for (const auto& s : cancelled) ctx.out << "cancelled: " << s.id << " — " << s.title.in("vi") << "\n";
        for (const auto& r : store.closed_rooms(event)) ctx.out << "closed hall: " << r.id << " — " << r.name << "\n";
        code = 0;
    });
}

}  // namespace hoithao::cli
