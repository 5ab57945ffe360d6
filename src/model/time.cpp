#include "model/time.hpp"

#include <charconv>
#include <cstdio>
#include <stdexcept>

#include <date/tz.h>

namespace hoithao::model {
namespace {

const date::time_zone* zone_or_throw(const std::string& zone) {
    try {
        return date::locate_zone(zone);
    } catch (const std::runtime_error&) {
        throw std::runtime_error("unknown time zone '" + zone + "'");
    }
}

// Parses exactly `width` decimal digits at text[pos].
std::optional<int> digits(const std::string& text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size()) return std::nullopt;
    int value = 0;
    auto first = text.data() + pos;
    auto [end, ec] = std::from_chars(first, first + width, value);
    if (ec != std::errc{} || end != first + width) return std::nullopt;
    return value;
}

}  // namespace

TimePoint to_instant(Day day, ClockTime clock, const std::string& zone) {
    auto local = date::local_time<Minutes>{day.time_since_epoch() + Minutes{clock.minutes}};
    auto info = zone_or_throw(zone)->get_info(local);
    // In a DST gap the clock value never happens: take the instant the gap ends.
    if (info.result == date::local_info::nonexistent)
        return date::floor<Minutes>(info.second.begin);
    return TimePoint{local.time_since_epoch() - std::chrono::duration_cast<Minutes>(info.first.offset)};
}

Day local_day(TimePoint t, const std::string& zone) {
    auto local = zone_or_throw(zone)->to_local(t);
    return date::floor<date::days>(local);
}

ClockTime local_clock(TimePoint t, const std::string& zone) {
    auto local = zone_or_throw(zone)->to_local(t);
    return ClockTime{static_cast<int>(date::floor<Minutes>(local - date::floor<date::days>(local)).count())};
}

bool is_known_zone(const std::string& zone) {
    try {
        date::locate_zone(zone);
        return true;
    } catch (const std::runtime_error&) {
        return false;
    }
}

std::optional<Day> parse_day(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    date::year_month_day ymd{date::year{*y}, date::month{static_cast<unsigned>(*m)},
                             date::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok()) return std::nullopt;
    return Day{ymd};
}

std::optional<ClockTime> parse_clock(const std::string& text) {
    // "8:30" and "08:30" are both accepted; "24:00" marks the end of a day.
    auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || colon > 2 || text.size() != colon + 3) return std::nullopt;
    auto h = digits(text, 0, colon), m = digits(text, colon + 1, 2);
    if (!h || !m || *m > 59 || *h > 24 || (*h == 24 && *m != 0)) return std::nullopt;
    return ClockTime{*h * 60 + *m};
}

std::string format_day(Day day) { return date::format("%F", day); }

std::string format_clock(ClockTime clock) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", clock.minutes / 60, clock.minutes % 60);
    return buf;
}

std::string format_utc(TimePoint t) { return date::format("%FT%H:%M:00Z", t); }

std::optional<TimePoint> parse_utc(const std::string& text) {
    // Accepts "YYYY-MM-DDTHH:MM:SSZ" and "YYYY-MM-DDTHH:MMZ".
    if (text.size() < 17 || text[10] != 'T' || text.back() != 'Z') return std::nullopt;
    auto day = parse_day(text.substr(0, 10));
    auto clock = parse_clock(text.substr(11, 5));
    if (!day || !clock) return std::nullopt;
    if (text.size() == 20 && (text[16] != ':' || !digits(text, 17, 2))) return std::nullopt;
    if (text.size() != 17 && text.size() != 20) return std::nullopt;
    return TimePoint{day->time_since_epoch() + Minutes{clock->minutes}};
}

std::string format_iso_local(TimePoint t, const std::string& zone) {
    auto zoned = date::make_zoned(zone_or_throw(zone), t);
    auto offset = zoned.get_info().offset;
    auto mins = std::chrono::duration_cast<Minutes>(offset).count();
    char sign = mins < 0 ? '-' : '+';
    if (mins < 0) mins = -mins;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, static_cast<int>(mins / 60), static_cast<int>(mins % 60));
    return date::format("%FT%H:%M:00", zoned.get_local_time()) + buf;
}

}  // namespace hoithao::model
