#include "io/itc2007.hpp"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>
#include <vector>

#include "io/text_values.hpp"
#include "model/error.hpp"

namespace hoithao::io {
namespace {

using model::InputError;

// A fixed Monday-to-Friday week; ITC days have no dates.
const model::Day kFirstDay = date::local_days{date::year{2007} / 10 / 1};
constexpr int kDayStart = 9 * 60;  // slot 0 starts at 09:00, slot 8 ends at 18:00
constexpr int kSlotMinutes = 60;

// One integer per line after the header; counts lines for error messages.
class Reader {
public:
    Reader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

    std::vector<long> header() {
        std::string_view text = next_line();
        if (!more_) fail("header", "the file is empty");
        std::istringstream line{std::string(text)};
        std::vector<long> values;
        std::string token;
        while (line >> token) values.push_back(parse(token));
        if (values.size() != 4)
            fail("header", "the header needs 4 numbers (events rooms features students), found " +
                 std::to_string(values.size()));
        return values;
    }

    // `what` names the value in error messages; it is only called on a fault.
    template <typename What>
    long value(long low, long high, What what) {
        std::string_view text = next_line();
        if (text.empty() && !more_) fail(what(), "the file ends before " + what());
        auto first = text.find_first_not_of(" \t"), last = text.find_last_not_of(" \t");
        if (first == std::string_view::npos) fail(what(), "expected one number, found an empty line");
        text = text.substr(first, last - first + 1);
        long v = 0;
        auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (error != std::errc() || end != text.data() + text.size())
            fail(what(), "expected one number, found " + in_quotes(text));
        if (v < low || v > high)
            fail(what(), "value " + std::to_string(v) + ", expected " + std::to_string(low) + " to " + std::to_string(high));
        return v;
    }

    void expect_end(long expected_lines) {
        std::string text;
        while (std::getline(in_, text)) {
            ++line_;
            if (text.find_first_not_of(" \t\r") != std::string::npos)
                fail("end", "unexpected data after the last of " + std::to_string(expected_lines) + " lines");
        }
    }

    // `field` names the value at fault ("capacity of room 3"), as a key would in TOML.
    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        throw InputError(name_ + ":" + std::to_string(line_), field, message);
    }

private:
    std::string_view next_line() {
        ++line_;
        more_ = static_cast<bool>(std::getline(in_, buffer_));
        if (!more_) buffer_.clear();
        if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
        return buffer_;
    }

    long parse(const std::string& token) const {
        std::size_t used = 0;
        long v = 0;
        try {
            v = std::stol(token, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != token.size() || token.empty()) fail("header", in_quotes(token) + " is not an integer");
        return v;
    }

    std::istream& in_;
    std::string name_;
    std::string buffer_;
    bool more_ = true;
    long line_ = 0;
};

std::string num(long n) { return std::to_string(n); }
std::string event_id(long e) { return "e" + num(e); }

model::TimePoint slot_start(const model::Scenario& s, int timeslot) {
    return model::to_instant(kFirstDay + date::days{timeslot / kItcSlotsPerDay},
                             model::ClockTime{kDayStart + kSlotMinutes * (timeslot % kItcSlotsPerDay)}, s.event.zone);
}

model::Scenario empty_scenario(const std::string& name) {
    model::Scenario s;
    s.event.id = std::filesystem::path(name).stem().string();
    s.event.name = "ITC2007 Track 2 instance " + s.event.id;
    s.event.host_side = "VN";
    s.event.first_day = kFirstDay;
    s.event.last_day = kFirstDay + date::days{kItcDays - 1};
    s.event.working_hours = {{kDayStart}, {kDayStart + kItcSlotsPerDay * kSlotMinutes}};
    s.event.slot_minutes = kSlotMinutes;
    s.event.city_buffer_minutes = 0;
    s.event.itc2007_soft_cost = true;
    s.venues.push_back(model::Venue{"itc", "ITC2007", "ITC", "", s.event.zone});
    return s;
}

}  // namespace

model::Scenario parse_itc2007(std::istream& in, const std::string& name) {
    Reader reader(in, name);
    auto header = reader.header();
    const long E = header[0], R = header[1], F = header[2], S = header[3];
    // Far above every published instance; bounds memory (the precedence matrix is E²).
    if (E < 1 || E > 5000 || R < 1 || R > 1000 || F < 0 || F > 1000 || S < 0 || S > 100000)
        reader.fail("header", "header out of range: events 1–5000, rooms 1–1000, features 0–1000, students 0–100000");

    model::Scenario s = empty_scenario(name);
    for (long r = 0; r < R; ++r) {
        model::Room room;
        room.id = "r" + std::to_string(r);
        room.venue_id = "itc";
        room.name = "Room " + std::to_string(r);
        room.capacity = static_cast<int>(reader.value(0, 1000000, [&] { return "capacity of room " + num(r); }));
        s.rooms.push_back(std::move(room));
    }
    for (long st = 0; st < S; ++st) {
        model::Participant p;
        p.id = "s" + std::to_string(st);
        p.name = "Student " + std::to_string(st);
        s.participants.push_back(std::move(p));
    }
    for (long e = 0; e < E; ++e) {
        model::Session session;
        session.id = event_id(e);
        session.title.en = session.title.vi = "Event " + std::to_string(e);
        session.duration_minutes = kSlotMinutes;
        s.sessions.push_back(std::move(session));
    }
    for (long st = 0; st < S; ++st)
        for (long e = 0; e < E; ++e)
            if (reader.value(0, 1, [&] { return "attendance of student " + num(st) + " at event " + num(e); }))
                s.sessions[e].attendees.push_back(s.participants[st].id);
    for (long r = 0; r < R; ++r)
        for (long f = 0; f < F; ++f)
            if (reader.value(0, 1, [&] { return "feature " + num(f) + " of room " + num(r); }))
                s.rooms[r].equipment.insert("f" + std::to_string(f));
    for (long e = 0; e < E; ++e)
        for (long f = 0; f < F; ++f)
            if (reader.value(0, 1, [&] { return "feature " + num(f) + " of event " + num(e); }))
                s.sessions[e].equipment.insert("f" + std::to_string(f));
    for (long e = 0; e < E; ++e) {
        auto& spans = s.sessions[e].unavailable;
        for (int t = 0; t < kItcTimeslots; ++t) {
            if (reader.value(0, 1, [&] { return "timeslot " + num(t) + " of event " + num(e); })) continue;
            // Adjacent forbidden slots of one day make one span.
            auto start = slot_start(s, t), end = start + model::Minutes{kSlotMinutes};
            if (t % kItcSlotsPerDay != 0 && !spans.empty() && spans.back().end == start) spans.back().end = end;
            else spans.push_back(model::Interval{start, end});
        }
    }
    std::vector<signed char> before(static_cast<std::size_t>(E * E));
    for (long i = 0; i < E; ++i)
        for (long j = 0; j < E; ++j) {
            long v = reader.value(-1, 1, [&] { return "precedence of event " + num(i) + " before event " + num(j); });
            auto field = [&] { return "precedence of event " + num(i) + " before event " + num(j); };
            if (i == j && v != 0) reader.fail(field(), "an event cannot precede itself (row " + std::to_string(i) + ")");
            if (j < i && v != -before[j * E + i])
                reader.fail(field(), "the precedence matrix is not antisymmetric at row " + std::to_string(i) + ", column " +
                            std::to_string(j));
            before[i * E + j] = static_cast<signed char>(v);
            if (v == 1) s.sessions[j].after.push_back(model::After{event_id(i), 0});
        }
    reader.expect_end(1 + R + S * E + R * F + E * F + kItcTimeslots * E + E * E);
    return s;
}

model::Scenario load_itc2007(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path, "", "cannot open the file");
    return parse_itc2007(in, path);
}

int itc2007_timeslot(const model::Scenario& scenario, const model::Placement& placement) {
    auto day = model::local_day(placement.start, scenario.event.zone);
    int d = static_cast<int>((day - scenario.event.first_day).count());
    int minutes = model::local_clock(placement.start, scenario.event.zone).minutes - kDayStart;
    if (d < 0 || d >= kItcDays || minutes < 0 || minutes % kSlotMinutes != 0 ||
        minutes / kSlotMinutes >= kItcSlotsPerDay)
        return -1;
    return d * kItcSlotsPerDay + minutes / kSlotMinutes;
}

void write_itc2007_solution(std::ostream& out, const model::Scenario& scenario, const model::Agenda& agenda) {
    std::map<std::string, int> room_index;
    for (std::size_t r = 0; r < scenario.rooms.size(); ++r) room_index[scenario.rooms[r].id] = static_cast<int>(r);
    for (const auto& session : scenario.sessions) {
        const auto* placement = agenda.find(session.id);
        if (!placement) {
            out << "-1 -1\n";
            continue;
        }
        int slot = itc2007_timeslot(scenario, *placement);
        auto room = room_index.find(placement->room_id);
        if (slot < 0 || room == room_index.end())
            throw InputError(session.id, "", "placement is off the ITC2007 grid or in an unknown room");
        out << slot << ' ' << room->second << '\n';
    }
}

}  // namespace hoithao::io
