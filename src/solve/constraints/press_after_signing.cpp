#include "solve/constraints/press_after_signing.hpp"

namespace hoithao::solve {
namespace {

using model::SessionKind;

// Cost of one press/signing pair sharing a person (0 unless the press is early).
long early(const Problem& p, const Place& a, int signing, const Place& b) {
    if (!a.placed() || !b.placed()) return 0;
    Instant minutes = p.end(signing, b) - a.start;
    return minutes > 0 ? 1 + minutes / 30 : 0;
}

bool is(const Problem& p, int s, SessionKind kind) { return p.sessions[s].kind == kind; }

// Neighbours share a person (or an order rule); pairs must share a person.
bool share(const Problem& p, int s, int t) {
    const auto &x = p.sessions[s].attendees, &y = p.sessions[t].attendees;
    for (auto i = x.begin(), j = y.begin(); i != x.end() && j != y.end();) {
        if (*i == *j) return true;
        *i < *j ? ++i : ++j;
    }
    return false;
}

}  // namespace

void PressAfterSigning::check(const Problem& p, const Assignment& a, std::vector<Violation>& out) const {
    for (int s = 0; s < static_cast<int>(a.size()); ++s) {
        if (!is(p, s, SessionKind::Press)) continue;
        for (int t : p.sessions[s].neighbours)
            if (is(p, t, SessionKind::Signing) && share(p, s, t))
                if (long c = early(p, a[s], t, a[t]); c > 0)
                    out.push_back(violation({s, t}, p.sessions[s].vips,
                                            p.describe(s, a[s]) + " should come after " + p.describe(t, a[t]), p,
                                            c * weight()));
    }
}

long PressAfterSigning::delta(const Problem& p, const Assignment& a, int session, const Place& place) const {
    const Place& now = a[session];
    long change = 0;
    bool press = is(p, session, SessionKind::Press), signing = is(p, session, SessionKind::Signing);
    if (!press && !signing) return 0;
    for (int t : p.sessions[session].neighbours) {
        if (!share(p, session, t)) continue;
        if (press && is(p, t, SessionKind::Signing))
            change += early(p, place, t, a[t]) - early(p, now, t, a[t]);
        if (signing && is(p, t, SessionKind::Press))
            change += early(p, a[t], session, place) - early(p, a[t], session, now);
    }
    return change * weight();
}

}  // namespace hoithao::solve
