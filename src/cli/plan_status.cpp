#include "plan_status.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "handover/base/exit_codes.hpp"
#include "handover/base/i18n.hpp"
#include "standard_error.hpp"

namespace handover::cli {

std::size_t count_warnings(const Plan& plan, Severity severity) {
    return static_cast<std::size_t>(
        std::count_if(plan.warnings.begin(), plan.warnings.end(),
                      [severity](const Warning& warning) { return warning.severity == severity; }));
}

int plan_exit_code(const Plan& plan, bool strict) {
    const bool failed =
        plan.has_errors() || (strict && count_warnings(plan, Severity::warning) > 0);
    return to_int(failed ? ExitCode::plan_errors : ExitCode::ok);
}

void report_plan_status(const Plan& plan, bool strict, Lang lang) {
    if (plan.has_errors()) {
        write_standard_error(trf(lang, "cli.plan.not_feasible",
                                 fmt::arg("count", count_warnings(plan, Severity::error))) +
                             '\n');
    } else if (strict && count_warnings(plan, Severity::warning) > 0) {
        write_standard_error(trf(lang, "cli.plan.strict_warnings",
                                 fmt::arg("count", count_warnings(plan, Severity::warning))) +
                             '\n');
    }
}

}  // namespace handover::cli
