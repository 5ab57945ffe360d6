#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A session with interpretation has an assigned interpreter who speaks both
// languages. (Interpreters booked twice are person-double-booked.)
class Interpretation final : public UnaryConstraint {
public:
    std::string_view name() const override { return "interpretation"; }
    std::string_view title() const override { return "no suitable interpreter"; }
    bool allows(const Problem& problem, int session, const Place& place) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
    std::vector<int> people_involved(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
