#pragma once
// `handover next`: the part of today's plan a person acts on this week, with the work that
// has fallen behind called out first (docs/progress.md, "What counts as overdue").

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"

namespace handover {

/// How overdue work was recognised.
enum class OverdueBasis {
    earlier_plan,  ///< `--against`: the earlier plan dated it before today
    late_rules,    ///< no earlier plan: today's plan can only place it later than its rule wants
};

struct NextItem {
    Task task;                      ///< as today's plan has it: new date, reason
    std::optional<Day> planned;     ///< the earlier plan's date, when that plan was given
    std::vector<Warning> warnings;  ///< today's plan's warnings (not notes) about this task
    Text title;                     ///< the task's title, worded
    Text why;                       ///< today's plan's reason for its date, worded
};

struct NextList {
    Day today{};
    Day until{};  ///< today + days, inclusive
    int days = 7;
    OverdueBasis basis = OverdueBasis::late_rules;
    /// Today is after the last day: nothing is planned, every task not done is overdue.
    bool closed = false;
    std::vector<NextItem> overdue;   ///< replanned from today; by new date, unscheduled last
    std::vector<NextItem> upcoming;  ///< to do from today to `until`, by date; overdue left out
    std::vector<Warning> errors;     ///< every error-level warning of today's plan
    /// The texts of the tasks and warnings above, worded (warnings in Warning::worded): the
    /// list keeps them alive even when the plan it was made from is gone.
    std::shared_ptr<const TextPool> pool;

    /// Exit status 1: something is overdue or the plan is not feasible.
    bool needs_attention() const { return !overdue.empty() || !errors.empty(); }
};

/// The tasks of `plan` (built for today) to do in the next `days` days. With `earlier`, a
/// task is overdue when that plan dated it before today and it is not done now; without,
/// when a NOTIFY_LATE or NO_TIME_FOR_INTRO warning says it can no longer be done in time.
/// Titles and messages are worded in `lang`.
NextList build_next_list(const Plan& plan, Lang lang, int days, const Plan* earlier = nullptr);

std::string render_next_text(const NextList& list, Lang lang);
/// For scripts and status bars (docs/progress.md describes the fields).
std::string render_next_json(const NextList& list);

}  // namespace handover
