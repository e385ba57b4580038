#include "handover/dates.hpp"

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
    // date::weekday counts Sunday as 0; ISO counts Monday as the first day.
    return (date::weekday{day}.c_encoding() + 6) % 7;
}

Day iso_week_monday(Day day) {
    return day - date::days{weekday_index(day)};
}

std::string iso_week_id(Day day) {
    // The ISO year is the year of the week's Thursday.
    const Day thursday = iso_week_monday(day) + date::days{3};
    const date::year_month_day ymd{thursday};
    const Day jan1{ymd.year() / date::January / 1};
    const auto week = (thursday - jan1).count() / 7 + 1;
    return fmt::format("{:04}-W{:02}", static_cast<int>(ymd.year()), week);
}

bool in_supported_range(Day day) {
    const int year = static_cast<int>(date::year_month_day{day}.year());
    return year >= k_min_year && year <= k_max_year;
}

}  // namespace handover
