#pragma once
// Reading an event from its scenario file (TOML, see docs/scenario-format.md) and
// the CSV files it names. Every problem is reported as model::InputError naming the
// file, line and field; a scenario returned from here is fully cross-checked.
#include <filesystem>
#include <vector>

#include "model/scenario.hpp"

namespace hoithao::io {

// The files a scenario names (include, participants_csv, sessions_csv) must lie, once
// `..` and symbolic links are resolved, in the scenario file's folder, the data folder
// (HOITHAO_DATA_DIR) or one of `allowed_folders`: a scenario received from elsewhere
// must not make hoithao read, and echo in its messages, any file the user can read.
model::Scenario load_scenario_file(const std::filesystem::path& path,
                                   const std::vector<std::filesystem::path>& allowed_folders = {});

}  // namespace hoithao::io
