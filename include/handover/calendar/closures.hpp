#pragma once
// Business closures: the days most Japanese companies are closed although the law does
// not make them holidays (SPEC section 3, rule 7). `JP-year-end` closes 29 December to
// 3 January, `JP-obon` 13 to 16 August; a plan that includes a preset keeps those days
// free, and one that does not is told when a client contact falls on them.

#include <cstdint>
#include <optional>
#include <string_view>

#include "handover/base/dates.hpp"
#include "handover/input/model.hpp"

namespace handover {

enum class Closure : std::uint8_t {
    year_end,  ///< 年末年始: 29 December to 3 January
    obon,      ///< お盆: 13 to 16 August
};

/// One closure in one year: its first and last day, both closed.
struct ClosurePeriod {
    Closure closure = Closure::year_end;
    Day first{};
    Day last{};
};

/// The closure whose period holds `day`, if one does.
std::optional<ClosurePeriod> closure_period(Day day);

/// Whether the input's calendar closes this closure's days (its preset is in
/// `calendar.holidays`).
bool closes(const CalendarConfig& config, Closure closure);

/// The closure's name as the calendar shows a closed day: `Year-end closure`, `年末年始休業`.
std::string_view closure_day_name(Closure closure, bool japanese);

}  // namespace handover
