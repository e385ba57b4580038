#pragma once
// Rule 10, one warning per cause: the warnings about one client each that share a cause
// become one warning listing every client it affects (Plan::warning_clients).

#include <vector>

#include "handover/base/text_pool.hpp"
#include "handover/engine/plan.hpp"

namespace handover {

/// Whether warnings of this code about one client each merge into one about several.
/// NO_SUCCESSOR is one per plan by its own rule; plan-wide codes have no client to list.
bool merges_by_client(WarningCode code);

/// Merges, in place, every group of two or more warnings about one client each with the
/// same code, form and severity (and, for OVER_CAPACITY, the same kind of task) into one
/// warning about several: at the place of the group's first, with no `client` and no
/// `task`, its clients (input order, each once) appended to `lists` and named by
/// Warning::several. Values its clients share are kept; of the others, the latest day found
/// (NOTIFY_LATE, NO_TIME_FOR_INTRO late), every missing item (INCOMPLETE_HANDOVER), or none
/// (METHOD_TOO_WEAK: -1 when the wanted methods differ). A warning alone keeps its form.
/// Linear in the number of warnings; deterministic.
void merge_warnings(std::vector<Warning>& warnings, std::vector<TextList>& lists, TextPool& pool);

}  // namespace handover
