#include <catch2/catch.hpp>

#include "cli/cli_run.hpp"
#include "io/id_match.hpp"
#include "support/fixtures.hpp"

using namespace hoithao;
using namespace hoithao::testing;

TEST_CASE("an id typed in another case or with a slip is matched or suggested", "[io][ids]") {
    const std::vector<std::string> ids{"la", "vn", "tran-van-son", "mt-cualo-vip", "mt-cualo-sen", "AB", "ab"};
    CHECK(io::match_id("la", ids) == "la");
    CHECK(io::match_id("LA", ids) == "la");
    CHECK(io::match_id("Tran-Van-Son", ids) == "tran-van-son");
    CHECK(io::match_id("Ab", ids) == std::nullopt);  // two ids differ only by case: no guess
    CHECK(io::match_id("tran-van-so", ids) == std::nullopt);
    CHECK(io::did_you_mean("tran-van-so", ids) == "; did you mean 'tran-van-son'?");
    CHECK(io::did_you_mean("mt-cualo", ids) == "; did you mean 'mt-cualo-vip' or 'mt-cualo-sen'?");
    CHECK(io::did_you_mean("xyz-unrelated", ids).empty());
}

TEST_CASE("commands take ids in any case and suggest the nearest for a misspelt one", "[cli][ids]") {
    TempDir tmp;
    const auto db = (tmp / "ids.db").string();
    REQUIRE(run_cli({"init", db}).code == 0);
    REQUIRE(run_cli({"import", db, std::string(HOITHAO_SOURCE_DIR) + "/examples/cualo-2022/workshop.toml"}).code == 0);
    REQUIRE(run_cli({"solve", db, "--quiet"}).code == 0);

    auto exported = run_cli({"export", db, "--out", (tmp / "out").string(), "--for", "delegation:LA", "--format", "md"});
    INFO(exported.out << exported.err);
    CHECK(exported.code == 0);
    CHECK(std::filesystem::exists(tmp / "out" / "delegation-la.md"));

    auto misspelt = run_cli({"pin", db, "tlaks"});
    CHECK(misspelt.code == 2);
    CHECK(misspelt.err == "hoithao: field 'SESSION': event 'cualo-2022' has no session 'tlaks'; did you mean 'talks'?\n");
    CHECK(run_cli({"pin", db, "TALKS"}).code == 0);

    auto person = run_cli({"set", db, "person:tran-van-so", "--unavailable", "2022-09-08 08:00/2022-09-08 09:00"});
    CHECK(person.code == 2);
    CHECK(person.err.find("did you mean 'tran-van-son'?") != std::string::npos);
}
