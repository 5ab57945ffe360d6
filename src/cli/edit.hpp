#pragma once
// What every editing command shares: who and why, and storing the edited agenda as
// a new version followed by a check of it.
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
};
void add_edit_options(CLI::App& cmd, EditOptions& options);

// The scenario as it will be once `changes` are applied (nothing is written).
model::Scenario with_changes(model::Scenario scenario, const std::vector<store::FactChange>& changes);

// Stores `agenda` (a copy of a version, edited) as a new version described by `what`
// and applies `changes` in the same transaction; then prints the version and its check
// under the new facts. Returns the exit code: 1 while hard conflicts remain.
int store_edit(store::Store& store, const model::Scenario& scenario, model::Agenda agenda, const std::string& what,
               const EditOptions& options, Context& ctx, const std::vector<store::FactChange>& changes = {});

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
