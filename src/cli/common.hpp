#pragma once
// Pieces several commands share: which event and version to work on, and how a
// check report is printed.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "model/agenda.hpp"
#include "model/scenario.hpp"
#include "solve/solver.hpp"
#include "store/store.hpp"

namespace hoithao::cli {

struct Target {
    std::string db;
    std::string event;            // empty: the only or last imported event
    std::optional<int> version;   // empty: the latest
};

void add_db_option(CLI::App& cmd, Target& target);
void add_event_option(CLI::App& cmd, Target& target);
void add_version_option(CLI::App& cmd, Target& target);

struct Loaded {
    model::Scenario scenario;
    model::Agenda agenda;
    store::Base base;  // what a write made from this must still find latest
};
// The event's scenario and the chosen agenda version, read together; InputError when
// there is none.
Loaded load_agenda(const store::Store& store, const Target& target);

// The id a user meant: `given` itself, or the only one of `known` equal to it but for
// case; otherwise InputError on `field`: "event 'E' has no WHAT 'given'; did you mean …?".
std::string known_id(const std::string& given, const std::vector<std::string>& known, const std::string& event,
                     const std::string& what, const std::string& field);
// Ids of the event's sessions, cancelled ones included; likewise rooms, closed ones included.
std::vector<std::string> session_ids(const store::Store& store, const model::Scenario& scenario);
std::vector<std::string> room_ids(const store::Store& store, const model::Scenario& scenario);

struct ReportOptions {
    bool verbose = false;    // every soft finding, not one line per rule
    bool hard_only = false;  // no soft findings at all
};
void add_report_options(CLI::App& cmd, ReportOptions& options);

// Every hard conflict in words, then the soft findings summed up by rule (each one
// with `verbose`, none with `hard_only`).
void print_report(const solve::CheckReport& report, std::ostream& out, const ReportOptions& options = {});

}  // namespace hoithao::cli
