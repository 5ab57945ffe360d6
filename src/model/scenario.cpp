#include "model/agenda.hpp"
#include "model/scenario.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace hoithao::model {
namespace {

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<std::pair<E, const char*>, N>& table, const std::string& text) {
    for (const auto& [value, name] : table)
        if (text == name) return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
std::string name_of(const std::array<std::pair<E, const char*>, N>& table, E value) {
    for (const auto& [v, name] : table)
        if (v == value) return name;
    return "?";
}

const std::array<std::pair<Role, const char*>, 5> kRoles{{
    {Role::CoChair, "co-chair"}, {Role::Speaker, "speaker"}, {Role::Interpreter, "interpreter"},
    {Role::Head, "head"}, {Role::Delegate, "delegate"},
}};

const std::array<std::pair<SessionKind, const char*>, 13> kKinds{{
    {SessionKind::Opening, "opening"}, {SessionKind::Plenary, "plenary"},
    {SessionKind::Presentation, "presentation"}, {SessionKind::GroupDiscussion, "group_discussion"},
    {SessionKind::Talks, "talks"}, {SessionKind::Signing, "signing"},
    {SessionKind::CourtesyCall, "courtesy_call"}, {SessionKind::SiteVisit, "site_visit"},
    {SessionKind::Meal, "meal"}, {SessionKind::Press, "press"},
    {SessionKind::GiftExchange, "gift_exchange"}, {SessionKind::Closing, "closing"},
    {SessionKind::Travel, "travel"},
}};

const std::array<std::pair<InterpretationMode, const char*>, 2> kModes{{
    {InterpretationMode::Consecutive, "consecutive"}, {InterpretationMode::Simultaneous, "simultaneous"},
}};

const std::array<std::pair<SessionRole, const char*>, 6> kSessionRoles{{
    {SessionRole::CoChair, "co_chairs"}, {SessionRole::Speaker, "speakers"}, {SessionRole::Signer, "signers"},
    {SessionRole::Witness, "witnesses"}, {SessionRole::MC, "mc"}, {SessionRole::Interpreter, "interpreters"},
}};

const std::array<std::pair<AgendaStatus, const char*>, 3> kStatuses{{
    {AgendaStatus::Complete, "complete"}, {AgendaStatus::Infeasible, "infeasible"},
    {AgendaStatus::Partial, "partial"},
}};

template <typename T>
const T* find_by_id(const std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const std::vector<std::string>& known_equipment() {
    static const std::vector<std::string> names{kBooths, kProjector, kPressArea, kSigningTable};
    return names;
}

std::optional<Role> parse_role(const std::string& text) { return lookup(kRoles, text); }
std::string to_string(Role role) { return name_of(kRoles, role); }
std::optional<SessionKind> parse_session_kind(const std::string& text) { return lookup(kKinds, text); }
std::string to_string(SessionKind kind) { return name_of(kKinds, kind); }
std::optional<InterpretationMode> parse_interpretation_mode(const std::string& text) {
    return lookup(kModes, text);
}
std::string to_string(InterpretationMode mode) { return name_of(kModes, mode); }
const std::vector<SessionRole>& all_session_roles() {
    static const std::vector<SessionRole> roles = [] {
        std::vector<SessionRole> out;
        for (const auto& [role, key] : kSessionRoles) out.push_back(role);
        return out;
    }();
    return roles;
}
std::optional<SessionRole> parse_session_role(const std::string& key) { return lookup(kSessionRoles, key); }
std::string to_string(SessionRole role) { return name_of(kSessionRoles, role); }
std::string to_string(AgendaStatus status) { return name_of(kStatuses, status); }
std::optional<AgendaStatus> parse_agenda_status(const std::string& text) { return lookup(kStatuses, text); }

const std::string& LocalizedText::in(const std::string& lang) const {
    if (lang == "lo" && !lo.empty()) return lo;
    if (lang == "en" && !en.empty()) return en;
    if (!vi.empty()) return vi;
    if (!en.empty()) return en;
    return lo;
}

std::vector<Day> Event::days() const {
    std::vector<Day> result;
    for (Day d = first_day; d <= last_day; d += date::days{1})
        if (std::find(blocked_days.begin(), blocked_days.end(), d) == blocked_days.end()) result.push_back(d);
    return result;
}

bool Participant::speaks(const std::string& lang) const {
    return std::find(languages.begin(), languages.end(), lang) != languages.end();
}

const Venue* Scenario::find_venue(const std::string& id) const { return find_by_id(venues, id); }
const Room* Scenario::find_room(const std::string& id) const { return find_by_id(rooms, id); }
const Delegation* Scenario::find_delegation(const std::string& id) const { return find_by_id(delegations, id); }
const Participant* Scenario::find_participant(const std::string& id) const {
    return find_by_id(participants, id);
}
const Session* Scenario::find_session(const std::string& id) const { return find_by_id(sessions, id); }

const Placement* Agenda::find(const std::string& session_id) const {
    auto it = std::find_if(placements.begin(), placements.end(),
                           [&](const Placement& p) { return p.session_id == session_id; });
    return it == placements.end() ? nullptr : &*it;
}

}  // namespace hoithao::model
