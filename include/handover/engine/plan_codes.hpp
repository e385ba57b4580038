#pragma once
// The closed sets of names a plan is made of: the kinds of task, the rules that date them
// and the codes of warnings. Each value has one machine-readable name, the one written to
// JSON and CSV (a public contract: README, "Task ids" and "Warnings"); to_string gives it
// and from_string reads it back. Each to_string switches over every value, so a value
// without a name is a compile error (-Wswitch), not an empty field.

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace handover {

/// What a task is: the last part of its id. The order is the order in which a person works
/// through one day (the plan sorts a day's tasks by it).
enum class TaskKind : std::uint8_t {
    consult_manager,     ///< `consult-manager`
    resignation_letter,  ///< `resignation-letter`: the company's form, once the last day is agreed
    support_agreement,   ///< `support-agreement`: the support after the handover, agreed
    decide_timing,       ///< `decide-timing`
    decide_method,       ///< `decide-method`
    interview,           ///< `interview`
    handover_doc,        ///< `handover-doc`
    brief,               ///< `brief`: the successor walked through one client
    notify,              ///< `notify`
    event,               ///< `event`: a client's own appointment, with the successor
    introduce,           ///< `introduce`
    follow_up,           ///< `follow-up`
    share_handover,      ///< `share-handover`
    final_check,         ///< `final-check`: the last look at the handover with the successor
    farewell,            ///< `farewell`: the messages of the last day
    weekly_review,       ///< `weekly-review`
};

/// The rule that set a task's date (or left it without one): the `rule` field of the plan.
enum class Rule : std::uint8_t {
    none,                  ///< `` (no rule recorded: a plan read from a file without one)
    done,                  ///< `done`: recorded as done
    done_implied,          ///< `done-implied`: a task that depends on it is done
    interview,             ///< `interview`: a fixed appointment from the input
    client_event,          ///< `client-event`: a client's own date, with the successor (rule 8)
    manager_first,         ///< `manager-first`: step 1, before any client
    after_manager,         ///< `after-manager`: steps 2-3, after the talk with the manager
    waits,                 ///< `waits`: what it waits for has no date
    no_room,               ///< `no-room`: no day with room
    window,                ///< `window`: the least busy day of the notification window
    after_close,           ///< `after-close`: first working day after the deal closes
    deal_closes_late,      ///< `deal-closes-late`: the close is too near the last day
    deal_after_departure,  ///< `deal-after-departure`: the close is after the last day
    late,                  ///< `late`: only after the day the rule wants
    record,                ///< `record`: a document still owed after the introduction
    before_intro,          ///< `before-intro`: a document before its introduction
    intro_after_notify,    ///< `intro-after-notify`: after the client has heard
    follow_up,             ///< `follow-up`: a few working days after the introduction
    after_docs,            ///< `after-docs`: once every document is written
    weekly,                ///< `weekly`: the end of the week
    early,                 ///< `early`: internal work as soon as the manager knows
    prepared,              ///< `prepared`: private preparation before the talk with the manager
    before_contact,        ///< `before-contact`: a briefing before the successor meets the client
    letter,                ///< `letter`: the resignation letter once the last day is agreed
    support,               ///< `support`: the support after the handover, before any client hears
    final_check,           ///< `final-check`: with the successor shortly before the last day
    last_day,              ///< `last-day`: the farewell messages on the last day
};

/// Which sentence explains a task's date or its lack of one: the plan's `why`, worded at
/// rendering by task_why() (render/plan_texts.hpp). The rule is the contract's name for how
/// the date was set; a rule can have more than one sentence (a notification dated by its
/// window names the deal that closed before it, one left without a date names the window),
/// and the reason tells them apart. The values the sentence names are the task's (its date,
/// `moved_from`, `note`), its client's (ClientPlan) and the plan's (the window, deadline).
enum class Reason : std::uint8_t {
    none,                    ///< no sentence: a plan read back keeps the one written there
    interview,               ///< a fixed appointment
    event,                   ///< a client's own date, the successor attending (rule 8)
    done,                    ///< recorded as done, on the task's date
    done_implied,            ///< the task in `note` depends on it and is done
    consult,                 ///< the manager hears first
    consult_notice,          ///< the last day that gives the notice, after private preparation
    decide,                  ///< decided once the manager knows
    waits,                   ///< the task in `note` has no date
    no_room,                 ///< no day with room
    notify_no_room,          ///< no day with room in the window
    notify_window,           ///< the least busy day of the window, by priority
    notify_closed_before,    ///< the same, the client's deal having closed before it
    notify_after_close,      ///< right after the deal closes
    notify_closes_late,      ///< the deal closes too near the last day to wait for it
    notify_after_departure,  ///< the deal closes after the last day
    notify_late,             ///< only after the window
    notify_short_notice,     ///< the window ended before any client could hear: the first days
    doc_record,              ///< a document still owed after the introduction
    doc,                     ///< as soon as the manager knows, most important client first
    doc_prepared,            ///< private preparation before the talk with the manager
    brief,                   ///< the successor hears about the client before meeting them
    intro_no_room,           ///< no day with room before the deadline, nor after it
    intro,                   ///< `intro_gap_days` after the client has heard, before the deadline
    intro_short_gap,         ///< fewer working days after the announcement: the deadline is near
    intro_next_day,          ///< the day after the announcement: nothing else fits
    intro_after_close,       ///< as long after the announcement as the last day allows (rule 2)
    intro_late,              ///< only after the deadline
    follow_up,               ///< a few working days after the introduction
    share,                   ///< once every document is written
    weekly_review,           ///< the end of the week
    review_no_workday,       ///< the week has no working day left
    last_day_passed,         ///< not recorded as done by the last day, which has passed
    letter,                  ///< the resignation letter, once the last day is agreed
    letter_notice,           ///< outside Japan: the written notice, on the day of the talk
    support,                 ///< the support agreed before the first client hears
    support_late,            ///< the same, only after the first announcement (no room before)
    final_check,             ///< after the last meeting with the successor, before the last day
    final_check_early,       ///< before some meeting with the successor: no day after it
    farewell,                ///< the last day
    farewell_early,          ///< the last day has no room: the latest day before it
};

/// What a task's reason adds after its sentence: bits of Task::reason_adds.
namespace reason_adds {
inline constexpr std::uint8_t disclosed = 1;  ///< the first day the manager allows contact
inline constexpr std::uint8_t moved = 2;      ///< moved from Task::moved_from for want of room
}  // namespace reason_adds

/// What a warning is about: the `code` field of the plan (README, "Warnings").
enum class WarningCode : std::uint8_t {
    no_time_to_notify,     ///< `NO_TIME_TO_NOTIFY`
    notify_late,           ///< `NOTIFY_LATE`
    no_time_for_intro,     ///< `NO_TIME_FOR_INTRO`
    over_capacity,         ///< `OVER_CAPACITY`
    notice_too_short,      ///< `NOTICE_TOO_SHORT`
    no_successor,          ///< `NO_SUCCESSOR`
    method_too_weak,       ///< `METHOD_TOO_WEAK`
    close_date_passed,     ///< `CLOSE_DATE_PASSED`
    incomplete_handover,   ///< `INCOMPLETE_HANDOVER`
    deal_closes_late,      ///< `DEAL_CLOSES_LATE`
    deal_after_departure,  ///< `DEAL_AFTER_DEPARTURE`
    week_overloaded,       ///< `WEEK_OVERLOADED`
    last_day_passed,       ///< `LAST_DAY_PASSED`: today is after the last day
    business_closure,      ///< `BUSINESS_CLOSURE`
    disclosure_late,       ///< `DISCLOSURE_LATE`: the manager allows client contact too late
    plan_does_not_fit,     ///< `PLAN_DOES_NOT_FIT`: what would make the plan fit
    support_after_end,     ///< `SUPPORT_AFTER_END`: support_until after the end of employment
};

/// Why a method was chosen; label() in labels.hpp gives it as a sentence.
enum class MethodReason : std::uint8_t {
    preferred,
    change_averse,
    strong,
    high_value,
    open_deal,
    weak,
    dormant,
    prospect,
    renewal,
    normal
};

/// Every value of each set, in declaration order, for loops (tests, listings).
inline constexpr std::array k_task_kinds = {TaskKind::consult_manager,
                                            TaskKind::resignation_letter,
                                            TaskKind::support_agreement,
                                            TaskKind::decide_timing,
                                            TaskKind::decide_method,
                                            TaskKind::interview,
                                            TaskKind::handover_doc,
                                            TaskKind::brief,
                                            TaskKind::notify,
                                            TaskKind::event,
                                            TaskKind::introduce,
                                            TaskKind::follow_up,
                                            TaskKind::share_handover,
                                            TaskKind::final_check,
                                            TaskKind::farewell,
                                            TaskKind::weekly_review};
inline constexpr std::array k_rules = {Rule::none,
                                       Rule::done,
                                       Rule::done_implied,
                                       Rule::interview,
                                       Rule::client_event,
                                       Rule::manager_first,
                                       Rule::after_manager,
                                       Rule::waits,
                                       Rule::no_room,
                                       Rule::window,
                                       Rule::after_close,
                                       Rule::deal_closes_late,
                                       Rule::deal_after_departure,
                                       Rule::late,
                                       Rule::record,
                                       Rule::before_intro,
                                       Rule::intro_after_notify,
                                       Rule::follow_up,
                                       Rule::after_docs,
                                       Rule::weekly,
                                       Rule::early,
                                       Rule::prepared,
                                       Rule::before_contact,
                                       Rule::letter,
                                       Rule::support,
                                       Rule::final_check,
                                       Rule::last_day};
inline constexpr std::array k_reasons = {Reason::none,
                                         Reason::interview,
                                         Reason::event,
                                         Reason::done,
                                         Reason::done_implied,
                                         Reason::consult,
                                         Reason::consult_notice,
                                         Reason::decide,
                                         Reason::waits,
                                         Reason::no_room,
                                         Reason::notify_no_room,
                                         Reason::notify_window,
                                         Reason::notify_closed_before,
                                         Reason::notify_after_close,
                                         Reason::notify_closes_late,
                                         Reason::notify_after_departure,
                                         Reason::notify_late,
                                         Reason::notify_short_notice,
                                         Reason::doc_record,
                                         Reason::doc,
                                         Reason::doc_prepared,
                                         Reason::brief,
                                         Reason::intro_no_room,
                                         Reason::intro,
                                         Reason::intro_short_gap,
                                         Reason::intro_next_day,
                                         Reason::intro_after_close,
                                         Reason::intro_late,
                                         Reason::follow_up,
                                         Reason::share,
                                         Reason::weekly_review,
                                         Reason::review_no_workday,
                                         Reason::last_day_passed,
                                         Reason::letter,
                                         Reason::letter_notice,
                                         Reason::support,
                                         Reason::support_late,
                                         Reason::final_check,
                                         Reason::final_check_early,
                                         Reason::farewell,
                                         Reason::farewell_early};
inline constexpr std::array k_warning_codes = {
    WarningCode::no_time_to_notify,    WarningCode::notify_late,
    WarningCode::no_time_for_intro,    WarningCode::over_capacity,
    WarningCode::notice_too_short,     WarningCode::no_successor,
    WarningCode::method_too_weak,      WarningCode::close_date_passed,
    WarningCode::incomplete_handover,  WarningCode::deal_closes_late,
    WarningCode::deal_after_departure, WarningCode::week_overloaded,
    WarningCode::last_day_passed,      WarningCode::business_closure,
    WarningCode::disclosure_late,      WarningCode::plan_does_not_fit,
    WarningCode::support_after_end};

std::string_view to_string(TaskKind kind);
std::string_view to_string(Rule rule);
std::string_view to_string(WarningCode code);

/// The value with this name, or none when no value has it.
std::optional<TaskKind> task_kind_from_string(std::string_view text);
std::optional<Rule> rule_from_string(std::string_view text);
std::optional<WarningCode> warning_code_from_string(std::string_view text);

}  // namespace handover
