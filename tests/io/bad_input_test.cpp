// A catalogue of malformed input, each run through the CLI as a user would: the
// command exits 2 with one line on stderr naming the file, the line and the field,
// never an internal error, and the database stays byte for byte as it was.
#include <catch2/catch.hpp>

#include <filesystem>
#include <vector>

#include "io/input_fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;
namespace fs = std::filesystem;

namespace {

using Files = std::map<std::string, std::string>;

struct Case {
    std::string name;
    Files files;         // the case's folder: event.toml, people.csv, sessions.csv, agenda files
    std::string agenda;  // empty: `import DB event.toml`; else `check DB --agenda <agenda>`
    std::string file;    // the file the message names
    std::string marker;  // text on the line the message names, in that file
    std::string field;
    std::string says;
};

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    auto at = text.find(from);
    if (at == std::string::npos) throw std::logic_error("no '" + from + "' to replace");
    return text.replace(at, from.size(), to);
}

Files scenario(const std::string& text) {
    return {{"event.toml", text}, {"people.csv", kPeople}, {"sessions.csv", kSessions}};
}
Files scenario_with(const std::string& from, const std::string& to) { return scenario(replaced(kScenario, from, to)); }
Files scenario_plus(const std::string& more) { return scenario(kScenario + more); }
Files with(Files files, const std::string& name, const std::string& text) {
    files[name] = text;
    return files;
}

// A catalogue of shared places, as data/venues.toml is.
const std::string kSharedPlaces = "[[venue]]\nid = \"melia\"\nname = \"Melia Hà Nội\"\ncity = \"Hà Nội\"\n"
                                  "timezone = \"Asia/Ho_Chi_Minh\"\n\n[[room]]\nid = \"melia-hall\"\n"
                                  "venue = \"melia\"\nname = \"Phòng Ba Đình\"\ncapacity = 250\n";

std::vector<Case> scenario_cases() {
    const std::string big(5'000'000, 'x');
    return {
        {"truncated TOML", scenario(kScenario.substr(0, kScenario.find("Ký kết") + 4)), "", "event.toml",
         "title = \"Ký", "title", "TOML syntax error"},
        {"TOML syntax error", scenario_with("duration = 60", "duration = = 60"), "", "event.toml", "duration = =",
         "duration", "TOML syntax error"},
        {"text for an integer", scenario_with("duration = 60", "duration = \"60\""), "", "event.toml",
         "duration = \"60\"", "duration", "expected an integer, got string '60'"},
        {"integer for a title", scenario_with("title = \"Ký kết\"", "title = 5"), "", "event.toml", "title = 5",
         "title", "expected text or a table of texts by language, got integer 5"},
        {"text for a list", scenario_with("attendees = [\"son\"]", "attendees = \"son\""), "", "event.toml",
         "attendees = \"son\"", "attendees", "expected an array, got string"},
        {"boolean for a date", scenario_with("start = 2022-09-08", "start = true"), "", "event.toml", "start = true",
         "start", "expected text, got boolean true"},
        {"table for a window", scenario_with("windows = [[\"08:00\", \"11:30\"]]", "windows = [{ from = \"08:00\" }]"),
         "", "event.toml", "windows =", "windows[0]", "expected a window"},
        {"integer past 64 bits", scenario_with("duration = 60", "duration = 99999999999999999999"), "", "event.toml",
         "duration = 9999", "duration", "not representable in 64 bits"},
        {"huge capacity", scenario_with("capacity = 300", "capacity = 9000000000"), "", "event.toml",
         "capacity = 9000000000", "capacity", "out of range 1..100000"},
        {"huge gap", scenario_with("gap = 15", "gap = 9999999999"), "", "event.toml", "gap = 9999999999",
         "after[0].gap", "out of range"},
        {"huge float for an integer", scenario_with("duration = 60", "duration = 1e400"), "", "event.toml",
         "duration = 1e400", "duration", "TOML syntax error"},
        {"30 February (native date)", scenario_with("start = 2022-09-08", "start = 2022-02-30"), "", "event.toml",
         "start = 2022-02-30", "start", "TOML syntax error"},
        {"month 13 (text date)", scenario_with("start = 2022-09-08", "start = \"2022-13-01\""), "", "event.toml",
         "start = \"2022-13-01\"", "start", "malformed date '2022-13-01'"},
        {"clock past 24:00", scenario_with("\"11:30\"]]", "\"25:00\"]]"), "", "event.toml", "windows =", "windows[0]",
         "malformed clock time '25:00'"},
        {"local time without a clock", scenario_plus("fixed = \"2022-09-09\"\n"), "", "event.toml", "fixed =", "fixed",
         "malformed local time '2022-09-09'"},
        {"seconds in a time", scenario_with("\"11:30\"]]", "11:30:15]]"), "", "event.toml", "windows =",
         "windows[0][1]", "seconds are not supported"},
        {"invalid UTF-8", scenario_with("Trần Văn Sơn", "Tr\xE1\xBA"), "", "event.toml", "name = \"Tr\xE1", "name",
         "TOML syntax error"},
        {"a NUL byte in the file", scenario_with("title = \"Bộ trưởng\"", std::string("title = \"Bộ\0\"", 14)), "",
         "event.toml", "title = \"Bộ", "title", "TOML syntax error"},
        {"a NUL escape in a name", scenario_with("Trần Văn Sơn", "Trần\\u0000Sơn"), "", "event.toml", "name = \"Trần",
         "name", "control character U+0000"},
        {"ESC in a title", scenario_with("\"Talks\"", "\"\\u001B[2JTalks\""), "", "event.toml", "en = \"\\u001B",
         "title.en", "control character U+001B"},
        {"DEL in an address", scenario_with("Số 2 Bình Minh", "Số 2\\u007F"), "", "event.toml", "address =", "address",
         "control character U+007F"},
        {"C1 control in a delegation name", scenario_with("Đoàn Việt Nam", "Đoàn\\u009BViệt Nam"), "", "event.toml",
         "name = \"Đoàn", "name", "control character U+009B"},
        {"an unknown key in an arrival", scenario_with("head = \"son\"\n", "head = \"son\"\narrival = { at = \"2022-09-08 09:30\", gate = \"A\" }\n"),
         "", "event.toml", "gate =", "arrival.gate", "unknown key 'gate' (expected one of at, city, place, means)"},
        {"an arrival without its time", scenario_with("head = \"son\"\n", "head = \"son\"\narrival = { city = \"Cửa Lò\" }\n"), "",
         "event.toml", "arrival = {", "arrival.at", "missing required field 'at'"},
        {"an arrival in an unknown city",
         scenario_with("head = \"son\"\n", "head = \"son\"\narrival = { at = \"2022-09-08 09:30\", city = \"Đà Nẵng\" }\n"), "",
         "event.toml", "Đà Nẵng", "arrival.city", "unknown city 'Đà Nẵng' in delegation 'vn'"},
        {"an arrival no travel link leads from",
         scenario(replaced(replaced(kScenario + "\n[[venue]]\nid = \"vinh\"\nname = \"Khách sạn Mường Thanh Vinh\"\n"
                                                 "city = \"Vinh\"\ntimezone = \"Asia/Ho_Chi_Minh\"\n",
                                     "head = \"son\"\n",
                                     "head = \"son\"\narrival = { at = \"2022-09-08 09:30\", city = \"Vinh\", place = \"Sân bay Vinh\" }\n"),
                            "attendees = [\"son\"]\n", "attendees = [\"son\"]\ncity = \"Cửa Lò\"\n")),
         "", "event.toml", "city = \"Vinh\", place", "arrival.city",
         "delegation 'vn' arrives in Vinh, but no travel link leads from Vinh to Cửa Lò, where session 'talks' takes place"},
        {"a line break in a title", scenario_with("title = \"Ký kết\"", "title = \"Ký\\nkết\""), "", "event.toml",
         "title = \"Ký\\n", "title", "control character U+000A"},
        {"a 5 MB name", scenario_with("Trần Văn Sơn", big), "", "event.toml", "name = \"xxx", "name",
         "text longer than 1000 characters"},
        {"id '..'", scenario_with("id = \"signing\"", "id = \"..\""), "", "event.toml", "id = \"..\"", "id",
         "malformed id '..'"},
        {"id '.'", scenario_with("id = \"son\"", "id = \".\""), "", "event.toml", "id = \".\"", "id",
         "malformed id '.'"},
        {"an event 100 years long", scenario_with("end = 2022-09-10", "end = 2122-09-10"), "", "event.toml",
         "end = 2122", "end", "event lasts 36527 days, more than the limit of 366"},
        {"arrays nested 1,000 deep", scenario_plus("equipment = " + std::string(1000, '[') + std::string(1000, ']') + "\n"),
         "", "event.toml", "equipment =", "equipment", "TOML syntax error"},
        {"misspelt key", scenario_with("attendees =", "atendees ="), "", "event.toml", "atendees", "atendees",
         "unknown key 'atendees'"},
        {"include cycle", with(scenario("include = [\"places.toml\"]\n" + kScenario), "places.toml",
                               "include = [\"event.toml\"]\n"),
         "", "places.toml", "include =", "include", "an included file cannot include others"},
        {"a shared hall moved by the scenario",
         with(scenario("include = [\"places.toml\"]\n" + kScenario +
                       "\n[[room]]\nid = \"melia-hall\"\nvenue = \"hotel\"  # moved\n"),
              "places.toml", kSharedPlaces),
         "", "event.toml", "venue = \"hotel\"  # moved", "venue",
         "room 'melia-hall' is in venue 'melia' (defined at"},
        {"a shared hall overridden twice",
         with(scenario("include = [\"places.toml\"]\n" + kScenario +
                       "\n[[room]]\nid = \"melia-hall\"\ncapacity = 80\n\n[[room]]\nid = \"melia-hall\"  # again\n"),
              "places.toml", kSharedPlaces),
         "", "event.toml", "id = \"melia-hall\"  # again", "id", "duplicated room id 'melia-hall' (first defined at"},
        {"include of itself", scenario("include = [\"event.toml\"]\n" + kScenario), "", "event.toml", "include =",
         "include[0]", "includes itself"},
        {"include through '..'", scenario("include = [\"../outside.toml\"]\n" + kScenario), "", "event.toml",
         "include =", "include[0]", "outside the folders a scenario may read"},
        {"absolute include", scenario("include = [\"/proc/self/environ\"]\n" + kScenario), "", "event.toml",
         "include =", "include[0]", "to read it, import with --allow-include"},
        {"participants CSV through '..'", scenario_with("[\"people.csv\"]", "[\"sub/../../outside.csv\"]"), "",
         "event.toml", "participants_csv", "participants_csv[0]", "outside the folders a scenario may read"},
        {"absolute sessions CSV", scenario_with("[\"sessions.csv\"]", "[\"/etc/passwd\"]"), "", "event.toml",
         "sessions_csv", "sessions_csv[0]", "'/etc/passwd' is outside the folders"},
        {"CSV with an unbalanced quote", with(scenario(kScenario), "people.csv", kPeople + "pt-3,Lê,\"Vụ trưởng,1,vn\n"),
         "", "people.csv", "pt-3", "title", "unbalanced quote: the quoted cell starting on this line never closes (column 3)"},
        {"CSV with a quote inside a cell", with(scenario(kScenario), "people.csv", kPeople + "pt-3,Lê \"Bé\",,1,vn\n"),
         "", "people.csv", "pt-3", "name", "a quote inside an unquoted cell (column 2)"},
        {"CSV with text after a closing quote",
         with(scenario(kScenario), "people.csv", kPeople + "pt-3,Lê,\"Vụ\" trưởng,1,vn\n"), "", "people.csv", "pt-3",
         "title", "text after the closing quote of a quoted cell (column 3)"},
        {"CSV row with too few cells", with(scenario(kScenario), "people.csv", kPeople + "pt-3,Lê\n"), "", "people.csv",
         "pt-3", "title", "row has 2 cells but the header has 5 columns (id, name, title, rank, delegation); missing: "
                          "title, rank, delegation"},
        {"CSV row with too many cells", with(scenario(kScenario), "people.csv", kPeople + "pt-3,Lê,Thứ trưởng, Vụ,1,vn\n"),
         "", "people.csv", "pt-3", "column 6", "row has 6 cells but the header has 5 columns"},
        {"CSV with invalid UTF-8", with(scenario(kScenario), "people.csv", kPeople + "pt-3,Nguy\xE1\xBB,,1,vn\n"), "",
         "people.csv", "pt-3", "name", "invalid UTF-8 (column 2)"},
        {"CSV with a NUL byte", with(scenario(kScenario), "people.csv", kPeople + std::string("pt-3,L\0e,,1,vn\n", 14)),
         "", "people.csv", "pt-3", "name", "control character U+0000"},
        {"CSV with ESC in a session title",
         with(scenario(kScenario), "sessions.csv", kSessions + "tour,Tham\x1b quan,site_visit,60,,,\n"), "",
         "sessions.csv", "tour", "title_vi", "control character U+001B"},
        {"CSV with an unknown column", with(scenario(kScenario), "people.csv", "id,name,rnak\npt-3,Lê,1\n"), "",
         "people.csv", "id,name", "rnak", "unknown column 'rnak'"},
        {"CSV with a word for a number", with(scenario(kScenario), "people.csv", kPeople + "pt-3,Lê,,high,vn\n"), "",
         "people.csv", "pt-3", "rank", "expected an integer, got 'high'"},
        {"CSV id '..'", with(scenario(kScenario), "sessions.csv", kSessions + "..,Tham quan,site_visit,60,,,\n"), "",
         "sessions.csv", "..,", "id", "malformed id '..'"},
        {"CSV empty file", with(scenario(kScenario), "people.csv", ""), "", "people.csv", "", "header",
         "empty CSV file"},
    };
}

std::vector<Case> agenda_cases(const InputEvent& event) {
    const auto json = read_file(event.agenda / "event.json");
    const auto csv = read_file(event.agenda / "event.csv").substr(3);  // without the byte-order mark
    auto json_with = [&](const std::string& from, const std::string& to) {
        return Files{{"agenda.json", replaced(json, from, to)}};
    };
    const std::string first_start = json.substr(json.find("\"start\": "), 36);  // "start": "2022-…+07:00"
    return {
        {"agenda JSON schema a number", json_with("\"schema\": \"hoithao-agenda/1\"", "\"schema\": 1"), "agenda.json",
         "agenda.json", "\"schema\": 1", "schema", "expected a string, got number 1"},
        {"agenda JSON schema null", json_with("\"schema\": \"hoithao-agenda/1\"", "\"schema\": null"), "agenda.json",
         "agenda.json", "\"schema\": null", "schema", "expected a string, got null"},
        // The last of two equal keys counts: this "sessions" replaces the list.
        {"agenda JSON sessions a number", Files{{"agenda.json", json.substr(0, json.rfind('}')) + ",\n\"sessions\": 2}"}},
         "agenda.json", "agenda.json", "\"sessions\": 2", "sessions", "expected an array, got number 2"},
        {"agenda JSON start a number", json_with(first_start, "\"start\": 20220908"), "agenda.json", "agenda.json",
         "\"start\": 20220908", "sessions[0].start", "expected a string, got number 20220908"},
        {"agenda JSON room id null", json_with("\"id\": \"hall\"", "\"id\": null"), "agenda.json", "agenda.json",
         "\"id\": null", "sessions[0].room.id", "expected a string, got null"},
        {"agenda JSON number overflow", json_with("\"version\": 1", "\"version\": 1e999"), "agenda.json", "agenda.json",
         "\"version\": 1e999", "version", "malformed JSON: number overflow"},
        {"agenda JSON truncated", Files{{"agenda.json", json.substr(0, json.find(first_start) + 12)}}, "agenda.json",
         "agenda.json", first_start.substr(0, 12), "sessions[0].start", "malformed JSON"},
        {"agenda JSON invalid UTF-8", json_with("\"id\": \"hall\"", "\"id\": \"h\xFF\""), "agenda.json", "agenda.json",
         "\"id\": \"h\xFF", "sessions[0].room.id", "ill-formed UTF-8"},
        {"agenda JSON a session not an object", json_with("\"sessions\": [", "\"sessions\": [true, "), "agenda.json",
         "agenda.json", "\"sessions\": [true", "sessions[0]", "expected an object (one session), got boolean"},
        {"agenda CSV with an unbalanced quote", Files{{"agenda.csv", csv + "\"2022-09-09,08:00\n"}}, "agenda.csv",
         "agenda.csv", "\"2022-09-09,08:00", "day", "unbalanced quote"},
        {"agenda CSV without room_id", Files{{"agenda.csv", replaced(csv, "\"room_id\"", "\"hall_id\"")}}, "agenda.csv",
         "agenda.csv", "\"day\"", "room_id", "missing column"},
        {"agenda CSV with a junk day", Files{{"agenda.csv", replaced(csv, "\"2022-09-08\"", "\"08/09/2022\"")}},
         "agenda.csv", "agenda.csv", "08/09/2022", "day", "malformed date '08/09/2022'"},
        {"agenda CSV with too many cells", Files{{"agenda.csv", csv + "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\n"}}, "agenda.csv",
         "agenda.csv", "a,b,c", "column 15", "row has 15 cells but the header has 14 columns"},
    };
}

}  // namespace

TEST_CASE("malformed input is refused in one line naming file, line and field; the database is unchanged",
          "[io][bad-input]") {
    InputEvent event;
    std::ofstream(event.tmp / "outside.toml") << "[[venue]]\nid = \"x\"\n";
    std::ofstream(event.tmp / "outside.csv") << "id,name\npt-9,Lê\n";
    const auto before = db_state(event.db);
    auto cases = scenario_cases();
    for (auto& c : agenda_cases(event)) cases.push_back(std::move(c));
    REQUIRE(cases.size() >= 40);
    const auto dir = event.tmp / "case";
    for (const auto& c : cases) {
        INFO("case: " << c.name);
        InputEvent::write(dir, c.files);
        auto r = c.agenda.empty() ? run_cli({"import", event.db, (dir / "event.toml").string()})
                                  : run_cli({"check", event.db, "--agenda", (dir / c.agenda).string()});
        INFO("stderr: " << r.err.substr(0, 300));
        CHECK(r.code == 2);
        CHECK(one_line(r.err));
        CHECK(r.err.find("internal error") == std::string::npos);
        int line = c.marker.empty() ? 1 : line_of(c.files.at(c.file), c.marker);
        REQUIRE(line > 0);
        CHECK(r.err.find("/" + c.file + ":" + std::to_string(line) + ": field '" + c.field + "': ") != std::string::npos);
        CHECK(r.err.find(c.says) != std::string::npos);
        CHECK(db_state(event.db) == before);
    }
}
