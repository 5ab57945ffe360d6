#pragma once
// An independent, deliberately plain ITC2007 Track 2 evaluator: its own reader of the
// .tim file and of the solution format, and the competition's rules written out
// directly, so hoithao's importer, constraint units and writer can be cross-checked.
// Shares no code with src/.
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace itc {

struct Instance {
    int events = 0, rooms = 0, features = 0, students = 0;
    std::vector<int> capacity;                   // per room
    std::vector<std::vector<int>> attends;       // [student][event]
    std::vector<std::vector<int>> room_feature;  // [room][feature]
    std::vector<std::vector<int>> event_feature; // [event][feature]
    std::vector<std::vector<int>> available;     // [event][timeslot]
    std::vector<std::vector<int>> before;        // [i][j] = 1: i must be earlier than j
};

inline Instance read_instance(std::istream& in) {
    Instance x;
    in >> x.events >> x.rooms >> x.features >> x.students;
    auto matrix = [&](int rows, int cols) {
        std::vector<std::vector<int>> m(rows, std::vector<int>(cols));
        for (auto& row : m)
            for (auto& v : row) in >> v;
        return m;
    };
    x.capacity.resize(x.rooms);
    for (auto& c : x.capacity) in >> c;
    x.attends = matrix(x.students, x.events);
    x.room_feature = matrix(x.rooms, x.features);
    x.event_feature = matrix(x.events, x.features);
    x.available = matrix(x.events, 45);
    x.before = matrix(x.events, x.events);
    if (!in) throw std::runtime_error("instance too short");
    return x;
}

inline Instance read_instance(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    return read_instance(in);
}

struct Solution {
    std::vector<int> slot, room;  // -1 when unplaced
};

inline Solution read_solution(std::istream& in, int events) {
    Solution s{std::vector<int>(events), std::vector<int>(events)};
    for (int e = 0; e < events; ++e) in >> s.slot[e] >> s.room[e];
    if (!in) throw std::runtime_error("solution too short");
    return s;
}

struct Score {
    long distance = 0;  // students of unplaced events
    long hard = 0;      // broken hard rules among placed events
    long last_slot = 0, single_day = 0, in_a_row = 0;
    long soft() const { return last_slot + single_day + in_a_row; }
};

inline Score evaluate(const Instance& x, const Solution& s) {
    Score score;
    auto placed = [&](int e) { return s.slot[e] >= 0; };
    std::vector<int> size(x.events, 0);
    for (int st = 0; st < x.students; ++st)
        for (int e = 0; e < x.events; ++e) size[e] += x.attends[st][e];
    for (int e = 0; e < x.events; ++e) {
        if (!placed(e)) {
            score.distance += size[e];
            continue;
        }
        if (x.capacity[s.room[e]] < size[e]) ++score.hard;
        for (int f = 0; f < x.features; ++f)
            if (x.event_feature[e][f] && !x.room_feature[s.room[e]][f]) ++score.hard;
        if (!x.available[e][s.slot[e]]) ++score.hard;
        for (int o = e + 1; o < x.events; ++o) {
            if (!placed(o)) continue;
            if (s.slot[e] == s.slot[o] && s.room[e] == s.room[o]) ++score.hard;
            if (x.before[e][o] == 1 && s.slot[e] >= s.slot[o]) ++score.hard;
            if (x.before[o][e] == 1 && s.slot[o] >= s.slot[e]) ++score.hard;
        }
    }
    for (int st = 0; st < x.students; ++st) {
        std::vector<int> in_slot(45, 0);
        for (int e = 0; e < x.events; ++e)
            if (x.attends[st][e] && placed(e)) ++in_slot[s.slot[e]];
        for (int t = 0; t < 45; ++t)
            if (in_slot[t] > 1) score.hard += in_slot[t] - 1;
        for (int day = 0; day < 5; ++day) {
            int events_today = 0, run = 0;
            for (int k = 0; k < 9; ++k) {
                int n = in_slot[day * 9 + k];
                events_today += n;
                if (k == 8) score.last_slot += n;
                run = n > 0 ? run + 1 : 0;
                if (run > 2) ++score.in_a_row;
            }
            if (events_today == 1) ++score.single_day;
        }
    }
    return score;
}

}  // namespace itc
