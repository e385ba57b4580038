#pragma once
// The planning rules of SPEC section 3, one function per rule, so that a reader looking
// for "right after the contract is signed" finds it in one place (src/engine/rules.cpp).

#include <optional>
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
/// Rule 11: filling in and handing over the company's resignation form.
inline constexpr double k_resignation_letter_hours = 0.5;
/// Rule 11: agreeing with the manager what support the user gives after the handover.
inline constexpr double k_support_agreement_hours = 0.5;
/// Rule 11: the last look at every client's handover with the successor.
inline constexpr double k_final_check_hours = 1.0;
/// Rule 11: the farewell messages of the last day (clients handed over, colleagues).
inline constexpr double k_farewell_hours = 0.5;
/// Working days before the last day on which the final check is wanted: the day after it
/// is left to act on what it finds.
inline constexpr int k_final_check_days_before = 2;
/// Working days between the introduction and the follow-up call, when there is room.
inline constexpr int k_follow_up_gap_days = 3;

/// Hours to walk the successor through one client (rule 3): an hour for a change-averse,
/// strong or high-value client, half an hour for an open deal, a quarter otherwise.
double brief_hours(const Client& client, const Policy& policy);
/// Hours of a contact by `method` with this client: an in-person visit adds the client's
/// `travel_hours`.
double visit_hours(Method method, const Client& client);

/// Whether a client hears the news and meets the successor in one contact or two (rule 5).
enum class VisitMode : std::uint8_t {
    joint,     ///< `<client>/notify` with the successor present; no `<client>/introduce`
    separate,  ///< the announcement first, the joint visit `intro_gap_days` later
};
/// `policy.introduction`: with `auto`, a change-averse, strong or high-value client hears
/// it from the user first and meets the successor later; everyone else in one contact.
/// A client whose introduction is already recorded as done keeps it as its own task (a
/// plan made by rules version 1, where every client had both).
VisitMode visit_mode(const Input& input, const Client& client);

/// The day a client's pending decision is expected: `expected_close` of a proposal (the
/// decision date), negotiation or closing; none for the other stages.
std::optional<Day> pending_close(const Client& client);

/// The day the successor takes over (rule 11): the first working day after the last day,
/// by the input's working week and holidays (blocked time after the last day is not the
/// user's to plan). The drafts promise it and the CRM owner change takes effect on it.
Day takeover_day(const Input& input);

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
    window,           ///< the window, on its least busy day (rule 6)
    after_close,      ///< after the pending decision (rule 2), wherever the window lies
    closes_late,      ///< the decision is too near the last day: before it, as late as possible
    after_departure,  ///< the decision is after the last day: as early as possible
    closed_before,    ///< the decision lies before the window: the window, as if signed
};

struct NotifyWindow {
    int start = 0;  ///< calendar index of the first allowed day
    int end = -1;   ///< calendar index of the last day inside the policy window
};

/// Where one client's announcement may go, by the strongest rule that applies to it.
struct NotifyTarget {
    TimingRule rule = TimingRule::window;
    int from = 0;  ///< the first day the rule allows
    int to = -1;   ///< the last day the rule prefers; later only as a late announcement
    int first_after_close = -1;  ///< the day after the decision (and its wait), if any
};

/// The notification window: no earlier than `notify_earliest_days` calendar days before the
/// last day (and never before `release`), no later than `notify_latest_days` working days
/// before it.
NotifyWindow notification_window(const WorkCalendar& calendar, const Policy& policy, int last_index,
                                 int release);

/// The last day a client can meet the successor: the working day before the last day.
int last_contact_day(const WorkCalendar& calendar, int last_index);

/// The timing rules for one client (SPEC section 3, rules 2 and 6). `release` is the first
/// day this client may hear the news (after the decisions and, for a joint visit, its
/// briefing); a separate announcement leaves a working day for the introduction after it.
NotifyTarget notification_target(const Client& client, const WorkCalendar& calendar,
                                 const Policy& policy, const NotifyWindow& window, int release,
                                 VisitMode mode, Day last_day);

/// The last day an introduction may take place: `intro_buffer_days` working days before
/// the last day.
int introduction_deadline(const WorkCalendar& calendar, const Policy& policy, int last_index);

/// The notice an employee must give by law, in calendar days, where the jurisdiction has
/// one (docs/jurisdictions.md): JP 14 (Civil Code art. 627(1)), GB 7 (Employment Rights
/// Act 1996 s.86(2), after a month's service); none in the US (employment at will).
std::optional<int> statutory_notice_days(Jurisdiction jurisdiction);

/// Whether a GB plan follows Northern Ireland's statute, the Employment Rights (Northern
/// Ireland) Order 1996 art. 118(2), rather than the Act, which extends to Great Britain only:
/// its holidays are Northern Ireland's (`GB-NIR`) and no other part's. The minimum is the
/// same week; only the law the warning names differs.
bool northern_ireland(const Input& input);

/// The notice the default windows are sized for: calendar days from telling the manager to
/// the last day (a month, Japan's usual notice). With less, the defaults shrink in proportion.
inline constexpr int k_reference_notice_days = 30;
/// The least each shrunk window keeps: working days for the latest notification and the
/// introduction buffer, calendar days for the earliest notification.
inline constexpr int k_min_notify_latest_days = 2;
inline constexpr int k_min_intro_buffer_days = 1;
inline constexpr int k_min_notify_earliest_days = 7;

/// The policy the plan is built with (docs/scheduling.md, "Windows for a short notice"):
/// with `available_days` calendar days from the talk with the manager to the last day
/// below k_reference_notice_days, each window value the file did not give (Policy::given)
/// becomes round(value * available / reference), but no less than its floor above and no
/// more than the value itself; a value the file gives is kept as it is. Monotone in
/// `available_days`; with the reference or more, the policy is returned unchanged.
Policy scaled_windows(const Policy& policy, int available_days);

/// Whether scaled_windows() changed any window of `policy`.
bool windows_scaled(const Policy& policy, const Policy& scaled);

}  // namespace handover
