#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// A pinned session keeps the room and start of the previous agenda.
class PinnedKept final : public UnaryConstraint {
public:
    std::string_view name() const override { return "pinned-kept"; }
    std::string_view title() const override { return "a pinned session moved"; }
    Scope scope() const override { return Scope::Session; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
