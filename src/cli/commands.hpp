#pragma once
// One file per subcommand; each registers itself on the app and sets the exit
// code when it runs. Shared option helpers live in common.hpp.
#include <CLI/CLI.hpp>

#include "cli/app.hpp"

namespace hoithao::cli {

void setup_init(CLI::App& app, Context& ctx, int& code);
void setup_import(CLI::App& app, Context& ctx, int& code);
void setup_solve(CLI::App& app, Context& ctx, int& code);
void setup_check(CLI::App& app, Context& ctx, int& code);
void setup_show(CLI::App& app, Context& ctx, int& code);
void setup_export(CLI::App& app, Context& ctx, int& code);
void setup_move(CLI::App& app, Context& ctx, int& code);
void setup_pin(CLI::App& app, Context& ctx, int& code);     // pin and unpin
void setup_cancel(CLI::App& app, Context& ctx, int& code);  // cancel and uncancel
void setup_set(CLI::App& app, Context& ctx, int& code);
void setup_replan(CLI::App& app, Context& ctx, int& code);
void setup_diff(CLI::App& app, Context& ctx, int& code);
void setup_log(CLI::App& app, Context& ctx, int& code);
void setup_restore(CLI::App& app, Context& ctx, int& code);

}  // namespace hoithao::cli
