#pragma once
// How a plan's warnings turn into an exit status, shared by `plan` and `check`.

#include <cstddef>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"

namespace handover::cli {

std::size_t count_warnings(const Plan& plan, Severity severity);

/// 1 when the plan has an error-level warning, or with `strict` any warning at all; else 0.
/// Info-level notes never fail a run: they are facts, not problems.
int plan_exit_code(const Plan& plan, bool strict);

/// Explains a non-zero plan_exit_code() in one line on standard error, because with `-o`
/// or a machine format the warnings are not in front of the user.
void report_plan_status(const Plan& plan, bool strict, Lang lang);

}  // namespace handover::cli
