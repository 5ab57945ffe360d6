#include "cli/commands.hpp"
#include "store/store.hpp"

namespace hoithao::cli {

void setup_init(CLI::App& app, Context& ctx, int& code) {
    auto* cmd = app.add_subcommand("init", "create an empty hoithao database (or upgrade an older one)");
    auto db = std::make_shared<std::string>();
    cmd->add_option("DB", *db, "SQLite database file to create")->required();
    cmd->callback([db, &ctx, &code] {
        store::Store store(*db, true);
        ctx.out << *db << ": hoithao database, schema version " << store::Store::schema_version() << "\n";
        code = 0;
    });
}

}  // namespace hoithao::cli
