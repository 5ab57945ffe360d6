#pragma once
// One error family for the whole program. Each carries a user-facing message and
// the exit code the CLI returns; `main` catches them once.
#include <stdexcept>
#include <string>

namespace hoithao::model {

// Stale: someone else wrote to the event while the command worked; nothing was stored
// and running the command again is safe.
enum class ExitCode { Ok = 0, Conflicts = 1, BadInput = 2, Internal = 3, Stale = 4 };

class Error : public std::runtime_error {
public:
    Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
    ExitCode code() const { return code_; }

private:
    ExitCode code_;
};

// Bad user input: a scenario file, a CSV row, a command argument, a database that
// is not ours. `where` is "file:line" (or a session id list) and `field` the key at fault.
class InputError : public Error {
public:
    InputError(const std::string& where, const std::string& field, const std::string& message)
        : Error(ExitCode::BadInput, compose(where, field, message)), where_(where), field_(field) {}
    explicit InputError(const std::string& message) : Error(ExitCode::BadInput, message) {}
    const std::string& where() const { return where_; }
    const std::string& field() const { return field_; }

private:
    static std::string compose(const std::string& where, const std::string& field, const std::string& message) {
        std::string text = where;
        if (!field.empty()) text += (text.empty() ? "" : ": ") + std::string("field '") + field + "'";
        return text + (text.empty() ? "" : ": ") + message;
    }
    std::string where_, field_;
};

}  // namespace hoithao::model
