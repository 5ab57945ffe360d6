#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "io/export.hpp"
#include "model/error.hpp"

namespace hoithao::cli {

void setup_export(CLI::App& app, Context& ctx, int& code) {
    struct Options {
        Target target;
        std::string out;
        std::vector<std::string> formats{"md", "csv", "json"};
        std::vector<std::string> who;
        std::string lang = "vi";
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("export", "write agenda files (whole event, each delegation, person and hall) "
                                             "into a folder");
    add_db_option(*cmd, opt->target);
    add_event_option(*cmd, opt->target);
    add_version_option(*cmd, opt->target);
    cmd->add_option("--out", opt->out, "folder to write into (created if missing)")->required();
    cmd->add_option("--format", opt->formats, "md, csv, json (repeat or comma-separate)")
        ->delimiter(',')->capture_default_str()->check(CLI::IsMember({"md", "csv", "json"}));
    cmd->add_option("--for", opt->who, "only these: delegation:ID, person:ID, room:ID (repeatable)");
    cmd->add_option("--lang", opt->lang, "language of titles and labels: vi, lo or en")
        ->capture_default_str()->check(CLI::IsMember({"vi", "lo", "en"}));
    cmd->callback([opt, &ctx, &code] {
        store::Store store(opt->target.db, false);
        auto [scenario, agenda] = load_agenda(store, opt->target);
        io::ExportOptions options;
        options.lang = opt->lang;
        options.formats.clear();
        for (const auto& f : opt->formats) options.formats.push_back(*io::parse_format(f));
        for (const auto& w : opt->who) options.selectors.push_back(io::parse_selector(scenario, w));
        auto files = io::export_agenda(scenario, agenda, options, opt->out);
        ctx.out << "wrote " << files.size() << " files for agenda version " << agenda.version << " into "
                << opt->out << "\n";
        code = 0;
    });
}

}  // namespace hoithao::cli
