#include "solve/constraints/hall_fit.hpp"

namespace hoithao::solve {
namespace {

long empty_seats(const Problem& p, int session, const Place& place) {
    long empty = p.rooms[place.room].capacity - p.sessions[session].headcount;
    return empty > 0 ? empty : 0;
}

}  // namespace

bool HallFit::allows(const Problem& p, int session, const Place& place) const {
    return empty_seats(p, session, place) < 20;
}

long HallFit::cost(const Problem& p, int session, const Place& place) const {
    return empty_seats(p, session, place) / 20 * weight();
}

std::string HallFit::explain(const Problem& p, int session, const Place& place) const {
    return p.describe(session, place) + " leaves " + std::to_string(empty_seats(p, session, place)) + " of " +
           std::to_string(p.rooms[place.room].capacity) + " seats empty";
}

}  // namespace hoithao::solve
