#include "handover/calendar/holidays_jp.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace handover {

namespace {

// Years in which the rules changed. The law (国民の祝日に関する法律) and the special laws of
// 2019-2021 are the source; each constant names the first year the new rule applied.
constexpr int k_happy_monday_marine_aged = 2003;  // 海の日 and 敬老の日 moved to Mondays.
constexpr int k_showa_day = 2007;             // 昭和の日 on Apr 29, みどりの日 to May 4.
constexpr int k_substitute_chain = 2007;      // 振替休日 may skip over further holidays.
constexpr int k_mountain_day = 2016;          // 山の日 introduced.
constexpr int k_sports_day = 2020;            // 体育の日 renamed スポーツの日.
constexpr int k_new_emperor_birthday = 2020;  // Emperor's Birthday moved to Feb 23.
constexpr int k_last_old_emperor_birthday = 2018;  // Dec 23 for the last time.

Day make_day(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

Day nth_monday(int year, unsigned month, unsigned nth) {
    return Day{date::year_month_weekday{date::year{year}, date::month{month}, date::Monday[nth]}};
}

bool is_sunday(Day day) {
    return date::weekday{day} == date::Sunday;
}

bool contains_day(const std::vector<Holiday>& sorted, Day day) {
    const auto it =
        std::lower_bound(sorted.begin(), sorted.end(), day,
                         [](const Holiday& holiday, Day value) { return holiday.date < value; });
    return it != sorted.end() && it->date == day;
}

void sort_by_date(std::vector<Holiday>& list) {
    std::sort(list.begin(), list.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
}

// The equinox days are fixed each year by Cabinet Office announcement from astronomical
// observation; this widely used approximation agrees with every announcement so far and with
// the observatory's predictions, and is considered valid for 1980-2099.
// The `base` is the fractional day of the month of the equinox in 1980; each year the equinox
// moves about 0.242194 days later and each leap day pulls it back by one.
unsigned equinox_day_of_month(int year, double base) {
    const int since_1980 = year - 1980;
    const double value = base + 0.242194 * since_1980 - since_1980 / 4;
    return static_cast<unsigned>(std::floor(value));
}

// The 国民の祝日 proper of `year`, plus the 2019 enthronement days which the special law
// deemed to be national holidays (so they take part in the substitute and citizens' rules).
std::vector<Holiday> national_holidays(int year) {
    std::vector<Holiday> list;
    auto add = [&list](Day day, const char* name_ja, const char* name_en) {
        list.push_back(Holiday{day, name_ja, name_en});
    };

    add(make_day(year, 1, 1), "元日", "New Year's Day");
    add(nth_monday(year, 1, 2), "成人の日", "Coming of Age Day");
    add(make_day(year, 2, 11), "建国記念の日", "National Foundation Day");
    if (year >= k_new_emperor_birthday) {
        add(make_day(year, 2, 23), "天皇誕生日", "Emperor's Birthday");
    }
    add(make_day(year, 3, equinox_day_of_month(year, 20.8431)), "春分の日", "Vernal Equinox Day");
    if (year >= k_showa_day) {
        add(make_day(year, 4, 29), "昭和の日", "Showa Day");
    } else {
        add(make_day(year, 4, 29), "みどりの日", "Greenery Day");
    }
    add(make_day(year, 5, 3), "憲法記念日", "Constitution Memorial Day");
    if (year >= k_showa_day) add(make_day(year, 5, 4), "みどりの日", "Greenery Day");
    add(make_day(year, 5, 5), "こどもの日", "Children's Day");

    // The Tokyo Olympics special law moved three holidays around the opening and closing
    // ceremonies in 2020 and, after the postponement, again in 2021.
    const char* sports_ja = year >= k_sports_day ? "スポーツの日" : "体育の日";
    const char* sports_en = year >= k_sports_day ? "Sports Day" : "Health and Sports Day";
    if (year == 2020) {
        add(make_day(year, 7, 23), "海の日", "Marine Day");
        add(make_day(year, 7, 24), sports_ja, sports_en);
        add(make_day(year, 8, 10), "山の日", "Mountain Day");
    } else if (year == 2021) {
        add(make_day(year, 7, 22), "海の日", "Marine Day");
        add(make_day(year, 7, 23), sports_ja, sports_en);
        add(make_day(year, 8, 8), "山の日", "Mountain Day");
    } else {
        add(year >= k_happy_monday_marine_aged ? nth_monday(year, 7, 3) : make_day(year, 7, 20),
            "海の日", "Marine Day");
        if (year >= k_mountain_day) add(make_day(year, 8, 11), "山の日", "Mountain Day");
        add(nth_monday(year, 10, 2), sports_ja, sports_en);
    }

    add(year >= k_happy_monday_marine_aged ? nth_monday(year, 9, 3) : make_day(year, 9, 15),
        "敬老の日", "Respect for the Aged Day");
    add(make_day(year, 9, equinox_day_of_month(year, 23.2488)), "秋分の日", "Autumnal Equinox Day");
    add(make_day(year, 11, 3), "文化の日", "Culture Day");
    add(make_day(year, 11, 23), "勤労感謝の日", "Labour Thanksgiving Day");
    if (year <= k_last_old_emperor_birthday) {
        add(make_day(year, 12, 23), "天皇誕生日", "Emperor's Birthday");
    }

    if (year == 2019) {
        add(make_day(year, 5, 1), "即位の日", "Day of the Emperor's Accession");
        add(make_day(year, 10, 22), "即位礼正殿の儀", "Enthronement Ceremony Day");
    }

    sort_by_date(list);
    return list;
}

}  // namespace

std::vector<Holiday> japanese_holidays(int year) {
    if (year < k_min_year || year > k_max_year) {
        throw std::out_of_range("Japanese holidays are computed only for " +
                                std::to_string(k_min_year) + ".." + std::to_string(k_max_year) +
                                ", not for " + std::to_string(year));
    }

    const std::vector<Holiday> national = national_holidays(year);
    std::vector<Holiday> result = national;

    // 振替休日. Until 2006 only the Monday after a Sunday holiday was a day off, and only if
    // that Monday was not itself a holiday. Since 2007 it is the first following day that is
    // not a national holiday, so a Sunday May 3 yields May 6.
    for (const Holiday& holiday : national) {
        if (!is_sunday(holiday.date)) continue;
        Day next = holiday.date + date::days{1};
        if (year >= k_substitute_chain) {
            while (contains_day(national, next)) next += date::days{1};
        } else if (contains_day(national, next)) {
            continue;
        }
        result.push_back(Holiday{next, "振替休日", "Substitute Holiday"});
    }
    sort_by_date(result);

    // 国民の休日: an ordinary day with a national holiday on both sides. Only national
    // holidays count as the neighbours (a substitute does not), and a day already off as a
    // substitute or a Sunday gets nothing extra: the pre-2007 text excludes both, and since
    // 2007 no sandwiched Sunday can occur in 2000..2099.
    std::vector<Holiday> citizens;
    for (std::size_t i = 0; i + 1 < national.size(); ++i) {
        const Day between = national[i].date + date::days{1};
        if (national[i + 1].date != between + date::days{1}) continue;
        if (is_sunday(between) || contains_day(result, between)) continue;
        citizens.push_back(Holiday{between, "国民の休日", "Citizens' Holiday"});
    }
    result.insert(result.end(), citizens.begin(), citizens.end());
    sort_by_date(result);
    return result;
}

}  // namespace handover
