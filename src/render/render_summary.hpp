#pragma once
// Shared by the text and Markdown renderers: the plan's counts in one line each.

#include <string>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"

namespace handover {

/// "Tasks: N (done D, unscheduled U)", "Clients: C", "Errors: E · Warnings: W · Notes: I".
std::vector<std::string> summary_counts(const Plan& plan, Lang lang);

}  // namespace handover
