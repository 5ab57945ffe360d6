#include "solve/fixture.hpp"

#include <algorithm>

namespace hoithao::testing {

model::Scenario workshop() {
    using namespace model;
    Scenario s;
    s.event.id = "ws";
    s.event.name = "Hội thảo lần thứ 5";
    s.event.host_side = "VN";
    s.event.first_day = *parse_day("2022-09-08");
    s.event.last_day = *parse_day("2022-09-10");
    s.event.breaks = {MealBreak{"lunch", ClockWindow{{12 * 60}, {13 * 60 + 30}}}};
    s.venues = {
        {"v_cl1", "Khách sạn Mường Thanh", "Cửa Lò", "", "Asia/Ho_Chi_Minh"},
        {"v_cl2", "Trung tâm Hội nghị Cửa Lò", "Cửa Lò", "", "Asia/Ho_Chi_Minh"},
        {"v_hn", "Trụ sở VPCP", "Hà Nội", "", "Asia/Ho_Chi_Minh"},
        {"v_vte", "Văn phòng Thủ tướng Lào", "Viêng Chăn", "", "Asia/Vientiane"},
    };
    s.rooms = {
        {"hall_a", "v_cl1", "Hội trường A", 150, {kBooths, kProjector}, {}},
        {"room_b", "v_cl1", "Phòng B", 30, {kProjector, kSigningTable}, {}},
        {"room_c", "v_cl2", "Phòng C", 40, {}, {}},
        {"hall_hn", "v_hn", "Phòng họp VPCP", 60, {kBooths, kSigningTable}, {}},
        {"room_vte", "v_vte", "Phòng họp Viêng Chăn", 30, {}, {}},
    };
    s.travel = {{"Hà Nội", "Cửa Lò", "road", 270, true}, {"Hà Nội", "Viêng Chăn", "air", 190, true}};
    s.delegations = {{"vn", "Đoàn Việt Nam", "VN", "vn_min", {}, {}, {}, {}}, {"la", "Đoàn Lào", "LA", "la_min", {}, {}, {}, {}}};
    auto person = [&](std::string id, std::string name, int rank, std::string del, std::vector<std::string> langs,
                      std::set<Role> roles) {
        Participant p;
        p.id = std::move(id);
        p.name = std::move(name);
        p.rank = rank;
        p.delegation_id = std::move(del);
        p.languages = std::move(langs);
        p.roles = std::move(roles);
        s.participants.push_back(std::move(p));
    };
    person("vn_min", "Bộ trưởng Trần Văn Sơn", 1, "vn", {"vi"}, {Role::CoChair, Role::Head});
    person("vn_dep", "Thứ trưởng Nguyễn Văn Bình", 2, "vn", {"vi"}, {Role::Speaker});
    person("la_min", "Bộ trưởng Khamchen", 1, "la", {"lo"}, {Role::CoChair, Role::Head});
    person("la_dir", "Vụ trưởng Phonesay", 3, "la", {"lo"}, {Role::Speaker});
    person("int_1", "Phiên dịch Lê Thị Hoa", 50, "", {"vi", "lo"}, {Role::Interpreter});
    person("int_2", "Phiên dịch Vongsa", 50, "", {"vi", "lo"}, {Role::Interpreter});
    person("int_en", "Phiên dịch Mai Anh", 50, "", {"vi", "en"}, {Role::Interpreter});
    return s;
}

model::Session& add_session(model::Scenario& scenario, const std::string& id, const std::string& title, int minutes,
                            std::vector<std::string> attendees) {
    model::Session session;
    session.id = id;
    session.title.vi = title;
    session.duration_minutes = minutes;
    session.attendees = std::move(attendees);
    scenario.sessions.push_back(std::move(session));
    return scenario.sessions.back();
}

model::TimePoint local(const std::string& day, const std::string& clock, const std::string& zone) {
    return model::to_instant(*model::parse_day(day), *model::parse_clock(clock), zone);
}

model::Placement at(const model::Scenario& scenario, const std::string& session, const std::string& room,
                    const std::string& day, const std::string& clock, const std::string& interpreter) {
    std::string zone = scenario.event.zone;
    if (const auto* r = scenario.find_room(room))
        if (const auto* v = scenario.find_venue(r->venue_id)) zone = v->zone;
    const auto* s = scenario.find_session(session);
    model::Placement p;
    p.session_id = session;
    p.room_id = room;
    p.start = local(day, clock, zone);
    p.end = p.start + model::Minutes{s ? s->duration_minutes : 60};
    p.interpreter_id = interpreter;
    return p;
}

std::vector<solve::Violation> of_rule(const solve::CheckReport& report, const std::string& rule) {
    std::vector<solve::Violation> found;
    std::copy_if(report.violations.begin(), report.violations.end(), std::back_inserter(found),
                 [&](const solve::Violation& v) { return v.rule == rule; });
    return found;
}

bool names(const solve::Violation& v, const std::string& id) {
    return std::count(v.people.begin(), v.people.end(), id) + std::count(v.sessions.begin(), v.sessions.end(), id) > 0;
}

std::string dump(const solve::CheckReport& report) {
    std::string text;
    for (const auto& v : report.violations) text += "[" + v.rule + "] " + v.message + "\n";
    return text;
}

}  // namespace hoithao::testing
