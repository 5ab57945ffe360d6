#pragma once
// Time vocabulary of the domain. Instants are UTC minutes; clock values on a
// day are always read in a named IANA zone (a venue's or the event's), never bare.
#include <chrono>
#include <optional>
#include <string>

#include <date/date.h>

namespace hoithao::model {

using Minutes = std::chrono::minutes;
using TimePoint = date::sys_time<std::chrono::minutes>;  // an instant, UTC
using Day = date::local_days;                             // a calendar day in some zone

// A clock time within a day, as minutes after local midnight (08:30 -> 510).
struct ClockTime {
    int minutes = 0;
    auto operator<=>(const ClockTime&) const = default;
};

// Half-open [start, end) span of instants.
struct Interval {
    TimePoint start;
    TimePoint end;
    bool overlaps(const Interval& other) const { return start < other.end && other.start < end; }
    bool contains(const Interval& inner) const { return start <= inner.start && inner.end <= end; }
    Minutes length() const { return end - start; }
    auto operator<=>(const Interval&) const = default;
};

// Half-open clock window [from, to) within one day, e.g. a meal break.
struct ClockWindow {
    ClockTime from;
    ClockTime to;
    bool overlaps(ClockTime a, ClockTime b) const { return a < to && from < b; }
    auto operator<=>(const ClockWindow&) const = default;
};

// Zoned conversions. Throw std::runtime_error for an unknown zone; a local time in
// a DST gap is resolved to the later instant, an ambiguous one to the earlier.
TimePoint to_instant(Day day, ClockTime clock, const std::string& zone);
Day local_day(TimePoint t, const std::string& zone);
ClockTime local_clock(TimePoint t, const std::string& zone);
bool is_known_zone(const std::string& zone);

// Text forms used in scenario files and output: "2022-09-09", "08:30",
// "2022-09-09 08:30" (local), and ISO-8601 UTC "2022-09-09T01:30:00Z".
std::optional<Day> parse_day(const std::string& text);
std::optional<ClockTime> parse_clock(const std::string& text);
std::string format_day(Day day);
std::string format_clock(ClockTime clock);
std::string format_utc(TimePoint t);
std::optional<TimePoint> parse_utc(const std::string& text);
// "2022-09-09T08:30:00+07:00" for the instant as seen in zone.
std::string format_iso_local(TimePoint t, const std::string& zone);

}  // namespace hoithao::model
