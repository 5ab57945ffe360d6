#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "cli/common.hpp"
#include "cli/withdrawn.hpp"
#include "io/agenda_diff.hpp"
#include "io/collate.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

std::string title_of(const model::Scenario& s, const std::string& id) {
    const auto* session = s.find_session(id);
    return "'" + (session && !session->title.in("vi").empty() ? session->title.in("vi") : id) + "'";
}

std::string interpreter_name(const model::Scenario& s, const std::string& id) {
    if (id.empty()) return "none";
    const auto* person = s.find_participant(id);
    return person ? person->name : id;
}

void print_change(const model::Scenario& s, const io::SessionChange& c, std::ostream& out) {
    using Kind = io::SessionChange::Kind;
    const auto title = c.session_id + " " + title_of(s, c.session_id);
    switch (c.kind) {
        case Kind::Added: out << "  added   " << title << ": " << io::placement_text(s, *c.after) << "\n"; break;
        case Kind::Removed: out << "  removed " << title << ": was " << io::placement_text(s, *c.before) << "\n"; break;
        case Kind::Moved:
            out << "  moved   " << title << ": " << io::placement_text(s, *c.before) << " → "
                << io::placement_text(s, *c.after) << "\n";
            break;
        case Kind::Interpreter:
            out << "  interpreter of " << title << ": " << interpreter_name(s, c.before->interpreter_id) << " → "
                << interpreter_name(s, c.after->interpreter_id) << "\n";
            break;
    }
}

std::string session_list(const std::vector<std::string>& ids) {
    std::string text;
    for (const auto& id : ids) text += (text.empty() ? "" : ", ") + id;
    return text;
}

// Whom to notify, people in order of precedence.
void print_notify(const model::Scenario& s, const io::AgendaDiff& diff, std::ostream& out) {
    if (diff.people.empty() && diff.delegations.empty() && diff.rooms.empty()) {
        out << "nobody to notify\n";
        return;
    }
    out << "notify " << diff.people.size() << " people, " << diff.delegations.size() << " delegations, "
        << diff.rooms.size() << " halls:\n";
    std::vector<const model::Participant*> people;
    for (const auto& p : s.participants)
        if (diff.people.count(p.id)) people.push_back(&p);
    std::stable_sort(people.begin(), people.end(), [](const auto* a, const auto* b) {
        return a->rank != b->rank ? a->rank < b->rank : io::collate_less(a->name, b->name);
    });
    for (const auto* p : people)
        out << "  person " << p->id << " (" << p->name << ", rank " << p->rank << "): "
            << session_list(diff.people.at(p->id)) << "\n";
    for (const auto& [id, sessions] : diff.delegations) {
        const auto* d = s.find_delegation(id);
        out << "  delegation " << id << (d ? " (" + d->name + ")" : "") << ": " << session_list(sessions) << "\n";
    }
    for (const auto& [id, sessions] : diff.rooms) {
        const auto* r = s.find_room(id);
        out << "  hall " << id << (r ? " (" + r->name + ")" : "") << ": " << session_list(sessions) << "\n";
    }
}

}  // namespace

void print_diff(const model::Scenario& s, const io::AgendaDiff& diff, std::ostream& out) {
    using Kind = io::SessionChange::Kind;
    out << diff.count(Kind::Moved) << " moved, " << diff.count(Kind::Added) << " added, " << diff.count(Kind::Removed)
        << " removed, " << diff.count(Kind::Interpreter) << " with another interpreter (change weight "
        << io::change_weight(s, diff) << ")\n";
    for (const auto& c : diff.changes) print_change(s, c, out);
    print_notify(s, diff, out);
}

void setup_diff(CLI::App& app, Context& ctx, int& code) {
    struct Options {
        Target target;
        int from = 0, to = 0;
    };
    auto opt = std::make_shared<Options>();
    auto* cmd = app.add_subcommand("diff", "what changed between two versions, and whom to notify");
    add_db_option(*cmd, opt->target);
    cmd->add_option("V1", opt->from, "older version")->required()->check(CLI::PositiveNumber);
    cmd->add_option("V2", opt->to, "newer version")->required()->check(CLI::PositiveNumber);
    add_event_option(*cmd, opt->target);
    cmd->callback([opt, &ctx, &code] {
        store::Store store(opt->target.db, false);
        const auto event = store.resolve_event(opt->target.event);
        auto load = [&](int version, const char* field) {
            auto agenda = store.load_agenda(event, version);
            if (!agenda)
                throw model::InputError("", field, "event '" + event + "' has no agenda version " + std::to_string(version));
            return *agenda;
        };
        const auto before = load(opt->from, "V1");
        const auto after = load(opt->to, "V2");
        const auto scenario = with_withdrawn(store, store.load_scenario(event));
        ctx.out << "event '" << event << "', version " << opt->from << " → " << opt->to << ": ";
        print_diff(scenario, io::diff_agendas(scenario, before, after), ctx.out);
        code = 0;
    });
}

}  // namespace hoithao::cli
