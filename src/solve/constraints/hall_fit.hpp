#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: a hall about the size of its audience. Cost per 20 empty seats.
class HallFit final : public UnaryConstraint {
public:
    std::string_view name() const override { return "hall-fit"; }
    std::string_view title() const override { return "a hall much larger than needed"; }
    Kind kind() const override { return Kind::Soft; }
    Scope scope() const override { return Scope::Room; }
    bool allows(const Problem& problem, int session, const Place& place) const override;

protected:
    long cost(const Problem& problem, int session, const Place& place) const override;
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
