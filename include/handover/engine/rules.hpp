#pragma once
// The planning rules of SPEC section 3, one function per rule, so that a reader looking
// for "right after the contract is signed" finds it in one place (src/engine/rules.cpp).

#include <tuple>

#include "handover/calendar/calendar.hpp"
#include "handover/engine/plan_codes.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Hours each kind of work takes (SPEC: typical durations).
double contact_hours(Method method);
double handover_doc_hours(const Client& client, const Policy& policy);
inline constexpr double k_consult_hours = 1.0;
inline constexpr double k_decide_timing_hours = 1.0;
inline constexpr double k_decide_method_hours = 0.5;
inline constexpr double k_share_hours = 1.0;
inline constexpr double k_follow_up_hours = 0.5;
inline constexpr double k_weekly_review_hours = 0.5;
/// Working days between the introduction and the follow-up call, when there is room.
inline constexpr int k_follow_up_gap_days = 3;

/// In-person and video contacts use one of the day's meeting slots.
bool is_meeting(Method method);

bool is_high_value(const Client& client, const Policy& policy);

/// Rule 8: the successor joins this client's own events (`next_events`) before the last day
/// when there is much to carry over: an open deal (`negotiation`, `closing`, or a `proposal`
/// with a decision date in `expected_close`), a high-value account or a strong relationship.
bool successor_joins_events(const Client& client, const Policy& policy);
/// Rule 8: a client's events up to this many calendar days after the last day are the
/// successor's first dates (Plan::successor_dates).
inline constexpr int k_successor_first_days = 30;

struct MethodChoice {
    Method method = Method::email;
    MethodReason reason = MethodReason::normal;
    Method wanted = Method::email;  ///< what the rules alone would choose
    bool too_weak = false;          ///< preferred is weaker than wanted for a sensitive client
};

/// The method rule: in person for change-averse, strong, high-value or open-deal clients;
/// email for weak, dormant and prospect clients; phone (video for renewals) otherwise.
/// `preferred_method` wins; a weaker preference for a change-averse or high-value client
/// is flagged.
MethodChoice choose_method(const Client& client, const Policy& policy);

/// Priority inside the notification window: change-averse, then strong relationship, then
/// high value, then open deal; ties by value (higher first) and input order. Smaller sorts
/// first.
using PriorityKey = std::tuple<int, int, int, int, double, std::size_t>;
PriorityKey priority_key(const Client& client, const Policy& policy);

/// How the notification date was chosen.
enum class TimingRule {
    window,           ///< earliest day of the window, by priority
    after_close,      ///< first working day after the deal closes
    closes_late,      ///< the close is too near the last day: end of the window
    after_departure,  ///< the close is after the last day: as early as possible
    closed_before,    ///< the expected close lies before the window: treated as signed
};

struct NotifyWindow {
    int start = 0;  ///< calendar index of the first allowed day
    int end = -1;   ///< calendar index of the last day inside the policy window
};

struct NotifyTarget {
    TimingRule rule = TimingRule::window;
    int target = 0;              ///< the day to try first
    int not_before = 0;          ///< never earlier than this (after the close)
    int first_after_close = -1;  ///< index of the first working day after the close, if any
};

/// The notification window: no earlier than `notify_earliest_days` calendar days before the
/// last day (and never before `release`), no later than `notify_latest_days` working days
/// before it.
NotifyWindow notification_window(const WorkCalendar& calendar, const Policy& policy, int last_index,
                                 int release);

/// The timing rule for one client (SPEC section 3, "right after the contract is signed").
NotifyTarget notification_target(const Client& client, const WorkCalendar& calendar,
                                 const NotifyWindow& window, Day last_day);

/// The last day an introduction may take place: `intro_buffer_days` working days before
/// the last day.
int introduction_deadline(const WorkCalendar& calendar, const Policy& policy, int last_index);

}  // namespace handover
