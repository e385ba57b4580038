#pragma once
// A realistic, deterministic `clients.json` of any size, built as the validated model
// (`Input`) so that the JSON and the TaskJuggler writers describe the very same plan.

#include <cstddef>
#include <cstdint>

#include "handover/input/model.hpp"

namespace handover::bench {

struct SyntheticOptions {
    std::size_t clients = 1000;
    std::uint64_t seed = 1;
};

/// How the calendar was sized, for the summary the generator prints.
struct Sizing {
    double work_hours = 0;  ///< estimated hours of all handover tasks and reviews
    int meetings = 0;       ///< estimated in-person and video contacts
    int open_days = 0;      ///< working days from today to the last day
    double coverage = 1;    ///< share of the estimated work the calendar can hold (max 1)
};

struct SyntheticInput {
    Input input;
    Sizing sizing;
};

/// The fixed planning date of every generated file (a Monday), so runs are comparable.
inline constexpr date::year_month_day k_bench_today{date::year{2027}, date::January, date::day{4}};

/// Builds the input. The calendar is scaled with the number of clients: hours_per_day and
/// max_meetings_per_day grow (up to the schema's 24 and 100) and the last day moves out
/// until about 80% of the room is needed, but never more than ~9.8 years ahead (the
/// schema allows 10). From about 14,000 clients the last day is at that cap, past about
/// 17,000 the work no longer fits, and the plan marks the rest unscheduled (at 100,000
/// clients, four tasks in five).
SyntheticInput make_synthetic_input(const SyntheticOptions& options);

}  // namespace handover::bench
