#pragma once

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Turns validated input into a dated, explained plan (docs/scheduling.md). Pure and
/// deterministic: no clock reads (Input::today is already resolved), no hash-order
/// iteration; the same input gives the same plan. Human-readable text is in `lang`.
Plan build_plan(const Input& input, Lang lang);

}  // namespace handover
