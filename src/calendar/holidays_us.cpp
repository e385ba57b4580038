// US federal holidays (5 U.S.C. 6103) by rule, with the observed-day rule of Executive
// Order 11582 that OPM applies: a holiday on a Saturday is observed on the Friday before, one
// on a Sunday on the Monday after. docs/holidays.md names the list this was checked against.
#include <stdexcept>
#include <string>
#include <vector>

#include "handover/calendar/holidays.hpp"

namespace handover {

namespace {

constexpr int k_juneteenth = 2021;  // Juneteenth National Independence Day Act, 17 June 2021.

Day make_day(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

Day nth_weekday(int year, unsigned month, date::weekday weekday, unsigned nth) {
    return Day{date::year_month_weekday{date::year{year}, date::month{month}, weekday[nth]}};
}

Day last_weekday(int year, unsigned month, date::weekday weekday) {
    return Day{
        date::year_month_weekday_last{date::year{year}, date::month{month}, weekday[date::last]}};
}

// The day a holiday on `day` is observed: Saturday -> Friday before, Sunday -> Monday after.
Day observed(Day day) {
    const date::weekday weekday{day};
    if (weekday == date::Saturday) return day - date::days{1};
    if (weekday == date::Sunday) return day + date::days{1};
    return day;
}

bool in_year(Day day, int year) {
    return date::year_month_day{day}.year() == date::year{year};
}

}  // namespace

std::vector<Holiday> us_federal_holidays(int year) {
    if (year < k_min_year || year > k_max_year) throw std::out_of_range("year");
    std::vector<Holiday> list;
    // A fixed-date holiday: the day itself or, on a weekend, its observed day, when that lies
    // in `year` (1 January on a Saturday is observed on 31 December of the year before).
    auto add_fixed = [&list, year](Day day, const char* name_ja, const char* name_en) {
        const Day on = observed(day);
        if (!in_year(on, year)) return;
        if (on == day) {
            list.push_back(Holiday{on, name_ja, name_en});
        } else {
            list.push_back(Holiday{on, std::string(name_ja) + "(振替休日)",
                                   std::string(name_en) + " (observed)"});
        }
    };
    auto add = [&list](Day day, const char* name_ja, const char* name_en) {
        list.push_back(Holiday{day, name_ja, name_en});
    };

    add_fixed(make_day(year, 1, 1), "元日", "New Year's Day");
    add(nth_weekday(year, 1, date::Monday, 3), "キング牧師記念日",
        "Birthday of Martin Luther King, Jr.");
    add(nth_weekday(year, 2, date::Monday, 3), "ワシントン誕生日(大統領の日)",
        "Washington's Birthday");
    add(last_weekday(year, 5, date::Monday), "戦没将兵追悼記念日(メモリアルデー)", "Memorial Day");
    if (year >= k_juneteenth) {
        add_fixed(make_day(year, 6, 19), "ジューンティーンス(奴隷解放記念日)",
                  "Juneteenth National Independence Day");
    }
    add_fixed(make_day(year, 7, 4), "独立記念日", "Independence Day");
    add(nth_weekday(year, 9, date::Monday, 1), "労働者の日(レイバーデー)", "Labor Day");
    add(nth_weekday(year, 10, date::Monday, 2), "コロンブス記念日", "Columbus Day");
    add_fixed(make_day(year, 11, 11), "退役軍人の日", "Veterans Day");
    add(nth_weekday(year, 11, date::Thursday, 4), "感謝祭", "Thanksgiving Day");
    add_fixed(make_day(year, 12, 25), "クリスマス", "Christmas Day");
    // Next year's New Year's Day, when a Saturday, is observed on 31 December of this year.
    add_fixed(make_day(year + 1, 1, 1), "元日", "New Year's Day");
    return list;  // Added in date order; no two rules meet on one day.
}

}  // namespace handover
