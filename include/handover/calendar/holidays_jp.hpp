#pragma once

#include <string>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/calendar/holidays.hpp"

namespace handover {

/// The national holidays of `year` (2000..2099), computed by rule, sorted by date:
/// fixed days, Happy Monday days, the equinoxes by the astronomical approximation,
/// substitute holidays (振替休日), citizens' holidays (国民の休日), and the special moves
/// of 2019, 2020 and 2021. Throws std::out_of_range outside 2000..2099.
std::vector<Holiday> japanese_holidays(int year);

}  // namespace handover
