#pragma once

#include "handover/engine/plan.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Turns validated input into a dated, explained plan (docs/scheduling.md). Pure and
/// deterministic: no clock reads (Input::today is already resolved), no hash-order
/// iteration; the same input gives the same plan. The plan is data in no language: the
/// renderers word it (render/plan_texts.hpp).
Plan build_plan(const Input& input);

}  // namespace handover
