// Roles belong to the session: who co-chairs, speaks, signs, witnesses, is MC or
// interprets there, as the programme and each person's sheet print it.
#include <catch2/catch.hpp>

#include <fstream>

#include "cli/cli_run.hpp"
#include "store/store.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

namespace {

struct Conference {
    TempDir tmp;
    std::string db = (tmp / "hanoi.db").string();
    std::string file = (tmp / "conference.toml").string();
    std::string out = (tmp / "out").string();

    explicit Conference(const std::function<void(std::string&)>& edit = {}) {
        auto text = example_scenario("hanoi-2013/conference.toml");
        if (edit) edit(text);
        std::ofstream(file) << text;
        run_cli({"init", db});
    }
    Run import() { return run_cli({"import", db, file}); }
    std::string sheet(const std::string& name) {
        REQUIRE(run_cli({"export", db, "--out", out}).code == 0);
        return read_file(out + "/" + name);
    }
    model::Session session(const std::string& id) {
        store::Store store(db, false);
        return *store.load_scenario("hanoi-2013").find_session(id);
    }
    // The table row of the HTML sheet that holds `title`.
    static std::string row_of(const std::string& html, const std::string& title) {
        const auto at = html.find(title);
        REQUIRE(at != std::string::npos);
        const auto start = html.rfind("<tr", at), end = html.find("</tr>", at);
        return html.substr(start, end - start);
    }
};

// Replaces the first `from` after `anchor` in `text`.
void replace_after(std::string& text, const std::string& anchor, const std::string& from, const std::string& to) {
    const auto at = text.find(from, text.find(anchor));
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

const std::string kSigning = "Ký kết Biên bản ghi nhớ Dự án hợp tác";
const std::string kVisit = "Tham quan, làm việc tại Trung tâm Bồi dưỡng nghiệp vụ hành chính Đống Đa";

}  // namespace

TEST_CASE("each person's sheet shows their role at that session only", "[cli][roles]") {
    Conference c;
    REQUIRE(c.import().code == 0);
    REQUIRE(run_cli({"solve", c.db}).code == 0);

    const auto minister = c.sheet("person-khamsing-vongxay.html");
    CHECK(Conference::row_of(minister, kSigning).find("<td>Ký kết</td>") != std::string::npos);
    CHECK(Conference::row_of(minister, "Khai mạc Hội nghị").find("<td>Đồng chủ trì</td>") != std::string::npos);
    // A site visit names no co-chair: the minister attends it.
    const auto visit = Conference::row_of(minister, kVisit);
    CHECK(visit.find("<td>Dự</td>") != std::string::npos);
    CHECK(visit.find("Đồng chủ trì") == std::string::npos);
    CHECK(visit.find("Phát biểu") == std::string::npos);

    const auto director = c.sheet("person-hoang-thi-minh-thu.html");
    CHECK(Conference::row_of(director, kSigning).find("<td>Chứng kiến</td>") != std::string::npos);
    CHECK(Conference::row_of(director, "Khai mạc Hội nghị").find("<td>Dẫn chương trình</td>") != std::string::npos);

    // The programme lists the roles in protocol order, then who else attends.
    const auto md = c.sheet("event.md");
    const auto line = md.substr(md.find(kSigning), md.find('\n', md.find(kSigning)) - md.find(kSigning));
    CHECK(line.find("Ký kết: Trịnh Văn Khải, Khăm-xinh Vông-xay; Chứng kiến: Hoàng Thị Minh Thu, "
                    "Xổm-phết In-thạ-vông; Dẫn chương trình: Đặng Văn Long; Dự: ") != std::string::npos);
    // Speaking order is the one staff gave, not rank: the guest speaks first at the closing.
    CHECK(md.find("Phát biểu: Khăm-xinh Vông-xay, Trịnh Văn Khải") != std::string::npos);

    const auto lao = c.sheet("event.csv");
    CHECK(lao.find("\"roles\"") != std::string::npos);
}

TEST_CASE("the interpreter team staff name is the one the planner chooses from", "[cli][roles]") {
    Conference c;
    REQUIRE(c.import().code == 0);
    REQUIRE(run_cli({"solve", c.db}).code == 0);
    auto set = run_cli({"set", c.db, "session:talks", "--roles", "interpreters=daoviang-sisouphan", "--author", "lan"});
    INFO(set.out << set.err);
    REQUIRE((set.code == 0 || set.code == 1));
    // Replan re-assigns interpreters as solve does, and says so by name.
    auto replan = run_cli({"replan", c.db, "--now", "2013-01-19 08:00"});
    INFO(replan.out << replan.err);
    REQUIRE(replan.code == 0);
    CHECK(replan.says("1 with another interpreter"));
    CHECK(replan.says("interpreter of talks 'Hội đàm giữa hai Trưởng đoàn': Nguyễn Thị Bích Hạnh → Đao-viêng Xi-xu-phăn"));
    store::Store store(c.db, false);
    CHECK(store.load_agenda("hanoi-2013")->find("talks")->interpreter_id == "daoviang-sisouphan");

    auto bad = run_cli({"set", c.db, "session:talks", "--roles", "interpreters=trinh-van-khai"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("Trịnh Văn Khải (trinh-van-khai) is not an interpreter") != std::string::npos);
}

TEST_CASE("roles and order set by command are kept by a re-import, and bad ones are refused", "[cli][roles]") {
    Conference c;
    REQUIRE(c.import().code == 0);
    REQUIRE(run_cli({"solve", c.db}).code == 0);
    const auto version = query_int(c.db, "SELECT MAX(version) FROM agenda_versions");

    SECTION("a witness changed, the MC dropped") {
        auto r = run_cli({"set", c.db, "session:signing", "--roles", "witnesses=bui-duc-thang,somphet-inthavong",
                          "--roles", "mc="});
        INFO(r.out << r.err);
        REQUIRE((r.code == 0 || r.code == 1));
        CHECK(c.session("signing").roles.at(model::SessionRole::Witness) ==
              std::vector<std::string>{"bui-duc-thang", "somphet-inthavong"});
        CHECK(c.session("signing").roles.count(model::SessionRole::MC) == 0);
        // Signers were not named in the command: they stay.
        CHECK(c.session("signing").roles.at(model::SessionRole::Signer).size() == 2);
        auto again = c.import();
        INFO(again.out << again.err);
        REQUIRE(again.code == 0);
        CHECK(again.says("kept from a command: session 'signing' with mc nobody; witnesses bui-duc-thang, somphet-inthavong"));
        CHECK(c.session("signing").roles.at(model::SessionRole::Witness).front() == "bui-duc-thang");
    }
    SECTION("the press statement made to follow the talks directly") {
        auto r = run_cli({"set", c.db, "session:press", "--after", "talks+30"});
        INFO(r.out << r.err);
        REQUIRE((r.code == 0 || r.code == 1));
        const auto press = c.session("press");
        REQUIRE(press.after.size() == 1);
        CHECK(press.after[0].session == "talks");
        CHECK(press.after[0].gap_minutes == 30);
    }
    SECTION("refused, and nothing stored") {
        struct Case {
            std::vector<std::string> args;
            std::string says;
        };
        const std::vector<Case> cases{
            {{"session:signing", "--roles", "signers=nguyen-van-a"}, "no participant 'nguyen-van-a'"},
            {{"session:talks", "--roles", "speakers=luong-thi-thanh-mai"},
             "Lương Thị Thanh Mai (luong-thi-thanh-mai) does not attend session 'talks'"},
            {{"session:talks", "--roles", "chairs=trinh-van-khai"}, "is not ROLE=ID,ID"},
            {{"session:talks", "--roles", "speakers=trinh-van-khai,trinh-van-khai"}, "listed twice as speakers"},
            {{"session:signing", "--after", "press"},
             "session 'press' already follows 'signing': the order would go round in a circle"},
            {{"session:signing", "--after", "signing"}, "session 'signing' cannot follow itself"},
            {{"session:signing", "--after", "tlaks"}, "did you mean 'talks'"},
        };
        for (const auto& k : cases) {
            std::vector<std::string> args{"set", c.db};
            args.insert(args.end(), k.args.begin(), k.args.end());
            auto r = run_cli(args);
            INFO(k.args[0] << " " << k.args[1] << " " << k.args[2] << "\n" << r.out << r.err);
            CHECK(r.code == 2);
            CHECK(r.err.find(k.says) != std::string::npos);
        }
        CHECK(query_int(c.db, "SELECT MAX(version) FROM agenda_versions") == version);
        CHECK(query_int(c.db, "SELECT COUNT(*) FROM fact_log") == 0);
    }
}

TEST_CASE("a scenario's roles are checked where they are written", "[cli][roles][io]") {
    SECTION("a witness who does not attend") {
        Conference c([](std::string& t) {
            replace_after(t, "id = \"talks\"", "co_chairs = [\"trinh-van-khai\", \"khamsing-vongxay\"]",
                          "co_chairs = [\"trinh-van-khai\", \"luong-thi-thanh-mai\"]");
        });
        auto r = c.import();
        CHECK(r.code == 2);
        CHECK(r.err.find("field 'roles.co_chairs[1]': 'luong-thi-thanh-mai' has a role at session 'talks' but does "
                         "not attend it (add them to its attendees)") != std::string::npos);
    }
    SECTION("a misspelt role") {
        Conference c([](std::string& t) { replace_after(t, "id = \"signing\"", "witnesses =", "witness ="); });
        auto r = c.import();
        CHECK(r.code == 2);
        CHECK(r.err.find("unknown key 'witness'") != std::string::npos);
    }
    SECTION("an interpreter team member who is no interpreter") {
        Conference c([](std::string& t) {
            replace_after(t, "id = \"talks\"", "interpreters = [\"nguyen-thi-bich-hanh\"",
                          "interpreters = [\"hoang-thi-minh-thu\"");
        });
        auto r = c.import();
        CHECK(r.code == 2);
        CHECK(r.err.find("field 'roles.interpreters[0]': 'hoang-thi-minh-thu' interprets at session 'talks' but is "
                         "not an interpreter") != std::string::npos);
    }
}
