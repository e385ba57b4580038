// UK bank holidays against the official lists of https://www.gov.uk/bank-holidays (England
// and Wales, Scotland, Northern Ireland), typed as published.
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "handover/calendar/holidays.hpp"

namespace {

using handover::Holiday;
using handover::HolidayCalendar;
using handover::uk_bank_holidays;

constexpr HolidayCalendar k_eaw = HolidayCalendar::GB_EAW;
constexpr HolidayCalendar k_sct = HolidayCalendar::GB_SCT;
constexpr HolidayCalendar k_nir = HolidayCalendar::GB_NIR;

using Dates = std::vector<std::string>;

Dates dates(HolidayCalendar region, int year) {
    Dates result;
    for (const Holiday& holiday : uk_bank_holidays(region, year)) {
        result.push_back(handover::format_iso(holiday.date));
    }
    return result;
}

// The English name of the holiday on `iso`, or "" when the day is no holiday.
std::string name_on(HolidayCalendar region, const std::string& iso) {
    const int year = std::stoi(iso.substr(0, 4));
    for (const Holiday& holiday : uk_bank_holidays(region, year)) {
        if (handover::format_iso(holiday.date) == iso) return holiday.name_en;
    }
    return "";
}

}  // namespace

TEST_CASE("holidays_gb: Easter Sunday by the Gregorian computus") {
    const std::vector<std::pair<int, std::string>> known = {
        {2000, "2000-04-23"}, {2008, "2008-03-23"}, {2011, "2011-04-24"}, {2019, "2019-04-21"},
        {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"}, {2027, "2027-03-28"},
        {2028, "2028-04-16"}, {2038, "2038-04-25"}};
    for (const auto& [year, iso] : known) {
        INFO(year);
        CHECK(handover::format_iso(handover::western_easter_sunday(year)) == iso);
    }
}

TEST_CASE("holidays_gb: England and Wales 2024 to 2028 match gov.uk") {
    CHECK(dates(k_eaw, 2024) == Dates{"2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06",
                                      "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"});
    CHECK(dates(k_eaw, 2025) == Dates{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                                      "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"});
    CHECK(dates(k_eaw, 2026) == Dates{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04",
                                      "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"});
    CHECK(dates(k_eaw, 2027) == Dates{"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
                                      "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"});
    CHECK(dates(k_eaw, 2028) == Dates{"2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01",
                                      "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"});
}

TEST_CASE("holidays_gb: Scotland 2024 to 2028 match gov.uk") {
    CHECK(dates(k_sct, 2024) == Dates{"2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06",
                                      "2024-05-27", "2024-08-05", "2024-12-02", "2024-12-25",
                                      "2024-12-26"});
    CHECK(dates(k_sct, 2025) == Dates{"2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05",
                                      "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25",
                                      "2025-12-26"});
    // 2026: the World Cup bank holiday on Monday 15 June, in Scotland only.
    CHECK(dates(k_sct, 2026) == Dates{"2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04",
                                      "2026-05-25", "2026-06-15", "2026-08-03", "2026-11-30",
                                      "2026-12-25", "2026-12-28"});
    CHECK(name_on(k_sct, "2026-06-15") == "World Cup bank holiday");
    CHECK(name_on(k_eaw, "2026-06-15").empty());
    CHECK(name_on(k_nir, "2026-06-15").empty());
    CHECK(dates(k_sct, 2027) == Dates{"2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03",
                                      "2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27",
                                      "2027-12-28"});
    CHECK(dates(k_sct, 2028) == Dates{"2028-01-03", "2028-01-04", "2028-04-14", "2028-05-01",
                                      "2028-05-29", "2028-08-07", "2028-11-30", "2028-12-25",
                                      "2028-12-26"});
}

TEST_CASE("holidays_gb: Northern Ireland 2024 to 2028 match gov.uk") {
    CHECK(dates(k_nir, 2024) == Dates{"2024-01-01", "2024-03-18", "2024-03-29", "2024-04-01",
                                      "2024-05-06", "2024-05-27", "2024-07-12", "2024-08-26",
                                      "2024-12-25", "2024-12-26"});
    CHECK(dates(k_nir, 2025) == Dates{"2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21",
                                      "2025-05-05", "2025-05-26", "2025-07-14", "2025-08-25",
                                      "2025-12-25", "2025-12-26"});
    CHECK(dates(k_nir, 2026) == Dates{"2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06",
                                      "2026-05-04", "2026-05-25", "2026-07-13", "2026-08-31",
                                      "2026-12-25", "2026-12-28"});
    CHECK(dates(k_nir, 2027) == Dates{"2027-01-01", "2027-03-17", "2027-03-26", "2027-03-29",
                                      "2027-05-03", "2027-05-31", "2027-07-12", "2027-08-30",
                                      "2027-12-27", "2027-12-28"});
    CHECK(dates(k_nir, 2028) == Dates{"2028-01-03", "2028-03-17", "2028-04-14", "2028-04-17",
                                      "2028-05-01", "2028-05-29", "2028-07-12", "2028-08-28",
                                      "2028-12-25", "2028-12-26"});
}

TEST_CASE("holidays_gb: the one-off years 2020, 2022 and 2023") {
    // 2020: Early May moved to Friday 8 May for VE Day; Boxing Day on a Saturday.
    CHECK(dates(k_eaw, 2020) == Dates{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                                      "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"});
    CHECK(name_on(k_eaw, "2020-05-08") == "Early May bank holiday (VE day)");
    CHECK(name_on(k_eaw, "2020-05-04").empty());
    // 2022: Spring moved to Thursday 2 June, the Platinum Jubilee on Friday 3 June, the
    // State Funeral on 19 September; Christmas Day on a Sunday, substitute on Tuesday 27.
    CHECK(dates(k_eaw, 2022) == Dates{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
                                      "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
                                      "2022-12-26", "2022-12-27"});
    CHECK(dates(k_sct, 2022) == Dates{"2022-01-03", "2022-01-04", "2022-04-15", "2022-05-02",
                                      "2022-06-02", "2022-06-03", "2022-08-01", "2022-09-19",
                                      "2022-11-30", "2022-12-26", "2022-12-27"});
    CHECK(dates(k_nir, 2022) == Dates{"2022-01-03", "2022-03-17", "2022-04-15", "2022-04-18",
                                      "2022-05-02", "2022-06-02", "2022-06-03", "2022-07-12",
                                      "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"});
    CHECK(name_on(k_eaw, "2022-12-26") == "Boxing Day");
    CHECK(name_on(k_eaw, "2022-12-27") == "Christmas Day (substitute day)");
    // 2023: the coronation on Monday 8 May, New Year's Day on a Sunday.
    CHECK(dates(k_eaw, 2023) == Dates{"2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01",
                                      "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25",
                                      "2023-12-26"});
    CHECK(dates(k_sct, 2023) == Dates{"2023-01-02", "2023-01-03", "2023-04-07", "2023-05-01",
                                      "2023-05-08", "2023-05-29", "2023-08-07", "2023-11-30",
                                      "2023-12-25", "2023-12-26"});
    CHECK(dates(k_nir, 2023) == Dates{"2023-01-02", "2023-03-17", "2023-04-07", "2023-04-10",
                                      "2023-05-01", "2023-05-08", "2023-05-29", "2023-07-12",
                                      "2023-08-28", "2023-12-25", "2023-12-26"});
    // New Year's Day on a Sunday: gov.uk names Monday 2 the New Year's Day substitute and
    // Tuesday 3 the 2nd January substitute.
    CHECK(name_on(k_sct, "2023-01-02") == "New Year's Day (substitute day)");
    CHECK(name_on(k_sct, "2023-01-03") == "2nd January (substitute day)");
    CHECK(name_on(k_sct, "2022-01-03") == "New Year's Day (substitute day)");
    CHECK(name_on(k_sct, "2022-01-04") == "2nd January (substitute day)");
}

TEST_CASE("holidays_gb: the earlier one-off days of 2002, 2011 and 2012") {
    for (HolidayCalendar region : {k_eaw, k_sct, k_nir}) {
        CHECK(name_on(region, "2002-06-03") == "Golden Jubilee bank holiday");
        CHECK(name_on(region, "2002-06-04") == "Spring bank holiday");
        CHECK(name_on(region, "2002-05-27").empty());
        CHECK(name_on(region, "2011-04-29") == "Royal wedding");
        CHECK(name_on(region, "2012-06-04") == "Spring bank holiday");
        CHECK(name_on(region, "2012-06-05") == "Queen's Diamond Jubilee");
        CHECK(name_on(region, "2012-05-28").empty());
    }
}

TEST_CASE("holidays_gb: substitute days on each side of the weekend") {
    // New Year's Day: Saturday (2022) -> Monday 3, Sunday (2023) -> Monday 2, Friday (2021)
    // and Monday (2024) stay.
    CHECK(name_on(k_eaw, "2022-01-03") == "New Year's Day (substitute day)");
    CHECK(name_on(k_eaw, "2023-01-02") == "New Year's Day (substitute day)");
    CHECK(name_on(k_eaw, "2021-01-01") == "New Year's Day");
    CHECK(name_on(k_eaw, "2021-01-04").empty());
    CHECK(name_on(k_eaw, "2024-01-01") == "New Year's Day");
    // Christmas: Saturday (2027) -> Monday 27 and Boxing Day Tuesday 28; Friday (2026):
    // Boxing Day on Saturday -> Monday 28; Thursday (2025): no substitute.
    CHECK(name_on(k_eaw, "2027-12-27") == "Christmas Day (substitute day)");
    CHECK(name_on(k_eaw, "2027-12-28") == "Boxing Day (substitute day)");
    CHECK(name_on(k_eaw, "2026-12-28") == "Boxing Day (substitute day)");
    CHECK(dates(k_eaw, 2025).back() == "2025-12-26");
    // Scotland's 2 January: Saturday (2021) -> Monday 4; Friday (2026) stays.
    CHECK(name_on(k_sct, "2021-01-04") == "2nd January (substitute day)");
    CHECK(name_on(k_sct, "2026-01-02") == "2nd January");
    // St Andrew's Day: Saturday (2024) -> Monday 2 December, Sunday (2025) -> Monday 1
    // December, Friday (2029) stays.
    CHECK(name_on(k_sct, "2024-12-02") == "St Andrew's Day (substitute day)");
    CHECK(name_on(k_sct, "2025-12-01") == "St Andrew's Day (substitute day)");
    CHECK(name_on(k_sct, "2029-11-30") == "St Andrew's Day");
    CHECK(name_on(k_sct, "2029-12-03").empty());
    // St Patrick's Day: Sunday (2024) -> Monday 18, Saturday (2029) -> Monday 19, Friday
    // (2028) stays.
    CHECK(name_on(k_nir, "2024-03-18") == "St Patrick's Day (substitute day)");
    CHECK(name_on(k_nir, "2029-03-19") == "St Patrick's Day (substitute day)");
    CHECK(name_on(k_nir, "2028-03-17") == "St Patrick's Day");
    // Battle of the Boyne: Saturday (2025) -> Monday 14, Sunday (2026) -> Monday 13, Friday
    // (2024) stays.
    CHECK(name_on(k_nir, "2025-07-14") == "Battle of the Boyne (Orangemen's Day) (substitute day)");
    CHECK(name_on(k_nir, "2026-07-13") == "Battle of the Boyne (Orangemen's Day) (substitute day)");
    CHECK(name_on(k_nir, "2024-07-12") == "Battle of the Boyne (Orangemen's Day)");
    // The regional days stay in their regions.
    CHECK(name_on(k_eaw, "2028-03-17").empty());
    CHECK(name_on(k_eaw, "2027-11-30").empty());
    CHECK(name_on(k_sct, "2027-07-12").empty());
    CHECK(name_on(k_sct, "2027-03-29").empty());  // No Easter Monday in Scotland.
}

TEST_CASE("holidays_gb: every year is sorted with one entry per day, 2000 to 2099") {
    for (HolidayCalendar region : {k_eaw, k_sct, k_nir}) {
        for (int year = handover::k_min_year; year <= handover::k_max_year; ++year) {
            INFO(year);
            const auto list = uk_bank_holidays(region, year);
            CHECK(list.size() >= 8);
            for (std::size_t i = 1; i < list.size(); ++i) {
                CHECK(list[i - 1].date < list[i].date);
            }
            for (const Holiday& holiday : list) {
                CHECK(date::year_month_day{holiday.date}.year() == date::year{year});
                CHECK(handover::weekday_index(holiday.date) < 5);
                CHECK_FALSE(holiday.name_ja.empty());
            }
        }
        CHECK_THROWS_AS(uk_bank_holidays(region, 1999), std::out_of_range);
        CHECK_THROWS_AS(uk_bank_holidays(region, 2100), std::out_of_range);
    }
}
