#include <set>

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "io/agenda_view.hpp"
#include "io/labels.hpp"
#include "io/text_width.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct Group {
    std::string heading;
    io::Selector who;
};

std::vector<Group> groups(const model::Scenario& s, const std::string& by, const io::Selector& only) {
    if (!only.kind.empty()) {
        std::string name = only.kind == "person"       ? s.find_participant(only.id)->name
                           : only.kind == "delegation" ? s.find_delegation(only.id)->name
                                                       : s.find_room(only.id)->name;
        return {{name, only}};
    }
    std::vector<Group> result;
    if (by == "day") result.push_back({"", {}});
    if (by == "room")
        for (const auto& r : s.rooms) result.push_back({r.name, {"room", r.id}});
    if (by == "delegation")
        for (const auto& d : s.delegations) result.push_back({d.name, {"delegation", d.id}});
    if (by == "person")
        for (const auto& p : s.participants)
            result.push_back({p.name + (p.title.empty() ? "" : ", " + p.title), {"person", p.id}});
    return result;
}

std::string hall(const io::AgendaRow& row) {
    if (!row.room) return row.placement->room_id + " (?)";
    return row.venue ? row.room->name + " (" + row.venue->city + ")" : row.room->name;
}

// The highest-ranking few by name, the rest counted, so a plenary stays on one line.
std::string people_summary(const io::AgendaRow& row, const std::string& lang) {
    constexpr std::size_t shown = 4;
    std::string text;
    for (std::size_t i = 0; i < row.people.size() && i < shown; ++i) text += (i ? ", " : "") + row.people[i]->name;
    if (row.people.size() > shown) text += " +" + std::to_string(row.people.size() - shown);
    if (row.interpreter) text += " [" + std::string(io::labels(lang).interpreter) + ": " + row.interpreter->name + "]";
    return text;
}

void print_group(const std::vector<io::AgendaRow>& rows, const Group& group, const std::string& lang,
                 std::ostream& out) {
    std::string day;
    bool any = false;
    for (const auto& row : rows) {
        if (!group.who.selects(row)) continue;
        if (!any && !group.heading.empty()) out << "\n" << group.heading << "\n";
        any = true;
        if (row.day != day) {
            day = row.day;
            out << "\n  " << io::day_heading(*model::parse_day(day), lang) << "\n";
        }
        out << "    " << row.start << "–" << row.end << "  " << io::fit(row.session->title.in(lang), 44) << "  "
            << io::fit(hall(row), 30) << "  " << people_summary(row, lang) << "\n";
    }
}

}  // namespace

void setup_show(CLI::App& app, Context& ctx, int& code) {
    struct Options {
        Target target;
        std::string by = "day";
        std::string who;
        std::string lang = "vi";
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("show", "print an agenda in the terminal by day, hall, delegation or person");
    add_db_option(*cmd, opt->target);
    add_event_option(*cmd, opt->target);
    add_version_option(*cmd, opt->target);
    cmd->add_option("--by", opt->by, "day, room, delegation or person")
        ->capture_default_str()->check(CLI::IsMember({"day", "room", "delegation", "person"}));
    cmd->add_option("--for", opt->who, "only delegation:ID, person:ID or room:ID");
    cmd->add_option("--lang", opt->lang, "language of titles and labels: vi, lo or en")
        ->capture_default_str()->check(CLI::IsMember({"vi", "lo", "en"}));
    cmd->callback([opt, &ctx, &code] {
        store::Store store(opt->target.db, false);
        auto [scenario, agenda, base] = load_agenda(store, opt->target);
        auto only = io::parse_selector(scenario, opt->who);
        auto rows = io::agenda_rows(scenario, agenda);
        ctx.out << scenario.event.name << " — " << io::labels(opt->lang).version << " " << agenda.version << " ("
                << model::to_string(agenda.status) << ")\n";
        for (const auto& group : groups(scenario, opt->by, only)) print_group(rows, group, opt->lang, ctx.out);
        code = 0;
    });
}

}  // namespace hoithao::cli
