// Tests of format_date_prose (src/base/i18n.cpp): dates inside the sentences of letters.
#include <catch2/catch.hpp>
#include <string>

#include "handover/base/dates.hpp"
#include "handover/base/i18n.hpp"

using namespace handover;

namespace {

Day day(const char* iso) {
    const auto parsed = parse_iso_date(iso);
    REQUIRE(parsed);
    return *parsed;
}

}  // namespace

TEST_CASE("date prose: en-US writes weekday, month day; the year only outside the reference") {
    CHECK(format_date_prose(Lang::en, DateLocale::en_US, day("2026-12-01"), 2026) ==
          "Tuesday, December 1");
    CHECK(format_date_prose(Lang::en, DateLocale::en_US, day("2026-12-31"), 2026) ==
          "Thursday, December 31");
    CHECK(format_date_prose(Lang::en, DateLocale::en_US, day("2027-01-01"), 2026) ==
          "Friday, January 1, 2027");
    CHECK(format_date_prose(Lang::en, DateLocale::en_US, day("2027-01-08"), 2027) ==
          "Friday, January 8");
    CHECK(format_date_prose(Lang::en, DateLocale::en_US, day("2026-11-30"), 2027) ==
          "Monday, November 30, 2026");
}

TEST_CASE("date prose: en-GB writes weekday day month; the year only outside the reference") {
    CHECK(format_date_prose(Lang::en, DateLocale::en_GB, day("2026-12-01"), 2026) ==
          "Tuesday 1 December");
    CHECK(format_date_prose(Lang::en, DateLocale::en_GB, day("2026-12-31"), 2026) ==
          "Thursday 31 December");
    CHECK(format_date_prose(Lang::en, DateLocale::en_GB, day("2027-01-08"), 2026) ==
          "Friday 8 January 2027");
    CHECK(format_date_prose(Lang::en, DateLocale::en_GB, day("2027-01-08"), 2027) ==
          "Friday 8 January");
    CHECK(format_date_prose(Lang::en, DateLocale::en_GB, day("2026-05-04"), 2026) ==
          "Monday 4 May");
    CHECK(format_date_prose(Lang::en, DateLocale::en_GB, day("2026-09-30"), 2026) ==
          "Wednesday 30 September");
}

TEST_CASE("date prose: Japanese keeps the full date whatever the locale and year") {
    for (const auto locale : {DateLocale::en_US, DateLocale::en_GB}) {
        CHECK(format_date_prose(Lang::ja, locale, day("2026-12-01"), 2026) == "2026年12月1日(火)");
        CHECK(format_date_prose(Lang::ja, locale, day("2027-01-08"), 2026) == "2027年1月8日(金)");
    }
}
