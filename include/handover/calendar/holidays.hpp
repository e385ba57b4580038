#pragma once
// The public-holiday calendars computed by rule (`calendar.holidays`: "JP", "US", "GB-EAW",
// "GB-SCT", "GB-NIR"). Each is computed from the rules of its law plus the one-off days the
// government declared, so no list needs updating each year; docs/holidays.md names the
// sources each calendar was checked against.

#include <string>
#include <vector>

#include "handover/base/dates.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// A public holiday: its day and its name in English and Japanese.
struct Holiday {
    Day date;
    std::string name_ja;
    std::string name_en;
};

/// The holidays of `calendar` in `year` (k_min_year..k_max_year), sorted by date, one entry
/// per day. Throws std::out_of_range outside that range.
std::vector<Holiday> public_holidays(HolidayCalendar calendar, int year);

/// US federal holidays (5 U.S.C. 6103): fixed days moved to the Friday before or Monday
/// after when they fall on a Saturday or Sunday, Monday holidays, Thanksgiving, Juneteenth
/// from 2021. A year holds the days observed in it: 1 January on a Saturday is observed on
/// 31 December of the year before. Inauguration Day (Washington area only) and one-off
/// closures of federal offices by executive order are left out.
std::vector<Holiday> us_federal_holidays(int year);

/// Easter Sunday of `year` in the Gregorian calendar, from which Good Friday and Easter
/// Monday follow.
Day western_easter_sunday(int year);

/// UK bank holidays of one region (`GB_EAW` England and Wales, `GB_SCT` Scotland, `GB_NIR`
/// Northern Ireland): the regular days with Good Friday and Easter Monday from the Easter
/// date, substitute days for days on a weekend, and the one-off days by royal proclamation.
std::vector<Holiday> uk_bank_holidays(HolidayCalendar region, int year);

}  // namespace handover
