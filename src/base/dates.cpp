#include "handover/base/dates.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

namespace handover {

std::optional<Day> parse_iso_date(std::string_view text) {
    // Strict shape first: date::parse alone accepts `2027-1-5` and leaves trailing text.
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) continue;
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
    }
    auto number = [&](std::size_t pos, std::size_t len) {
        int value = 0;
        for (std::size_t i = pos; i < pos + len; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    const date::year_month_day ymd{date::year{number(0, 4)},
                                   date::month{static_cast<unsigned>(number(5, 2))},
                                   date::day{static_cast<unsigned>(number(8, 2))}};
    if (!ymd.ok()) return std::nullopt;
    return Day{ymd};
}

std::string format_iso(Day day) {
    const date::year_month_day ymd{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

unsigned weekday_index(Day day) {
    return date::weekday{day}.iso_encoding() - 1;
}

Day iso_week_monday(Day day) {
    const iso_week::year_weeknum_weekday week{day};
    return Day{week.year() / week.weeknum() / iso_week::mon};
}

std::string iso_week_id(Day day) {
    const iso_week::year_weeknum_weekday week{day};
    return fmt::format("{:04}-W{:02}", static_cast<int>(week.year()),
                       static_cast<unsigned>(week.weeknum()));
}

std::optional<Day> iso_week_start(int year, unsigned week) {
    const auto monday = iso_week::year{year} / iso_week::weeknum{week} / iso_week::mon;
    if (!monday.ok()) return std::nullopt;  // week 53 of a 52-week year, or week 0
    return Day{monday};
}

bool in_supported_range(Day day) {
    const int year = static_cast<int>(date::year_month_day{day}.year());
    return year >= k_min_year && year <= k_max_year;
}

}  // namespace handover
