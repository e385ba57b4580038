#pragma once
// What a change to the input did to the plan: which tasks moved and why, which appeared or
// disappeared, which warnings came or went. The earlier side is either a plan built from an
// older input or an earlier `--format json` output read back with plan_from_json().

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"
#include "handover/render/plan_json.hpp"  // plan_from_json(), the reader of the earlier side

namespace handover {

/// One task that differs between two plans.
struct TaskChange {
    std::string id;
    std::string title;  ///< from the new plan when the task is in it, else from the old one
    std::optional<std::string> client;
    std::optional<Day> old_date;           ///< none: unscheduled or absent in the old plan
    std::optional<Day> new_date;           ///< none: unscheduled or absent in the new plan
    std::optional<TaskStatus> old_status;  ///< none: absent from the old plan
    std::optional<TaskStatus> new_status;  ///< none: absent from the new plan
    std::string why;  ///< the new plan's reason for the new date; empty when the task is gone
};

/// One field of a client in the input whose value differs (`expected_close`, `stage`, ...).
struct FieldChange {
    std::string field;                     ///< the input's key, the same in every language
    std::optional<std::string> old_value;  ///< as written in the file; none: not set
    std::optional<std::string> new_value;
    bool is_date = false;  ///< the values are ISO dates (shown like the task dates)
};

/// A client whose input changed, which came or which went: what moved its tasks.
struct ClientChange {
    enum class Kind : std::uint8_t { changed, added, removed };
    std::string id;
    Kind kind = Kind::changed;
    std::vector<FieldChange> fields;  ///< changed only
};

struct PlanDiff {
    Day old_today{};
    Day new_today{};
    Day old_last_day{};
    Day new_last_day{};
    /// The clients whose input fields differ, in the new plan's order, then those removed.
    /// Empty when the earlier side is a plan read back from JSON (which keeps no clients).
    std::vector<ClientChange> clients;
    std::vector<TaskChange> moved;        ///< in both plans; date or status differs
    std::vector<TaskChange> appeared;     ///< only in the new plan
    std::vector<TaskChange> disappeared;  ///< only in the old plan
    /// Warnings keep their message worded (Warning::worded): those that appeared as the new
    /// plan words them, those that disappeared as the old plan worded them.
    std::vector<Warning> warnings_appeared;
    std::vector<Warning> warnings_disappeared;
    /// The clients of each warning about several, as Plan::warning_clients (by
    /// Warning::number); the diff keeps its own copy, since the two plans number theirs apart.
    std::vector<TextList> warning_clients;
    std::shared_ptr<TextPool> pool = std::make_shared<TextPool>();  ///< owns the messages

    bool empty() const;
};

/// Tasks are matched by id (ids are stable), warnings by code, client and task (their
/// wording names dates, which is what moves); a warning about neither by its message too,
/// worded in the language of the side read back from a file (Plan::worded_lang).
/// Moved and appeared tasks come in the new plan's date order, unscheduled last;
/// disappeared ones in the old plan's. Titles, reasons and messages are worded in `lang`
/// (a plan read back keeps its own).
PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan, Lang lang);

/// The diff for a person: last-day change, moved tasks with their reason, tasks that
/// appeared or disappeared, warnings that came or went. `old_name` and `new_name` are what
/// the two sides are called (file names).
std::string render_diff_text(const PlanDiff& diff, Lang lang, std::string_view old_name,
                             std::string_view new_name);

/// The diff for scripts (docs/progress.md describes the fields).
std::string render_diff_json(const PlanDiff& diff);

}  // namespace handover
