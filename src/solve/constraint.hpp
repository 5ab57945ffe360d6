#pragma once
// The one interface every rule implements, after OR-Tools CP-SAT's local-search
// constraints: check() explains each violation, delta() says how the cost would
// change if one session moved. The default delta recomputes from scratch, so every
// fast override can be tested against it.
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "solve/problem.hpp"
#include "solve/solver.hpp"
#include "solve/wording.hpp"  // every rule names people, delegations and halls alike

namespace hoithao::solve {

enum class Kind { Hard, Soft };

// What a rule looks at, so the Problem can pre-filter candidates with it and the
// planner can skip rules its candidates already satisfy.
enum class Scope {
    Room,     // only the session's room
    Time,     // only the session's start and the zone and city of its room
    Session,  // only the session's own place, including its interpreter
    Global,   // several sessions
};

class Constraint {
public:
    virtual ~Constraint() = default;
    virtual std::string_view name() const = 0;   // the rule's id, for files and tools
    virtual std::string_view title() const = 0;  // what it guards, in words, for people
    virtual Kind kind() const { return Kind::Hard; }
    // Soft rules: cost per unit of amount; staff set it in the scenario's [weights].
    long weight() const { return weight_; }
    void set_weight(long weight) { weight_ = weight; }
    virtual Scope scope() const { return Scope::Global; }

    // Appends one Violation per conflict. Its cost is weight × amount for soft rules
    // and the number of elementary conflicts (usually 1) for hard ones.
    virtual void check(const Problem& problem, const Assignment& assignment,
                       std::vector<Violation>& out) const = 0;

    // Change in total cost if `session` moved to `place` (unplaced when room < 0).
    virtual long delta(const Problem& problem, const Assignment& assignment, int session,
                       const Place& place) const;

    // For Room/Time/Session scopes: whether this place breaks no rule of this unit.
    virtual bool allows(const Problem& problem, int session, const Place& place) const;
    // False when allows() holds for every place of `session` without an interpreter
    // (nothing this rule looks at is set for it; a soft rule then costs nothing), so
    // compile and the candidate order need not ask: a rule follows only the sessions
    // it constrains, as a propagator its variables.
    virtual bool may_refuse(const Problem&, int) const { return true; }

    Violation violation(std::vector<int> sessions, std::vector<int> people, std::string message,
                        const Problem& problem, long cost = 1) const;

private:
    long weight_ = 1;
};

long total_cost(const std::vector<Violation>& violations);

// Base for rules about one session alone: allows() and explain() are enough.
class UnaryConstraint : public Constraint {
public:
    void check(const Problem& problem, const Assignment& assignment,
               std::vector<Violation>& out) const override;
    long delta(const Problem& problem, const Assignment& assignment, int session,
               const Place& place) const override;
    bool allows(const Problem& problem, int session, const Place& place) const override = 0;

protected:
    // Cost of one placed session: 1 when rejected for hard rules; soft ones weigh it.
    virtual long cost(const Problem& problem, int session, const Place& place) const;
    // Called only for placed sessions with a positive cost.
    virtual std::string explain(const Problem& problem, int session, const Place& place) const = 0;
    virtual std::vector<int> people_involved(const Problem&, int, const Place&) const { return {}; }
};

using ConstraintList = std::vector<std::unique_ptr<Constraint>>;

// Every rule of the program, hard ones first (defined in constraints.cpp); soft
// rules named in `weights` take that weight instead of their default.
ConstraintList make_constraints(const std::map<std::string, int>& weights = {});

}  // namespace hoithao::solve
