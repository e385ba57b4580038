#pragma once

#include <optional>
#include <string>
#include <vector>

#include "handover/dates.hpp"
#include "handover/i18n.hpp"
#include "handover/model.hpp"

namespace handover {

enum class TaskStatus { todo, done, unscheduled };
enum class Severity { info, warning, error };

std::string_view to_string(TaskStatus status);
std::string_view to_string(Severity severity);

/// One entry of the plan. Ids are stable and documented (README, "Task ids").
struct Task {
    std::string id;                     ///< e.g. `acme/notify`, `weekly-review/2026-W49`
    int step = 1;                       ///< the article's step, 1..6
    std::string kind;                   ///< the last part of the id: `notify`, `weekly-review`, ...
    std::string title;                  ///< localized
    std::optional<std::string> client;  ///< client id, or none
    std::optional<Day> date;            ///< none when unscheduled
    double hours = 0;
    std::optional<Method> method;
    std::vector<std::string> depends_on;
    TaskStatus status = TaskStatus::todo;
    std::string rule;  ///< machine-readable name of the rule that set the date
    std::string why;   ///< localized one-line reason naming that rule
    std::vector<std::string> talking_points;  ///< for `notify` (localized)
    bool meeting = false;                     ///< takes one of the day's in-person/video slots
    bool job_search = false;  ///< private to the user: interviews and weekly reviews
};

struct Warning {
    std::string code;  ///< e.g. `NOTICE_TOO_SHORT`
    Severity severity = Severity::warning;
    std::optional<std::string> client;
    std::optional<std::string> task;
    std::string message;  ///< localized: what is wrong and what to do
};

/// Step 6: one row per ISO week from today's week to the last day's week.
struct WeekLoad {
    std::string week;  ///< `2026-W49`
    Day monday;
    double planned_hours = 0;    ///< handover tasks placed in the week
    double available_hours = 0;  ///< handover room before interviews (after blocked time)
    double interview_hours = 0;
    int interviews = 0;
    int meetings = 0;
};

/// What the plan says about each client, in input order.
struct ClientPlan {
    std::string id;
    std::string name;
    Stage stage = Stage::active;
    Method method = Method::email;
    std::string method_reason;  ///< localized: why this method
    std::string successor;
    int priority = 0;  ///< 1 = notified first
    std::optional<Day> expected_close;
    std::optional<Day> notify_date;
    std::optional<Day> introduce_date;
    bool change_averse = false;
};

/// One day that is closed or reduced, for the timeline and the text view.
struct DayNote {
    Day date;
    std::string what;  ///< localized: holiday name, blocked reason
    bool closed = false;
};

/// The engine's output: plain data that every renderer reads.
struct Plan {
    Lang lang = Lang::en;
    Day today{};
    Day last_day{};
    std::optional<Day> end_date;
    std::optional<Day> support_until;
    std::optional<Day> disclose_from;
    std::string me;
    std::string manager;
    std::string successor;
    std::vector<Task> tasks;  ///< sorted: dated by date, then unscheduled
    std::vector<ClientPlan> clients;
    std::vector<Warning> warnings;
    std::vector<WeekLoad> load;
    std::vector<DayNote> day_notes;

    bool has_errors() const;
    const Task* find(std::string_view id) const;
};

}  // namespace handover
