// UK bank holidays by rule: the Banking and Financial Dealings Act 1971 (Schedule 1) for
// each region, the days added or moved by royal proclamation every year (Early May, the
// Scottish 2 January and St Andrew's Day, Northern Ireland's 12 July), substitute days for
// days on a weekend, and the one-off days of the years in range. docs/holidays.md names the
// list this was checked against.
#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "handover/calendar/holidays.hpp"

namespace handover {

namespace {

Day make_day(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

Day first_monday(int year, unsigned month) {
    return Day{date::year_month_weekday{date::year{year}, date::month{month}, date::Monday[1]}};
}

Day last_monday(int year, unsigned month) {
    return Day{date::year_month_weekday_last{date::year{year}, date::month{month},
                                             date::Monday[date::last]}};
}

bool is_weekend(Day day) {
    const date::weekday weekday{day};
    return weekday == date::Saturday || weekday == date::Sunday;
}

// A year's change to the regular days, from the official lists: a regular day moved to
// another date, or a day added, in all three regions unless `only` names one.
struct OneOff {
    Day regular;  // The regular day that moves; unset (epoch) for an added day.
    Day date;
    const char* name_ja;
    const char* name_en;
    std::optional<HolidayCalendar> only = std::nullopt;
};

const std::vector<OneOff>& one_offs() {
    static const std::vector<OneOff> table = {
        // 2002: Spring bank holiday moved to 4 June for the Golden Jubilee on 3 June.
        {make_day(2002, 5, 27), make_day(2002, 6, 4), "春のバンクホリデー", "Spring bank holiday"},
        {Day{}, make_day(2002, 6, 3), "エリザベス女王即位50周年(ゴールデン・ジュビリー)",
         "Golden Jubilee bank holiday"},
        {Day{}, make_day(2011, 4, 29), "ウィリアム王子の結婚式", "Royal wedding"},
        // 2012: Spring bank holiday moved to 4 June, Diamond Jubilee on 5 June.
        {make_day(2012, 5, 28), make_day(2012, 6, 4), "春のバンクホリデー", "Spring bank holiday"},
        {Day{}, make_day(2012, 6, 5), "エリザベス女王即位60周年(ダイヤモンド・ジュビリー)",
         "Queen's Diamond Jubilee"},
        // 2020: Early May bank holiday moved to Friday 8 May, the 75th anniversary of VE Day.
        {make_day(2020, 5, 4), make_day(2020, 5, 8), "5月初旬のバンクホリデー(VEデー)",
         "Early May bank holiday (VE day)"},
        // 2022: Spring bank holiday moved to Thursday 2 June, Platinum Jubilee on 3 June.
        {make_day(2022, 5, 30), make_day(2022, 6, 2), "春のバンクホリデー", "Spring bank holiday"},
        {Day{}, make_day(2022, 6, 3), "エリザベス女王即位70周年(プラチナ・ジュビリー)",
         "Platinum Jubilee bank holiday"},
        {Day{}, make_day(2022, 9, 19), "エリザベス女王の国葬",
         "Bank Holiday for the State Funeral of Queen Elizabeth II"},
        {Day{}, make_day(2023, 5, 8), "チャールズ国王の戴冠式",
         "Bank holiday for the coronation of King Charles III"},
        // 2026: Scotland only, the Monday after the men's team's first World Cup match since
        // 1998 (royal proclamation of 4 February 2026).
        {Day{}, make_day(2026, 6, 15), "FIFAワールドカップ出場記念のバンクホリデー",
         "World Cup bank holiday", HolidayCalendar::GB_SCT},
    };
    return table;
}

bool contains(const std::vector<Holiday>& list, Day day) {
    return std::any_of(list.begin(), list.end(),
                       [day](const Holiday& holiday) { return holiday.date == day; });
}

}  // namespace

Day western_easter_sunday(int year) {
    // The anonymous Gregorian algorithm (Meeus, Astronomical Algorithms, ch. 8).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return make_day(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<Holiday> uk_bank_holidays(HolidayCalendar region, int year) {
    if (year < k_min_year || year > k_max_year) throw std::out_of_range("year");
    const bool scotland = region == HolidayCalendar::GB_SCT;
    const bool northern_ireland = region == HolidayCalendar::GB_NIR;

    // Days with a substitute when on a weekend, and days that are always weekdays.
    std::vector<Holiday> fixed;
    std::vector<Holiday> list;
    auto add = [&list](Day day, const char* name_ja, const char* name_en) {
        list.push_back(Holiday{day, name_ja, name_en});
    };
    auto add_fixed = [&fixed](Day day, const char* name_ja, const char* name_en) {
        fixed.push_back(Holiday{day, name_ja, name_en});
    };

    add_fixed(make_day(year, 1, 1), "元日", "New Year's Day");
    if (scotland) add_fixed(make_day(year, 1, 2), "1月2日の休日", "2nd January");
    if (northern_ireland) add_fixed(make_day(year, 3, 17), "聖パトリックの日", "St Patrick's Day");
    const Day easter = western_easter_sunday(year);
    add(easter - date::days{2}, "聖金曜日", "Good Friday");
    if (!scotland) add(easter + date::days{1}, "イースターマンデー", "Easter Monday");
    add(first_monday(year, 5), "5月初旬のバンクホリデー", "Early May bank holiday");
    add(last_monday(year, 5), "春のバンクホリデー", "Spring bank holiday");
    if (northern_ireland) {
        add_fixed(make_day(year, 7, 12), "ボイン川の戦い記念日(オレンジメンズ・デー)",
                  "Battle of the Boyne (Orangemen's Day)");
    }
    add(scotland ? first_monday(year, 8) : last_monday(year, 8), "夏のバンクホリデー",
        "Summer bank holiday");
    if (scotland) add_fixed(make_day(year, 11, 30), "聖アンドリューの日", "St Andrew's Day");
    add_fixed(make_day(year, 12, 25), "クリスマス", "Christmas Day");
    add_fixed(make_day(year, 12, 26), "ボクシング・デー", "Boxing Day");

    // The one-off changes of the year: a regular day moved, or a day added.
    for (const OneOff& change : one_offs()) {
        if (date::year_month_day{change.date}.year() != date::year{year}) continue;
        if (change.only && *change.only != region) continue;
        if (change.regular != Day{}) {
            std::erase_if(list, [&](const Holiday& day) { return day.date == change.regular; });
        }
        add(change.date, change.name_ja, change.name_en);
    }

    // A fixed day on a weekend gives its holiday to the next weekday that is not a holiday
    // already, in date order: Christmas Day on a Saturday moves to Monday 27 and Boxing Day
    // to Tuesday 28; Christmas Day on a Sunday goes to Tuesday 27 after Boxing Day on 26.
    for (const Holiday& day : fixed) {
        if (!is_weekend(day.date)) add(day.date, day.name_ja.c_str(), day.name_en.c_str());
    }
    for (const Holiday& day : fixed) {
        if (!is_weekend(day.date)) continue;
        Day substitute = day.date + date::days{1};
        while (is_weekend(substitute) || contains(list, substitute)) {
            substitute += date::days{1};
        }
        list.push_back(
            Holiday{substitute, day.name_ja + "(振替休日)", day.name_en + " (substitute day)"});
    }

    std::sort(list.begin(), list.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });

    // New Year's Day on a Sunday in Scotland: gov.uk names Monday 2 January the substitute for
    // New Year's Day and Tuesday 3 January the substitute for 2nd January (the same days).
    if (scotland && date::weekday{make_day(year, 1, 1)} == date::Sunday) {
        for (Holiday& day : list) {
            if (day.date == make_day(year, 1, 2)) {
                day.name_ja = "元日(振替休日)";
                day.name_en = "New Year's Day (substitute day)";
            } else if (day.date == make_day(year, 1, 3)) {
                day.name_ja = "1月2日の休日(振替休日)";
                day.name_en = "2nd January (substitute day)";
            }
        }
    }
    return list;
}

}  // namespace handover
