#pragma once
// Task ids are a public contract (README, "Task ids"): users write them into `done`,
// scripts read them from JSON, calendars derive UIDs from them. They are built here only.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/input/model.hpp"

namespace handover::task_id {

inline constexpr std::string_view consult_manager = "consult-manager";
inline constexpr std::string_view decide_timing = "decide-timing";
inline constexpr std::string_view decide_method = "decide-method";
inline constexpr std::string_view share_handover = "share-handover";
inline constexpr std::string_view resignation_letter = "resignation-letter";
inline constexpr std::string_view support_agreement = "support-agreement";
inline constexpr std::string_view final_check = "final-check";
inline constexpr std::string_view farewell = "farewell";
inline constexpr std::string_view handover_doc = "handover-doc";
inline constexpr std::string_view notify = "notify";
inline constexpr std::string_view introduce = "introduce";
inline constexpr std::string_view brief = "brief";
inline constexpr std::string_view event_kind = "event";
inline constexpr std::string_view follow_up = "follow-up";
inline constexpr std::string_view interview_kind = "interview";
inline constexpr std::string_view weekly_review_kind = "weekly-review";

/// `<client>/<kind>`, e.g. `acme/notify`.
std::string for_client(std::string_view client_id, std::string_view kind);
/// `<client>/event/2026-12-15`: a client's own appointment; a second one on the same day
/// is `<client>/event/2026-12-15-2`.
std::string event(std::string_view client_id, Day date, int nth_on_day);
/// `interview/2026-12-03`; a second interview on the same day is `interview/2026-12-03-2`.
std::string interview(Day date, int nth_on_day);
/// `weekly-review/2026-W49` for the week that starts on `monday`.
std::string weekly_review(Day monday);

bool is_weekly_review(std::string_view id);
/// The Monday of a `weekly-review/YYYY-Www` id, or none when the week is not real.
std::optional<Day> weekly_review_monday(std::string_view id);
/// The `YYYY-Www` part of a weekly-review id.
std::string week_of(std::string_view id);

/// Every task id the plan for this input can contain (task_graph.hpp; weekly reviews for
/// the weeks from today's to the last day's): the plan-wide tasks, then each client's, then
/// interviews and weekly reviews.
std::vector<std::string> known_ids(const Input& input);

/// True when `id` names a task of this input's plan, including weekly reviews of any
/// week up to the last day's (past weeks may have been recorded as done).
bool is_known(const Input& input, std::string_view id);

/// The keys of the `done` entries that name no task of this input's plan (views into
/// `input.done`), in the order of the file's keys.
std::vector<std::string_view> stale_done(const Input& input);

/// One diagnostic per `done` entry that names no task, with a did-you-mean, for the first
/// `max` of them; `more`, when given, counts the rest (each suggestion compares the id with
/// every task id, so they are not worked out for entries nobody will read). Each names the
/// `handover undo FILE ID` command that removes the entry (`file` as the user gave it); an
/// entry of a client no longer in the file says so and suggests nothing else.
std::vector<Diagnostic> check_done(const Input& input, Lang lang, std::size_t max = std::size_t(-1),
                                   std::size_t* more = nullptr,
                                   std::string_view file = "clients.json");

/// Refuses `file` (InputError, exit 2) when a `done` entry names no task of its plan; every
/// command that reads an input calls it after `parse_input`/`load_input`.
void require_known_done(const Input& input, const std::string& file, Lang lang);

}  // namespace handover::task_id
