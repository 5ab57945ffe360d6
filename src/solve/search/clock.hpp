#pragma once
// Wall-clock time decides only when the search stops, never what it does, so one
// seed and one input give one agenda whenever the time limit is not reached.
#include <algorithm>
#include <chrono>
#include <cstdio>

namespace hoithao::solve::search {

class Clock {
public:
    Clock(double limit_seconds, bool progress)
        : start_(std::chrono::steady_clock::now()), limit_(limit_seconds), progress_(progress) {}
    double elapsed() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }
    bool expired() const { return elapsed() >= limit_; }
    double remaining() const { return limit_ - elapsed(); }
    // A clock for one part of the work: `seconds` from now, never past this one's limit.
    Clock slice(double seconds) const { return Clock(std::max(0.0, std::min(seconds, remaining())), false); }
    // One line a second on stderr, from the first second on.
    void report(const char* phase, long hard, long soft) {
        if (!progress_) return;
        double now = elapsed();
        if (now < last_ + 1.0) return;
        last_ = now;
        std::fprintf(stderr, "plan: %5.1f s  %-10s best: %ld unplaced, soft cost %ld\n", now, phase, hard, soft);
    }

private:
    std::chrono::steady_clock::time_point start_;
    double limit_;
    bool progress_;
    double last_ = 0;
};

}  // namespace hoithao::solve::search
