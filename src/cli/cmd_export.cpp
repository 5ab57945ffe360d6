#include <algorithm>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/withdrawn.hpp"
#include "io/agenda_diff.hpp"
#include "io/export.hpp"
#include "io/export_ics.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

// Selectors for everyone whose own agenda differs from version `since`; people,
// delegations and halls no longer in the event get no file.
std::vector<io::Selector> changed_since(const store::Store& store, const model::Scenario& scenario,
                                        const model::Agenda& agenda, int since) {
    auto old = store.load_agenda(scenario.event.id, since);
    if (!old)
        throw model::InputError("", "--changed-since",
                                "event '" + scenario.event.id + "' has no agenda version " + std::to_string(since));
    auto selectors = io::changed_selectors(io::diff_agendas(with_withdrawn(store, scenario), *old, agenda));
    std::erase_if(selectors, [&](const io::Selector& s) {
        return s.kind == "room" ? !scenario.find_room(s.id)
               : s.kind == "person" ? !scenario.find_participant(s.id)
                                    : !scenario.find_delegation(s.id);
    });
    return selectors;
}

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
        std::optional<int> changed_since;
        bool final = false;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("export", "write agenda files (whole event, each delegation, person and hall) "
                                             "into a folder");
    add_db_option(*cmd, opt->target);
    add_event_option(*cmd, opt->target);
    add_version_option(*cmd, opt->target);
    cmd->add_option("--out", opt->out, "folder to write into (created if missing)")->required();
    auto* formats =
        cmd->add_option("--format", opt->formats, "md, csv, json, ics, html, xlsx, svg (repeat or comma-separate)")
            ->delimiter(',')->capture_default_str()
            ->check(CLI::IsMember({"md", "csv", "json", "ics", "html", "xlsx", "svg"}));
    cmd->add_option("--for", opt->who, "only these: delegation:ID, person:ID, room:ID (repeatable)");
    cmd->add_option("--lang", opt->lang, "language of titles, labels and names: vi, lo or en")
        ->capture_default_str()->check(CLI::IsMember({"vi", "lo", "en"}));
    cmd->add_option("--changed-since", opt->changed_since,
                    "only the people, delegations and halls whose agenda changed since this version")
        ->check(CLI::PositiveNumber);
    cmd->add_flag("--final", opt->final,
                  "the version handed out: no version numbers, staff notes or internal ids "
                  "(no json, which is for tools)");
    cmd->callback([opt, formats, &ctx, &code] {
        store::Store store(opt->target.db, false);
        auto [scenario, agenda, base] = load_agenda(store, opt->target);
        io::ExportOptions options;
        options.audience = {opt->lang, opt->final};
        options.formats.clear();
        for (const auto& f : opt->formats) options.formats.push_back(*io::parse_format(f));
        // Every format by default means every format that can be handed out; json asked
        // for by name is refused by export_agenda.
        if (opt->final && formats->count() == 0) std::erase(options.formats, io::Format::Json);
        for (const auto& w : opt->who) options.selectors.push_back(io::parse_selector(scenario, w));
        options.sequences = io::count_moves(history_until(store, agenda));
        if (opt->changed_since) {
            // With --for too, only those of them whose agenda changed.
            auto selectors = changed_since(store, scenario, agenda, *opt->changed_since);
            if (!options.selectors.empty())
                std::erase_if(selectors, [&](const io::Selector& c) {
                    return std::none_of(options.selectors.begin(), options.selectors.end(),
                                        [&](const io::Selector& w) { return w.kind == c.kind && w.id == c.id; });
                });
            if (selectors.empty()) {
                ctx.out << "nothing changed since version " << *opt->changed_since << "; no files written\n";
                code = 0;
                return;
            }
            options.selectors = std::move(selectors);
        }
        auto files = io::export_agenda(scenario, agenda, options, opt->out);
        ctx.out << "wrote " << files.size() << " files for agenda version " << agenda.version << " into "
                << opt->out << "\n";
        code = 0;
    });
}

}  // namespace hoithao::cli
