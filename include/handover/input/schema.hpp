#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "handover/base/i18n.hpp"

namespace handover {

/// The version of `clients.json` this program reads.
inline constexpr int k_format_version = 1;

// Limits of the input format. The validator (input.cpp) and the schema both read them, so
// an editor that checks the schema and `handover check` agree on every range.
inline constexpr double k_max_hours = 24;       ///< hours in one day
inline constexpr int k_max_policy_days = 3650;  ///< ten years: anything more is a typo
/// A client event or the travel to a client: half a working day and more is one thing; a
/// whole day's worth is a typo or a business trip that belongs in `calendar.blocked`.
inline constexpr double k_max_visit_hours = 12;
/// `policy.notify_after_close_days`: two months after a signature is no longer "after the
/// close" but another plan.
inline constexpr int k_max_after_close_days = 60;
/// `policy.intro_gap_days`: six weeks of working days between hearing the news and meeting
/// the successor is the most any client waits.
inline constexpr int k_max_intro_gap_days = 30;
inline constexpr int k_max_meetings_per_day = 100;
inline constexpr double k_max_amount = 1e15;        ///< money: beyond any real contract
inline constexpr std::size_t k_max_client_id = 64;  ///< ids end up in task ids and file names
inline constexpr std::size_t k_max_task_id = 200;
inline constexpr int k_max_years_ahead = 10;  ///< last_day at most this far after today

// The longest lists of the format. Each is far beyond a real book of business (the largest
// books hold a few thousand clients) and is there so that a hostile file cannot make the
// program hold millions of tiny values: past its limit a list is refused, and the elements
// beyond it are counted but never kept (input_dom.cpp).
inline constexpr std::size_t k_max_clients = 200'000;    ///< twice the largest benchmark
inline constexpr std::size_t k_max_history = 1'000;      ///< per client: 80 years monthly
inline constexpr std::size_t k_max_next_events = 1'000;  ///< per client
inline constexpr std::size_t k_max_workdays = 7;         ///< one per weekday
inline constexpr std::size_t k_max_holidays = 5'000;     ///< 10 years of days is 3,653
inline constexpr std::size_t k_max_blocked = 5'000;      ///< about two a working day for 10 years
inline constexpr std::size_t k_max_interviews = 5'000;   ///< as many as blocked times
inline constexpr std::size_t k_max_done = 50'000;        ///< ten times a 1,500-client plan

/// A client id: lowercase ASCII so that task ids are stable, case-proof and shell-safe.
/// An email address as FieldReader::email accepts it: a name, one @, and a domain with a dot
/// neither first nor last; no spaces, controls, `<>,;`.
inline constexpr std::string_view k_email_pattern =
    R"(^[^@<>,;\x00-\x20\x7f]+@[^@<>,;.\x00-\x20\x7f][^@<>,;\x00-\x20\x7f]*\.[^@<>,;\x00-\x20\x7f]*[^@<>,;.\x00-\x20\x7f]$)";
inline constexpr std::string_view k_client_id_pattern = "^(?!.*--)[a-z0-9_-]{1,64}$";
/// A date the format accepts, as far as a pattern can say it: years 2000..2099 (the range
/// of the holiday rules), months 01..12, days 01..31. Whether the day exists (2027-02-29)
/// only the validator can tell.
inline constexpr std::string_view k_date_pattern =
    "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
/// A `done` key: what a task id can be, before the engine checks that the task exists.
inline constexpr std::string_view k_task_id_pattern = "^[!-~]{1,200}$";

/// The JSON Schema (draft 2020-12) of the input format, pretty-printed, with descriptions in
/// the chosen language: `handover schema` prints it for editors.
std::string input_schema_json(Lang lang = Lang::en);

}  // namespace handover
