#pragma once
// Reading an event from its scenario file (TOML, see docs/scenario-format.md) and
// the CSV files it names. Every problem is reported as model::InputError naming the
// file, line and field; a scenario returned from here is fully cross-checked.
#include <filesystem>

#include "model/scenario.hpp"

namespace hoithao::io {

model::Scenario load_scenario_file(const std::filesystem::path& path);

}  // namespace hoithao::io
