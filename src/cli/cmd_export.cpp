#include <algorithm>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "io/export.hpp"
#include "io/export_ics.hpp"
#include "model/error.hpp"

namespace hoithao::cli {

namespace {

// Every stored version up to `agenda`, oldest first: what calendar SEQUENCE numbers count.
std::vector<model::Agenda> history_until(const store::Store& store, const model::Agenda& agenda) {
    std::vector<model::Agenda> history;
    for (const auto& info : store.versions(agenda.event_id)) {
        if (info.version > agenda.version) continue;
        if (auto version = store.load_agenda(agenda.event_id, info.version)) history.push_back(std::move(*version));
    }
    std::sort(history.begin(), history.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    return history;
}

}  // namespace

void setup_export(CLI::App& app, Context& ctx, int& code) {
    struct Options {
        Target target;
        std::string out;
        std::vector<std::string> formats{"md", "csv", "json", "ics", "html", "xlsx", "svg"};
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
    cmd->add_option("--format", opt->formats, "md, csv, json, ics, html, xlsx, svg (repeat or comma-separate)")
        ->delimiter(',')->capture_default_str()
        ->check(CLI::IsMember({"md", "csv", "json", "ics", "html", "xlsx", "svg"}));
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
        options.sequences = io::count_moves(history_until(store, agenda));
        auto files = io::export_agenda(scenario, agenda, options, opt->out);
        ctx.out << "wrote " << files.size() << " files for agenda version " << agenda.version << " into "
                << opt->out << "\n";
        code = 0;
    });
}

}  // namespace hoithao::cli
