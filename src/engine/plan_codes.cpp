#include "handover/engine/plan_codes.hpp"

namespace handover {
namespace {

/// The value whose name is `text`, by asking to_string of each value in turn: the names are
/// written once, in to_string, and a dozen comparisons are nothing next to reading a plan.
template <typename T, std::size_t N>
std::optional<T> by_name(const std::array<T, N>& values, std::string_view text) {
    for (const T value : values) {
        if (to_string(value) == text) return value;
    }
    return std::nullopt;
}

}  // namespace

std::string_view to_string(TaskKind kind) {
    switch (kind) {
        case TaskKind::consult_manager:
            return "consult-manager";
        case TaskKind::resignation_letter:
            return "resignation-letter";
        case TaskKind::support_agreement:
            return "support-agreement";
        case TaskKind::decide_timing:
            return "decide-timing";
        case TaskKind::decide_method:
            return "decide-method";
        case TaskKind::interview:
            return "interview";
        case TaskKind::handover_doc:
            return "handover-doc";
        case TaskKind::brief:
            return "brief";
        case TaskKind::notify:
            return "notify";
        case TaskKind::event:
            return "event";
        case TaskKind::introduce:
            return "introduce";
        case TaskKind::follow_up:
            return "follow-up";
        case TaskKind::final_check:
            return "final-check";
        case TaskKind::share_handover:
            return "share-handover";
        case TaskKind::farewell:
            return "farewell";
        case TaskKind::weekly_review:
            return "weekly-review";
    }
    return "";
}

std::string_view to_string(Rule rule) {
    switch (rule) {
        case Rule::none:
            return "";
        case Rule::done:
            return "done";
        case Rule::done_implied:
            return "done-implied";
        case Rule::interview:
            return "interview";
        case Rule::client_event:
            return "client-event";
        case Rule::manager_first:
            return "manager-first";
        case Rule::after_manager:
            return "after-manager";
        case Rule::waits:
            return "waits";
        case Rule::no_room:
            return "no-room";
        case Rule::window:
            return "window";
        case Rule::after_close:
            return "after-close";
        case Rule::deal_closes_late:
            return "deal-closes-late";
        case Rule::deal_after_departure:
            return "deal-after-departure";
        case Rule::late:
            return "late";
        case Rule::record:
            return "record";
        case Rule::before_intro:
            return "before-intro";
        case Rule::intro_after_notify:
            return "intro-after-notify";
        case Rule::follow_up:
            return "follow-up";
        case Rule::after_docs:
            return "after-docs";
        case Rule::weekly:
            return "weekly";
        case Rule::early:
            return "early";
        case Rule::prepared:
            return "prepared";
        case Rule::before_contact:
            return "before-contact";
        case Rule::letter:
            return "letter";
        case Rule::support:
            return "support";
        case Rule::final_check:
            return "final-check";
        case Rule::last_day:
            return "last-day";
    }
    return "";
}

std::string_view to_string(WarningCode code) {
    switch (code) {
        case WarningCode::no_time_to_notify:
            return "NO_TIME_TO_NOTIFY";
        case WarningCode::notify_late:
            return "NOTIFY_LATE";
        case WarningCode::no_time_for_intro:
            return "NO_TIME_FOR_INTRO";
        case WarningCode::over_capacity:
            return "OVER_CAPACITY";
        case WarningCode::notice_too_short:
            return "NOTICE_TOO_SHORT";
        case WarningCode::no_successor:
            return "NO_SUCCESSOR";
        case WarningCode::method_too_weak:
            return "METHOD_TOO_WEAK";
        case WarningCode::close_date_passed:
            return "CLOSE_DATE_PASSED";
        case WarningCode::incomplete_handover:
            return "INCOMPLETE_HANDOVER";
        case WarningCode::deal_closes_late:
            return "DEAL_CLOSES_LATE";
        case WarningCode::deal_after_departure:
            return "DEAL_AFTER_DEPARTURE";
        case WarningCode::last_day_passed:
            return "LAST_DAY_PASSED";
        case WarningCode::week_overloaded:
            return "WEEK_OVERLOADED";
        case WarningCode::business_closure:
            return "BUSINESS_CLOSURE";
        case WarningCode::disclosure_late:
            return "DISCLOSURE_LATE";
        case WarningCode::plan_does_not_fit:
            return "PLAN_DOES_NOT_FIT";
        case WarningCode::support_after_end:
            return "SUPPORT_AFTER_END";
    }
    return "";
}

std::optional<TaskKind> task_kind_from_string(std::string_view text) {
    return by_name(k_task_kinds, text);
}

std::optional<Rule> rule_from_string(std::string_view text) {
    return by_name(k_rules, text);
}

std::optional<WarningCode> warning_code_from_string(std::string_view text) {
    return by_name(k_warning_codes, text);
}

}  // namespace handover
