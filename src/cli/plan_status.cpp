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
    // "1 error", "2 errors": the counted forms `check` uses.
    const auto counted = [lang](std::size_t n, std::string_view one, std::string_view other) {
        return n == 1 ? std::string(tr(lang, one)) : trf(lang, other, fmt::arg("n", n));
    };
    if (plan.has_errors()) {
        write_standard_error(
            trf(lang, "cli.plan.not_feasible",
                fmt::arg("errors", counted(count_warnings(plan, Severity::error),
                                           "cli.check.errors.one", "cli.check.errors.other"))) +
            '\n');
    } else if (strict && count_warnings(plan, Severity::warning) > 0) {
        write_standard_error(
            trf(lang, "cli.plan.strict_warnings",
                fmt::arg("warnings",
                         counted(count_warnings(plan, Severity::warning), "cli.check.warnings.one",
                                 "cli.check.warnings.other"))) +
            '\n');
    }
}

}  // namespace handover::cli
