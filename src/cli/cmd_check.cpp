#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/withdrawn.hpp"
#include "io/agenda_file.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct CheckOptions {
    Target target;
    std::string agenda_file;
    std::string format = "text";
    ReportOptions report;
};

nlohmann::json report_json(const solve::CheckReport& report) {
    nlohmann::json conflicts = nlohmann::json::array();
    for (bool hard : {true, false})
        for (const auto& v : report.violations)
            if (v.hard == hard)
                conflicts.push_back({{"severity", hard ? "hard" : "soft"}, {"rule", v.rule}, {"title", v.title}, {"sessions", v.sessions},
                                     {"people", v.people}, {"cost", v.cost}, {"message", v.message}});
    return {{"hard", report.hard_count()}, {"soft_cost", report.soft_cost()}, {"conflicts", conflicts}};
}

void print_withdrawn(const store::Store& store, const std::string& event, std::ostream& out) {
    for (const auto& s : store.cancelled_sessions(event))
        out << "cancelled (not planned): " << s.id << " — " << s.title.in("vi") << "\n";
    for (const auto& r : store.closed_rooms(event)) out << "closed hall (not used): " << r.id << " — " << r.name << "\n";
}

// A hall taken for a while stays planned outside its periods; staff see them in the
// event's local time, written as `set room:ID --closed` reads them.
void print_hall_periods(const model::Scenario& s, std::ostream& out) {
    auto local = [&](model::TimePoint t) {
        return model::format_day(model::local_day(t, s.event.zone)) + " " +
               model::format_clock(model::local_clock(t, s.event.zone));
    };
    for (const auto& r : s.rooms)
        for (const auto& span : r.unavailable)
            out << "hall taken: " << r.id << " — " << r.name << ", " << local(span.start) << "/" << local(span.end)
                << "\n";
}

int run_check(const CheckOptions& opt, Context& ctx) {
    store::Store store(opt.target.db, false);
    model::Scenario scenario;
    model::Agenda agenda;
    std::vector<std::string> notes;
    std::string source;
    if (opt.agenda_file.empty()) {
        auto loaded = load_agenda(store, opt.target);
        scenario = std::move(loaded.scenario);
        agenda = std::move(loaded.agenda);
        source = "agenda version " + std::to_string(agenda.version) + " (" + model::to_string(agenda.status) + ")";
    } else {
        scenario = store.load_scenario(store.resolve_event(opt.target.event));
        // A file may still place a session cancelled since: a conflict, not bad input.
        auto file = io::read_agenda_file(opt.agenda_file, opt.agenda_file, with_withdrawn(store, scenario));
        agenda = std::move(file.agenda);
        notes = std::move(file.notes);
        source = "agenda file " + opt.agenda_file;
    }
    const auto report = check_stored(store, scenario, agenda);
    if (opt.format == "json") {
        auto doc = report_json(report);
        doc["event"] = scenario.event.id;
        doc["source"] = source;
        doc["notes"] = notes;
        ctx.out << doc.dump(2) << "\n";
    } else {
        ctx.out << "event '" << scenario.event.id << "', " << source << "\n";
        for (const auto& note : notes) ctx.out << "note: " << note << "\n";
        print_withdrawn(store, scenario.event.id, ctx.out);
        print_hall_periods(scenario, ctx.out);
        print_report(report, ctx.out, opt.report);
    }
    return report.hard_count() > 0 ? 1 : 0;
}

}  // namespace

void setup_check(CLI::App& app, Context& ctx, int& code) {
    auto opt = std::make_shared<CheckOptions>();
    auto* cmd = app.add_subcommand("check", "list every conflict in a stored agenda or an edited agenda file, in "
                                            "words (exit 1 when any hard conflict is found)");
    add_db_option(*cmd, opt->target);
    add_event_option(*cmd, opt->target);
    add_version_option(*cmd, opt->target);
    cmd->add_option("--agenda", opt->agenda_file, "check this CSV or JSON agenda file (as written by 'export', "
                                                  "maybe edited) instead of a stored version")
        ->check(CLI::ExistingFile);
    cmd->add_option("--format", opt->format, "text or json")->capture_default_str()->check(CLI::IsMember({"text", "json"}));
    add_report_options(*cmd, opt->report);
    cmd->callback([opt, &ctx, &code] {
        if (!opt->agenda_file.empty() && opt->target.version)
            throw model::InputError("", "--agenda", "give either --agenda or --version, not both");
        code = run_check(*opt, ctx);
    });
}

}  // namespace hoithao::cli
