#pragma once
// Why no conflict-free agenda exists, in protocol terms: a deletion filter drops
// sessions one by one while the rest still cannot all be placed, leaving a
// smallest set that cannot hold together, then names what ties them: one person
// attending them all with too little time, or the people they share, the order
// rules between them and the time they may use, available against needed.
#include <string>
#include <vector>

#include "solve/search/clock.hpp"
#include "solve/search/options.hpp"

namespace hoithao::solve::search {

// `sessions` cannot all be placed (proved); returns the explanation.
std::string explain_infeasible(const Problem& problem, const Options& options, std::vector<int> sessions,
                               const Clock& clock);

}  // namespace hoithao::solve::search
