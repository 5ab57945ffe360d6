#pragma once
// FET adapter (fet-cl, Debian package `fet`): the grid model as a FET timetable.
//
//   hoithao                        FET (.fet XML, version 6)
//   event days × hours on the grid days × hours (an hour = one grid slot)
//   session                        activity of duration 1
//   attendance group (people       year of that many students; a session's
//     attending the same sessions)   students are its attendees' groups, so two
//                                    activities share students exactly when the
//                                    sessions share a person
//   hall                           room with its capacity
//   candidate starts / halls       ConstraintActivityPreferredStartingTimes /
//                                    ConstraintActivityPreferredRooms (100 %)
//   `after` without a gap          ConstraintTwoActivitiesOrdered (100 %)
//
// FET places time and room separately, so a session whose candidates are not every
// candidate start with every candidate hall, or a precedence that needs more than
// one hour between starts, is stated loosely; write_fet() counts these and the
// answer is verified by hoithao's check anyway. The generated hour-grid events have
// neither.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "grid.hpp"
#include "run.hpp"

namespace peers {

// FET's day and hour of every candidate start.
struct FetTime {
    int days = 0, hours = 0;
    int first_clock = 0;                          // local clock of hour 0, minutes
    std::map<Instant, std::pair<int, int>> slot;  // start → (day, hour)
};

inline std::string xml_escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

inline std::string xml_unescape(const std::string& text) {
    static const std::vector<std::pair<std::string, char>> entities = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        bool replaced = false;
        for (const auto& [entity, c] : entities)
            if (text.compare(i, entity.size(), entity) == 0) {
                out += c;
                i += entity.size();
                replaced = true;
                break;
            }
        if (!replaced) out += text[i++];
    }
    return out;
}

inline std::string fet_day(int day) { return "d" + std::to_string(day + 1); }
inline std::string fet_hour(const FetTime& t, int hour) {
    int clock = t.first_clock + 60 * hour;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", clock / 60, clock % 60);
    return buf;
}

// Days count from the event's first day in the venue's zone; hours from the earliest
// candidate clock. Nothing when a start is off the hour grid.
inline std::optional<FetTime> fet_time(const hoithao::solve::Problem& p) {
    FetTime t;
    bool first = true;
    for (const auto& s : p.sessions)
        for (const auto& c : s.candidates) {
            int clock = p.local(c.start, p.zone_of_room(c.room)).clock;
            if (first || clock < t.first_clock) t.first_clock = clock, first = false;
        }
    const auto first_day = p.scenario->event.first_day;
    for (const auto& s : p.sessions)
        for (const auto& c : s.candidates) {
            auto local = p.local(c.start, p.zone_of_room(c.room));
            if ((local.clock - t.first_clock) % 60 != 0) return std::nullopt;
            int day = static_cast<int>((local.day - first_day).count());
            int hour = (local.clock - t.first_clock) / 60;
            t.slot[c.start] = {day, hour};
            t.days = std::max(t.days, day + 1);
            t.hours = std::max(t.hours, hour + 1);
        }
    return t;
}

// What write_fet() could state only loosely (see the top of this file).
struct FetLoose {
    int sessions = 0, precedences = 0;
};

inline FetLoose write_fet(std::ostream& out, const hoithao::solve::Problem& p, const GridModel& g, const FetTime& t) {
    FetLoose loose;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fet version=\"6.8.5\">\n<Mode>Official</Mode>\n"
        << "<Institution_Name>" << xml_escape(p.scenario->event.name) << "</Institution_Name>\n"
        << "<Comments>hoithao event " << xml_escape(p.scenario->event.id) << "</Comments>\n";
    out << "<Days_List>\n<Number_of_Days>" << t.days << "</Number_of_Days>\n";
    for (int d = 0; d < t.days; ++d) out << "<Day><Name>" << fet_day(d) << "</Name></Day>\n";
    out << "</Days_List>\n<Hours_List>\n<Number_of_Hours>" << t.hours << "</Number_of_Hours>\n";
    for (int h = 0; h < t.hours; ++h) out << "<Hour><Name>" << fet_hour(t, h) << "</Name></Hour>\n";
    out << "</Hours_List>\n<Subjects_List>\n<Subject><Name>session</Name><Comments></Comments></Subject>\n"
        << "</Subjects_List>\n<Activity_Tags_List>\n</Activity_Tags_List>\n<Teachers_List>\n</Teachers_List>\n";

    std::set<int> groups;
    for (const auto& s : p.sessions) groups.insert(s.groups.begin(), s.groups.end());
    out << "<Students_List>\n";
    for (int group : groups)
        out << "<Year><Name>g" << group << "</Name><Number_of_Students>" << p.group_people[group].size()
            << "</Number_of_Students><Comments></Comments></Year>\n";
    out << "</Students_List>\n<Activities_List>\n";
    for (std::size_t s = 0; s < p.sessions.size(); ++s) {
        out << "<Activity>\n\t<Subject>session</Subject>\n";
        for (int group : p.sessions[s].groups) out << "\t<Students>g" << group << "</Students>\n";
        out << "\t<Duration>1</Duration>\n\t<Total_Duration>1</Total_Duration>\n\t<Id>" << s + 1
            << "</Id>\n\t<Activity_Group_Id>0</Activity_Group_Id>\n\t<Active>true</Active>\n\t<Comments>"
            << xml_escape(p.sessions[s].id) << "</Comments>\n</Activity>\n";
    }
    out << "</Activities_List>\n<Buildings_List>\n</Buildings_List>\n<Rooms_List>\n";
    for (const auto& room : p.rooms)
        out << "<Room><Name>" << xml_escape(room.id) << "</Name><Building></Building><Capacity>" << room.capacity
            << "</Capacity><Virtual>false</Virtual><Comments></Comments></Room>\n";
    out << "</Rooms_List>\n";

    auto constraint_head = [&](const char* name) {
        out << "<" << name << ">\n\t<Weight_Percentage>100</Weight_Percentage>\n";
    };
    auto constraint_tail = [&](const char* name) {
        out << "\t<Active>true</Active>\n\t<Comments></Comments>\n</" << name << ">\n";
    };
    out << "<Time_Constraints_List>\n";
    constraint_head("ConstraintBasicCompulsoryTime");
    constraint_tail("ConstraintBasicCompulsoryTime");
    std::vector<std::set<int>> rooms(g.candidates.size());
    for (std::size_t s = 0; s < g.candidates.size(); ++s) {
        std::set<Instant> starts;
        for (const auto& c : g.candidates[s]) starts.insert(c.start), rooms[s].insert(c.room);
        if (starts.size() * rooms[s].size() != g.candidates[s].size()) ++loose.sessions;
        // Every day and hour of FET's grid: nothing to say. (Lunch hours, say, are in
        // the grid but no candidate, so most sessions need the constraint.)
        if (starts.size() == static_cast<std::size_t>(t.days * t.hours)) continue;
        constraint_head("ConstraintActivityPreferredStartingTimes");
        out << "\t<Activity_Id>" << s + 1 << "</Activity_Id>\n\t<Number_of_Preferred_Starting_Times>" << starts.size()
            << "</Number_of_Preferred_Starting_Times>\n";
        for (Instant start : starts) {
            auto [day, hour] = t.slot.at(start);
            out << "\t<Preferred_Starting_Time><Preferred_Starting_Day>" << fet_day(day)
                << "</Preferred_Starting_Day><Preferred_Starting_Hour>" << fet_hour(t, hour)
                << "</Preferred_Starting_Hour></Preferred_Starting_Time>\n";
        }
        constraint_tail("ConstraintActivityPreferredStartingTimes");
    }
    for (const auto& [earlier, later, minutes] : g.precedences) {
        if (hours_at_least(minutes) > 1) ++loose.precedences;
        constraint_head("ConstraintTwoActivitiesOrdered");
        out << "\t<First_Activity_Id>" << earlier + 1 << "</First_Activity_Id>\n\t<Second_Activity_Id>" << later + 1
            << "</Second_Activity_Id>\n";
        constraint_tail("ConstraintTwoActivitiesOrdered");
    }
    out << "</Time_Constraints_List>\n<Space_Constraints_List>\n";
    constraint_head("ConstraintBasicCompulsorySpace");
    constraint_tail("ConstraintBasicCompulsorySpace");
    for (std::size_t s = 0; s < rooms.size(); ++s) {
        constraint_head("ConstraintActivityPreferredRooms");
        out << "\t<Activity_Id>" << s + 1 << "</Activity_Id>\n\t<Number_of_Preferred_Rooms>" << rooms[s].size()
            << "</Number_of_Preferred_Rooms>\n";
        for (int room : rooms[s]) out << "\t<Preferred_Room>" << xml_escape(p.rooms[room].id) << "</Preferred_Room>\n";
        constraint_tail("ConstraintActivityPreferredRooms");
    }
    out << "</Space_Constraints_List>\n</fet>\n";
    return loose;
}

// Reads FET's <name>_activities.xml: for each activity, its day, hour and room as
// candidate index of the session; -1 where FET's place is no candidate (check then
// reports the session unplaced) or the activity is missing.
inline std::vector<int> read_fet_activities(std::istream& in, const hoithao::solve::Problem& p, const FetTime& t,
                                            int& outside) {
    std::map<std::pair<std::string, std::string>, Instant> start_of;
    for (const auto& [start, slot] : t.slot) start_of[{fet_day(slot.first), fet_hour(t, slot.second)}] = start;
    std::vector<int> choice(p.sessions.size(), -1);
    outside = 0;
    auto field = [](const std::string& line, const std::string& tag) -> std::optional<std::string> {
        auto open = line.find("<" + tag + ">"), close = line.find("</" + tag + ">");
        if (open == std::string::npos || close == std::string::npos) return std::nullopt;
        open += tag.size() + 2;
        return xml_unescape(line.substr(open, close - open));
    };
    std::string id, day, hour, room;
    for (std::string line; std::getline(in, line);) {
        if (auto v = field(line, "Id")) id = *v;
        else if (auto v = field(line, "Day")) day = *v;
        else if (auto v = field(line, "Hour")) hour = *v;
        else if (auto v = field(line, "Room")) room = *v;
        else if (line.find("</Activity>") != std::string::npos) {
            const std::size_t s = std::stoul(id) - 1;
            auto start = start_of.find({day, hour});
            int r = p.room_index(room);
            if (s < choice.size() && start != start_of.end() && r >= 0) {
                const auto& list = p.sessions[s].candidates;
                for (std::size_t i = 0; i < list.size(); ++i)
                    if (list[i].start == start->second && list[i].room == r) choice[s] = static_cast<int>(i);
            }
            if (s < choice.size() && choice[s] < 0) ++outside;
            id.clear(), day.clear(), hour.clear(), room.clear();
        }
    }
    return choice;
}

// Candidate index per session, or nothing when FET gave no timetable.
inline std::optional<std::vector<int>> solve_fet(const hoithao::solve::Problem& p, const GridModel& g, double seconds,
                                                 const std::filesystem::path& dir, RunResult& run) {
    auto time = fet_time(p);
    if (!time) {
        run.note = "starts off the hour grid";
        return std::nullopt;
    }
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    FetLoose loose;
    {
        std::ofstream fet(dir / "event.fet");
        loose = write_fet(fet, p, g, *time);
    }
    // FET's defaults write a dozen HTML timetables; only the activities XML is read.
    // Fixed seeds: FET otherwise seeds from the clock, and runs would not repeat.
    const long limit = static_cast<long>(seconds);
    run = run_with_timeout("fet-cl --inputfile=" + (dir / "event.fet").string() + " --outputdir=" +
                               (dir / "out").string() + " --timelimitseconds=" + std::to_string(limit) +
                               " --htmllevel=0 --writetimetablesdayshorizontal=false"
                               " --writetimetablesdaysvertical=false --writetimetablestimehorizontal=false"
                               " --writetimetablestimevertical=false --writetimetablesstatistics=false"
                               " --warnsubgroupswiththesameactivities=false --randomseeds10=1 --randomseeds11=1"
                               " --randomseeds12=1 --randomseeds20=1 --randomseeds21=1 --randomseeds22=1",
                           seconds + 10, (dir / "log.txt").string());
    std::vector<std::string> notes;
    if (loose.sessions) notes.push_back(std::to_string(loose.sessions) + " sessions' halls and starts stated apart");
    if (loose.precedences) notes.push_back(std::to_string(loose.precedences) + " precedence gaps rounded to one hour");
    auto note = [&] {
        for (std::size_t i = 0; i < notes.size(); ++i) run.note += (i ? "; " : "") + notes[i];
    };
    std::ifstream log(dir / "log.txt");
    std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
    std::ifstream activities(dir / "out" / "timetables" / "event" / "event_activities.xml");
    if (text.find("Simulation successful") == std::string::npos || !activities) {
        if (text.find("impossible") != std::string::npos) notes.push_back("FET reports the timetable impossible");
        note();
        return std::nullopt;
    }
    int outside = 0;
    auto choice = read_fet_activities(activities, p, *time, outside);
    if (outside) notes.push_back(std::to_string(outside) + " activities placed outside the candidates");
    note();
    return choice;
}

}  // namespace peers
