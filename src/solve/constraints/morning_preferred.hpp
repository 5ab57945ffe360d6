#pragma once
#include "solve/constraint.hpp"

namespace hoithao::solve {

// Soft: talks and signings are preferred in the morning, before 12:00 local;
// the weight is per minute after noon.
class MorningPreferred final : public UnaryConstraint {
public:
    std::string_view name() const override { return "morning-preferred"; }
    std::string_view title() const override { return "talks not in the morning"; }
    Scope scope() const override { return Scope::Time; }
    Kind kind() const override { return Kind::Soft; }
    bool allows(const Problem& problem, int session, const Place& place) const override;
    bool may_refuse(const Problem& problem, int session) const override;

protected:
    std::string explain(const Problem& problem, int session, const Place& place) const override;
    long cost(const Problem& problem, int session, const Place& place) const override;
};

}  // namespace hoithao::solve
