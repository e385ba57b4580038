#include <catch2/catch.hpp>

#include "handover/engine/capacity.hpp"
#include "support/input_builder.hpp"

using namespace handover;
using handover::testing::d;

TEST_CASE("capacity: forward and backward search skip full and closed days", "[capacity]") {
    Input in = handover::testing::base_input("2026-11-23", "2026-12-04");  // Mon .. Fri next week
    WorkCalendar cal(in, in.today, in.last_day);
    CapacityLedger ledger(cal);
    REQUIRE(ledger.size() == 12);
    CHECK(ledger.minutes_left(0) == 180);
    CHECK(ledger.minutes_left(5) == 0);  // Saturday

    CHECK(ledger.find_forward(0, 11, 90, true) == 0);
    ledger.take(0, 90, true);
    ledger.take(0, 90, true);
    // Monday is now full for anything; meetings too.
    CHECK(ledger.find_forward(0, 11, 15, false) == 1);
    ledger.take(1, 150, false);
    CHECK(ledger.find_forward(0, 11, 60, false) == 2);
    CHECK(ledger.find_forward(0, 11, 30, false) == 1);
    // Backward from the Sunday lands on Friday.
    CHECK(ledger.find_backward(0, 6, 60, false) == 4);
    CHECK(ledger.find_backward(0, 0, 15, false) == -1);
    CHECK(ledger.find_forward(5, 6, 15, false) == -1);
}

TEST_CASE("capacity: meeting slots run out before hours", "[capacity]") {
    Input in = handover::testing::base_input("2026-11-23", "2026-11-27");
    in.calendar.max_meetings_per_day = 1;
    in.calendar.hours_per_day = 8;
    WorkCalendar cal(in, in.today, in.last_day);
    CapacityLedger ledger(cal);
    ledger.take(0, 60, true);
    CHECK_FALSE(ledger.fits(0, 60, true));
    CHECK(ledger.fits(0, 60, false));
    CHECK(ledger.find_forward(0, 4, 60, true) == 1);
}

TEST_CASE("capacity: calendar closes holidays, blocked days and takes out interviews",
          "[capacity][calendar]") {
    Input in = handover::testing::base_input("2026-11-02", "2026-11-30");
    in.calendar.calendars = {
        HolidayCalendar::JP};  // 3 Nov (Culture Day), 23 Nov (Labour Thanksgiving)
    in.calendar.holidays = {NamedHoliday{d("2026-11-10"), ""}};
    in.calendar.blocked = {BlockedTime{d("2026-11-11"), std::nullopt, "leave"},
                           BlockedTime{d("2026-11-12"), 2.0, "dentist"}};
    in.job_search.interviews = {Interview{d("2026-11-13"), 2.0, "Foo"},
                                Interview{d("2026-11-16"), 3.0, "Bar"}};
    WorkCalendar cal(in, in.today, in.last_day);
    auto at = [&](const char* iso) { return cal.index_of(d(iso)); };
    CHECK(cal.is_open(at("2026-11-02")));
    CHECK_FALSE(cal.is_open(at("2026-11-03")));
    CHECK(cal.is_holiday(at("2026-11-03")));
    CHECK(cal.note(at("2026-11-03"), true) == "文化の日");
    CHECK_FALSE(cal.is_open(at("2026-11-10")));
    CHECK_FALSE(cal.is_open(at("2026-11-11")));
    CHECK(cal.is_open(at("2026-11-12")));
    CHECK(cal.hours(at("2026-11-12")) == Approx(1.0));
    CHECK(cal.hours(at("2026-11-13")) == Approx(1.0));
    CHECK(cal.hours_before_interviews(at("2026-11-13")) == Approx(3.0));
    // An interview that fills the day leaves a working day without room.
    CHECK(cal.is_open(at("2026-11-16")));
    CHECK(cal.hours(at("2026-11-16")) == Approx(0.0));
    CHECK_FALSE(cal.is_open(at("2026-11-23")));
    CHECK_FALSE(cal.is_open(at("2026-11-07")));  // Saturday

    // Working-day arithmetic over the open days.
    CHECK(cal.day(cal.open_day_before(at("2026-11-30"), 0)) == d("2026-11-30"));
    CHECK(cal.day(cal.open_day_before(at("2026-11-30"), 1)) == d("2026-11-27"));
    CHECK(cal.day(cal.open_day_before(at("2026-11-30"), 5)) == d("2026-11-20"));  // skips 23rd
    CHECK(cal.open_day_before(at("2026-11-02"), 1) < 0);
    CHECK(cal.day(cal.open_day_after(at("2026-11-09"), 1)) == d("2026-11-12"));
    CHECK(cal.day(cal.next_open(at("2026-11-07"))) == d("2026-11-09"));
    CHECK(cal.day(cal.prev_open(at("2026-11-08"))) == d("2026-11-06"));
}

TEST_CASE("capacity: skip pointers stay correct under many takes", "[capacity]") {
    Input in = handover::testing::base_input("2026-01-05", "2026-12-31");
    WorkCalendar cal(in, in.today, in.last_day);
    CapacityLedger ledger(cal);
    // Fill day after day with 45-minute tasks and check against a naive scan each time.
    for (int n = 0; n < 600; ++n) {
        int naive = -1;
        for (int day = 0; day < ledger.size(); ++day) {
            if (ledger.fits(day, 45, n % 3 == 0)) {
                naive = day;
                break;
            }
        }
        const int found = ledger.find_forward(0, ledger.size() - 1, 45, n % 3 == 0);
        REQUIRE(found == naive);
        if (found < 0) break;
        ledger.take(found, 45, n % 3 == 0);
    }
}
