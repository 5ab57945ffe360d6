#pragma once
// A small hand-made Cửa Lò event with real names, used by io and cli tests.
#include <filesystem>
#include <string>

#include "model/agenda.hpp"
#include "model/scenario.hpp"

namespace hoithao::testing {

// Two ministers, one interpreter, two halls, three sessions on 2022-09-09.
model::Scenario small_cualo_scenario();
// A conflict-free agenda for it: talks 08:00–09:30 in the VIP room, signing
// 10:00–10:30 and a press briefing 14:00–14:30 in the hall.
model::Agenda small_cualo_agenda();
model::TimePoint local(const std::string& day, const std::string& clock);  // Asia/Ho_Chi_Minh

// A fresh, empty directory under the system temp folder, removed on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);
// An example's scenario (path under examples/) as an officer keeps it in a folder of
// their own: its includes of the shared data point into the source tree.
std::string example_scenario(const std::string& path);

}  // namespace hoithao::testing
