#pragma once

#include <string>

#include "handover/input/model.hpp"

namespace handover::bench {

/// Writes the TaskJuggler 3 project that matches the plan `handover` builds from `input`:
/// per client handover-doc and notify before introduce, then follow-up for change-averse
/// clients, with the engine's own durations; the same working days, national and company
/// holidays; and one resource whose daily limit is hours_per_day, reduced on days with
/// blocked hours or interviews. What TaskJuggler is not told (notification windows,
/// meeting slots, weekly reviews, atomic one-day tasks) is listed in docs/benchmarks.md.
std::string to_tjp(const Input& input);

}  // namespace handover::bench
