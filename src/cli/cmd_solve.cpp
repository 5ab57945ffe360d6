#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/edit.hpp"

namespace hoithao::cli {

void setup_solve(CLI::App& app, Context& ctx, int& code) {
    struct Options {
        Target target;
        double time_limit = 10.0;
        unsigned seed = 1;
        EditOptions edit;
        bool quiet = false;
        bool use_full_time = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("solve", "plan the event and store the agenda as a new version");
    add_db_option(*cmd, opt->target);
    add_event_option(*cmd, opt->target);
    cmd->add_option("--time-limit", opt->time_limit,
                    "seconds the search may take; each 10 s also buys more improvement steps")
        ->capture_default_str()->check(CLI::PositiveNumber);
    cmd->add_option("--seed", opt->seed,
                    "random seed: the same seed, input and time limit give the same agenda (without --use-full-time)")
        ->capture_default_str();
    cmd->add_flag("--use-full-time", opt->use_full_time,
                  "keep improving the agenda until the time limit; the agenda then also depends on the "
                  "machine's speed");
    add_edit_options(*cmd, opt->edit);
    cmd->add_flag("--quiet", opt->quiet, "no progress line on stderr");
    cmd->callback([opt, &ctx, &code] {
        store::Store store(opt->target.db, false);
        auto event = store.resolve_event(opt->target.event);
        auto [scenario, previous, base] = store.read_event(event);

        solve::SolveOptions options;
        options.time_limit_seconds = opt->time_limit;
        options.seed = opt->seed;
        options.use_full_time = opt->use_full_time;
        if (!opt->quiet) options.progress = [&ctx](const std::string& line) { ctx.err << line << std::endl; };
        options.previous = previous ? &*previous : nullptr;
        auto result = solve::plan(scenario, options);

        result.agenda.event_id = event;
        result.agenda.note = opt->edit.note;
        result.agenda.author = opt->edit.author;
        result.agenda.created_at = ctx.now();
        // Stored only if nobody stored anything while it planned (else store::Stale).
        int version = store.save_agenda(result.agenda, {}, base);

        switch (result.outcome) {
            case solve::Outcome::ConflictFree:
                ctx.out << "planned " << result.agenda.placements.size() << " of " << scenario.sessions.size()
                        << " sessions without conflict; stored as version " << version << "\n";
                break;
            case solve::Outcome::ProvenInfeasible:
                ctx.out << "no conflict-free agenda exists:\n";
                for (const auto& reason : result.reasons) ctx.out << "  - " << reason << "\n";
                ctx.out << "best attempt stored as version " << version << " (marked infeasible)\n";
                break;
            case solve::Outcome::NotFound:
                ctx.out << "no conflict-free agenda found within " << opt->time_limit
                        << " s; best attempt stored as version " << version << "\n";
                break;
        }
        print_report(result.report, ctx.out, opt->edit.report);
        code = result.outcome == solve::Outcome::ConflictFree ? 0 : 1;
    });
}

}  // namespace hoithao::cli
