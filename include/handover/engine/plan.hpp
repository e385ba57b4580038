#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/base/text_pool.hpp"
#include "handover/engine/plan_codes.hpp"
#include "handover/input/model.hpp"

namespace handover {

enum class TaskStatus : std::uint8_t { todo, done, unscheduled };
enum class Severity : std::uint8_t { info, warning, error };

std::string_view to_string(TaskStatus status);
std::string_view to_string(Severity severity);

/// The index in Plan::clients of no client (a task or warning about the whole plan, or
/// one read back from a file).
inline constexpr std::uint32_t k_no_client = 0xFFFFFFFF;

/// One entry of the plan. Ids are stable and documented (README, "Task ids").
/// Its texts live in the plan's TextPool (or are literals); see text_pool.hpp for why.
///
/// A plan holds three or four tasks per client, so the record is kept small: texts
/// and lists are views into the pool (no allocation of their own), and "no client" is an
/// empty id rather than an optional (client ids are never empty).
///
/// The engine words nothing: the title is the kind and the names it needs (the client's,
/// the interview's company), the reason a Reason and the values it names, and the talking
/// points of a notification follow from its client; all are worded at rendering by
/// render/plan_texts.hpp. A plan read back from a file has the words but not the values:
/// see Plan::worded.
/// Who besides the user takes part in a task: bits of Task::with (JSON `with`).
namespace with_people {
inline constexpr std::uint8_t successor = 1;
inline constexpr std::uint8_t manager = 2;
}  // namespace with_people

struct Task {
    Text id;                                    ///< e.g. `acme/notify`, `weekly-review/2026-W49`
    TaskKind kind = TaskKind::consult_manager;  ///< the last part of the id (to_string)
    Rule rule = Rule::none;                 ///< the rule that set the date (to_string: its name)
    std::uint32_t client_at = k_no_client;  ///< the client's index in Plan::clients
    /// The name the title names besides the plan's own: an interview's company (may be
    /// empty). In a plan read back (Plan::worded), the whole title as written there.
    Text subject;
    Text client;              ///< client id; empty for tasks of no particular client
    std::optional<Day> date;  ///< none when unscheduled
    double hours = 0;
    TextList depends_on;  ///< ids of the tasks that come first
    /// The task the reason names (Reason::waits, Reason::done_implied). In a plan read back
    /// (Plan::worded), the reason as written there.
    Text note;
    std::optional<Method> method;
    Reason reason = Reason::none;  ///< which sentence explains the date (task_why())
    std::uint8_t reason_adds = 0;  ///< what the sentence adds: reason_adds bits
    Day moved_from{};  ///< reason_adds::moved: the day the rule wanted, which had no room
    TaskStatus status = TaskStatus::todo;
    int step = 1;             ///< the article's step, 1..6
    bool meeting = false;     ///< takes one of the day's in-person/video slots
    bool job_search = false;  ///< private to the user: interviews and weekly reviews
    std::uint8_t with = 0;    ///< who else is present: with_people bits (JSON `with`)
};

/// Which of its code's sentences a warning takes (warning_message(), plan_texts.hpp).
enum class WarningForm : std::uint8_t {
    main,            ///< the code's one sentence, or its first
    consult,         ///< OVER_CAPACITY: no room to talk to the manager
    review,          ///< OVER_CAPACITY: no room for a weekly review
    without_notify,  ///< NO_TIME_FOR_INTRO: the notification has no date
    late,            ///< NO_TIME_FOR_INTRO: the introduction only after its deadline;
                     ///< NO_SUCCESSOR: the day to name one has passed
    policy,          ///< NOTICE_TOO_SHORT: shorter than the company's (contractual) notice,
                     ///< not the law's; `main`: shorter than the law's (JP, GB)
    year_end,        ///< BUSINESS_CLOSURE: the year-end break
    obon,            ///< BUSINESS_CLOSURE: the Obon break
    undated,         ///< NO_SUCCESSOR: no meeting with the successor has a date yet
    unbriefed,       ///< NO_TIME_FOR_INTRO: told alone, as there was no room to brief the successor
};

/// What an INCOMPLETE_HANDOVER warning finds missing: bits of Warning::number.
namespace missing {
inline constexpr int contact = 1;
inline constexpr int history = 2;
inline constexpr int events = 4;
}  // namespace missing

/// A warning is its code and the values its sentence names, worded at rendering by
/// warning_message() (render/plan_texts.hpp); one read back from a file keeps its message
/// in `worded` instead (Plan::worded).
struct Warning {
    WarningCode code = WarningCode::over_capacity;  ///< to_string: e.g. `NOTICE_TOO_SHORT`
    Severity severity = Severity::warning;
    WarningForm form = WarningForm::main;
    /// A warning about several clients (rule 10: one warning per cause): `client_at` is then
    /// where Plan::warning_clients lists them, and `client` is empty.
    bool several = false;
    /// NOTICE_TOO_SHORT: the company's notice days (form `policy`), else the law's;
    /// METHOD_TOO_WEAK: the Method the rules
    /// want (-1 in a warning about several clients that want different ones);
    /// INCOMPLETE_HANDOVER: the `missing` bits (of every client it lists); OVER_CAPACITY: the
    /// TaskKind; DISCLOSURE_LATE: the working days the announcements need.
    std::int32_t number = 0;
    Text client;  ///< client id; empty when the warning is about no particular client
    Text task;    ///< task id; empty when it is about no particular task
    /// The days it names: NOTIFY_LATE: the window's first and last day and the day found;
    /// NO_TIME_FOR_INTRO: the deadline and the day found; NOTICE_TOO_SHORT: the day the
    /// manager is told and the end of employment; WEEK_OVERLOADED: the week's Monday;
    /// BUSINESS_CLOSURE: the closure's first and last day; DISCLOSURE_LATE: the first day the
    /// manager allows client contact and the latest one with which every announcement fits.
    /// A warning about several clients keeps what they share, else the earliest
    /// (NOTIFY_LATE, NO_TIME_FOR_INTRO: the latest day found).
    Day first{}, second{}, third{};
    /// The client's index in Plan::clients; a warning about `several`: where
    /// Plan::warning_clients lists them.
    std::uint32_t client_at = k_no_client;
    Text worded;  ///< a plan read back (Plan::worded): the message as written there
};

/// A warning as a file words it: for a plan read back (Plan::worded), or made by hand.
inline Warning worded_warning(WarningCode code, Severity severity, Text client, Text task,
                              Text message) {
    Warning w;
    w.code = code;
    w.severity = severity;
    w.client = client;
    w.task = task;
    w.worded = message;
    return w;
}

/// Where a list of `count` lists holds the clients of a warning about several (its
/// `client_at`); none for a warning about one client or none, or a position out of range.
inline std::optional<std::size_t> several_clients_at(const Warning& warning, std::size_t count) {
    if (!warning.several) return std::nullopt;
    const auto at = static_cast<std::size_t>(warning.client_at);
    return at < count ? std::optional<std::size_t>(at) : std::nullopt;
}

/// What would make a plan that does not fit (errors NO_TIME_TO_NOTIFY, NOTIFY_LATE,
/// NO_TIME_FOR_INTRO, OVER_CAPACITY) fit, each change alone, found by planning again
/// (engine/fit.hpp). Each part is none when no change of that kind within its limit fits.
struct FitAdvice {
    std::optional<Day> last_day;          ///< the earliest last day with which everything fits
    int extra_days = 0;                   ///< its working days after the current last day
    std::optional<double> hours_per_day;  ///< the fewest hours a day (0.5 h steps) that fit
    double hours_now = 0;                 ///< the input's hours a day
    /// The fewest lowest-priority clients to announce by email (`email`) or, when email is
    /// not enough, to hand to the manager: their ids are the warning's `clients`.
    int clients = 0;
    bool by_email = false;  ///< the clients are announced by email, not handed over
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
    Text id;
    Text name;
    Stage stage = Stage::active;
    Method method = Method::email;
    MethodReason method_reason = MethodReason::normal;  ///< why this method (method_reason())
    Text successor;
    int priority = 0;  ///< 1 = notified first
    std::optional<Day> expected_close;
    std::optional<Day> notify_date;
    std::optional<Day> introduce_date;
    std::optional<Day> follow_up_date;  ///< the check-in with the successor, when dated
    bool change_averse = false;
    /// The client's `value` in the plan's currency (Plan::currency); 0 when the input gives
    /// none. Shown with its currency wherever the plan names it (base/money.hpp).
    double value = 0;
    /// What the briefing covers (rule 3), for its talking points: who signs at the client
    /// (empty when the input does not say), whether the input has handover notes for the
    /// successor, and the client's first event from today.
    Text decision_maker;
    bool has_handover_notes = false;
    std::optional<Day> next_event;
};

/// A client's event in the days after the last day (rule 8: up to k_successor_first_days,
/// rules.hpp): one of the successor's first dates with the client, for the handover
/// document and the successor's checklist. No task of the plan: it falls after the last day.
struct SuccessorDate {
    Day date;
    Text what;
    double hours = 1;
    std::uint32_t client_at = k_no_client;  ///< the client's index in Plan::clients
    Text client;                            ///< client id
};

/// One day from today to the last day that is closed or reduced, for the timeline and the
/// text view: a day off in the working week, a holiday, or blocked time. The plan keeps the
/// names, not a sentence: day_note_text() (plan_texts.hpp) words a note in a language.
struct DayNote {
    enum class Kind : std::uint8_t {
        day_off,  ///< not a working day of the week (a weekend): closed, nothing to name
        holiday,  ///< a national or company holiday
        blocked,  ///< blocked time, the whole day (closed) or part of it
    };
    Day date;
    Kind kind = Kind::blocked;
    std::string name;     ///< the holiday's English name or the blocked reason; may be empty
    std::string name_ja;  ///< the holiday's Japanese name or the blocked reason; may be empty
    bool closed = false;  ///< no handover work that day
};

/// The engine's output: plain data that every renderer reads.
struct Plan {
    /// Owns the text behind every Text of the plan; copies of a plan share it.
    std::shared_ptr<TextPool> pool = std::make_shared<TextPool>();
    Day today{};
    Day last_day{};
    std::optional<Day> end_date;
    std::optional<Day> support_until;
    std::optional<Day> disclose_from;
    /// The day the successor takes over every client: the first working day after the last
    /// day (SPEC section 3, rule 11). The drafts promise it and the CRM hand-off's owner
    /// change takes effect on it, so the two always agree.
    Day takeover_day{};
    std::string me;
    std::string manager;
    std::string successor;
    /// Whose notice rule the warnings name and which cautions the manager's agenda carries.
    Jurisdiction jurisdiction = Jurisdiction::JP;
    /// GB with Northern Ireland's holidays alone (northern_ireland(), rules.hpp): the notice
    /// warning names the Northern Ireland Order instead of the Employment Rights Act.
    bool northern_ireland = false;
    /// When the default windows were shortened for a short notice (scaled_windows(),
    /// rules.hpp): the calendar days from the talk with the manager to the last day; else 0.
    int notice_available_days = 0;
    /// The currency of every client's value (input `currency`) and how English prose writes
    /// a date (input `locale`): the renderers format amounts and letters' dates with them.
    Currency currency = Currency::JPY;
    DateLocale locale = DateLocale::en_US;
    /// The policy's `high_value` threshold in `currency` (0: none), which the reason
    /// MethodReason::high_value names beside the client's value.
    double high_value = 0;
    /// The company's notice period in calendar days (`policy.notice_days`).
    int notice_days = 0;
    int intro_buffer_days = 0;  ///< the policy's working days between introduction and last day
    int intro_gap_days = 0;     ///< the policy's working days between announcement and introduction
    /// The days every notification's reason names: the window they were placed in (its end
    /// before its start when it closed before it could open, before `today` when it ended
    /// earlier), and the last day for an introduction.
    Day notify_window_start{}, notify_window_end{};
    Day intro_deadline{};
    /// A plan read back from a file (plan_json_read.hpp) has the words the file gives and not
    /// the values they were made from: each task and warning keeps its texts as written
    /// there (`worded_*`), and the text functions of render/plan_texts.hpp return those.
    bool worded = false;
    /// A plan read back: the language its texts are in (the file's `lang`), so that a
    /// comparison can word a fresh plan's warnings the same way (progress/plan_diff.hpp).
    Lang worded_lang = Lang::en;
    /// The plan as the manager or the successor sees it (render's for_audience()): the
    /// user's own agenda for the talk with the manager is not theirs to read, and a handover
    /// document prepared privately before that talk is worded without saying so.
    bool for_others = false;
    /// A plan read back (or made by hand, in tests): each notification's talking points as
    /// written there, by task id.
    std::map<std::string, std::vector<std::string>, std::less<>> worded_points;
    std::vector<Task> tasks;  ///< sorted: dated by date, then unscheduled
    std::vector<ClientPlan> clients;
    std::vector<Warning> warnings;
    /// The clients of each warning about several (by Warning::client_at): ids in input order.
    /// Kept apart so that the many warnings about one client stay small.
    std::vector<TextList> warning_clients;
    std::vector<WeekLoad> load;
    std::vector<DayNote> day_notes;
    /// The successor's first dates after the last day, by date, then in input order. A plan
    /// read back from a file has none.
    std::vector<SuccessorDate> successor_dates;
    /// What would make an infeasible plan fit (PLAN_DOES_NOT_FIT); none when it fits or was
    /// not searched (engine/fit.hpp).
    std::optional<FitAdvice> fit;

    bool has_errors() const;
    /// The clients a warning about several names (Warning::several); none for a warning
    /// about one client (its `client`) or about none.
    TextList clients_of(const Warning& warning) const {
        const auto at = several_clients_at(warning, warning_clients.size());
        return at ? warning_clients[*at] : TextList{};
    }
    const Task* find(std::string_view id) const;

    /// `text` kept in the plan's pool, stored once however often it recurs.
    Text text(std::string_view text) const { return pool->intern(text); }
    /// `text` kept in the plan's pool without looking for an earlier copy (unique ids).
    Text unique_text(std::string_view text) const { return pool->store(text); }
    /// `items` kept in the plan's pool as one list, stored once however often it recurs.
    TextList list(std::initializer_list<Text> items) const { return pool->intern_list(items); }
    TextList list(std::span<const Text> items) const { return pool->intern_list(items); }
};

}  // namespace handover
