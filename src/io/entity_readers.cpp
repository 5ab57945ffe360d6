#include "io/entity_readers.hpp"

#include <algorithm>

namespace hoithao::io {
namespace {

constexpr int kDayMinutes = 24 * 60;
// Longest event, in days (docs/scenario-format.md): a year, leap day included. Days
// are expanded one by one downstream, so a typo such as 2122 must not be taken as meant.
constexpr int kMaxEventDays = 366;

std::string zone(const Record& record, const std::string& key, const std::string& fallback) {
    auto name = record.text_or(key, fallback);
    if (!model::is_known_zone(name)) record.fail(key, "unknown time zone " + in_quotes(name));
    return name;
}

model::ClockWindow window_pair(const Record& record, const std::string& key) {
    auto ends = record.texts(key);
    if (ends.size() != 2) record.fail(key, "expected two clock times [\"from\", \"to\"]");
    return record.parse(key, [&] { return window_value(ends[0], ends[1]); });
}

model::TimePoint instant(const LocalTime& local, const std::string& zone) {
    return model::to_instant(local.day, local.clock, zone);
}

std::string text_span(const model::ClockWindow& w) {
    return model::format_clock(w.from) + "-" + model::format_clock(w.to);
}

std::vector<model::MealBreak> read_breaks(const TomlRecord& record, const model::ClockWindow& hours) {
    std::vector<model::MealBreak> breaks;
    for (const auto& item : record.tables("breaks")) {
        item.check_keys({"name", "from", "to"});
        model::MealBreak meal{item.required_text("name"), {}};
        auto from = item.required_text("from"), to = item.required_text("to");
        meal.window = item.parse("to", [&] { return window_value(from, to); });
        if (meal.window.from < hours.from || hours.to < meal.window.to)
            item.fail("from", "break '" + meal.name + "' " + text_span(meal.window) + " lies outside working hours " +
                                  text_span(hours));
        breaks.push_back(meal);
    }
    return breaks;
}

// Holidays are blocked days with the name staff know them by.
void read_holidays(const TomlRecord& record, model::Event& event) {
    for (const auto& item : record.tables("holidays")) {
        item.check_keys({"day", "name"});
        const auto day = item.required_day("day");
        if (day < event.first_day || event.last_day < day) continue;  // a national calendar may list others
        event.holidays[day] = item.required_text("name");
        if (std::find(event.blocked_days.begin(), event.blocked_days.end(), day) == event.blocked_days.end())
            event.blocked_days.push_back(day);
    }
}

std::optional<model::Interpretation> read_interpretation(const Record& record) {
    auto languages = record.texts("interpretation.languages");
    auto mode = record.text("interpretation.mode");
    if (languages.empty() && !mode) return std::nullopt;
    if (languages.size() != 2 || languages[0] == languages[1])
        record.fail("interpretation.languages", "expected two different languages, e.g. [\"vi\", \"lo\"]");
    for (const auto& lang : languages) record.parse("interpretation.languages", [&] { check_language(lang); });
    model::Interpretation result{languages[0], languages[1], model::InterpretationMode::Consecutive};
    if (mode) result.mode = record.parse("interpretation.mode", [&] { return mode_value(*mode); });
    return result;
}

model::LocalizedText read_title(const Record& record) {
    model::LocalizedText title;
    for (const auto& [lang, text] : record.translations("title")) {
        if (lang == "vi") title.vi = text;
        else if (lang == "lo") title.lo = text;
        else if (lang == "en") title.en = text;
        else record.fail("title." + lang, "titles are given in vi, lo and en only, not " + in_quotes(lang));
    }
    if (title.vi.empty() && title.lo.empty() && title.en.empty()) record.fail("title", "missing required field 'title'");
    return title;
}

// `arrival = "2013-01-20 12:00"` (at the venue) or `arrival = { at = "…", city = "Hà Nội",
// place = "…", means = "…" }` (in a city, travel to the venue on top); `via` gets the latter.
std::optional<LocalTime> read_passage(const TomlRecord& record, const std::string& key, model::Passage& via) {
    if (!record.is_table(key)) return record.local_time(key);
    const auto passage = *record.table(key);
    passage.check_keys({"at", "city", "place", "means"});
    via = {passage.text_or("city", ""), passage.text_or("place", ""), passage.text_or("means", "")};
    return passage.required_local_time("at");
}

}  // namespace

model::Event read_event(const TomlRecord& record) {
    record.check_keys({"id", "name", "host", "timezone", "start", "end", "working_hours", "slot_minutes",
                       "city_buffer_minutes", "breaks", "blocked_days", "holidays"});
    model::Event event;
    event.id = record.id("id");
    if (std::any_of(event.id.begin(), event.id.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        record.fail("id", "event id " + in_quotes(event.id) + " must be lower case");
    event.name = record.required_text("name");
    event.host_side = record.required_text("host");
    record.parse("host", [&] { check_side(event.host_side); });
    event.zone = zone(record, "timezone", event.zone);
    event.first_day = record.required_day("start");
    event.last_day = record.required_day("end");
    if (event.last_day < event.first_day)
        record.fail("end", "event ends (" + model::format_day(event.last_day) + ") before it starts (" +
                               model::format_day(event.first_day) + ")");
    if (auto days = (event.last_day - event.first_day).count() + 1; days > kMaxEventDays)
        record.fail("end", "event lasts " + std::to_string(days) + " days, more than the limit of " +
                               std::to_string(kMaxEventDays) + " (" + model::format_day(event.first_day) + " to " +
                               model::format_day(event.last_day) + ")");
    if (!record.texts("working_hours").empty()) event.working_hours = window_pair(record, "working_hours");
    event.slot_minutes = record.int_or("slot_minutes", event.slot_minutes, 1, 60);
    if (60 % event.slot_minutes != 0)
        record.fail("slot_minutes", "slot_minutes " + std::to_string(event.slot_minutes) + " does not divide 60");
    event.city_buffer_minutes = record.int_or("city_buffer_minutes", event.city_buffer_minutes, 0, kDayMinutes);
    event.breaks = read_breaks(record, event.working_hours);
    event.blocked_days = record.days("blocked_days");
    read_holidays(record, event);
    if (event.days().empty())
        record.fail(event.holidays.empty() ? "blocked_days" : "holidays", "every day of the event is blocked");
    return event;
}

model::Venue read_venue(const Record& record) {
    model::Venue venue;
    venue.id = record.id("id");
    venue.name = record.required_text("name");
    venue.city = record.required_text("city");
    venue.address = record.text_or("address", "");
    if (!record.text("timezone")) record.fail("timezone", "missing required field 'timezone'");
    venue.zone = zone(record, "timezone", "");
    return venue;
}

model::Room read_room(const Record& record) {
    model::Room room;
    room.id = record.id("id");
    room.venue_id = record.id("venue");
    room.name = record.required_text("name");
    room.capacity = record.required_int("capacity", 1, 100000);
    for (const auto& item : record.texts("equipment")) room.equipment.insert(item);
    return room;
}

void override_room(model::Room& room, const TomlRecord& record, const std::string& from) {
    if (record.text("venue") && record.id("venue") != room.venue_id)
        record.fail("venue", "room " + in_quotes(room.id) + " is in venue " + in_quotes(room.venue_id) + " (" + from +
                                 "); the event may change its name, capacity and equipment, not move it: give a "
                                 "hall of another venue an id of its own");
    if (record.text("name")) room.name = record.required_text("name");
    if (record.integer("capacity")) room.capacity = record.required_int("capacity", 1, 100000);
    // `equipment = []` is given too: the event has the hall without any.
    if (record.has("equipment")) room.equipment = {};
    for (const auto& item : record.texts("equipment")) room.equipment.insert(item);
}

model::TravelLink read_travel(const Record& record) {
    model::TravelLink link;
    link.from_city = record.required_text("from");
    link.to_city = record.required_text("to");
    if (link.from_city == link.to_city) record.fail("to", "travel from " + in_quotes(link.from_city) + " to itself");
    link.mode = record.required_text("mode");
    link.minutes = record.required_int("minutes", 1, 7 * kDayMinutes);
    link.both_ways = record.boolean("both_ways").value_or(true);
    return link;
}

model::Delegation read_delegation(const TomlRecord& record, const std::string& zone) {
    model::Delegation delegation;
    delegation.id = record.id("id");
    delegation.name = record.required_text("name");
    delegation.side = record.required_text("side");
    record.parse("side", [&] { check_side(delegation.side); });
    if (record.text("head")) delegation.head_id = record.id("head");
    auto arrival = read_passage(record, "arrival", delegation.arrival_via);
    auto departure = read_passage(record, "departure", delegation.departure_via);
    if (arrival) delegation.arrival = instant(*arrival, zone);
    if (departure) delegation.departure = instant(*departure, zone);
    if (arrival && departure && *delegation.departure <= *delegation.arrival)
        record.fail("departure", "delegation " + in_quotes(delegation.id) + " departs before it arrives");
    return delegation;
}

model::Participant read_participant(const Record& record) {
    model::Participant person;
    person.id = record.id("id");
    person.name = record.required_text("name");
    person.title = record.text_or("title", "");
    person.rank = record.int_or("rank", person.rank, 1, 1000);
    if (record.text("delegation")) person.delegation_id = record.id("delegation");
    person.languages = record.texts("languages");
    for (std::size_t i = 0; i < person.languages.size(); ++i)
        record.parse(record.item_field("languages", i), [&] { check_language(person.languages[i]); });
    auto roles = record.texts("roles");
    for (std::size_t i = 0; i < roles.size(); ++i)
        person.roles.insert(record.parse(record.item_field("roles", i), [&] { return role_value(roles[i]); }));
    for (const auto& [lang, name] : record.translations("names")) {
        record.parse("names." + lang, [&] { check_language(lang); });
        person.names[lang] = name;
    }
    return person;
}

std::vector<model::Interval> read_unavailable(const TomlRecord& record, const std::string& zone) {
    std::vector<model::Interval> spans;
    for (const auto& item : record.tables("unavailable")) {
        item.check_keys({"from", "to"});
        model::Interval span{instant(item.required_local_time("from"), zone),
                             instant(item.required_local_time("to"), zone)};
        if (span.end <= span.start) item.fail("to", "unavailable span ends before it starts");
        spans.push_back(span);
    }
    return spans;
}

SessionDraft read_session(const Record& record) {
    SessionDraft draft{{{}, record.origin()}, std::nullopt};
    auto& session = draft.value;
    session.id = record.id("id");
    session.title = read_title(record);
    session.kind = record.parse("kind", [&] { return kind_value(record.required_text("kind")); });
    if (auto duration = record.integer("duration"); duration && *duration <= 0)
        record.fail("duration", "duration must be positive, got " + std::to_string(*duration));
    session.duration_minutes = record.required_int("duration", 1, kDayMinutes);
    session.attendees = record.ids("attendees");
    session.delegations = record.ids("delegations");
    session.headcount = record.int_or("headcount", 0, 0, 100000);
    for (const auto& item : record.texts("equipment")) session.equipment.insert(item);
    session.interpretation = read_interpretation(record);
    session.allowed_days = record.days("days");
    session.windows = record.windows("windows");
    draft.fixed = record.local_time("fixed");
    session.pinned = record.boolean("pinned").value_or(false);
    session.outside_hours = record.boolean("outside_hours").value_or(false);
    if (session.outside_hours && session.windows.empty() && !draft.fixed)
        record.fail("outside_hours", "a session outside working hours needs its times: windows = [[\"18:30\", "
                                     "\"21:00\"]] or a fixed start");
    session.after = record.after("after");
    if (record.text("same_time_as")) session.same_time_as = record.id("same_time_as");
    if (record.text("venue")) session.venue_id = record.id("venue");
    session.city = record.text_or("city", "");
    if (record.text("room")) session.room_id = record.id("room");
    session.notes = record.text_or("notes", "");
    for (auto role : model::all_session_roles())
        if (auto people = record.ids("roles." + model::to_string(role)); !people.empty()) session.roles[role] = people;
    return draft;
}

}  // namespace hoithao::io
