#include <catch2/catch.hpp>

#include "io/agenda_view.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;

namespace {

std::vector<std::string> names_of(const std::vector<const model::Participant*>& people) {
    std::vector<std::string> names;
    for (const auto* p : people) names.push_back(p->name);
    return names;
}

}  // namespace

TEST_CASE("co-chairs of equal rank follow the host/guest protocol order, not the alphabet", "[io][protocol]") {
    auto s = testing::small_cualo_scenario();  // hosted by Việt Nam
    const auto& talks = *s.find_session("talks");
    CHECK(names_of(io::expected_people(s, talks)) ==
          std::vector<std::string>{"Trần Văn Sơn", "A-lun-xay Xủn-nạ-lạt"});

    // The same two ministers in Viêng Chăn: the Lao side hosts and comes first.
    s.event.host_side = "LA";
    CHECK(names_of(io::expected_people(s, talks)) ==
          std::vector<std::string>{"A-lun-xay Xủn-nạ-lạt", "Trần Văn Sơn"});

    // Rank still comes first; people of no delegation follow both sides; one side by name.
    s.event.host_side = "VN";
    model::Participant deputy{"thu", "Đặng Thị Thu", {}, "Thứ trưởng", 1, "VN", {"vi"}, {}, {}};
    model::Participant staff{"an", "Nguyễn Văn An", {}, "Chuyên viên", 1, "", {"vi"}, {}, {}};
    s.participants.push_back(deputy);
    s.participants.push_back(staff);
    std::vector<const model::Participant*> people{s.find_participant("an"), s.find_participant("thao"),
                                                  s.find_participant("alunxay"), s.find_participant("son"),
                                                  s.find_participant("thu")};
    io::protocol_order(s, people);
    CHECK(names_of(people) == std::vector<std::string>{"Đặng Thị Thu", "Trần Văn Sơn", "A-lun-xay Xủn-nạ-lạt",
                                                       "Nguyễn Văn An", "Phạm Thị Thảo"});
}

TEST_CASE("a person's name is shown in Lao script for Lao readers when the scenario gives it", "[io][lang]") {
    auto s = testing::small_cualo_scenario();
    const auto& minister = *s.find_participant("alunxay");
    CHECK(io::display_name(minister, "lo") == "ອາລຸນໄຊ ສູນນະລາດ");
    CHECK(io::display_name(minister, "vi") == "A-lun-xay Xủn-nạ-lạt");
    CHECK(io::display_name(minister, "en") == "A-lun-xay Xủn-nạ-lạt");
    CHECK(io::display_name(*s.find_participant("son"), "lo") == "Trần Văn Sơn");  // no Lao form given
}
