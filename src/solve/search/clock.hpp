#pragma once
// Wall-clock time decides only when the search stops, never what it does, so one
// seed and one input give one agenda whenever the time limit is not reached.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>

namespace hoithao::solve::search {

class Clock {
public:
    using Progress = std::function<void(const std::string&)>;
    Clock(double limit_seconds, Progress progress)
        : start_(std::chrono::steady_clock::now()), limit_(limit_seconds), progress_(std::move(progress)) {}
    double elapsed() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }
    bool expired() const { return elapsed() >= limit_; }
    double remaining() const { return limit_ - elapsed(); }
    // A clock for one part of the work: `seconds` from now, never past this one's limit.
    Clock slice(double seconds) const { return Clock(std::max(0.0, std::min(seconds, remaining())), {}); }
    // One line a second, from the first second on.
    void report(const char* phase, long hard, long soft) {
        if (!progress_) return;
        double now = elapsed();
        if (now < last_ + 1.0) return;
        last_ = now;
        char line[160];
        std::snprintf(line, sizeof line, "plan: %5.1f s  %-10s best: %ld unplaced, soft cost %ld", now, phase, hard, soft);
        progress_(line);
    }
    // A line of progress at the end of a phase, once the search has run a second.
    void tell(const std::string& line) const {
        if (progress_ && elapsed() >= 1.0) progress_(line);
    }

private:
    std::chrono::steady_clock::time_point start_;
    double limit_;
    Progress progress_;
    double last_ = 0;
};

}  // namespace hoithao::solve::search
