// Tests of src/cli/starter.cpp: the file `handover init` writes must be valid as written,
// whatever the day and the language, and show the situations it promises.
#include <catch2/catch.hpp>
#include <string>

#include "handover/base/diagnostics.hpp"
#include "handover/calendar/holidays.hpp"
#include "handover/cli/starter.hpp"
#include "handover/input/input.hpp"

using namespace handover;

namespace {

Input parse_starter(Lang lang, Day today, const StarterFill& fill = {}) {
    const std::string text = starter_file(lang, today, fill);
    try {
        return parse_input(text, "starter.jsonc", today, lang);
    } catch (const InputError& error) {
        FAIL("the starter file does not validate:\n" << error.describe(lang) << text);
        throw;
    }
}

StarterFill for_jurisdiction(Jurisdiction jurisdiction) {
    StarterFill fill;
    fill.jurisdiction = jurisdiction;
    return fill;
}

}  // namespace

TEST_CASE("starter: parses cleanly in both languages on many days") {
    // Weekdays, weekends, year ends, leap days and the edges of the supported years.
    for (const char* text :
         {"2026-11-20", "2026-11-21", "2026-11-22", "2026-12-24", "2027-02-28", "2028-02-29",
          "2028-11-18", "2030-04-29", "2000-01-01", "2099-11-01", "2099-12-31"}) {
        const Day today = *parse_iso_date(text);
        for (Lang lang : {Lang::en, Lang::ja}) {
            INFO(text << " " << to_string(lang));
            const Input input = parse_starter(lang, today);
            CHECK(input.last_day >= today);
            CHECK(input.clients.size() == 3);
        }
    }
}

TEST_CASE("starter: the last day is a working day about six weeks out") {
    for (int offset = 0; offset < 400; offset += 7) {
        const Day today = *parse_iso_date("2026-01-05") + date::days{offset};
        const Input input = parse_starter(Lang::en, today, for_jurisdiction(Jurisdiction::JP));
        const auto weeks_out = (input.last_day - today).count();
        INFO(format_iso(today) << " -> " << format_iso(input.last_day));
        CHECK(weeks_out >= 35);
        CHECK(weeks_out <= 42);
        CHECK(weekday_index(input.last_day) < 5);
        // Dates only ever fall before or on the last day, except the two facts after it.
        CHECK(*input.end_date > input.last_day);
        // Support lasts as long as employment and not a day longer (SUPPORT_AFTER_END).
        CHECK(*input.support_until == *input.end_date);
        for (const auto& interview : input.job_search.interviews) {
            CHECK(interview.date <= input.last_day);
        }
    }
}

TEST_CASE("starter: shows a deal about to close and a change-averse client") {
    const Day today = *parse_iso_date("2026-11-20");
    const Input input = parse_starter(Lang::en, today, for_jurisdiction(Jurisdiction::JP));
    REQUIRE(input.clients.size() == 3);
    const Client& deal = input.clients[0];
    CHECK(deal.stage == Stage::closing);
    REQUIRE(deal.expected_close);
    // Inside the default notification window, early enough to tell the client after it.
    CHECK(*deal.expected_close > today);
    CHECK(*deal.expected_close >= input.last_day - date::days{input.policy.notify_earliest_days});
    CHECK(*deal.expected_close <= input.last_day - date::days{14});
    CHECK(input.clients[1].change_averse);
    CHECK(input.clients[2].preferred_method == Method::email);
    CHECK(input.calendar.calendars == std::vector{HolidayCalendar::JP});
    CHECK(input.calendar.year_end_closure);  // init writes ["JP", "JP-year-end"]
    CHECK_FALSE(input.today_in_file);
}

TEST_CASE("starter: comments are in the chosen language") {
    const Day today = *parse_iso_date("2026-11-20");
    const std::string en = starter_file(Lang::en, today);
    const std::string ja = starter_file(Lang::ja, today);
    CHECK(en.starts_with("// "));
    CHECK(en.find("// Your last working day") != std::string::npos);
    CHECK(ja.find("// 最終出社日") != std::string::npos);
    CHECK(ja.find("Your last working day") == std::string::npos);
    // The optional fields are one `// ` away from being used.
    CHECK(en.find("\n    // \"disclose_from\": \"2026-11-27\",\n") != std::string::npos);
    CHECK(en.find("\n  // \"today\": \"2026-11-20\",\n") != std::string::npos);
}

TEST_CASE("starter: imported clients and names take the place of the examples") {
    const Day today = *parse_iso_date("2026-11-20");
    StarterFill fill;
    fill.me = "Jordan Lee";
    fill.manager = "Pat Morgan";
    fill.last_day = *parse_iso_date("2026-12-24");
    fill.source = "deals.csv";
    fill.clients = std::vector<std::vector<MemberText>>{
        {{"id", "\"harbor\""},
         {"name", "\"Harbor Freightways\""},
         {"stage", "\"closing\""},
         {"expected_close", "\"2026-12-11\""},
         {"value", "410000"}},
        {{"id", "\"c001\""},
         {"name", "\"株式会社山田製作所\""},
         {"stage", "\"active\""},
         {"history", "[\"2026-04 成立: 保守契約\"]"}},
    };
    for (Lang lang : {Lang::en, Lang::ja}) {
        INFO(to_string(lang));
        const std::string text = starter_file(lang, today, fill);
        const Input input = parse_input(text, "imported.jsonc", today, lang);
        REQUIRE(input.clients.size() == 2);
        CHECK(input.clients[0].id == "harbor");
        CHECK(input.clients[0].stage == Stage::closing);
        CHECK(input.clients[0].value == 410000);
        CHECK(input.clients[1].name == "株式会社山田製作所");
        CHECK(input.clients[1].history.size() == 1);
        CHECK(input.me == "Jordan Lee");
        CHECK(input.manager == "Pat Morgan");
        CHECK(input.last_day == *parse_iso_date("2026-12-24"));
        CHECK(text.find("deals.csv") != std::string::npos);
        // The successor was not given: the starter's example name stays.
        CHECK_FALSE(input.successor.empty());
        // No example contact details, time off or interview: they would reach the plan.
        CHECK(input.me_details.email.empty());
        CHECK(input.me_details.company.empty());
        CHECK(input.successor_details.email.empty());
        CHECK(input.manager_details.title.empty());
        CHECK(input.calendar.blocked.empty());
        CHECK(input.job_search.interviews.empty());
        // ... but each is there as a comment to turn on, and the file still reads with
        // every one of them turned on.
        CHECK(text.find("// \"email\": ") != std::string::npos);
        std::string all_on;
        std::size_t turned_on = 0;
        for (std::size_t pos = 0; pos < text.size();) {
            const std::size_t end = std::min(text.find('\n', pos), text.size());
            std::string line = text.substr(pos, end - pos);
            const std::size_t comment = line.find("// \"");
            if (comment != std::string::npos && line.find_first_not_of(' ') == comment) {
                line.erase(comment, 3);
                ++turned_on;
            }
            all_on += line + "\n";
            pos = end + 1;
        }
        CHECK(turned_on >= 9);
        const Input on = parse_input(all_on, "all-on.jsonc", today, lang);
        CHECK_FALSE(on.me_details.email.empty());
        CHECK_FALSE(on.successor_details.email.empty());
    }
    // No clients at all is still a valid file (an export with a header only).
    fill.clients = std::vector<std::vector<MemberText>>{};
    const Input empty = parse_input(starter_file(Lang::en, today, fill), "empty.jsonc", today);
    CHECK(empty.clients.empty());
}

TEST_CASE("starter: Japan for a Japanese starter, the United States for an English one") {
    CHECK(default_jurisdiction(Lang::ja) == Jurisdiction::JP);
    CHECK(default_jurisdiction(Lang::en) == Jurisdiction::US);
    const Day today = *parse_iso_date("2026-11-20");
    CHECK(parse_starter(Lang::ja, today).jurisdiction == Jurisdiction::JP);
    CHECK(parse_starter(Lang::en, today).jurisdiction == Jurisdiction::US);
    // Written out, not left to the default, so the reader sees what the file assumes.
    CHECK(starter_file(Lang::ja, today).find("\"jurisdiction\": \"JP\",") != std::string::npos);
    CHECK(starter_file(Lang::ja, today).find("\"currency\": \"JPY\",") != std::string::npos);
}

TEST_CASE("starter: holidays, currency, notice and clients fit the jurisdiction") {
    const Day today = *parse_iso_date("2026-11-20");
    for (Lang lang : {Lang::en, Lang::ja}) {
        INFO(to_string(lang));
        const Input us = parse_starter(lang, today, for_jurisdiction(Jurisdiction::US));
        CHECK(us.jurisdiction == Jurisdiction::US);
        CHECK(us.currency == Currency::USD);
        CHECK(us.locale == DateLocale::en_US);
        CHECK(us.calendar.calendars == std::vector{HolidayCalendar::US});
        CHECK_FALSE(us.calendar.year_end_closure);
        CHECK(us.policy.notice_days == 14);
        CHECK(us.policy.high_value == 100'000);
        CHECK(us.policy.prepare_before_notice);
        // The windows are left to fit the notice: a short notice must not break them.
        CHECK_FALSE(us.policy.given.notify_earliest_days);
        CHECK_FALSE(us.policy.given.notify_latest_days);
        REQUIRE(us.clients.size() == 3);
        CHECK(us.clients[0].value == 410'000);
        CHECK(us.clients[0].value >= us.policy.high_value);
        CHECK(us.clients[1].value < us.policy.high_value);
        CHECK(us.clients[0].salutation == (lang == Lang::en ? "Dear Maria," : "Maria Rivera 様"));
        CHECK(us.clients[1].name == "Lakeside Manufacturing LLC");

        const Input gb = parse_starter(lang, today, for_jurisdiction(Jurisdiction::GB));
        CHECK(gb.jurisdiction == Jurisdiction::GB);
        CHECK(gb.currency == Currency::GBP);
        CHECK(gb.locale == DateLocale::en_GB);
        CHECK(gb.calendar.calendars == std::vector{HolidayCalendar::GB_EAW});
        CHECK_FALSE(gb.calendar.year_end_closure);
        CHECK(gb.policy.notice_days == 30);
        CHECK(gb.policy.high_value == 75'000);
        CHECK(gb.policy.prepare_before_notice);
        REQUIRE(gb.clients.size() == 3);
        CHECK(gb.clients[0].value >= gb.policy.high_value);
        CHECK(gb.clients[1].value < gb.policy.high_value);
        CHECK(gb.clients[1].name == "Pennine Engineering plc");

        const Input jp = parse_starter(lang, today, for_jurisdiction(Jurisdiction::JP));
        CHECK(jp.currency == Currency::JPY);
        CHECK(jp.calendar.calendars == std::vector{HolidayCalendar::JP});
        CHECK(jp.calendar.year_end_closure);
        CHECK(jp.policy.notice_days == 30);
        CHECK(jp.policy.high_value == 10'000'000);
        CHECK_FALSE(jp.policy.prepare_before_notice);
        CHECK(jp.clients[0].value == 12'000'000);
    }
    // Scotland and Northern Ireland are one word away.
    const std::string gb = starter_file(Lang::en, today, for_jurisdiction(Jurisdiction::GB));
    CHECK(gb.find("GB-SCT") != std::string::npos);
    CHECK(gb.find("GB-NIR") != std::string::npos);
    CHECK(gb.find("\"holidays\": [\"GB-EAW\"],") != std::string::npos);
}

TEST_CASE(
    "starter: in the US the last day is about four weeks out: time to prepare, then two weeks") {
    for (int offset = 0; offset < 400; offset += 7) {
        const Day today = *parse_iso_date("2026-01-05") + date::days{offset};
        const Input input = parse_starter(Lang::en, today, for_jurisdiction(Jurisdiction::US));
        const auto days_out = (input.last_day - today).count();
        INFO(format_iso(today) << " -> " << format_iso(input.last_day));
        CHECK(days_out >= 21);
        CHECK(days_out <= 28);
        CHECK(weekday_index(input.last_day) < 5);
        for (const Client& client : input.clients) {
            if (client.expected_close) CHECK(*client.expected_close > today);
        }
    }
}

TEST_CASE("starter: a currency given with the jurisdiction sets the high-value default") {
    StarterFill fill = for_jurisdiction(Jurisdiction::US);
    fill.currency = Currency::EUR;
    const Input input = parse_starter(Lang::en, *parse_iso_date("2026-11-20"), fill);
    CHECK(input.jurisdiction == Jurisdiction::US);
    CHECK(input.currency == Currency::EUR);
    CHECK(input.policy.high_value == 90'000);
}

TEST_CASE("starter: no date the starter picks falls on a weekend or a holiday of its calendar") {
    // Late November and December hold Thanksgiving, Christmas and the year-end break;
    // March 2027 holds Easter.
    const auto closed = [](const Input& input, Day day) {
        if (weekday_index(day) >= 5) return true;
        const int year = static_cast<int>(date::year_month_day{day}.year());
        for (HolidayCalendar calendar : input.calendar.calendars) {
            for (const Holiday& holiday : public_holidays(calendar, year)) {
                if (holiday.date == day) return true;
            }
        }
        return false;
    };
    for (Jurisdiction jurisdiction : {Jurisdiction::JP, Jurisdiction::US, Jurisdiction::GB}) {
        for (int offset = 0; offset < 45; ++offset) {
            for (const char* start : {"2026-11-01", "2027-02-10", "2027-11-01"}) {
                const Day today = *parse_iso_date(start) + date::days{offset};
                const Input input = parse_starter(Lang::en, today, for_jurisdiction(jurisdiction));
                INFO(to_string(jurisdiction) << " " << format_iso(today));
                CHECK(input.calendar.calendars == starter_calendars(jurisdiction));
                std::vector<Day> days{input.last_day};
                for (const auto& blocked : input.calendar.blocked) days.push_back(blocked.date);
                for (const auto& interview : input.job_search.interviews) {
                    days.push_back(interview.date);
                }
                for (const Client& client : input.clients) {
                    if (client.expected_close) days.push_back(*client.expected_close);
                    for (const auto& event : client.next_events) days.push_back(event.date);
                }
                for (Day day : days) {
                    INFO(format_iso(day));
                    CHECK_FALSE(closed(input, day));
                }
            }
        }
    }
}
