#include "cli/app.hpp"

#include <exception>

#include "cli/commands.hpp"
#include "model/error.hpp"

namespace hoithao::cli {

int run(const std::vector<std::string>& args, Context& ctx) {
    CLI::App app{"hoithao — plans official workshops, visits, talks and signings into conflict-free agendas",
                 "hoithao"};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "show help for every command");
    int code = 0;
    setup_init(app, ctx, code);
    setup_import(app, ctx, code);
    setup_solve(app, ctx, code);
    setup_check(app, ctx, code);
    setup_show(app, ctx, code);
    setup_export(app, ctx, code);
    setup_move(app, ctx, code);
    setup_pin(app, ctx, code);
    setup_cancel(app, ctx, code);
    setup_set(app, ctx, code);
    setup_replan(app, ctx, code);
    setup_diff(app, ctx, code);
    setup_log(app, ctx, code);
    setup_restore(app, ctx, code);

    // CLI11 wants argv order reversed in its vector form.
    std::vector<std::string> reversed(args.rbegin(), args.rend());
    try {
        app.parse(reversed);
        return code;
    } catch (const CLI::ParseError& e) {
        int cli_code = app.exit(e, ctx.out, ctx.err);
        return cli_code == 0 ? 0 : static_cast<int>(model::ExitCode::BadInput);
    } catch (const model::Error& e) {
        ctx.err << "hoithao: " << e.what() << "\n";
        return static_cast<int>(e.code());
    } catch (const std::exception& e) {
        ctx.err << "hoithao: internal error: " << e.what() << "\n";
        return static_cast<int>(model::ExitCode::Internal);
    }
}

}  // namespace hoithao::cli
