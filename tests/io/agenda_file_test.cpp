// Agenda files edited elsewhere: every field of `hoithao-agenda/1` given a value of the
// wrong type is refused as bad input at its line and path, never an internal error.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "io/input_fixture.hpp"

using namespace hoithao;
using namespace hoithao::testing;
using nlohmann::json;

namespace {

struct Field {
    std::string path;                  // as the message names it
    json::json_pointer pointer;        // where it is in the document
    std::vector<std::string> anchors;  // keys to find in turn in the text: the last one's line is the field's
    int below = 0;                     // … or this many lines below it (an item of a list)
    std::vector<json::value_t> valid;  // types it may have (docs/agenda-json.md)
};

int line_in(const std::string& text, const std::vector<std::string>& anchors, int below) {
    std::size_t at = 0;
    for (const auto& anchor : anchors) {
        at = text.find("\"" + anchor + "\":", at);
        REQUIRE(at != std::string::npos);
    }
    return 1 + below + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

}  // namespace

TEST_CASE("agenda JSON: a value of the wrong type in any field exits 2 naming the field", "[io][agenda]") {
    using T = json::value_t;
    InputEvent event;
    const auto exported = json::parse(read_file(event.agenda / "event.json"));
    REQUIRE(exported.at("sessions").size() >= 2);
    const auto before = db_state(event.db);
    const std::vector<Field> fields{
        {"schema", json::json_pointer("/schema"), {"schema"}, 0, {T::string}},
        {"sessions", json::json_pointer("/sessions"), {"sessions"}, 0, {T::array}},
        {"selection", json::json_pointer("/selection"), {"selection"}, 0, {T::string, T::null}},
        {"sessions[0]", json::json_pointer("/sessions/0"), {"sessions"}, 1, {T::object}},
        {"sessions[0].id", json::json_pointer("/sessions/0/id"), {"sessions", "id"}, 0, {T::string}},
        {"sessions[0].start", json::json_pointer("/sessions/0/start"), {"sessions", "start"}, 0, {T::string}},
        {"sessions[0].end", json::json_pointer("/sessions/0/end"), {"sessions", "end"}, 0, {T::string}},
        {"sessions[0].room", json::json_pointer("/sessions/0/room"), {"sessions", "room"}, 0, {T::object}},
        {"sessions[0].room.id", json::json_pointer("/sessions/0/room/id"), {"sessions", "room", "id"}, 0, {T::string}},
        {"sessions[0].interpreter", json::json_pointer("/sessions/0/interpreter"), {"sessions", "interpreter"}, 0,
         {T::string, T::null}},
        {"sessions[0].pinned", json::json_pointer("/sessions/0/pinned"), {"sessions", "pinned"}, 0, {T::boolean}},
    };
    const std::vector<json> wrong{json(7), json(nullptr), json::array({"x"}), json::object({{"x", 1}}), json(true),
                                  json("text")};
    auto file = event.tmp / "edited.json";
    int refused = 0;
    for (const auto& field : fields) {
        for (const auto& value : wrong) {
            if (std::count(field.valid.begin(), field.valid.end(), value.type())) continue;
            INFO(field.path << " = " << value.dump());
            auto doc = exported;
            doc[field.pointer] = value;
            auto text = doc.dump(2);
            std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
            auto r = run_cli({"check", event.db, "--agenda", file.string()});
            INFO(r.err);
            CHECK(r.code == 2);
            CHECK(one_line(r.err));
            CHECK(r.err.find("internal error") == std::string::npos);
            CHECK(r.err.find("edited.json:" + std::to_string(line_in(text, field.anchors, field.below)) + ": field '" + field.path +
                             "': expected ") != std::string::npos);
            ++refused;
        }
    }
    CHECK(refused == 53);
    CHECK(db_state(event.db) == before);

    SECTION("the values the format allows are read") {
        auto doc = exported;
        doc["selection"] = "person:son";
        doc["sessions"][0]["interpreter"] = nullptr;
        doc["sessions"][0].erase("end");
        doc["sessions"][0].erase("pinned");
        std::ofstream(file, std::ios::binary | std::ios::trunc) << doc.dump(2);
        auto r = run_cli({"check", event.db, "--agenda", file.string()});
        INFO(r.err);
        CHECK(r.code == 0);
    }
    SECTION("a missing field is named at its object") {
        auto doc = exported;
        doc["sessions"][1].erase("start");
        auto text = doc.dump(2);
        std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
        auto r = run_cli({"check", event.db, "--agenda", file.string()});
        CHECK(r.code == 2);
        CHECK(r.err.find("field 'sessions[1].start': missing field 'start'") != std::string::npos);
    }
}
