#pragma once
// One entity's fields as written in a scenario file: a TOML table or a CSV row.
// Entity readers ask for typed values by key; the concrete record knows the syntax
// (TOML arrays vs ';'-separated cells) and reports bad values with file, line, field.
#include <map>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "io/origin.hpp"
#include "io/text_values.hpp"

namespace hoithao::io {

class Record {
public:
    // `prefix` names a record nested in another one, e.g. "breaks[0]." for a meal break.
    explicit Record(Origin origin, std::string prefix = {}) : origin_(std::move(origin)), prefix_(std::move(prefix)) {}
    virtual ~Record() = default;

    // Syntax-specific accessors; an absent or empty value gives nullopt / {}.
    virtual std::optional<std::string> text(const std::string& key) const = 0;  // dates and times as text
    virtual std::vector<std::string> texts(const std::string& key) const = 0;
    virtual std::optional<long long> integer(const std::string& key) const = 0;
    virtual std::optional<bool> boolean(const std::string& key) const = 0;
    virtual std::vector<model::ClockWindow> windows(const std::string& key) const = 0;
    virtual std::vector<model::After> after(const std::string& key) const = 0;
    // Texts by language: TOML `key = { vi = "…" }` (a plain string is vi), CSV `key_vi` columns.
    virtual std::map<std::string, std::string> translations(const std::string& key) const = 0;
    // How the user sees item i of list `key`: "days[1]" in TOML, the column "days" in CSV.
    virtual std::string item_field(const std::string& key, std::size_t i) const = 0;

    const Origin& origin() const { return origin_; }
    const std::string& prefix() const { return prefix_; }
    // Throws InputError for `field` (relative to this record) at its line.
    [[noreturn]] void fail(const std::string& field, const std::string& message) const {
        origin_.fail(prefix_ + field, message);
    }

    // Typed helpers built on the accessors above.
    std::string required_text(const std::string& key) const;
    std::string text_or(const std::string& key, const std::string& fallback) const;
    std::string id(const std::string& key) const;                 // required, checked id
    std::vector<std::string> ids(const std::string& key) const;  // optional list of ids
    int int_or(const std::string& key, int fallback, int min, int max) const;
    int required_int(const std::string& key, int min, int max) const;
    std::optional<model::Day> day(const std::string& key) const;
    model::Day required_day(const std::string& key) const;
    std::vector<model::Day> days(const std::string& key) const;
    std::optional<LocalTime> local_time(const std::string& key) const;
    LocalTime required_local_time(const std::string& key) const;

    // Runs parse(value) and turns a BadValue into an InputError at `field`.
    template <typename F>
    auto parse(const std::string& field, F&& parse) const -> decltype(parse()) {
        try {
            return parse();
        } catch (const BadValue& e) {
            fail(field, e.what());
        }
    }

private:
    Origin origin_;
    std::string prefix_;
};

}  // namespace hoithao::io
