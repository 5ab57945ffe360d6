#include "solve/constraints/session_unavailable.hpp"

namespace hoithao::solve {
namespace {

const model::Interval* blocking_span(const Problem& p, int session, const Place& place) {
    Instant end = p.end(session, place);
    for (const auto& span : p.sessions[session].source->unavailable)
        if (overlap_minutes(to_minutes(span.start), to_minutes(span.end), place.start, end) > 0) return &span;
    return nullptr;
}

}  // namespace

bool SessionUnavailable::may_refuse(const Problem& p, int session) const {
    return !p.sessions[session].source->unavailable.empty();
}

bool SessionUnavailable::allows(const Problem& p, int session, const Place& place) const {
    return blocking_span(p, session, place) == nullptr;
}

std::string SessionUnavailable::explain(const Problem& p, int session, const Place& place) const {
    const auto* span = blocking_span(p, session, place);
    return p.describe(session, place) + " overlaps a period in which it may not take place (" +
           p.span_text(to_minutes(span->start), to_minutes(span->end), place.room) + ")";
}

}  // namespace hoithao::solve
