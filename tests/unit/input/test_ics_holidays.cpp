// Tests of src/input/ics_holidays.cpp and of how clients.json names its own days off:
// `{"date", "name"}` objects and iCalendar files in `calendar.holidays`, read with libical
// from the calendar files under tests/data/holidays (gov.uk's shape, and a company's).
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/input/ics_holidays.hpp"
#include "handover/input/input.hpp"

using namespace handover;

namespace {

const std::filesystem::path k_holidays_dir =
    std::filesystem::path(HANDOVER_TEST_DATA_DIR) / "holidays";
const Day k_today = *parse_iso_date("2026-11-20");

Day day(std::string_view text) {
    return *parse_iso_date(text);
}

std::vector<NamedHoliday> read(const std::string& name, int first_year, int last_year,
                               Lang lang = Lang::en) {
    return read_ics_holidays(k_holidays_dir / name, first_year, last_year, lang);
}

std::string ics_error(const std::string& name, Lang lang = Lang::en) {
    try {
        read(name, 2025, 2027, lang);
    } catch (const IcsError& error) {
        return error.what();
    }
    FAIL("no error for " << name);
    return {};
}

/// A clients file as if it lay in tests/data/holidays, so that its .ics names resolve there.
const std::string k_clients_file = (k_holidays_dir / "clients.json").string();

Input parse(const std::string& calendar, Lang lang = Lang::en) {
    return parse_input(R"({"version": 1, "last_day": "2026-12-25", "calendar": )" + calendar +
                           R"(, "clients": []})",
                       k_clients_file, k_today, lang);
}

std::vector<Diagnostic> problems(const std::string& calendar, Lang lang = Lang::en) {
    try {
        parse(calendar, lang);
    } catch (const InputError& error) {
        return error.diagnostics();
    }
    return {};
}

bool has_day(const std::vector<NamedHoliday>& days, std::string_view date) {
    return std::any_of(days.begin(), days.end(),
                       [&](const NamedHoliday& h) { return h.date == day(date); });
}

std::string name_on(const std::vector<NamedHoliday>& days, std::string_view date) {
    for (const NamedHoliday& h : days) {
        if (h.date == day(date)) return h.name;
    }
    return "(none)";
}

}  // namespace

TEST_CASE("ics: an entry names an iCalendar file by its ending, in any case") {
    CHECK(is_ics_name("company.ics"));
    CHECK(is_ics_name("Holidays/England-and-Wales.ICS"));
    CHECK(is_ics_name(".ics"));
    CHECK_FALSE(is_ics_name("ics"));
    CHECK_FALSE(is_ics_name("company.ics.txt"));
    CHECK_FALSE(is_ics_name("company.icsx"));
    CHECK_FALSE(is_ics_name("JP"));
}

TEST_CASE("ics: a relative path is relative to the clients file's folder") {
    CHECK(ics_path("company.ics", "/home/yu/handover/clients.json") ==
          std::filesystem::path("/home/yu/handover/company.ics"));
    CHECK(ics_path("cal/uk.ics", "work/clients.json") == std::filesystem::path("work/cal/uk.ics"));
    CHECK(ics_path("company.ics", "clients.json") == std::filesystem::path("company.ics"));
    CHECK(ics_path("/etc/company.ics", "/home/yu/clients.json") ==
          std::filesystem::path("/etc/company.ics"));
    // Standard input: the current folder.
    CHECK(ics_path("company.ics", "<stdin>") == std::filesystem::path("company.ics"));
    CHECK(ics_path("company.ics", "-") == std::filesystem::path("company.ics"));
}

TEST_CASE("ics: gov.uk's England and Wales calendar gives its bank holidays") {
    const auto days = read("england-and-wales.ics", 2024, 2027);
    CHECK(days.size() == 32);
    // Sorted by date, each with its SUMMARY (UTF-8 kept as it is).
    CHECK(days.front().date == day("2024-01-01"));
    CHECK(days.front().name == "New Year\u2019s Day");
    CHECK(std::is_sorted(days.begin(), days.end(),
                         [](const auto& a, const auto& b) { return a.date < b.date; }));
    CHECK(name_on(days, "2026-04-03") == "Good Friday");
    CHECK(name_on(days, "2026-04-06") == "Easter Monday");
    // DTEND is exclusive: a one-day event does not spill into the next day.
    CHECK_FALSE(has_day(days, "2026-04-04"));
    CHECK_FALSE(has_day(days, "2026-12-26"));
    // Folded lines are unfolded (a space or a tab after CRLF).
    CHECK(name_on(days, "2026-05-04") == "Early May bank holiday");
    CHECK(name_on(days, "2026-12-28") == "Boxing Day (substitute day)");
    CHECK(name_on(days, "2027-12-27") == "Christmas Day (substitute day)");
}

TEST_CASE("ics: only the years asked for are kept") {
    const auto days = read("england-and-wales.ics", 2026, 2026);
    CHECK(days.size() == 8);
    CHECK(days.front().date == day("2026-01-01"));
    CHECK(days.back().date == day("2026-12-28"));
    CHECK(read("england-and-wales.ics", 2030, 2031).empty());
}

TEST_CASE("ics: a company calendar: shutdown, yearly day, timed event, cancelled event") {
    const auto days = read("company.ics", 2025, 2027);
    // The shutdown covers 24 December to 1 January: DTEND 2 January is the day after.
    for (const char* d : {"2026-12-24", "2026-12-25", "2026-12-31", "2027-01-01"}) {
        INFO(d);
        CHECK(name_on(days, d) == "Year-end shutdown");
    }
    CHECK_FALSE(has_day(days, "2026-12-23"));
    CHECK_FALSE(has_day(days, "2027-01-02"));
    // FREQ=YEARLY from 2020, in the years asked for, without its EXDATE (2025).
    CHECK(name_on(days, "2026-12-01") == "Founders' Day");
    CHECK(name_on(days, "2027-12-01") == "Founders' Day");
    CHECK_FALSE(has_day(days, "2025-12-01"));
    CHECK_FALSE(has_day(days, "2024-12-01"));
    // A timed event with a TZID: the date its DTSTART shows; the escaped comma undone.
    CHECK(name_on(days, "2026-12-03") == "Sales kick-off, all hands");
    CHECK_FALSE(has_day(days, "2026-12-02"));
    // STATUS:CANCELLED is no day off.
    CHECK_FALSE(has_day(days, "2026-12-04"));
    CHECK(days.size() == 9 + 2 + 1);
}

TEST_CASE("ics: each problem of a file is an error that says what is wrong") {
    CHECK(ics_error("missing.ics") == "cannot read the file: it does not exist");
    CHECK(ics_error("not-icalendar.ics") ==
          "not an iCalendar file (expected BEGIN:VCALENDAR ... END:VCALENDAR)");
    CHECK(ics_error("no-start.ics") ==
          "the event with UID \"missing-start@example\" has no valid start date (DTSTART)");
    CHECK(ics_error("no-events.ics") == "the file holds no events (VEVENT)");
    CHECK(ics_error("too-many-days.ics") == "the file gives more than 10000 days off");
    CHECK_THAT(ics_error("malformed-date.ics"),
               Catch::StartsWith("not valid iCalendar: Can't parse as DATE value in DTSTART"));
    CHECK_THAT(ics_error("malformed-date.ics"), Catch::Contains("Christmas Eve"));
    // A directory, and a file that is not text at all.
    CHECK(ics_error("..") == "cannot read the file: it is a directory");
    CHECK(ics_error("../bad/utf16.json") ==
          "not an iCalendar file (expected BEGIN:VCALENDAR ... END:VCALENDAR)");
}

TEST_CASE("ics: the errors are in Japanese too") {
    CHECK(ics_error("no-events.ics", Lang::ja) == "ファイルに予定(VEVENT)が 1 件もありません");
    CHECK(ics_error("missing.ics", Lang::ja) == "ファイルを読み込めません: ファイルが存在しません");
    CHECK(ics_error("no-start.ics", Lang::ja) ==
          "UID「missing-start@example」の予定に有効な開始日(DTSTART)がありません");
}

TEST_CASE("ics: an event without a UID is named by its place in the file") {
    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / "handover-test-no-uid.ics";
    {
        std::FILE* out = std::fopen(file.c_str(), "wb");
        REQUIRE(out != nullptr);
        std::fputs(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//E//EN\r\nBEGIN:VEVENT\r\n"
            "DTSTART;VALUE=DATE:20261224\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n",
            out);
        std::fclose(out);
    }
    try {
        read_ics_holidays(file, 2026, 2026);
        FAIL("no error");
    } catch (const IcsError& error) {
        CHECK(std::string(error.what()) == "event 2 of the file has no valid start date (DTSTART)");
    }
    std::filesystem::remove(file);
}

TEST_CASE("input: .ics entries add their days, named, for the years of the plan") {
    const Input input = parse(R"({"holidays": ["JP", "company.ics", "england-and-wales.ics"]})");
    CHECK(input.calendar.calendars == std::vector{HolidayCalendar::JP});
    const auto& days = input.calendar.holidays;
    CHECK(name_on(days, "2026-12-24") == "Year-end shutdown");
    CHECK(name_on(days, "2026-04-06") == "Easter Monday");
    // Today is 2026-11-20 and the last day 2026-12-25: the years 2025 to 2027 are read.
    CHECK(has_day(days, "2025-01-01"));
    CHECK(has_day(days, "2027-12-28"));
    CHECK_FALSE(has_day(days, "2024-12-25"));
}

TEST_CASE("input: each .ics problem names the entry's pointer and the file") {
    const auto found = problems(R"({"holidays": ["US", "missing.ics", "no-events.ics"]})");
    REQUIRE(found.size() == 2);
    CHECK(format_diagnostic("clients.json", found[0], Lang::en) ==
          "clients.json: /calendar/holidays/1: iCalendar file \"missing.ics\": cannot read the "
          "file: it does not exist");
    CHECK(found[1].pointer == "/calendar/holidays/2");
    CHECK(found[1].message ==
          "iCalendar file \"no-events.ics\": the file holds no events (VEVENT)");
    const auto ja = problems(R"({"holidays": ["no-events.ics"]})", Lang::ja);
    REQUIRE(ja.size() == 1);
    CHECK(ja[0].message ==
          "iCalendar ファイル「no-events.ics」: ファイルに予定(VEVENT)が 1 件もありません");
}

TEST_CASE("input: an .ics name with control characters is escaped in the message") {
    const auto found = problems(R"({"holidays": ["evil\u001b[2J\u202e.ics"]})");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find('\x1b') == std::string::npos);
    CHECK(found[0].message.find("\u202e") == std::string::npos);
    CHECK_THAT(found[0].message, Catch::Contains("cannot read the file"));
}

TEST_CASE("input: {date, name} objects are named days off") {
    const Input input = parse(
        R"({"holidays": ["2026-12-28", {"date": "2026-12-24", "name": "Company shutdown"}]})");
    CHECK(input.calendar.holidays ==
          std::vector{NamedHoliday{day("2026-12-28"), ""},
                      NamedHoliday{day("2026-12-24"), "Company shutdown"}});
}

TEST_CASE("input: a {date, name} object needs both, a non-empty name and no other key") {
    {
        const auto found = problems(R"({"holidays": [{"date": "2026-12-24"}]})");
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "/calendar/holidays/0");
        CHECK_THAT(found[0].message, Catch::Contains("\"name\""));
    }
    {
        const auto found = problems(R"({"holidays": [{"name": "Shutdown"}]})");
        REQUIRE(found.size() == 1);
        CHECK_THAT(found[0].message, Catch::Contains("\"date\""));
    }
    {
        const auto found = problems(R"({"holidays": [{"date": "2026-12-24", "name": ""}]})");
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "/calendar/holidays/0/name");
        CHECK(found[0].message == "expected a non-empty name");
    }
    {
        const auto found =
            problems(R"({"holidays": [{"date": "2026-12-24", "name": "Shutdown", "nmae": "x"}]})");
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "/calendar/holidays/0/nmae");
        CHECK(found[0].suggestion == "name");
    }
    {
        const auto found =
            problems(R"({"holidays": [{"date": "2026-12-32", "name": "Shutdown"}]})");
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "/calendar/holidays/0/date");
    }
}
