#include <algorithm>

#include "cli/commands.hpp"
#include "cli/edit.hpp"
#include "cli/way_out.hpp"
#include "cli/withdrawn.hpp"
#include "model/error.hpp"

namespace hoithao::cli {
namespace {

struct ReplanOptions {
    Target target;
    EditOptions edit;
    std::string now;
    double time_limit = 10.0;
    unsigned seed = 1;
    bool quiet = false;
};

// Whether the hall of `p` is taken (Room::unavailable) while it runs.
bool hall_taken(const model::Scenario& s, const model::Placement& p) {
    const auto* room = s.find_room(p.room_id);
    return room && std::any_of(room->unavailable.begin(), room->unavailable.end(),
                               [&](const model::Interval& span) { return span.start < p.end && p.start < span.end; });
}

// The previous version with every session that has started by `now` pinned, so the
// planner keeps what already happened by the same rule as a pin. A pinned or past
// session whose hall is taken while it runs cannot stay: like one in a closed hall,
// it is left out of what must be kept (and named), so the planner places it anew.
model::Agenda freeze_past(const model::Scenario& s, model::Agenda previous, model::TimePoint now, std::ostream& out) {
    for (auto& p : previous.placements)
        if (p.start < now) p.pinned = true;
    std::erase_if(previous.placements, [&](const model::Placement& p) {
        const auto* session = s.find_session(p.session_id);
        if (!(p.pinned || (session && session->pinned)) || !hall_taken(s, p)) return false;
        out << "note: pinned or past session '" << p.session_id << "' had to leave hall '" << p.room_id
            << "', which is taken then\n";
        return true;
    });
    return previous;
}

// Pinned and past sessions must keep their hall and start; the planner promises
// it, and a broken promise must not reach the database. A session whose hall has
// closed cannot keep it and is exempt; one the planner could not place at all is
// kept where it was by keep_unplaced.
void verify_kept(const model::Scenario& s, const model::Agenda& frozen, model::Agenda& planned, std::ostream& out) {
    for (const auto& old : frozen.placements) {
        if (!old.pinned || !s.find_session(old.session_id)) continue;
        if (!s.find_room(old.room_id)) {
            out << "note: pinned or past session '" << old.session_id << "' had to leave hall '" << old.room_id
                << "', which is closed\n";
            continue;
        }
        const auto* now = planned.find(old.session_id);
        if (now && (now->room_id != old.room_id || now->start != old.start))
            throw model::Error(model::ExitCode::Internal,
                               "the planner moved pinned or past session '" + old.session_id + "'; nothing was stored");
    }
}

// A session never disappears from a plan: one the planner could not place anew keeps
// its previous place (when its hall is still open), where the check names its
// conflicts, and staff are told how to resolve them. Returns whether any was kept.
bool keep_unplaced(const model::Scenario& s, const model::Agenda& previous, const model::Agenda& frozen,
                   model::Agenda& planned, const std::string& db, std::ostream& out) {
    bool kept = false;
    for (const auto& old : previous.placements) {
        if (planned.find(old.session_id) || !s.find_session(old.session_id) || !s.find_room(old.room_id)) continue;
        planned.placements.push_back(old);
        kept = true;
        const auto* held = frozen.find(old.session_id);
        out << "'" << s.find_session(old.session_id)->title.in("vi") << "' (" << old.session_id
            << ") could not be placed without a conflict and keeps its place, "
            << io::placement_text(s, old) << "; ";
        if (held && held->pinned)
            out << "it is pinned or has already started: resolve its conflicts below with 'hoithao move " << db << " "
                << old.session_id << " --to \"…\" [--room …]', or 'hoithao unpin " << db << " " << old.session_id
                << "' and replan\n";
        else
            out << "resolve its conflicts below with 'hoithao move " << db << " " << old.session_id
                << " --to \"…\" [--room …]', or change the facts that block it and replan\n";
    }
    return kept;
}

// Once every session has started by `now` (an event in the past, and --now left
// to the clock), all are kept as they happened: a re-plan would move nothing, not
// even an interpreter, and store a copy with the same conflicts. Says which --now
// lets sessions move instead, and stores nothing.
void require_sessions_to_move(const model::Scenario& s, const model::Agenda& previous, model::TimePoint now) {
    std::optional<model::TimePoint> first;
    for (const auto& p : previous.placements) {
        if (!s.find_session(p.session_id)) continue;
        if (p.start >= now) return;
        first = first ? std::min(*first, p.start) : p.start;
    }
    if (!first) return;
    const auto& zone = s.event.zone;
    const auto local = [&](model::TimePoint t) {
        return model::format_day(model::local_day(t, zone)) + " " + model::format_clock(model::local_clock(t, zone));
    };
    throw model::InputError("", "--now",
                            "every session of version " + std::to_string(previous.version) + " starts before " +
                                local(now) + ", so all have taken place and none may move; give --now \"" +
                                local(*first) + "\" (the first session's start) or earlier to re-plan them");
}

void keep_pins(const model::Agenda& previous, model::Agenda& planned) {
    for (auto& p : planned.placements)
        if (const auto* old = previous.find(p.session_id); old && old->pinned) p.pinned = true;
}

int run_replan(const ReplanOptions& opt, Context& ctx) {
    store::Store store(opt.target.db, false);
    const auto event = store.resolve_event(opt.target.event);
    const auto [scenario, previous, base] = store.read_event(event);
    if (!previous) throw model::InputError("event '" + event + "' has no agenda to re-plan: run 'hoithao solve'");
    const auto now = opt.now.empty() ? model::parse_utc(ctx.now())
                                     : std::optional(local_time_option(opt.now, scenario.event.zone, "--now"));
    if (!now) throw model::Error(model::ExitCode::Internal, "unreadable clock '" + ctx.now() + "'");
    require_sessions_to_move(scenario, *previous, *now);
    const auto frozen = freeze_past(scenario, *previous, *now, ctx.out);

    solve::SolveOptions options;
    options.time_limit_seconds = opt.time_limit;
    options.seed = opt.seed;
    if (!opt.quiet) options.progress = [&ctx](const std::string& line) { ctx.err << line << std::endl; };
    options.previous = &frozen;
    options.minimise_changes = true;
    options.now = now;
    auto result = solve::plan(scenario, options);
    verify_kept(scenario, frozen, result.agenda, ctx.out);
    if (keep_unplaced(scenario, *previous, frozen, result.agenda, opt.target.db, ctx.out)) {
        result.report = check_stored(store, scenario, result.agenda);
        result.agenda.status = result.outcome == solve::Outcome::ProvenInfeasible ? model::AgendaStatus::Infeasible
                                                                                  : model::AgendaStatus::Partial;
        if (result.outcome == solve::Outcome::ConflictFree) result.outcome = solve::Outcome::NotFound;
    }
    keep_pins(*previous, result.agenda);

    auto& agenda = result.agenda;
    agenda.event_id = event;
    agenda.author = opt.edit.author;
    agenda.created_at = ctx.now();
    agenda.note = "re-planned from version " + std::to_string(previous->version) +
                  (opt.edit.note.empty() ? "" : " — " + opt.edit.note);
    // Stored only if nobody stored anything while it planned (else store::Stale).
    agenda.version = store.save_agenda(agenda, {}, base);

    const auto& zone = scenario.event.zone;
    ctx.out << "re-planned from version " << previous->version << " (sessions before "
            << model::format_day(model::local_day(*now, zone)) << " " << model::format_clock(model::local_clock(*now, zone))
            << " and pinned ones kept); stored as version " << agenda.version << " ("
            << model::to_string(agenda.status) << ")\n";
    const auto known = with_withdrawn(store, scenario);
    print_diff(known, io::diff_agendas(known, *previous, agenda), ctx.out);
    for (const auto& reason : result.reasons) ctx.out << "  - " << reason << "\n";
    print_report(result.report, ctx.out, opt.edit.report);
    print_way_out(scenario, agenda, result.report, opt.target.db, ctx.out);
    return result.outcome == solve::Outcome::ConflictFree ? 0 : 1;
}

}  // namespace

void setup_replan(CLI::App& app, Context& ctx, int& code) {
    auto opt = std::make_shared<ReplanOptions>();
    auto* cmd = app.add_subcommand("replan", "re-plan after a change, moving as few sessions (and as few senior "
                                             "people) as possible; pinned and past sessions never move");
    add_db_option(*cmd, opt->target);
    add_event_option(*cmd, opt->target);
    cmd->add_option("--now", opt->now, "sessions starting before this local time (event's zone) have happened "
                                       "and stay; default: the clock");
    cmd->add_option("--time-limit", opt->time_limit, "seconds the search may take")
        ->capture_default_str()->check(CLI::PositiveNumber);
    cmd->add_option("--seed", opt->seed, "random seed")->capture_default_str();
    cmd->add_flag("--quiet", opt->quiet, "no progress line on stderr");
    add_edit_options(*cmd, opt->edit);
    cmd->callback([opt, &ctx, &code] { code = run_replan(*opt, ctx); });
}

}  // namespace hoithao::cli
