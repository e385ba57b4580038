// `handover holidays`: the calendar the planner uses, for the user to check.
#include <catch2/catch.hpp>
#include <ctime>
#include <nlohmann/json.hpp>
#include <string>

#include "run_binary.hpp"

TEST_CASE("holidays: 2026 has 18 national holidays, as JSON") {
    // New Year's Day, Coming of Age Day, Foundation Day, the Emperor's Birthday, the vernal
    // equinox, Showa Day, May 3-5 with a substitute on May 6, Marine Day, Mountain Day,
    // Respect for the Aged Day, the citizens' holiday on Sep 22, the autumn equinox, Sports
    // Day, Culture Day and Labour Thanksgiving Day.
    const auto result = e2e::run_handover({"holidays", "--year", "2026", "--format", "json"});
    CHECK(result.exit_code == 0);
    const auto list = nlohmann::json::parse(result.out);
    REQUIRE(list.is_array());
    CHECK(list.size() == 18);
    CHECK(list.front() == nlohmann::json{{"date", "2026-01-01"},
                                         {"name_ja", "元日"},
                                         {"name_en", "New Year's Day"}});
    CHECK(list.at(9).at("date") == "2026-05-06");
    CHECK(list.at(13).at("date") == "2026-09-22");
    CHECK(list.back().at("date") == "2026-11-23");
}

TEST_CASE("holidays: the text list is in the chosen language") {
    const auto en = e2e::run_handover({"holidays", "--year", "2026", "--lang", "en"});
    CHECK(en.exit_code == 0);
    CHECK_THAT(en.out, Catch::Contains("Thu 1 Jan 2026"));
    CHECK_THAT(en.out, Catch::Contains("New Year's Day"));
    const auto ja = e2e::run_handover({"holidays", "--year", "2026", "--lang", "ja"});
    CHECK(ja.exit_code == 0);
    CHECK_THAT(ja.out, Catch::Contains("2026年1月1日(木)"));
    CHECK_THAT(ja.out, Catch::Contains("元日"));
}

TEST_CASE("holidays: a year outside 2000-2099 is a usage error") {
    for (const char* year : {"1999", "2100", "-5"}) {
        INFO(year);
        const auto result = e2e::run_handover({"holidays", "--year", year});
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains("2000"));
    }
    CHECK(e2e::run_handover({"holidays", "--year", "soon"}).exit_code == 2);
}

TEST_CASE("holidays: without --year, the year of --today, else of the local date") {
    const auto on_today = e2e::run_handover({"holidays", "--today", "2030-05-01", "-f", "json"});
    CHECK(on_today.exit_code == 0);
    CHECK(nlohmann::json::parse(on_today.out).front().at("date") == "2030-01-01");
    CHECK_THAT(e2e::run_handover({"--today", "2031-12-31", "holidays"}).out,
               Catch::StartsWith("Japanese national holidays in 2031:"));

    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const auto this_year = e2e::run_handover({"holidays"});
    CHECK(this_year.exit_code == 0);
    CHECK_THAT(this_year.out, Catch::StartsWith("Japanese national holidays in " +
                                                std::to_string(local.tm_year + 1900) + ":"));
    // --year still wins, and a --today that is not a date is refused as everywhere.
    CHECK_THAT(e2e::run_handover({"holidays", "--today", "2030-05-01", "--year", "2027"}).out,
               Catch::StartsWith("Japanese national holidays in 2027:"));
    CHECK(e2e::run_handover({"holidays", "--today", "soon"}).exit_code == 2);
}

TEST_CASE("holidays: --calendar US lists the federal holidays on their observed days") {
    const auto result =
        e2e::run_handover({"holidays", "--calendar", "US", "--year", "2026", "-f", "json"});
    CHECK(result.exit_code == 0);
    const auto list = nlohmann::json::parse(result.out);
    REQUIRE(list.size() == 11);
    CHECK(list.at(5) == nlohmann::json{{"date", "2026-07-03"},
                                       {"name_ja", "独立記念日(振替休日)"},
                                       {"name_en", "Independence Day (observed)"}});
    CHECK(list.at(9).at("date") == "2026-11-26");
    CHECK(list.at(9).at("name_en") == "Thanksgiving Day");
    const auto text =
        e2e::run_handover({"holidays", "--calendar", "US", "--year", "2026", "--lang", "en"});
    CHECK(text.exit_code == 0);
    CHECK_THAT(text.out, Catch::StartsWith("US federal holidays in 2026: 11"));
    CHECK_THAT(text.out, Catch::Contains("Thanksgiving Day"));
    CHECK_THAT(text.out, Catch::Contains("Thu 26 Nov 2026"));
    const auto ja =
        e2e::run_handover({"holidays", "--calendar", "US", "--year", "2026", "--lang", "ja"});
    CHECK_THAT(ja.out, Catch::StartsWith("2026 年の米国の連邦祝日: 11 日"));
    CHECK_THAT(ja.out, Catch::Contains("感謝祭"));
}

TEST_CASE("holidays: --calendar GB-EAW, GB-SCT and GB-NIR list each region's bank holidays") {
    struct Case {
        const char* calendar;
        std::size_t count;
        const char* title;
        const char* only_here;
    };
    for (const Case& c :
         {Case{"GB-EAW", 8, "UK bank holidays (England and Wales) in 2027: 8", "2027-03-29"},
          Case{"GB-SCT", 9, "UK bank holidays (Scotland) in 2027: 9", "2027-11-30"},
          Case{"GB-NIR", 10, "UK bank holidays (Northern Ireland) in 2027: 10", "2027-07-12"}}) {
        INFO(c.calendar);
        const auto json =
            e2e::run_handover({"holidays", "--calendar", c.calendar, "-y", "2027", "-f", "json"});
        CHECK(json.exit_code == 0);
        const auto list = nlohmann::json::parse(json.out);
        CHECK(list.size() == c.count);
        CHECK(list.back().at("date") == "2027-12-28");
        CHECK(list.back().at("name_en") == "Boxing Day (substitute day)");
        CHECK_THAT(json.out, Catch::Contains(c.only_here));
        const auto text = e2e::run_handover({"holidays", "--calendar", c.calendar, "-y", "2027"});
        CHECK(text.exit_code == 0);
        CHECK_THAT(text.out, Catch::StartsWith(c.title));
    }
    // Easter Monday is a bank holiday in England and Wales, not in Scotland.
    CHECK_THAT(e2e::run_handover({"holidays", "--calendar", "GB-SCT", "-y", "2027"}).out,
               !Catch::Contains("Easter Monday"));
    CHECK_THAT(
        e2e::run_handover({"holidays", "--calendar", "GB-SCT", "-y", "2027", "--lang", "ja"}).out,
        Catch::StartsWith("2027 年の英国のバンクホリデー(スコットランド): 9 日"));
}

TEST_CASE("holidays: --calendar JP is the default, and an unknown calendar is a usage error") {
    const auto by_default = e2e::run_handover({"holidays", "-y", "2026", "-f", "json"});
    const auto named =
        e2e::run_handover({"holidays", "--calendar", "JP", "-y", "2026", "-f", "json"});
    CHECK(named.exit_code == 0);
    CHECK(named.out == by_default.out);
    for (const char* wrong : {"UK", "gb-eaw", "GB", "\x1b[31mUS"}) {
        INFO(wrong);
        const auto result = e2e::run_handover({"holidays", "--calendar", wrong, "-y", "2026"});
        CHECK(result.exit_code == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, Catch::Contains("GB-EAW"));
        CHECK_THAT(result.err, !Catch::Contains("\x1b[31m"));
    }
}
