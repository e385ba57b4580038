#include <catch2/catch.hpp>

#include "handover/calendar/calendar.hpp"
#include "handover/calendar/closures.hpp"
#include "support/input_builder.hpp"

using namespace handover;
using handover::testing::d;

TEST_CASE("closures: the year-end break is 29 December to 3 January, inclusive") {
    CHECK_FALSE(closure_period(d("2026-12-28")));
    const auto first = closure_period(d("2026-12-29"));
    REQUIRE(first);
    CHECK(first->closure == Closure::year_end);
    CHECK(first->first == d("2026-12-29"));
    CHECK(first->last == d("2027-01-03"));
    const auto last = closure_period(d("2027-01-03"));
    REQUIRE(last);
    CHECK(last->first == d("2026-12-29"));  // the same period, seen from January
    CHECK_FALSE(closure_period(d("2027-01-04")));
}

TEST_CASE("closures: Obon is 13 to 16 August, inclusive") {
    CHECK_FALSE(closure_period(d("2027-08-12")));
    REQUIRE(closure_period(d("2027-08-13")));
    CHECK(closure_period(d("2027-08-13"))->closure == Closure::obon);
    REQUIRE(closure_period(d("2027-08-16")));
    CHECK(closure_period(d("2027-08-16"))->last == d("2027-08-16"));
    CHECK_FALSE(closure_period(d("2027-08-17")));
}

TEST_CASE("closures: a calendar with the preset closes the days, named, and only then") {
    Input in = testing::base_input();
    in.today = d("2026-12-21");
    in.last_day = d("2027-01-15");
    {
        const WorkCalendar open(in, in.today, in.last_day);
        CHECK(open.is_open(open.index_of(d("2026-12-29"))));
    }
    in.calendar.year_end_closure = true;
    const WorkCalendar cal(in, in.today, in.last_day);
    CHECK(cal.is_open(cal.index_of(d("2026-12-28"))));
    CHECK_FALSE(cal.is_open(cal.index_of(d("2026-12-29"))));
    CHECK(cal.note(cal.index_of(d("2026-12-30")), true) == "年末年始休業");
    CHECK(cal.note(cal.index_of(d("2026-12-30")), false) == "Year-end closure");
    CHECK_FALSE(cal.is_open(cal.index_of(d("2027-01-01"))));
    CHECK(cal.is_open(cal.index_of(d("2027-01-04"))));
    CHECK(is_configured_holiday(in.calendar, d("2027-01-02")));
    CHECK_FALSE(is_configured_holiday(in.calendar, d("2027-08-14")));
    in.calendar.obon_closure = true;
    CHECK(is_configured_holiday(in.calendar, d("2027-08-14")));
}
