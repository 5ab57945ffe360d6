#pragma once
// What every editing command shares: who and why, and storing the edited agenda as
// a new version followed by a check of it.
#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/common.hpp"
#include "io/agenda_diff.hpp"
#include "store/store.hpp"

namespace hoithao::cli {

struct EditOptions {
    std::string author;  // default: $USER
    std::string note;
    ReportOptions report;
};
void add_edit_options(CLI::App& cmd, EditOptions& options);

// The scenario as it will be once `changes` are applied (nothing is written).
model::Scenario with_changes(model::Scenario scenario, const std::vector<store::FactChange>& changes);

// An edit worked out from one read of the event.
struct Edit {
    model::Scenario scenario;  // the facts the check starts from; `changes` are applied on top
    model::Agenda agenda;      // the edited copy of the version read
    std::string what;          // what changed, in words: printed and kept as the version's note
    std::vector<store::FactChange> changes;  // written with the new version, in one transaction
};

// What an edit is about: its name for messages, and its state as text in a read of the
// event, to tell whether a version stored meanwhile changed it too.
struct Subject {
    std::string name;
    std::function<std::string(const Loaded&)> state;
};
// A session's facts and placement.
Subject session_subject(const std::string& session_id);

// Reads the event, works out the edit with `make` and stores it as a new version, then
// prints the version and its check under the new facts. Returns the exit code: 1 while
// hard conflicts remain. When someone stored a change after the read, the edit is
// worked out again on top of it and the user told, provided that change left the
// subject as it was; otherwise nothing is stored and store::Stale says why.
int run_edit(store::Store& store, const Target& target, const EditOptions& options, Context& ctx,
             const Subject& subject, const std::function<Edit(const Loaded&)>& make);

// The session a user meant (see known_id), cancelled ones included.
std::string session_named(const store::Store& store, const Target& target, const std::string& given);

// InputError naming the session when the event does not define it or it is cancelled.
void require_session(const store::Store& store, const model::Scenario& scenario, const std::string& session_id);
// The agenda's placement of `session_id`; InputError as above, or when it is not placed.
model::Placement& placement_of(const store::Store& store, const Loaded& loaded, model::Agenda& agenda,
                               const std::string& session_id);

// "2022-09-09 14:00" read in `zone`; InputError naming `field`.
model::TimePoint local_time_option(const std::string& text, const std::string& zone, const std::string& field);

// The zone of a room's venue, else the event's.
std::string zone_of_room(const model::Scenario& scenario, const std::string& room_id);

// Counts, each change in local time and hall, then whom to notify (in cmd_diff.cpp).
void print_diff(const model::Scenario& scenario, const io::AgendaDiff& diff, std::ostream& out);

}  // namespace hoithao::cli
