// US federal holidays against OPM's published lists
// (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/), typed as printed.
#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "handover/calendar/holidays.hpp"

namespace {

using handover::Holiday;
using handover::us_federal_holidays;

std::vector<std::string> dates(const std::vector<Holiday>& holidays) {
    std::vector<std::string> result;
    for (const Holiday& holiday : holidays) result.push_back(handover::format_iso(holiday.date));
    return result;
}

std::vector<std::string> dates(int year) {
    return dates(us_federal_holidays(year));
}

const Holiday* find(int year, const std::string& iso) {
    static std::vector<Holiday> holidays;
    holidays = us_federal_holidays(year);
    for (const Holiday& holiday : holidays) {
        if (handover::format_iso(holiday.date) == iso) return &holiday;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("holidays_us: 2024 to 2028 match OPM's lists") {
    CHECK(dates(2024) == std::vector<std::string>{"2024-01-01", "2024-01-15", "2024-02-19",
                                                  "2024-05-27", "2024-06-19", "2024-07-04",
                                                  "2024-09-02", "2024-10-14", "2024-11-11",
                                                  "2024-11-28", "2024-12-25"});
    CHECK(dates(2025) == std::vector<std::string>{"2025-01-01", "2025-01-20", "2025-02-17",
                                                  "2025-05-26", "2025-06-19", "2025-07-04",
                                                  "2025-09-01", "2025-10-13", "2025-11-11",
                                                  "2025-11-27", "2025-12-25"});
    CHECK(dates(2026) == std::vector<std::string>{"2026-01-01", "2026-01-19", "2026-02-16",
                                                  "2026-05-25", "2026-06-19", "2026-07-03",
                                                  "2026-09-07", "2026-10-12", "2026-11-11",
                                                  "2026-11-26", "2026-12-25"});
    // 2027: Juneteenth and Christmas on a Saturday, Independence Day on a Sunday, and
    // 1 January 2028 (a Saturday) observed on Friday 31 December 2027.
    CHECK(dates(2027) == std::vector<std::string>{"2027-01-01", "2027-01-18", "2027-02-15",
                                                  "2027-05-31", "2027-06-18", "2027-07-05",
                                                  "2027-09-06", "2027-10-11", "2027-11-11",
                                                  "2027-11-25", "2027-12-24", "2027-12-31"});
    // 2028: no New Year's Day in the year (observed in 2027); Veterans Day on a Saturday.
    CHECK(dates(2028) == std::vector<std::string>{
                             "2028-01-17", "2028-02-21", "2028-05-29", "2028-06-19", "2028-07-04",
                             "2028-09-04", "2028-10-09", "2028-11-10", "2028-11-23", "2028-12-25"});
}

TEST_CASE("holidays_us: New Year's Day on a Saturday is observed in the year before") {
    // 1 January 2022 was a Saturday: OPM treats Friday 31 December 2021 as the holiday.
    CHECK(dates(2021) == std::vector<std::string>{"2021-01-01", "2021-01-18", "2021-02-15",
                                                  "2021-05-31", "2021-06-18", "2021-07-05",
                                                  "2021-09-06", "2021-10-11", "2021-11-11",
                                                  "2021-11-25", "2021-12-24", "2021-12-31"});
    CHECK(dates(2022) == std::vector<std::string>{
                             "2022-01-17", "2022-02-21", "2022-05-30", "2022-06-20", "2022-07-04",
                             "2022-09-05", "2022-10-10", "2022-11-11", "2022-11-24", "2022-12-26"});
    const Holiday* observed = find(2021, "2021-12-31");
    REQUIRE(observed != nullptr);
    CHECK(observed->name_en == "New Year's Day (observed)");
    CHECK(observed->name_ja == "元日(振替休日)");
    // 1 January 2023, a Sunday, is observed on Monday 2 January in its own year.
    CHECK(find(2023, "2023-01-02") != nullptr);
    CHECK(find(2023, "2023-01-01") == nullptr);
    CHECK(find(2022, "2022-12-30") == nullptr);
}

TEST_CASE("holidays_us: Juneteenth is a federal holiday from 2021") {
    for (const std::string& iso : dates(2020)) CHECK(iso.substr(5) != "06-19");
    CHECK(dates(2020) == std::vector<std::string>{
                             "2020-01-01", "2020-01-20", "2020-02-17", "2020-05-25", "2020-07-03",
                             "2020-09-07", "2020-10-12", "2020-11-11", "2020-11-26", "2020-12-25"});
    const Holiday* juneteenth = find(2021, "2021-06-18");
    REQUIRE(juneteenth != nullptr);
    CHECK(juneteenth->name_en == "Juneteenth National Independence Day (observed)");
}

TEST_CASE("holidays_us: the observed day of each weekday of a fixed holiday") {
    // Independence Day: Friday 2025 and Monday 2022 stay, Saturday 2026 -> Friday 3 July,
    // Sunday 2027 -> Monday 5 July.
    CHECK(find(2025, "2025-07-04")->name_en == "Independence Day");
    CHECK(find(2022, "2022-07-04")->name_en == "Independence Day");
    CHECK(find(2026, "2026-07-03")->name_en == "Independence Day (observed)");
    CHECK(find(2026, "2026-07-04") == nullptr);
    CHECK(find(2027, "2027-07-05")->name_en == "Independence Day (observed)");
    CHECK(find(2027, "2027-07-04") == nullptr);
    // Veterans Day and Christmas Day follow the same rule.
    CHECK(find(2023, "2023-11-10")->name_en == "Veterans Day (observed)");
    CHECK(find(2029, "2029-11-12")->name_en == "Veterans Day (observed)");
    CHECK(find(2022, "2022-12-26")->name_ja == "クリスマス(振替休日)");
}

TEST_CASE("holidays_us: the Monday and Thursday holidays carry their names") {
    CHECK(find(2026, "2026-11-26")->name_en == "Thanksgiving Day");
    CHECK(find(2026, "2026-11-26")->name_ja == "感謝祭");
    CHECK(find(2026, "2026-01-19")->name_en == "Birthday of Martin Luther King, Jr.");
    CHECK(find(2026, "2026-05-25")->name_en == "Memorial Day");
    CHECK(find(2026, "2026-09-07")->name_en == "Labor Day");
    // Thanksgiving is the fourth Thursday, not the last: November 2029 has five Thursdays.
    CHECK(find(2029, "2029-11-22") != nullptr);
    CHECK(find(2029, "2029-11-29") == nullptr);
}

TEST_CASE("holidays_us: every year is sorted with one entry per day, 2000 to 2099") {
    for (int year = handover::k_min_year; year <= handover::k_max_year; ++year) {
        INFO(year);
        const auto list = us_federal_holidays(year);
        CHECK(list.size() >= 9);  // 10 before Juneteenth, less one when 1 January is a Saturday
        CHECK(list.size() <= 12);
        for (std::size_t i = 1; i < list.size(); ++i) CHECK(list[i - 1].date < list[i].date);
        for (const Holiday& holiday : list) {
            CHECK(date::year_month_day{holiday.date}.year() == date::year{year});
            CHECK(handover::weekday_index(holiday.date) < 5);
            CHECK_FALSE(holiday.name_en.empty());
            CHECK_FALSE(holiday.name_ja.empty());
        }
    }
    CHECK_THROWS_AS(us_federal_holidays(1999), std::out_of_range);
    CHECK_THROWS_AS(us_federal_holidays(2100), std::out_of_range);
    CHECK_NOTHROW(us_federal_holidays(2000));
    CHECK_NOTHROW(us_federal_holidays(2099));
}
