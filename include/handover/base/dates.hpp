#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace handover {

/// A calendar day. Every date in the program is a day; there are no times of day.
using Day = date::sys_days;

/// The dates the program accepts: the Japanese holiday rules are defined for this range.
inline constexpr int k_min_year = 2000;
inline constexpr int k_max_year = 2099;

/// Parses a strict ISO date `YYYY-MM-DD`: exactly ten characters, a real calendar day.
std::optional<Day> parse_iso_date(std::string_view text);

/// Formats a day as `YYYY-MM-DD`.
std::string format_iso(Day day);

/// The ISO 8601 week of a day as `YYYY-Www` (e.g. `2026-W49`), used in task ids.
std::string iso_week_id(Day day);

/// The Monday that starts the ISO week of a day.
Day iso_week_monday(Day day);

/// The Monday of ISO week `week` of ISO year `year`; none for a week the year lacks
/// (53 in a 52-week year, 0, or more than 53).
std::optional<Day> iso_week_start(int year, unsigned week);

/// Day of the week, 0 = Monday ... 6 = Sunday.
unsigned weekday_index(Day day);

/// True when the day's year lies within [k_min_year, k_max_year].
bool in_supported_range(Day day);

}  // namespace handover
