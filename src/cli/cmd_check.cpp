#include "cli/commands.hpp"
#include "cli/common.hpp"

namespace hoithao::cli {

void setup_check(CLI::App& app, Context& ctx, int& code) {
    auto target = std::make_shared<Target>();
    auto* cmd = app.add_subcommand("check", "list every conflict in a stored agenda, in words "
                                            "(exit 1 when any hard conflict is found)");
    add_db_option(*cmd, *target);
    add_event_option(*cmd, *target);
    add_version_option(*cmd, *target);
    cmd->callback([target, &ctx, &code] {
        store::Store store(target->db, false);
        auto [scenario, agenda] = load_agenda(store, *target);
        auto report = solve::check(scenario, agenda);
        ctx.out << "event '" << scenario.event.id << "', agenda version " << agenda.version << " ("
                << model::to_string(agenda.status) << ")\n";
        print_report(report, ctx.out);
        code = report.hard_count() > 0 ? 1 : 0;
    });
}

}  // namespace hoithao::cli
