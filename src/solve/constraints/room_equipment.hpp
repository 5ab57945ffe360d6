#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// The hall has the equipment the session needs (booths for simultaneous
// interpretation).
class RoomEquipment final : public UnaryConstraint {
public:
    std::string_view name() const override { return "room-equipment"; }
    std::string_view title() const override { return "a hall without the equipment needed"; }
    Scope scope() const override { return Scope::Room; }
    bool allows(const Problem& problem, int session, const Place& place) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
