// Why no conflict-free agenda exists: small hand-made events that cannot work,
// each with the facts a protocol officer needs named in the reason.
#include <catch2/catch.hpp>

#include <tuple>

#include "solve/fixture.hpp"
#include "solve/presolve.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

model::ClockWindow window(int from, int to) { return model::ClockWindow{{from}, {to}}; }

const model::Day kSep9 = *model::parse_day("2022-09-09");

solve::SolveResult infeasible(const model::Scenario& s) {
    solve::SolveOptions options;
    options.time_limit_seconds = 5;
    auto result = solve::plan(s, options);
    REQUIRE(result.outcome == solve::Outcome::ProvenInfeasible);
    CHECK(result.agenda.status == model::AgendaStatus::Infeasible);
    REQUIRE(result.reasons.size() >= 1);
    return result;
}

}  // namespace

TEST_CASE("a minister's morning is too short for his sessions", "[solve][explain]") {
    auto s = workshop();
    for (auto [id, title, minutes] : {std::tuple{"talks", "Hội đàm", 90}, {"signing", "Ký kết", 60},
                                      {"press", "Họp báo", 75}}) {
        auto& x = add_session(s, id, title, minutes, {"vn_min"});
        x.allowed_days = {kSep9};
        x.windows = {window(8 * 60, 11 * 60 + 30)};
    }
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "Bộ trưởng Trần Văn Sơn must attend 'Hội đàm', 'Ký kết' and 'Họp báo', all on 09/09 between 08:00 and "
          "11:30 (3 h 30 available), but they need 3 h 45 together");
}

TEST_CASE("the two ministers share one reason", "[solve][explain]") {
    auto s = workshop();
    for (auto [id, title] : {std::pair{"talks", "Hội đàm"}, {"signing", "Ký kết"}}) {
        auto& x = add_session(s, id, title, 60, {"la_min", "vn_min"});
        x.fixed_start = local("2022-09-09", "09:00");
    }
    auto result = infeasible(s);
    REQUIRE(result.reasons.size() == 1);
    CHECK(result.reasons[0] ==
          "Bộ trưởng Trần Văn Sơn and Bộ trưởng Khamchen must attend 'Hội đàm' and 'Ký kết', all on 09/09 between "
          "09:00 and 10:00 (1 h available), but they need 2 h together");
}

TEST_CASE("no hall is large enough", "[solve][explain]") {
    auto s = workshop();
    auto& opening = add_session(s, "opening", "Khai mạc", 60);
    opening.headcount = 200;
    opening.city = "Cửa Lò";
    opening.interpretation = model::Interpretation{"vi", "lo", model::InterpretationMode::Simultaneous};
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Khai mạc' needs a hall for 200 people with booths in Cửa Lò: Hội trường A seats only 150, Phòng C seats "
          "only 40 and has no booths, Phòng B seats only 30 and has no booths");
}

TEST_CASE("the required hall is too small", "[solve][explain]") {
    auto s = workshop();
    auto& talks = add_session(s, "talks", "Hội đàm mở rộng", 60, {"vn_min", "la_min"});
    talks.headcount = 40;
    talks.room_id = "room_b";
    auto result = infeasible(s);
    CHECK(result.reasons[0] == "'Hội đàm mở rộng' needs a hall for 40 people in Phòng B: Phòng B seats only 30");
}

TEST_CASE("no hall at the venue has the equipment", "[solve][explain]") {
    auto s = workshop();
    auto& signing = add_session(s, "signing", "Ký kết", 30, {"vn_min", "la_min"});
    signing.equipment = {model::kSigningTable};
    signing.venue_id = "v_cl2";
    auto result = infeasible(s);
    CHECK(result.reasons[0] == "'Ký kết' needs a hall for 2 people with signing table at Trung tâm Hội nghị Cửa Lò: "
                               "Phòng C seats 40 but has no signing table");
}

TEST_CASE("no hall fits: each hall of the city says what it lacks, the best few named", "[solve][explain]") {
    auto s = workshop();
    s.rooms[1].capacity = 40;  // Phòng B, the only signing table in Cửa Lò
    for (auto [id, name, seats] : {std::tuple{"room_d", "Phòng D", 36}, {"room_e", "Phòng E", 20}})
        s.rooms.push_back({id, "v_cl2", name, seats, {}, {}});
    auto& signing = add_session(s, "signing", "Ký kết", 60, {"vn_min", "la_min"});
    signing.headcount = 45;
    signing.equipment = {model::kSigningTable};
    signing.city = "Cửa Lò";
    auto result = infeasible(s);
    CHECK(result.reasons[0] == "'Ký kết' needs a hall for 45 people with signing table in Cửa Lò: Hội trường A "
                               "seats 150 but has no signing table, Phòng B seats only 40, Phòng C seats only 40 and "
                               "has no signing table, and 2 more halls");
}

TEST_CASE("the only hall with a signing table is taken: the reason says so and what the others lack",
          "[solve][explain]") {
    auto s = workshop();
    s.rooms[1].capacity = 40;
    s.rooms[1].unavailable = {{local("2022-09-09", "13:00"), local("2022-09-09", "17:30")}};
    auto& signing = add_session(s, "signing", "Ký kết", 60, {"vn_min", "la_min"});
    signing.headcount = 35;
    signing.equipment = {model::kSigningTable};
    signing.city = "Cửa Lò";
    signing.allowed_days = {kSep9};
    signing.windows = {window(13 * 60 + 30, 17 * 60 + 30)};
    auto result = infeasible(s);
    const auto& why = result.reasons[0];
    INFO(why);
    CHECK(why.ends_with("; it needs a hall for 35 people with signing table in Cửa Lò: Phòng B seats 40 but is taken "
                        "09/09 13:00–17:30, Hội trường A seats 150 but has no signing table, Phòng C seats 40 but "
                        "has no signing table"));
}

TEST_CASE("the opening is allowed only before the Lao delegation arrives", "[solve][explain]") {
    auto s = workshop();
    s.delegations[1].arrival = local("2022-09-09", "10:00");
    auto& opening = add_session(s, "opening", "Khai mạc", 60);
    opening.delegations = {"vn", "la"};
    opening.allowed_days = {*model::parse_day("2022-09-08")};
    auto result = infeasible(s);
    const auto& why = result.reasons[0];
    INFO(why);
    CHECK(why.starts_with("'Khai mạc' (1 h) has no possible start time: no start is left once these apply: outside "
                          "the event's days, outside the days and hours allowed, outside working hours, across a meal "
                          "break, a delegation not yet arrived or already gone; for example, "));
    CHECK(why.find("is held while its delegation is away: Đoàn Lào arrives 09/09 10:00") != std::string::npos);
}

TEST_CASE("the opening in Cửa Lò is over before the Lao delegation can come from Viêng Chăn", "[solve][explain]") {
    auto s = workshop();
    s.delegations[1].arrival = local("2022-09-08", "10:00", "Asia/Vientiane");
    s.delegations[1].arrival_via = {"Viêng Chăn", "Sân bay quốc tế Wattay", "chuyến bay QV 312"};
    auto& opening = add_session(s, "opening", "Khai mạc", 60);
    opening.delegations = {"vn", "la"};
    opening.allowed_days = {*model::parse_day("2022-09-08")};
    opening.city = "Cửa Lò";
    auto result = infeasible(s);
    const auto& why = result.reasons[0];
    INFO(why);
    CHECK(why.starts_with("'Khai mạc' (1 h) has no possible start time: no start is left once these apply: "));
    CHECK(why.find("a delegation not yet arrived or already gone; for example, ") != std::string::npos);
    // 10:00 at Wattay, by air to Hà Nội (3 h 10) and by road to Cửa Lò (4 h 30): 17:40.
    CHECK(why.ends_with("is held while its delegation is away: Đoàn Lào (led by Bộ trưởng Khamchen) arrives at Sân bay "
                        "quốc tế Wattay at 08/09 10:00 (chuyến bay QV 312) and needs 7 h 40 by air, then road to Cửa Lò"));
}

TEST_CASE("the signing cannot follow the talks before the day ends", "[solve][explain]") {
    auto s = workshop();
    auto& signing = add_session(s, "signing", "Ký kết", 60, {"vn_min", "la_min"});
    signing.allowed_days = {kSep9};
    signing.after = {{"talks", 30}};
    add_session(s, "talks", "Hội đàm", 60, {"vn_min", "la_min"}).fixed_start = local("2022-09-09", "15:45");
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Ký kết' must come 30 min after 'Hội đàm', which cannot end before 09/09 16:45, but 'Ký kết' takes 1 h "
          "and must end by 09/09 17:30 (its days and hours allowed)");
}

TEST_CASE("two group discussions that must start together have no start in common", "[solve][explain]") {
    auto s = workshop();
    auto& first = add_session(s, "g1", "Thảo luận nhóm 1", 60, {"vn_dep"});
    first.allowed_days = {kSep9};
    first.windows = {window(8 * 60, 10 * 60)};
    auto& second = add_session(s, "g2", "Thảo luận nhóm 2", 60, {"la_dir"});
    second.allowed_days = {kSep9};
    second.windows = {window(14 * 60, 16 * 60)};
    second.same_time_as = "g1";
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Thảo luận nhóm 1' must start together with 'Thảo luận nhóm 2', but they have no start time in common: "
          "'Thảo luận nhóm 1' may start on 09/09 between 08:00 and 09:00, 'Thảo luận nhóm 2' on 09/09 between 14:00 "
          "and 15:00");
}

TEST_CASE("the search proves a minister has two hours for three sessions", "[solve][explain]") {
    // Each session may start at 08:00 or 13:30 on 09/09 only: three hours in two
    // one-hour slots. A short call that may take place any time between adds its
    // reach to theirs, so the presolve's interval test cannot see it; the search
    // and the deletion filter (which drops the call) do.
    auto s = workshop();
    for (auto [id, title] : {std::pair{"a", "Làm việc với Bộ Nội vụ"}, {"b", "Làm việc với Bộ Tư pháp"},
                             {"c", "Làm việc với tỉnh Nghệ An"}}) {
        auto& x = add_session(s, id, title, 60, {"vn_min"});
        x.allowed_days = {kSep9};
        x.windows = {window(8 * 60, 9 * 60), window(13 * 60 + 30, 14 * 60 + 30)};
    }
    auto& call = add_session(s, "call", "Gọi điện", 15, {"vn_min"});
    call.allowed_days = {kSep9};
    call.windows = {window(8 * 60, 14 * 60 + 30)};
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "Bộ trưởng Trần Văn Sơn must attend 'Làm việc với Bộ Nội vụ', 'Làm việc với Bộ Tư pháp' and 'Làm việc với "
          "tỉnh Nghệ An', all on 09/09 between 08:00 and 14:30 (2 h available), but they need 3 h together");
}

TEST_CASE("the search names the road between two cities", "[solve][explain]") {
    // Hà Nội in the morning, Cửa Lò before lunch: 4 h 30 on the road do not fit.
    auto s = workshop();
    auto& office = add_session(s, "office", "Làm việc tại VPCP", 60, {"vn_min"});
    office.city = "Hà Nội";
    office.windows = {window(8 * 60, 10 * 60)};
    auto& visit = add_session(s, "visit", "Tham quan Cửa Lò", 60, {"vn_min"});
    visit.city = "Cửa Lò";
    visit.windows = {window(10 * 60, 12 * 60)};
    for (auto& x : s.sessions) x.allowed_days = {kSep9};
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Làm việc tại VPCP' and 'Tham quan Cửa Lò' cannot all be placed without a conflict: Bộ trưởng Trần Văn Sơn "
          "must attend 'Làm việc tại VPCP' and 'Tham quan Cửa Lò'; 'Làm việc tại VPCP' is in Hà Nội and 'Tham quan "
          "Cửa Lò' in Cửa Lò, 4 h 30 apart; they may only take place on 09/09 between 08:00 and 12:00");
}

TEST_CASE("the search names the only interpreter three sessions share", "[solve][explain]") {
    // Three sessions with English, each at 08:00 or 13:30 on 09/09, and one
    // interpreter for English; a short call with English between hides it from
    // the presolve, as above.
    auto s = workshop();
    for (auto [id, who] : {std::pair{"a", "vn_min"}, {"b", "vn_dep"}, {"c", "la_min"}}) {
        auto& x = add_session(s, id, std::string("Gặp đối tác ") + id, 60, {who});
        x.windows = {window(8 * 60, 9 * 60), window(13 * 60 + 30, 14 * 60 + 30)};
    }
    add_session(s, "call", "Gọi điện", 15, {"la_dir"}).windows = {window(8 * 60, 14 * 60 + 30)};
    for (auto& x : s.sessions) x.allowed_days = {kSep9}, x.interpretation = model::Interpretation{"vi", "en", {}};
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Gặp đối tác a', 'Gặp đối tác b' and 'Gặp đối tác c' cannot all be placed without a conflict: Phiên dịch "
          "Mai Anh, the only qualified interpreter, must interpret 'Gặp đối tác a', 'Gặp đối tác b' and 'Gặp đối tác "
          "c'; together they last 3 h, more than the 2 h available on 09/09 between 08:00 and 14:30");
}

TEST_CASE("the search names the people three sessions share", "[solve][explain]") {
    // Each pair shares a person and there are two hours: a triangle needs three.
    auto s = workshop();
    s.event.last_day = s.event.first_day;
    s.event.working_hours = window(8 * 60, 10 * 60);
    s.event.slot_minutes = 60;
    add_session(s, "a", "Tham luận A", 60, {"vn_min", "vn_dep"});
    add_session(s, "b", "Tham luận B", 60, {"vn_dep", "la_dir"});
    add_session(s, "c", "Tham luận C", 60, {"la_dir", "vn_min"});
    for (auto& x : s.sessions) x.venue_id = "v_cl1";
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    const auto& why = result.reasons[0];
    INFO(why);
    CHECK(why.starts_with("'Tham luận A', 'Tham luận B' and 'Tham luận C' cannot all be placed without a conflict: "));
    CHECK(why.find("Bộ trưởng Trần Văn Sơn must attend 'Tham luận A' and 'Tham luận C'") != std::string::npos);
    CHECK(why.find("Vụ trưởng Phonesay must attend 'Tham luận B' and 'Tham luận C'") != std::string::npos);
    CHECK(why.ends_with("together they last 3 h, more than the 2 h available on 08/09 between 08:00 and 10:00"));
}

TEST_CASE("the road is named, an order that always holds and a second traveller are not", "[solve][explain]") {
    // As above, with the visit 30 min after the office (the windows allow it) and a
    // Lao vice-minister on both, who would add nothing: the minister says it already.
    auto s = workshop();
    model::Participant guest;
    guest.id = "la_dep";
    guest.name = "Thứ trưởng Xủn-nạ-lạt";
    guest.rank = 2;
    guest.delegation_id = "la";
    guest.languages = {"lo"};
    s.participants.push_back(guest);
    auto& office = add_session(s, "office", "Làm việc tại VPCP", 60, {"vn_min", "la_dep"});
    office.city = "Hà Nội";
    office.windows = {window(8 * 60, 10 * 60)};
    auto& visit = add_session(s, "visit", "Tham quan Cửa Lò", 60, {"vn_min", "la_dep"});
    visit.city = "Cửa Lò";
    visit.windows = {window(10 * 60, 12 * 60)};
    visit.after = {{"office", 30}};
    for (auto& x : s.sessions) x.allowed_days = {kSep9};
    // He also meets his embassy in Viêng Chăn the next day, so he is not grouped with the minister.
    add_session(s, "embassy", "Gặp Đại sứ quán tại Viêng Chăn", 60, {"la_dep"}).city = "Viêng Chăn";
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Làm việc tại VPCP' and 'Tham quan Cửa Lò' cannot all be placed without a conflict: Bộ trưởng Trần Văn Sơn "
          "must attend 'Làm việc tại VPCP' and 'Tham quan Cửa Lò'; 'Làm việc tại VPCP' is in Hà Nội and 'Tham quan "
          "Cửa Lò' in Cửa Lò, 4 h 30 apart; they may only take place on 09/09 between 08:00 and 12:00");
}

TEST_CASE("the search names the two halls three sessions at 09:00 share", "[solve][explain]") {
    // Fifty people each: only Hội trường A (Cửa Lò) and the VPCP hall (Hà Nội) hold
    // them, and nobody attends two of the sessions.
    auto s = workshop();
    for (auto [id, title, who] : {std::tuple{"a", "Phiên họp toàn thể", "vn_dep"}, {"b", "Tọa đàm doanh nghiệp", "la_dir"},
                                  {"c", "Hội thảo chuyên đề", "la_min"}}) {
        auto& x = add_session(s, id, title, 60, {who});
        x.headcount = 50;
        x.fixed_start = local("2022-09-09", "09:00");
    }
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Phiên họp toàn thể', 'Tọa đàm doanh nghiệp' and 'Hội thảo chuyên đề' cannot all be placed without a "
          "conflict: Hội trường A (150 seats) and Phòng họp VPCP (60 seats) are the only halls for 'Phiên họp toàn thể', 'Tọa đàm doanh "
          "nghiệp' and 'Hội thảo chuyên đề'; together they last 3 h, more than the 1 h available on 09/09 between "
          "09:00 and 10:00");
}

TEST_CASE("the search names the rule that two discussions start together", "[solve][explain]") {
    // Both need Phòng B, so starting together is what cannot hold.
    auto s = workshop();
    add_session(s, "g1", "Thảo luận nhóm 1", 60, {"vn_dep"});
    add_session(s, "g2", "Thảo luận nhóm 2", 60, {"la_dir"}).same_time_as = "g1";
    for (auto& x : s.sessions) {
        x.room_id = "room_b";
        x.allowed_days = {kSep9};
        x.windows = {window(8 * 60, 10 * 60)};
    }
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Thảo luận nhóm 1' and 'Thảo luận nhóm 2' cannot all be placed without a conflict: 'Thảo luận nhóm 2' must "
          "start together with 'Thảo luận nhóm 1'; Phòng B (30 seats) is the only hall for 'Thảo luận nhóm 1' and 'Thảo luận "
          "nhóm 2'; they may only take place on 09/09 between 08:00 and 10:00");
}

TEST_CASE("the search names the time between two venues of Cửa Lò", "[solve][explain]") {
    // The talks end at 10:00 at the hotel and the signing starts then at the
    // conference centre: the minister needs 15 min between them.
    auto s = workshop();
    auto& talks = add_session(s, "talks", "Hội đàm", 60, {"vn_min"});
    talks.venue_id = "v_cl1";
    talks.fixed_start = local("2022-09-09", "09:00");
    auto& signing = add_session(s, "signing", "Ký kết", 60, {"vn_min"});
    signing.venue_id = "v_cl2";
    signing.fixed_start = local("2022-09-09", "10:00");
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Hội đàm' and 'Ký kết' cannot all be placed without a conflict: Bộ trưởng Trần Văn Sơn must attend "
          "'Hội đàm' and 'Ký kết'; 'Hội đàm' is at Khách sạn Mường Thanh and 'Ký kết' at Trung tâm Hội nghị Cửa Lò, "
          "15 min apart; they may only take place on 09/09 between 09:00 and 11:00");
}

TEST_CASE("the search names the two Lao interpreters five sessions share", "[solve][explain]") {
    // Five sessions with Lao, each at 08:00 or 13:30 on 09/09: two interpreters
    // cover four. Halls are plenty and named nowhere.
    auto s = workshop();
    for (auto [id, title] : {std::pair{"a", "Làm việc với tỉnh Nghệ An"}, {"b", "Làm việc với tỉnh Hủa Phăn"},
                             {"c", "Làm việc với Viêng Chăn"}, {"d", "Làm việc với Bộ Công Thương"},
                             {"e", "Làm việc với Bộ Kế hoạch và Đầu tư"}}) {
        auto& x = add_session(s, id, title, 60);
        x.allowed_days = {kSep9};
        x.windows = {window(8 * 60, 9 * 60), window(13 * 60 + 30, 14 * 60 + 30)};
        x.interpretation = model::Interpretation{"vi", "lo", {}};
    }
    auto problem = solve::compile(s);
    REQUIRE(solve::presolve(problem).empty());
    auto result = infeasible(s);
    CHECK(result.reasons[0] ==
          "'Làm việc với tỉnh Nghệ An', 'Làm việc với tỉnh Hủa Phăn', 'Làm việc với Viêng Chăn', 'Làm việc với Bộ "
          "Công Thương' and 'Làm việc với Bộ Kế hoạch và Đầu tư' cannot all be placed without a conflict: Phiên dịch "
          "Lê Thị Hoa and Phiên dịch Vongsa, the only qualified interpreters, must interpret 'Làm việc với tỉnh Nghệ "
          "An', 'Làm việc với tỉnh Hủa Phăn', 'Làm việc với Viêng Chăn', 'Làm việc với Bộ Công Thương' and 'Làm việc "
          "với Bộ Kế hoạch và Đầu tư'; together they last 5 h, more than the 2 h available on 09/09 between 08:00 "
          "and 14:30");
}
