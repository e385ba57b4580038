// Tests of src/base/dates.cpp: ISO dates and ISO weeks (through date/iso_week.h).
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

#include "handover/base/dates.hpp"
#include "handover/engine/task_ids.hpp"

using namespace handover;

namespace {

Day day(const char* iso) {
    const auto parsed = parse_iso_date(iso);
    REQUIRE(parsed);
    return *parsed;
}

/// ISO 8601 from its definition: a week belongs to the year of its Thursday, and week 1
/// holds that year's first Thursday.
std::string week_by_definition(Day d) {
    const Day monday = d - date::days{(date::weekday{d}.c_encoding() + 6) % 7};
    const Day thursday = monday + date::days{3};
    const date::year_month_day ymd{thursday};
    const Day jan1{ymd.year() / date::January / 1};
    const auto week = (thursday - jan1).count() / 7 + 1;
    char text[32];
    std::snprintf(text, sizeof text, "%04d-W%02d", static_cast<int>(ymd.year()),
                  static_cast<int>(week));
    return text;
}

}  // namespace

TEST_CASE("dates: ISO weeks at the turn of the year") {
    CHECK(iso_week_id(day("2020-12-31")) == "2020-W53");
    CHECK(iso_week_id(day("2021-01-03")) == "2020-W53");
    CHECK(iso_week_id(day("2021-01-04")) == "2021-W01");
    CHECK(iso_week_id(day("2024-12-29")) == "2024-W52");
    CHECK(iso_week_id(day("2024-12-30")) == "2025-W01");
    CHECK(iso_week_id(day("2026-12-27")) == "2026-W52");
    CHECK(iso_week_id(day("2026-12-28")) == "2026-W53");
    CHECK(iso_week_id(day("2027-01-03")) == "2026-W53");
    CHECK(iso_week_id(day("2027-01-04")) == "2027-W01");
    CHECK(iso_week_monday(day("2027-01-03")) == day("2026-12-28"));
    CHECK(iso_week_monday(day("2026-12-28")) == day("2026-12-28"));
    CHECK(weekday_index(day("2026-12-28")) == 0);
    CHECK(weekday_index(day("2027-01-03")) == 6);
}

TEST_CASE("dates: ISO weeks agree with the definition on every day of 2000-2099") {
    const Day first = day("2000-01-01");
    const Day last = day("2099-12-31");
    for (Day d = first; d <= last; d += date::days{1}) {
        const std::string expected = week_by_definition(d);
        if (iso_week_id(d) != expected) FAIL(format_iso(d) << ": " << iso_week_id(d));
        const Day monday = iso_week_monday(d);
        if (monday > d || d - monday >= date::days{7} || weekday_index(monday) != 0) {
            FAIL(format_iso(d) << ": Monday " << format_iso(monday));
        }
    }
}

TEST_CASE("dates: the Monday of a numbered week, and weeks a year does not have") {
    CHECK(iso_week_start(2026, 53) == day("2026-12-28"));
    CHECK(iso_week_start(2026, 1) == day("2025-12-29"));
    CHECK(iso_week_start(2027, 52) == day("2027-12-27"));
    CHECK_FALSE(iso_week_start(2027, 53));  // 2027 has 52 weeks
    CHECK_FALSE(iso_week_start(2026, 54));
    CHECK_FALSE(iso_week_start(2026, 0));

    CHECK(task_id::weekly_review_monday("weekly-review/2026-W53") == day("2026-12-28"));
    CHECK_FALSE(task_id::weekly_review_monday("weekly-review/2025-W53"));
    CHECK_FALSE(task_id::weekly_review_monday("weekly-review/2026-W00"));
    CHECK_FALSE(task_id::weekly_review_monday("weekly-review/1999-W10"));
    CHECK(task_id::weekly_review_monday("weekly-review/2000-W01") == day("2000-01-03"));
}
