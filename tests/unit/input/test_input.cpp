// Tests of src/input/input.cpp: reading, parsing and validating clients.json.
// Messages are asserted in full (as nlohmann/json's own tests do): they are the interface a
// user reads, and a change to them should be a decision, not an accident.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "handover/base/diagnostics.hpp"
#include "handover/input/input.hpp"
#include "handover/input/schema.hpp"

using namespace handover;

namespace {

const Day k_today = *parse_iso_date("2026-11-20");

Day day(std::string_view text) {
    return *parse_iso_date(text);
}

/// Every diagnostic of `text` (empty when it is valid).
std::vector<Diagnostic> problems(std::string_view text, Lang lang = Lang::en) {
    try {
        parse_input(text, "clients.json", k_today, lang);
    } catch (const InputError& error) {
        CHECK(error.file() == "clients.json");
        return error.diagnostics();
    }
    return {};
}

/// The one diagnostic of `text`, formatted as the user sees it.
std::string only_error(std::string_view text, Lang lang = Lang::en) {
    const auto found = problems(text, lang);
    REQUIRE(found.size() == 1);
    return format_diagnostic("clients.json", found.front(), lang);
}

/// The message of the one diagnostic of `text`, for problems about the whole file.
std::string only_message(std::string_view text, Lang lang = Lang::en) {
    const auto found = problems(text, lang);
    REQUIRE(found.size() == 1);
    CHECK(found.front().pointer.empty());
    return found.front().message;
}

/// A valid file with extra top-level members (`"key": value, `).
std::string file_with(std::string_view members) {
    return "{\"version\": 1, \"last_day\": \"2026-12-25\", " + std::string(members) +
           " \"clients\": []}";
}

/// A valid file with one client, whose members are `acme`'s plus `members`.
std::string client_with(std::string_view members) {
    return R"({"version": 1, "last_day": "2026-12-25", "clients": [{"id": "acme", )" +
           std::string(members) + "}]}";
}

constexpr std::string_view k_client_fields = R"("name": "Acme", "stage": "active")";

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A scratch directory removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    TempDir() {
        path = std::filesystem::temp_directory_path() /
               ("handover-test-input-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

}  // namespace

// --- valid input ---------------------------------------------------------------------------

TEST_CASE("input: a minimal file gets the model's defaults") {
    const Input input =
        parse_input(R"({"version": 1, "last_day": "2026-12-25", "clients": []})", "f", k_today);
    CHECK(input.version == 1);
    CHECK(input.last_day == day("2026-12-25"));
    CHECK(input.today == k_today);
    CHECK_FALSE(input.today_in_file);
    CHECK(input.clients.empty());
    CHECK(input.me.empty());
    CHECK(input.successor.empty());
    CHECK_FALSE(input.end_date);
    CHECK(input.calendar.workdays == CalendarConfig{}.workdays);
    CHECK(input.calendar.calendars.empty());
    CHECK(input.calendar.hours_per_day == CalendarConfig{}.hours_per_day);
    CHECK(input.policy.notice_days == Policy{}.notice_days);
    CHECK(input.policy.high_value == Policy{}.high_value);
    CHECK(input.job_search.weekly_review);
    CHECK(input.done.empty());
}

TEST_CASE("input: every field of the format is read into the model") {
    const std::string text = read_file(HANDOVER_TEST_DATA_DIR "/good/full.json");
    REQUIRE_FALSE(text.empty());
    const Input input = parse_input(text, "full.json", k_today);
    CHECK(input.me == "Alex Morgan");
    CHECK(input.manager == "Jordan Lee");
    CHECK(input.disclose_from == day("2026-11-27"));
    CHECK(input.end_date == day("2027-01-15"));
    CHECK(input.support_until == day("2027-01-31"));
    CHECK(input.successor == "Sam Carter");
    CHECK(input.today_in_file);
    CHECK(input.last_day == day("2026-12-25"));

    CHECK(input.calendar.workdays ==
          std::array<bool, 7>{true, true, true, true, true, false, false});
    CHECK(input.calendar.calendars == std::vector{HolidayCalendar::JP});
    CHECK(input.calendar.holidays == std::vector{NamedHoliday{day("2026-12-28"), ""}});
    REQUIRE(input.calendar.blocked.size() == 2);
    CHECK(input.calendar.blocked[0].date == day("2026-12-04"));
    CHECK(input.calendar.blocked[0].hours == 8);
    CHECK(input.calendar.blocked[0].reason == "paid leave");
    CHECK_FALSE(input.calendar.blocked[1].hours);
    CHECK(input.calendar.hours_per_day == 3.5);
    CHECK(input.calendar.max_meetings_per_day == 2);

    CHECK(input.policy.notify_latest_days == 10);
    CHECK(input.policy.intro_buffer_days == 5);
    REQUIRE(input.job_search.interviews.size() == 2);
    CHECK(input.job_search.interviews[0].hours == 3);
    CHECK(input.job_search.interviews[0].company == "Foo Inc.");
    CHECK(input.job_search.interviews[1].hours == Interview{}.hours);

    REQUIRE(input.clients.size() == 3);
    const Client& acme = input.clients[0];
    CHECK(acme.id == "acme");
    CHECK(acme.index == 0);
    CHECK(acme.contact == "Ms. Rivera");
    CHECK(acme.stage == Stage::closing);
    CHECK(acme.expected_close == day("2026-12-10"));
    CHECK(acme.value == 12000000);
    CHECK(acme.relationship == Relationship::strong);
    CHECK(acme.change_averse);
    CHECK(acme.preferred_method == Method::in_person);
    CHECK(acme.successor == "Sam Carter");
    CHECK(acme.notes == "prefers mornings");
    CHECK(acme.history.size() == 2);
    REQUIRE(acme.next_events.size() == 1);
    CHECK(acme.next_events[0].what == "quarterly review");
    CHECK(input.clients[1].index == 1);
    CHECK(input.clients[1].preferred_method == Method::video);
    CHECK(input.clients[2].relationship == Relationship::weak);
    CHECK_FALSE(input.clients[2].change_averse);

    CHECK(input.done.size() == 2);
    CHECK(input.done.at("consult-manager") == day("2026-11-18"));
}

TEST_CASE("input: today comes from the flag, then the file, then the clock") {
    const std::string text = file_with(R"("today": "2026-11-25",)");
    CHECK(parse_input(text, "f", day("2026-11-22")).today == day("2026-11-22"));
    const Input from_file = parse_input(text, "f");
    CHECK(from_file.today == day("2026-11-25"));
    CHECK(from_file.today_in_file);
    const Input from_clock =
        parse_input(R"({"version": 1, "last_day": ")" + format_iso(local_today() + date::days{30}) +
                        R"(", "clients": []})",
                    "f");
    CHECK(from_clock.today == local_today());
}

TEST_CASE("input: a UTF-8 byte order mark is accepted") {
    const Input input =
        parse_input("\xEF\xBB\xBF{\"version\": 1, \"last_day\": \"2026-12-25\", \"clients\": []}",
                    "f", k_today);
    CHECK(input.last_day == day("2026-12-25"));
}

TEST_CASE("input: two byte order marks are refused, not skipped") {
    // The parser would skip a second mark; `handover done` could then not edit the file.
    const std::string valid = "{\"version\": 1, \"last_day\": \"2026-12-25\", \"clients\": []}";
    CHECK(only_message("\xEF\xBB\xBF\xEF\xBB\xBF" + valid) ==
          "the file starts with two byte order marks (U+FEFF); remove one");
    CHECK(only_message("\xEF\xBB\xBF\xEF\xBB\xBF" + valid, Lang::ja) ==
          "ファイルの先頭にバイト順マーク(U+FEFF)が 2 つあります。1 つを削除してください");
    // One mark, or a U+FEFF later in the text, is no such case.
    CHECK_NOTHROW(parse_input("\xEF\xBB\xBF" + valid, "f", k_today));
    CHECK_THAT(only_message("\xEF\xBB\xBF \xEF\xBB\xBF" + valid),
               !Catch::Contains("byte order marks"));
}

TEST_CASE("input: // and /* */ comments are accepted") {
    const Input input = parse_input(R"(// a starter file
{
  "version": 1, // the format
  /* the last day,
     in the office */
  "last_day": "2026-12-25",
  "clients": [] /* none yet */
}
// the end)",
                                    "f", k_today);
    CHECK(input.last_day == day("2026-12-25"));
}

TEST_CASE("input: whole numbers written with a fraction are integers") {
    const Input input = parse_input(file_with(R"("policy": {"notice_days": 14.0},)"), "f", k_today);
    CHECK(input.policy.notice_days == 14);
}

// --- exact messages ------------------------------------------------------------------------

TEST_CASE("input: exact messages in English") {
    CHECK(only_error(client_with(R"("name": "Acme", "stage": "clsing")")) ==
          R"(clients.json: /clients/0/stage (client "acme"): unknown value "clsing"; expected one )"
          R"(of: prospect, proposal, negotiation, closing, active, renewal, dormant; did you mean )"
          R"("closing"?)");
    CHECK(only_error(file_with(R"("calender": {},)")) ==
          R"(clients.json: /calender: unknown key "calender"; did you mean "calendar"?)");
    CHECK(
        only_error(file_with(R"("zzz": 1,)")) ==
        R"(clients.json: /zzz: unknown key "zzz"; the keys allowed here are: $schema, version, )"
        R"(me, manager, successor, lang, jurisdiction, currency, locale, today, last_day, end_date, )"
        R"(support_until, calendar, policy, job_search, clients, done)");
    CHECK(only_error(client_with(R"("name": 42, "stage": "active")")) ==
          R"(clients.json: /clients/0/name (client "acme"): expected a string, found a number)");
    CHECK(only_error(client_with(R"("name": "Acme")")) ==
          R"(clients.json: /clients/0 (client "acme"): missing required key "stage")");
    CHECK(only_error(file_with(R"("end_date": "2026/12/01",)")) ==
          R"(clients.json: /end_date: expected a date as YYYY-MM-DD, found "2026/12/01")");
    CHECK(only_error(file_with(R"("end_date": "2027-02-29",)")) ==
          "clients.json: /end_date: 2027-02-29 is not a real calendar date");
    CHECK(only_error(file_with(R"("job_search": {"interviews": [{"date": "2026-12-03", )"
                               R"("hours": -2}]},)")) ==
          "clients.json: /job_search/interviews/0/hours: expected a number greater than 0 and "
          "at most 24, found -2");
    CHECK(
        only_error(file_with(R"("calendar": {"holidays": ["JP", "Canada"]},)")) ==
        R"(clients.json: /calendar/holidays/1: unknown holiday calendar "Canada"; expected "JP", )"
        R"("US", "GB-EAW" (England and Wales), "GB-SCT" (Scotland), "GB-NIR" (Northern )"
        R"(Ireland), "JP-year-end" (the year-end break), "JP-obon" (Obon), an .ics file or a )"
        R"(date as YYYY-MM-DD)");
    CHECK(only_error(R"({"version": 1, "last_day": "2026-12-25", "clients": [
        {"id": "acme", "name": "A", "stage": "active"},
        {"id": "acme", "name": "B", "stage": "active"}]})") ==
          R"(clients.json: /clients/1/id (client "acme"): the id "acme" is already used by the )"
          R"(client at /clients/0; ids must be unique)");
    // A last day before today is read: the plan then says what was done (LAST_DAY_PASSED).
    CHECK(problems(R"({"version": 1, "last_day": "2026-11-13", "clients": []})").empty());
    CHECK(only_error(R"({"version": 2, "last_day": "2026-12-25", "clients": []})") ==
          "clients.json: /version: unsupported format version 2; this program reads version 1");
    CHECK(
        only_error("{\"version\": 1,\n \"last_day\": \"2026-12-25\",\n \"clients\": [\n  {\"id\": "
                   "\"acme\" \"name\": \"Acme\"}]}") ==
        R"(clients.json: /clients/0 (client "acme"): invalid JSON at line 4, column 17: )"
        R"(unexpected "name"; expected ',' or '}' (a missing comma?))");
}

TEST_CASE("input: exact messages in Japanese") {
    CHECK(only_error(client_with(R"("name": "Acme", "stage": "clsing")"), Lang::ja) ==
          "clients.json: /clients/0/stage (顧客 \"acme\"): 「clsing」は使えません。"
          "次のいずれかを指定してください: prospect, proposal, negotiation, closing, active, "
          "renewal, dormant。「closing」の誤りではありませんか?");
    CHECK(only_error(client_with(R"("name": 42, "stage": "active")"), Lang::ja) ==
          "clients.json: /clients/0/name (顧客 \"acme\"): "
          "文字列が必要ですが、数値が指定されています");
    CHECK(only_error(file_with(R"("end_date": "2027-02-29",)"), Lang::ja) ==
          "clients.json: /end_date: 2027-02-29 は実在しない日付です");
}

TEST_CASE("input: every message exists in both languages") {
    // The same broken file in both languages: any missing key would throw std::logic_error.
    const std::string text = read_file(HANDOVER_TEST_DATA_DIR "/bad/multiple-problems.json");
    const auto en = problems(text, Lang::en);
    const auto ja = problems(text, Lang::ja);
    REQUIRE(en.size() == ja.size());
    for (std::size_t i = 0; i < en.size(); ++i) {
        CHECK(en[i].pointer == ja[i].pointer);
        CHECK(en[i].message != ja[i].message);
    }
}

// --- one test per kind of problem ----------------------------------------------------------

TEST_CASE("input: malformed JSON is reported with its line and column") {
    CHECK(only_message(
              "{\n  \"version\": 1,\n  \"last_day\": \"2026-12-25\"\n  \"clients\": []\n}") ==
          "invalid JSON at line 4, column 3: unexpected \"clients\"; expected ',' or '}' (a "
          "missing comma?)");
    CHECK(only_message("{\"version\": 1,}") ==
          "invalid JSON at line 1, column 15: unexpected '}'; expected a key in double quotes (a "
          "comma before '}' is not allowed)");
    CHECK(only_message("{'version': 1}") ==
          "invalid JSON at line 1, column 2: unexpected text 'version'; strings need double "
          "quotes, and only true, false and null may be written without them");
    CHECK(only_message(R"({"version": 1} {})") ==
          "invalid JSON at line 1, column 16: unexpected '{' after the end of the JSON document");
    // Columns count characters, not bytes, as editors do.
    CHECK(only_error("{\"me\": {\"name\": \"佐藤\" }, \"version\" 1}") ==
          "clients.json: /version: invalid JSON at line 1, column 35: unexpected '1'; expected "
          "':' after the key");
}

TEST_CASE("input: each kind of syntax error has its own words, found from the text itself") {
    // The kind comes from where the parse stopped and the bytes there, not from the wording
    // of the parser's own (English) message.
    const auto syntax = [](const std::string& text) {
        const auto found = problems(text);
        REQUIRE(found.size() == 1);
        const std::string message = found.front().message;
        const std::string prefix = "invalid JSON at line ";
        REQUIRE(message.starts_with(prefix));
        return message.substr(prefix.size());
    };
    const std::string control =
        "a control character inside a string must be escaped (write a line break as \\n)";
    CHECK(syntax("{\"version\": 1, \"me\": {\"name\": \"A\tB\"}}") == "1, column 33: " + control);
    const std::string escape = "invalid escape sequence in a string";
    CHECK(syntax(R"({"version": 1, "me": {"name": "A\qB"}})") == "1, column 34: " + escape);
    CHECK(syntax(R"({"version": 1, "me": {"name": "A\u12G4"}})") == "1, column 37: " + escape);
    CHECK(syntax(R"({"version": 1, "me": {"name": "\udc00"}})") == "1, column 37: " + escape);
    CHECK(syntax(R"({"version": 1, "me": {"name": "\ud800x"}})") == "1, column 38: " + escape);
    CHECK(syntax(R"({"version": 1, "me": {"name": "\)") == "1, column 33: " + escape);
    CHECK(syntax("{\"version\": 1, \"me\": {\"name\": \"\xC3") ==
          "1, column 33: invalid UTF-8 in a string; save the file as UTF-8");
    const std::string comment = "a comment is not closed or not well formed; use // or /* */";
    CHECK(syntax(R"({"version": 1 /* not closed)") == "1, column 28: " + comment);
    CHECK(syntax(R"({"version": 1 /x })") == "1, column 16: " + comment);
    CHECK(syntax(R"({"version": 1.})") == "1, column 13: invalid number '1.'");
    CHECK(syntax(R"({"version": -x})") == "1, column 13: invalid number '-'");
    CHECK(syntax(R"({"version": nul})") ==
          "1, column 13: unexpected text 'nul'; strings need double quotes, and only true, false "
          "and null may be written without them");
    const std::string value =
        "expected a value (a string, number, object, array, true, false or null)";
    CHECK(syntax(R"({"version": ]})") == "1, column 13: unexpected ']'; " + value);
    CHECK(syntax(R"({"version": 1, "clients": [1,]})") == "1, column 30: unexpected ']'; " + value);
    CHECK(syntax("]") == "1, column 1: unexpected ']'; " + value);
    CHECK(syntax(R"({"version": 1, "clients": [1 2]})") ==
          "1, column 30: unexpected '2'; expected ',' or ']' (a missing comma?)");
    // A comment between two tokens is no token: the one before it counts.
    CHECK(syntax(R"({"version": 1 /* c */ "x": 2})") ==
          "1, column 23: unexpected \"x\"; expected ',' or '}' (a missing comma?)");
}

TEST_CASE("input: a truncated file says it ends too early") {
    const auto found = problems("{\"version\": 1,\n \"clients\": [\n  {\"id\": \"acme\", ");
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/clients/0");
    CHECK(found[0].client_id == "acme");
    CHECK(found[0].message ==
          "invalid JSON at line 3, column 18: the text ends too early; a closing bracket, brace "
          "or quote is missing");
    const auto in_string = problems(R"({"version": 1, "last_day": "2026-12)");
    REQUIRE(in_string.size() == 1);
    CHECK(in_string[0].pointer == "/last_day");
    CHECK_THAT(in_string[0].message, Catch::Contains("the text ends too early"));
}

TEST_CASE("input: an empty file is a clear error") {
    const std::string expected =
        "the file is empty; expected a JSON object (\"handover init\" writes a starter file)";
    CHECK(only_message("") == expected);
    CHECK(only_message(" \n\t\r\n") == expected);
    CHECK(only_message("\xEF\xBB\xBF\n") == expected);
}

TEST_CASE("input: wrong JSON types name what was expected and what was found") {
    const auto found = problems(R"({"version": "1", "last_day": 20261225, "clients": {},
        "me": [], "calendar": {"workdays": "mon-fri", "hours_per_day": "3"},
        "job_search": {"weekly_review": "yes"}})");
    REQUIRE(found.size() == 7);
    CHECK(found[0].message == "expected a whole number, found a string");
    CHECK(found[1].pointer == "/me");
    CHECK(found[1].message == "expected an object, found an array");
    CHECK(found[2].message == "expected a date as YYYY-MM-DD, found a number");
    CHECK(found[3].message == "expected an array, found a string");
    CHECK(found[4].message == "expected a number, found a string");
    CHECK(found[5].message == "expected true or false, found a string");
    CHECK(found[6].pointer == "/clients");
    CHECK(found[6].message == "expected an array, found an object");
    CHECK(only_error(client_with(R"("name": "A", "stage": "active", "change_averse": 1)")) ==
          R"(clients.json: /clients/0/change_averse (client "acme"): expected true or false, )"
          R"(found a number)");
    CHECK(only_error(file_with(R"("calendar": {"max_meetings_per_day": 2.5},)")) ==
          "clients.json: /calendar/max_meetings_per_day: expected a whole number, found the "
          "fractional number 2.5");
    CHECK(only_message("[]") == "expected an object, found an array");
}

TEST_CASE("input: null where an object or an array belongs") {
    CHECK(only_error(file_with(R"("calendar": null,)")) ==
          "clients.json: /calendar: expected an object, found null");
    CHECK(only_error(R"({"version": 1, "last_day": "2026-12-25", "clients": null})") ==
          "clients.json: /clients: expected an array, found null");
    CHECK(only_error(file_with(R"("calendar": {"holidays": null},)")) ==
          "clients.json: /calendar/holidays: expected an array, found null");
    CHECK(only_error(R"({"version": 1, "last_day": "2026-12-25", "clients": [null]})") ==
          "clients.json: /clients/0: expected an object, found null");
}

TEST_CASE("input: unknown keys get a did-you-mean") {
    const auto stge = problems(client_with(R"("name": "Acme", "stge": "closing")"));
    REQUIRE(stge.size() == 2);
    CHECK(stge[0].pointer == "/clients/0/stge");
    CHECK(stge[0].client_id == "acme");
    CHECK(stge[0].message == "unknown key \"stge\"");
    CHECK(stge[0].suggestion == "stage");
    CHECK(stge[1].message == "missing required key \"stage\"");

    const auto clinets = problems(R"({"version": 1, "last_day": "2026-12-25", "clinets": []})");
    REQUIRE(clinets.size() == 2);
    CHECK(clinets[0].pointer == "/clinets");
    CHECK(clinets[0].suggestion == "clients");
    CHECK(clinets[1].message == "missing required key \"clients\"");

    const auto nested = problems(file_with(R"("policy": {"notice_day": 30},)"));
    REQUIRE(nested.size() == 1);
    CHECK(nested[0].suggestion == "notice_days");
}

TEST_CASE("input: enum typos get a did-you-mean") {
    const auto found = problems(client_with(
        R"("name": "A", "stage": "Closing", "relationship": "strnog", "preferred_method": "inperson")"));
    REQUIRE(found.size() == 3);
    CHECK(found[0].suggestion == "closing");
    CHECK(found[1].suggestion == "strong");
    CHECK(found[2].suggestion == "in_person");
    const auto workdays = problems(file_with(R"("calendar": {"workdays": ["mon", "tues"]},)"));
    REQUIRE(workdays.size() == 1);
    CHECK(workdays[0].suggestion == "tue");
}

TEST_CASE("input: an impossible date is not a real calendar date") {
    CHECK(only_error(file_with(R"("support_until": "2026-13-01",)")) ==
          "clients.json: /support_until: 2026-13-01 is not a real calendar date");
    CHECK(only_error(file_with(R"("support_until": "2026-04-31",)")) ==
          "clients.json: /support_until: 2026-04-31 is not a real calendar date");
}

TEST_CASE("input: dates must be written YYYY-MM-DD") {
    for (const char* text : {"2026/12/01", "2026-12-1", "2026-12-01T10:00", "01-12-2026",
                             " 2026-12-01", "+2026-12-01", "tomorrow", ""}) {
        const auto found = problems(
            client_with(std::string(k_client_fields) + R"(, "expected_close": ")" + text + "\""));
        REQUIRE(found.size() == 1);
        CHECK(found[0].message ==
              std::string("expected a date as YYYY-MM-DD, found \"") + text + "\"");
    }
}

TEST_CASE("input: dates must lie in the years 2000 to 2099") {
    const auto found =
        problems(file_with(R"("calendar": {"holidays": ["1999-12-31", "2100-01-01"]},)"));
    REQUIRE(found.size() == 2);
    CHECK(found[0].message == "1999-12-31 is outside the supported years 2000 to 2099");
}

TEST_CASE("input: duplicate client ids point at the second one") {
    const auto found = problems(R"({"version": 1, "last_day": "2026-12-25", "clients": [
        {"id": "acme", "name": "A", "stage": "active"},
        {"id": "beta", "name": "B", "stage": "active"},
        {"id": "acme", "name": "C", "stage": "active"}]})");
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/clients/2/id");
    CHECK(found[0].client_id == "acme");
    CHECK(found[0].message ==
          "the id \"acme\" is already used by the client at /clients/0; ids must be unique");
}

TEST_CASE("input: client ids allow only a-z, 0-9, _ and -") {
    CHECK(only_error(R"({"version": 1, "last_day": "2026-12-25", "clients": [
        {"id": "Acme Corp", "name": "A", "stage": "active"}]})") ==
          R"(clients.json: /clients/0/id: invalid id "Acme Corp": use 1 to 64 characters from )"
          R"(a-z, 0-9, '_' and '-', without "--"; did you mean "acme-corp"?)");
    for (const char* id : {"", "a b", "ACME", "acme!", "アクメ", "a--b",
                           "a1234567890123456789012345678901234567890123456789012345678901234"}) {
        const auto found =
            problems(std::string(R"({"version": 1, "last_day": "2026-12-25",)") +
                     R"( "clients": [{"id": ")" + id + R"(", "name": "A", "stage": "active"}]})");
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "/clients/0/id");
        CHECK(found[0].client_id.empty());
    }
    CHECK(problems(client_with(R"("name": "A", "stage": "active")")).empty());
}

TEST_CASE("input: missing required keys are named") {
    const auto found = problems("{}");
    REQUIRE(found.size() == 3);
    CHECK(found[0].message == "missing required key \"version\"");
    CHECK(found[1].message == "missing required key \"last_day\"");
    CHECK(found[2].message == "missing required key \"clients\"");
    CHECK(only_error(file_with(R"("manager": {"disclose_from": "2026-12-01"},)")) ==
          "clients.json: /manager: missing required key \"name\"");
    CHECK(only_error(client_with(std::string(k_client_fields) +
                                 R"(, "next_events": [{"what": "QBR"}])")) ==
          R"(clients.json: /clients/0/next_events/0 (client "acme"): missing required key "date")");
}

TEST_CASE("input: a last day before today is read, so the plan can say what was done") {
    CHECK(problems(R"({"version": 1, "last_day": "2026-11-19", "clients": []})").empty());
    CHECK(problems(R"({"version": 1, "last_day": "2026-11-20", "clients": []})").empty());
}

TEST_CASE("input: a last day more than ten years ahead is refused") {
    CHECK(only_error(R"({"version": 1, "last_day": "2036-11-21", "clients": []})") ==
          "clients.json: /last_day: the last day 2036-11-21 is more than 10 years after today "
          "2026-11-20");
    CHECK(problems(R"({"version": 1, "last_day": "2036-11-20", "clients": []})").empty());
}

TEST_CASE("input: end_date, support_until and disclose_from follow the last day") {
    CHECK(only_error(file_with(R"("end_date": "2026-12-24",)")) ==
          "clients.json: /end_date: 2026-12-24 is before the last day 2026-12-25; end_date must "
          "be on or after it");
    CHECK(only_error(file_with(R"("support_until": "2026-12-01",)")) ==
          "clients.json: /support_until: 2026-12-01 is before the last day 2026-12-25; "
          "support_until must be on or after it");
    CHECK(only_error(file_with(R"("manager": {"name": "M", "disclose_from": "2026-12-26"},)")) ==
          "clients.json: /manager/disclose_from: 2026-12-26 is after the last day 2026-12-25; "
          "clients must hear the news before you leave");
    CHECK(problems(file_with(R"("end_date": "2026-12-25", "support_until": "2026-12-25",
                               "manager": {"name": "M", "disclose_from": "2026-12-25"},)"))
              .empty());
}

TEST_CASE("input: another format version is refused on its own") {
    // Its other differences would only be noise: the version is the one problem to report.
    const auto found = problems(R"({"version": 2, "plan": {}, "clients": 3})");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message == "unsupported format version 2; this program reads version 1");
    CHECK(problems(R"({"version": 1.5, "last_day": "2026-12-25", "clients": []})")[0].message ==
          "unsupported format version 1.5; this program reads version 1");
}

TEST_CASE("input: negative or excessive hours are out of range") {
    CHECK(only_error(
              file_with(R"("calendar": {"blocked": [{"date": "2026-12-01", "hours": -1}]},)")) ==
          "clients.json: /calendar/blocked/0/hours: expected a number greater than 0 and at most "
          "24, found -1");
    CHECK(only_error(file_with(R"("calendar": {"hours_per_day": 25},)")) ==
          "clients.json: /calendar/hours_per_day: expected a number greater than 0 and at most "
          "24, found 25");
    CHECK(only_error(file_with(R"("policy": {"high_value": 1e300},)")) ==
          "clients.json: /policy/high_value: expected a number from 0 to 1000000000000000, found "
          "1e+300");
    CHECK(problems(file_with(R"("calendar": {"hours_per_day": 24},)")).empty());
}

TEST_CASE("input: a number too large for a double is a clean diagnostic") {
    const auto found = problems(client_with(R"("name": "A", "stage": "active", "value": 1e400)"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/clients/0/value");
    CHECK(found[0].client_id == "acme");
    CHECK(found[0].message ==
          "invalid JSON at line 1, column 110: the number '1e400' is too large");
    CHECK_THAT(only_message("-1e999"), Catch::Contains("the number '-1e999' is too large"));
}

TEST_CASE("input: an unknown holiday calendar suggests the nearest") {
    const auto found =
        problems(file_with(R"("calendar": {"holidays": ["Canada", "jp", 5, "JP-yearend"]},)"));
    REQUIRE(found.size() == 4);
    CHECK(found[0].message.starts_with("unknown holiday calendar \"Canada\"; expected \"JP\""));
    CHECK(found[0].suggestion.empty());
    CHECK(found[1].suggestion == "JP");
    CHECK(found[2].message ==
          "expected a holiday calendar such as \"JP\" or \"US\", a date as YYYY-MM-DD, a "
          "{\"date\", \"name\"} object or an .ics file, found a number");
    CHECK(found[3].suggestion == "JP-year-end");
}

TEST_CASE("input: the business-closure presets are read") {
    const auto text = file_with(R"("calendar": {"holidays": ["JP-year-end"]},)");
    const Input year_end = parse_input(text, "f.json", k_today);
    CHECK(year_end.calendar.year_end_closure);
    CHECK_FALSE(year_end.calendar.obon_closure);
    CHECK(year_end.calendar.calendars.empty());
    const Input obon = parse_input(file_with(R"("calendar": {"holidays": ["JP", "JP-obon"]},)"),
                                   "f.json", k_today);
    CHECK(obon.calendar.obon_closure);
    CHECK(obon.calendar.calendars == std::vector{HolidayCalendar::JP});
}

TEST_CASE("input: invalid UTF-8 is named as such") {
    const auto found =
        problems("{\"version\": 1, \"clients\": [{\"id\": \"acme\", \"name\": \"A\xFF\"}]}");
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/clients/0/name");
    CHECK(found[0].message ==
          "invalid JSON at line 1, column 53: invalid UTF-8 in a string; save the file as UTF-8");
    // Overlong encodings and lone continuation bytes are refused too.
    CHECK_THAT(problems("{\"a\": \"\xC0\xAF\"}").at(0).message, Catch::Contains("invalid UTF-8"));
    CHECK_THAT(problems("{\"a\": \"\x80\"}").at(0).message, Catch::Contains("invalid UTF-8"));
}

TEST_CASE("input: a UTF-16 file is recognised by its NUL bytes") {
    const std::string utf16("{\0\"\0v\0\"\0:\0 \x001\0}\0", 16);
    CHECK(only_message(utf16) ==
          "the file contains NUL bytes; it may be saved as UTF-16: save it as UTF-8");
}

TEST_CASE("input: 100,000 levels of nesting are refused without recursion") {
    const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
    const auto found = problems(deep);
    REQUIRE(found.size() == 1);
    CHECK(found[0].message ==
          "nested more than 64 levels deep; this format needs only a few levels");
    CHECK(found[0].pointer.size() == 2 * static_cast<std::size_t>(k_max_depth));

    std::string objects = R"({"version": 1, "clients": [{"id": "acme", "notes": )";
    for (int i = 0; i < 100'000; ++i) objects += R"({"a": )";
    objects += "1" + std::string(100'000, '}') + "}]}";
    const auto nested = problems(objects);
    REQUIRE(nested.size() == 1);
    CHECK(nested[0].client_id == "acme");
    CHECK_THAT(nested[0].message, Catch::Contains("nested more than 64 levels"));
    // The limit itself is fine as far as nesting goes.
    const std::string limit = std::string(k_max_depth, '[') + std::string(k_max_depth, ']');
    CHECK(only_message(limit) == "expected an object, found an array");
}

namespace {

/// `count` times `unit`, comma-separated.
std::string repeated(std::string_view unit, std::size_t count) {
    std::string out;
    out.reserve(count * (unit.size() + 1));
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out += ',';
        out += unit;
    }
    return out;
}

/// The diagnostics of `text` that say a list is too long.
std::vector<Diagnostic> too_long(std::string_view text) {
    std::vector<Diagnostic> found;
    for (Diagnostic& problem : problems(text)) {
        if (problem.message.find("entries; at most") != std::string::npos) {
            found.push_back(std::move(problem));
        }
    }
    return found;
}

struct ListLimit {
    const char* pointer;
    std::size_t limit;
    std::string (*file)(std::size_t count);
    const char* client_id;
};

const ListLimit k_list_limits[] = {
    {"/clients", k_max_clients,
     [](std::size_t n) {
         return R"({"version": 1, "last_day": "2026-12-25", "clients": [)" + repeated("{}", n) +
                "]}";
     },
     ""},
    {"/clients/0/history", k_max_history,
     [](std::size_t n) { return client_with(R"("history": [)" + repeated(R"("")", n) + "]"); },
     "acme"},
    {"/clients/0/next_events", k_max_next_events,
     [](std::size_t n) { return client_with(R"("next_events": [)" + repeated("{}", n) + "]"); },
     "acme"},
    {"/calendar/workdays", k_max_workdays,
     [](std::size_t n) {
         return file_with(R"("calendar": {"workdays": [)" + repeated(R"("mon")", n) + "]},");
     },
     ""},
    {"/calendar/holidays", k_max_holidays,
     [](std::size_t n) {
         return file_with(R"("calendar": {"holidays": [)" + repeated(R"("2026-12-28")", n) + "]},");
     },
     ""},
    {"/calendar/blocked", k_max_blocked,
     [](std::size_t n) {
         return file_with(R"("calendar": {"blocked": [)" + repeated("{}", n) + "]},");
     },
     ""},
    {"/job_search/interviews", k_max_interviews,
     [](std::size_t n) {
         return file_with(R"("job_search": {"interviews": [)" + repeated("{}", n) + "]},");
     },
     ""},
    {"/done", k_max_done,
     [](std::size_t n) {
         std::string done;
         for (std::size_t i = 0; i < n; ++i) {
             if (i > 0) done += ',';
             done += "\"t" + std::to_string(i) + "\": \"2026-11-01\"";
         }
         return file_with(R"("done": {)" + done + "},");
     },
     ""},
};

}  // namespace

TEST_CASE("input: every list holds up to its limit, and one more entry is refused") {
    for (const ListLimit& list : k_list_limits) {
        INFO(list.pointer);
        CHECK(too_long(list.file(list.limit)).empty());
        const auto found = too_long(list.file(list.limit + 1));
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == list.pointer);
        CHECK(found[0].client_id == list.client_id);
        CHECK(found[0].message == "this list has " + std::to_string(list.limit + 1) +
                                      " entries; at most " + std::to_string(list.limit) +
                                      " are accepted, so please shorten it");
    }
}

TEST_CASE("input: a list far over its limit is counted in full and kept only up to it") {
    const std::string text = client_with(R"("history": [)" + repeated(R"("")", 3'000'000) +
                                         R"(], "name": 1, )"
                                         R"("stage": "active")");
    const auto found = problems(text);
    REQUIRE(found.size() == 2);
    CHECK(format_diagnostic("clients.json", found[0], Lang::en) ==
          "clients.json: /clients/0/history (client \"acme\"): this list has 3000000 entries; "
          "at most 1000 are accepted, so please shorten it");
    // The rest of the file is still read: every problem is reported in one pass.
    CHECK(found[1].pointer == "/clients/0/name");
    CHECK(format_diagnostic("clients.json", problems(text, Lang::ja)[0], Lang::ja) ==
          "clients.json: /clients/0/history (顧客 \"acme\"): この一覧には 3000000 "
          "件の項目があります。上限は 1000 件ですので、件数を減らしてください");
}

TEST_CASE("input: a file holds at most its budget of JSON values, wherever they are") {
    // 240,000 bytes allow k_max_values_base + 10,000 values; the root and the array are two.
    constexpr std::size_t k_size = 240'000;
    const std::size_t budget = k_max_values_base + k_size / k_text_bytes_per_value;
    const auto file = [&](std::size_t numbers) {
        std::string text = R"({"x": [)" + repeated("0", numbers) + "]}";
        REQUIRE(text.size() <= k_size);
        text.resize(k_size, ' ');
        return text;
    };
    const auto at_limit = problems(file(budget - 2));
    REQUIRE_FALSE(at_limit.empty());
    for (const auto& problem : at_limit) {
        CHECK(problem.message.find("JSON values") == std::string::npos);
    }
    const auto over = problems(file(budget - 1));
    REQUIRE(over.size() == 1);
    CHECK(over[0].pointer == "/x/" + std::to_string(budget - 2));
    CHECK(over[0].message == "the file holds more than " + std::to_string(budget) +
                                 " JSON values, far more than a 240000-byte file of this "
                                 "format could need, so reading stopped here; remove "
                                 "whatever the format does not use");
}

TEST_CASE("input: at most 1,000 problems are listed, and the rest are counted") {
    const auto file = [](std::size_t unknown) {
        std::string members;
        for (std::size_t i = 0; i < unknown; ++i) members += "\"k" + std::to_string(i) + "\": 0, ";
        return file_with(members);
    };
    const auto at_limit = problems(file(k_max_diagnostics));
    REQUIRE(at_limit.size() == k_max_diagnostics);
    CHECK(at_limit.back().pointer == "/k999");
    const auto over = problems(file(k_max_diagnostics + 2));
    REQUIRE(over.size() == k_max_diagnostics + 1);
    CHECK(over.back().pointer.empty());
    CHECK(over.back().message ==
          "2 more problems are not listed; please correct the ones above and check again");
    // 200,000 empty clients have three problems each.
    const auto clients = problems(R"({"version": 1, "last_day": "2026-12-25", "clients": [)" +
                                  repeated("{}", k_max_clients) + "]}");
    REQUIRE(clients.size() == k_max_diagnostics + 1);
    CHECK(clients.back().message ==
          "599000 more problems are not listed; please correct the "
          "ones above and check again");
}

TEST_CASE("input: a duplicate key is an error, not a silent overwrite") {
    const auto found =
        problems(client_with(R"("name": "A", "stage": "closing", "stage": "dormant")"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/clients/0/stage");
    CHECK(found[0].client_id == "acme");
    CHECK(found[0].message ==
          "the key \"stage\" appears more than once in this object; keep only one");
    CHECK(problems(R"({"version": 1, "version": 1, "last_day": "2026-12-25", "clients": []})")
              .size() == 1);
}

TEST_CASE("input: done keys look like task ids and dates are not in the future") {
    const auto found = problems(file_with(R"("done": {"consult-manager": "2026-11-20",
        "acme/notify": "2026-11-21", "consult manager": "2026-11-01", "": "2026-11-01",
        "x": "soon"},)"));
    REQUIRE(found.size() == 4);
    CHECK(found[0].pointer == "/done/");
    CHECK(found[1].pointer == "/done/acme~1notify");
    CHECK(found[1].message == "marked done on 2026-11-21, which is after today (2026-11-20)");
    CHECK(found[2].pointer == "/done/consult manager");
    CHECK(found[2].message ==
          "\"consult manager\" is not a task id: use 1 to 200 printable characters without "
          "spaces, such as \"consult-manager\" or \"acme/notify\"");
    CHECK(found[3].message == "expected a date as YYYY-MM-DD, found \"soon\"");
    // A well-formed id is read whatever task it names: which tasks exist is the task graph's
    // to say (engine/test_task_ids.cpp).
    CHECK(problems(file_with(R"("done": {"consult-manger": "2026-11-02"},)")).empty());
    const Input input =
        parse_input(file_with(R"("done": {"consult-manager": "2026-11-02"},)"), "f", k_today);
    CHECK(input.done.at("consult-manager") == day("2026-11-02"));
}

TEST_CASE("input: done entries read while parsing keep their checks and their order") {
    // `today` after `done`: whether a date is in the future is decided after the parse.
    const auto found = problems(R"({"version": 1, "last_day": "2026-12-25", "clients": [],
        "done": {"z-task": "2026-11-21", "consult-manager": "2026-11-01", "a b": "2026-11-01",
                 "consult-manager": "2026-11-02"}, "today": "2026-11-20"})");
    REQUIRE(found.size() == 3);
    CHECK(found[0].pointer == "/done/a b");
    CHECK(found[1].pointer == "/done/consult-manager");
    CHECK(found[1].message ==
          "the key \"consult-manager\" appears more than once in this object; keep only one");
    CHECK(found[2].pointer == "/done/z-task");
    CHECK(found[2].message == "marked done on 2026-11-21, which is after today (2026-11-20)");
}

TEST_CASE("input: workdays are unique and at least one") {
    CHECK(only_error(file_with(R"("calendar": {"workdays": []},)")) ==
          "clients.json: /calendar/workdays: at least one workday is needed");
    CHECK(only_error(file_with(R"("calendar": {"workdays": ["mon", "sat", "mon"]},)")) ==
          "clients.json: /calendar/workdays/2: \"mon\" is listed more than once");
    const Input input =
        parse_input(file_with(R"("calendar": {"workdays": ["sat", "sun"]},)"), "f", k_today);
    CHECK(input.calendar.workdays ==
          std::array<bool, 7>{false, false, false, false, false, true, true});
}

TEST_CASE("input: many problems are collected in one pass") {
    const auto found = problems(R"({
      "version": 1,
      "last_day": "2026/12/25",
      "calendar": {"hours_per_day": -1, "holidays": ["USA"], "wrokdays": ["mon"]},
      "policy": {"notice_days": -3},
      "clients": [
        {"id": "acme", "name": "Acme", "stage": "clsing"},
        {"id": "Beta", "name": "", "stage": "active", "value": -1},
        {"id": "acme", "name": "Again", "stage": "active"}
      ]
    })");
    CHECK(found.size() == 10);
    const std::string text = read_file(HANDOVER_TEST_DATA_DIR "/bad/multiple-problems.json");
    CHECK(problems(text).size() == 6);
}

TEST_CASE("input: user text in messages cannot drive the terminal") {
    const auto found = problems(file_with("\"\\u001b[31mred\": 1,"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/\\u001B[31mred");
    CHECK(found[0].message.find('\x1b') == std::string::npos);
}

// --- files ---------------------------------------------------------------------------------

TEST_CASE("input: load_input reads a file and names it in messages") {
    TempDir dir;
    const auto path = (dir.path / "clients.json").string();
    const std::string text = R"({"version": 1, "last_day": "2026-12-25", "clients": []})";
    std::ofstream(path) << text;
    CHECK(load_input(path, k_today).last_day == day("2026-12-25"));
    CHECK(read_input_text(path) == text);

    std::ofstream(path) << R"({"version": 1, "last_day": "2026-12-25"})";
    try {
        load_input(path, k_today);
        FAIL("expected an InputError");
    } catch (const InputError& error) {
        CHECK(error.file() == path);
        REQUIRE(error.diagnostics().size() == 1);
        CHECK(error.diagnostics()[0].message == "missing required key \"clients\"");
    }
}

TEST_CASE("input: files that cannot be read are input errors") {
    TempDir dir;
    const auto message = [](const std::string& path) {
        try {
            load_input(path, k_today, Lang::en);
        } catch (const InputError& error) {
            REQUIRE(error.diagnostics().size() == 1);
            return error.diagnostics().front().message;
        }
        return std::string("no error");
    };
    CHECK(message((dir.path / "missing.json").string()) ==
          "cannot read the file: it does not exist");
    CHECK(message(dir.path.string()) == "cannot read the file: it is a directory");
}

TEST_CASE("input: a file over the size limit is refused before it is read") {
    TempDir dir;
    const auto path = dir.path / "huge.json";
    std::ofstream(path).put('{');
    // A sparse file: the size is real, the disk space is not used.
    std::filesystem::resize_file(path, k_max_input_bytes + 1);
    try {
        load_input(path.string(), k_today, Lang::en);
        FAIL("expected an InputError");
    } catch (const InputError& error) {
        REQUIRE(error.diagnostics().size() == 1);
        CHECK(error.diagnostics()[0].message ==
              "the file is too large (67108865 bytes); the limit is 67108864 bytes");
    }
}

// --- the keys of the planning rules version 2 ------------------------------------------------

TEST_CASE("input: travel hours and event hours are read, with their defaults") {
    const Input input = parse_input(
        client_with(std::string(k_client_fields) +
                    R"(, "travel_hours": 1.5, "next_events": [{"date": "2026-12-15", "what": "QBR",
                       "hours": 2.5}, {"date": "2026-12-16", "what": "dinner"}])"),
        "f", k_today);
    REQUIRE(input.clients.size() == 1);
    const Client& acme = input.clients[0];
    CHECK(acme.travel_hours == 1.5);
    REQUIRE(acme.next_events.size() == 2);
    CHECK(acme.next_events[0].hours == 2.5);
    CHECK(acme.next_events[1].hours == 1);
    CHECK(acme.next_events[1].hours == Event{}.hours);
    const Input plain = parse_input(client_with(k_client_fields), "f", k_today);
    CHECK(plain.clients[0].travel_hours == 0);
    CHECK(plain.clients[0].travel_hours == Client{}.travel_hours);
}

TEST_CASE("input: travel hours are from 0 to 12") {
    const auto travel = [](std::string_view value) {
        return client_with(std::string(k_client_fields) + R"(, "travel_hours": )" +
                           std::string(value));
    };
    CHECK(problems(travel("0")).empty());
    CHECK(problems(travel("12")).empty());
    CHECK(parse_input(travel("12"), "f", k_today).clients[0].travel_hours == 12);
    CHECK(only_error(travel("-0.5")) ==
          R"(clients.json: /clients/0/travel_hours (client "acme"): expected a number from 0 to )"
          R"(12, found -0.5)");
    CHECK(only_error(travel("12.5")) ==
          R"(clients.json: /clients/0/travel_hours (client "acme"): expected a number from 0 to )"
          R"(12, found 12.5)");
    CHECK(only_error(travel(R"("1h")")) ==
          R"(clients.json: /clients/0/travel_hours (client "acme"): expected a number, found a )"
          R"(string)");
}

TEST_CASE("input: event hours are more than 0 and at most 12") {
    const auto event = [](std::string_view value) {
        return client_with(std::string(k_client_fields) +
                           R"(, "next_events": [{"date": "2026-12-15", "what": "QBR", "hours": )" +
                           std::string(value) + "}]");
    };
    CHECK(problems(event("0.25")).empty());
    CHECK(problems(event("12")).empty());
    CHECK(only_error(event("0")) ==
          R"(clients.json: /clients/0/next_events/0/hours (client "acme"): expected a number )"
          R"(greater than 0 and at most 12, found 0)");
    CHECK(only_error(event("-0.5")) ==
          R"(clients.json: /clients/0/next_events/0/hours (client "acme"): expected a number )"
          R"(greater than 0 and at most 12, found -0.5)");
    CHECK(only_error(event("12.5")) ==
          R"(clients.json: /clients/0/next_events/0/hours (client "acme"): expected a number )"
          R"(greater than 0 and at most 12, found 12.5)");
    CHECK(only_error(event("true")) ==
          R"(clients.json: /clients/0/next_events/0/hours (client "acme"): expected a number, )"
          R"(found true or false)");
}

TEST_CASE("input: the policy keys of the planning rules version 2 are read, with defaults") {
    const Input defaults = parse_input(file_with(""), "f", k_today);
    CHECK(defaults.policy.notify_after_close_days == 0);
    CHECK(defaults.policy.introduction == IntroductionPolicy::automatic);
    CHECK(defaults.policy.intro_gap_days == 5);
    CHECK_FALSE(defaults.policy.prepare_before_notice);

    const Input input = parse_input(
        file_with(R"("policy": {"notify_after_close_days": 3, "introduction": "separate",
                                 "intro_gap_days": 2, "prepare_before_notice": true},)"),
        "f", k_today);
    CHECK(input.policy.notify_after_close_days == 3);
    CHECK(input.policy.introduction == IntroductionPolicy::separate);
    CHECK(input.policy.intro_gap_days == 2);
    CHECK(input.policy.prepare_before_notice);
    const auto introduction = [](std::string_view name) {
        return parse_input(
                   file_with(R"("policy": {"introduction": ")" + std::string(name) + R"("},)"), "f",
                   k_today)
            .policy.introduction;
    };
    CHECK(introduction("auto") == IntroductionPolicy::automatic);
    CHECK(introduction("joint") == IntroductionPolicy::joint);
    CHECK(introduction("separate") == IntroductionPolicy::separate);
}

TEST_CASE("input: notify_after_close_days is a whole number from 0 to 60") {
    const auto policy = [](std::string_view value) {
        return file_with(R"("policy": {"notify_after_close_days": )" + std::string(value) + "},");
    };
    CHECK(problems(policy("0")).empty());
    CHECK(problems(policy("60")).empty());
    CHECK(only_error(policy("-1")) ==
          "clients.json: /policy/notify_after_close_days: expected a whole number from 0 to 60, "
          "found -1");
    CHECK(only_error(policy("61")) ==
          "clients.json: /policy/notify_after_close_days: expected a whole number from 0 to 60, "
          "found 61");
    CHECK(only_error(policy("-0.5")) ==
          "clients.json: /policy/notify_after_close_days: expected a whole number, found the "
          "fractional number -0.5");
    CHECK(only_error(policy("1.5")) ==
          "clients.json: /policy/notify_after_close_days: expected a whole number, found the "
          "fractional number 1.5");
}

TEST_CASE("input: intro_gap_days is a whole number from 0 to 30") {
    const auto policy = [](std::string_view value) {
        return file_with(R"("policy": {"intro_gap_days": )" + std::string(value) + "},");
    };
    CHECK(problems(policy("0")).empty());
    CHECK(problems(policy("30")).empty());
    CHECK(only_error(policy("-1")) ==
          "clients.json: /policy/intro_gap_days: expected a whole number from 0 to 30, found -1");
    CHECK(only_error(policy("31")) ==
          "clients.json: /policy/intro_gap_days: expected a whole number from 0 to 30, found 31");
    CHECK(only_error(policy(R"("5")")) ==
          "clients.json: /policy/intro_gap_days: expected a whole number, found a string");
}

TEST_CASE("input: introduction is auto, joint or separate, with a did-you-mean") {
    const auto policy = [](std::string_view value) {
        return file_with(R"("policy": {"introduction": )" + std::string(value) + "},");
    };
    const auto found = problems(policy(R"("seperate")"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].pointer == "/policy/introduction");
    CHECK(found[0].suggestion == "separate");
    CHECK(only_error(policy(R"("Joint")")) ==
          R"(clients.json: /policy/introduction: unknown value "Joint"; expected one of: auto, )"
          R"(joint, separate; did you mean "joint"?)");
    CHECK(only_error(policy("true")) ==
          "clients.json: /policy/introduction: expected one of auto, joint, separate, found true "
          "or false");
}

TEST_CASE("input: prepare_before_notice is a boolean") {
    CHECK(problems(file_with(R"("policy": {"prepare_before_notice": false},)")).empty());
    CHECK(only_error(file_with(R"("policy": {"prepare_before_notice": "yes"},)")) ==
          "clients.json: /policy/prepare_before_notice: expected true or false, found a string");
}

TEST_CASE("input: expected_close is read for every stage; a pending close only where it means") {
    // `proposal`: the client's decision date, read as for negotiation and closing. The
    // stages without a decision ahead keep their date unread by the plan, as before.
    for (const std::string_view stage :
         {"prospect", "proposal", "negotiation", "closing", "active", "renewal", "dormant"}) {
        INFO(stage);
        const Input input =
            parse_input(client_with(R"("name": "Acme", "stage": ")" + std::string(stage) +
                                    R"(", "expected_close": "2026-12-10")"),
                        "f", k_today);
        REQUIRE(input.clients.size() == 1);
        CHECK(input.clients[0].expected_close == day("2026-12-10"));
        const bool pending = stage == "proposal" || stage == "negotiation" || stage == "closing";
        CHECK(has_pending_close(input.clients[0]) == pending);
    }
    CHECK(only_error(client_with(R"("name": "Acme", "stage": "proposal", )"
                                 R"("expected_close": "2026-13-01")")) ==
          R"(clients.json: /clients/0/expected_close (client "acme"): 2026-13-01 is not a real )"
          R"(calendar date)");
}

// --- contact details and the words of drafts (SPEC section 2) ---------------------------------

TEST_CASE("input: contact details of me, the manager and the successor are read") {
    const Input input =
        parse_input(file_with(R"("me": {"name": "佐藤 優", "company": "株式会社ノースウィンド",
                            "title": "営業第一部", "email": "sato@northwind.co.jp",
                            "phone": "03-1234-5678"},
                     "manager": {"name": "田中 部長", "title": "営業部長",
                                 "disclose_from": "2026-12-01"},
                     "successor": {"name": "鈴木 健", "title": "営業第一部 主任",
                                   "email": "suzuki@northwind.co.jp", "phone": "03-1234-5679"},)"),
                    "f", k_today);
    CHECK(input.me == "佐藤 優");
    CHECK(input.me_details.company == "株式会社ノースウィンド");
    CHECK(input.me_details.title == "営業第一部");
    CHECK(input.me_details.email == "sato@northwind.co.jp");
    CHECK(input.me_details.phone == "03-1234-5678");
    CHECK(input.manager == "田中 部長");
    CHECK(input.manager_details.title == "営業部長");
    CHECK(input.disclose_from == day("2026-12-01"));
    CHECK(input.successor == "鈴木 健");
    CHECK(input.successor_details.title == "営業第一部 主任");
    CHECK(input.successor_details.email == "suzuki@northwind.co.jp");
    CHECK(input.successor_details.phone == "03-1234-5679");
    // Left out, every detail is empty.
    const Input plain = parse_input(file_with(R"("me": {"name": "Yu"},)"), "f", k_today);
    CHECK(plain.me_details.company.empty());
    CHECK(plain.me_details.email.empty());
    CHECK(plain.successor_details.title.empty());
}

TEST_CASE("input: a client's salutation, decision maker and handover notes are read") {
    const Input input =
        parse_input(client_with(std::string(k_client_fields) +
                                R"(, "salutation": "山田様", "decision_maker": "佐々木 常務",
                       "handover_notes": "価格は 5% 引きで口頭合意済み", "notes": "私的なメモ")"),
                    "f", k_today);
    const Client& acme = input.clients[0];
    CHECK(acme.salutation == "山田様");
    CHECK(acme.decision_maker == "佐々木 常務");
    CHECK(acme.handover_notes == "価格は 5% 引きで口頭合意済み");
    CHECK(acme.notes == "私的なメモ");
    const Input plain = parse_input(client_with(k_client_fields), "f", k_today);
    CHECK(plain.clients[0].salutation.empty());
    CHECK(plain.clients[0].decision_maker.empty());
    CHECK(plain.clients[0].handover_notes.empty());
}

TEST_CASE("input: an email address has one @ between a name and a dotted domain") {
    const auto me = [](std::string_view email) {
        return file_with(R"("me": {"name": "Yu", "email": ")" + std::string(email) + "\"},");
    };
    for (const std::string_view good :
         {"a@b.c", "yu.sato+handover@mail.example.co.jp", "佐藤@例え.jp", "a@b..c"}) {
        INFO(good);
        CHECK(problems(me(good)).empty());
    }
    CHECK(
        only_error(me("sato.example.com")) ==
        R"(clients.json: /me/email: "sato.example.com" is not an email address; expected a )"
        R"(name, one @ and a domain with a dot, without spaces (for example sato@example.co.jp))");
    for (const std::string_view bad :
         {"", "@b.c", "a@", "a@b", "a@.bc", "a@bc.", "a@@b.c", "a@b@c.d", "a b@c.d", "a@b.c ",
          "<a@b.c>", "a@b.c,d@e.f", "a@b.c;", "a\\u0001@b.c", "a@b.c\\u007f"}) {
        INFO(bad);
        const auto found = problems(me(bad));
        REQUIRE(found.size() == 1);
        CHECK(found[0].pointer == "/me/email");
    }
    CHECK(only_error(file_with(R"("successor": {"name": "Ken", "email": 42},)")) ==
          R"(clients.json: /successor/email: expected a string, found a number)");
    CHECK(only_error(me("x"), Lang::ja) ==
          "clients.json: /me/email: 「x」はメールアドレスとして読めません。空白を含めず、名前、@、"
          "ドットを含むドメインの順に指定してください(例: sato@example.co.jp)");
}

TEST_CASE("input: the new keys have a did-you-mean and stay where they belong") {
    CHECK(only_error(client_with(std::string(k_client_fields) + R"(, "handover_note": "x")")) ==
          R"(clients.json: /clients/0/handover_note (client "acme"): unknown key "handover_note"; )"
          R"(did you mean "handover_notes"?)");
    CHECK(only_error(file_with(R"("me": {"name": "Yu", "compnay": "Northwind"},)")) ==
          R"(clients.json: /me/compnay: unknown key "compnay"; did you mean "company"?)");
    // The manager has a title but no email or phone of their own in drafts.
    const auto manager = problems(file_with(R"("manager": {"name": "Ken", "email": "k@x.jp"},)"));
    REQUIRE(manager.size() == 1);
    CHECK(manager[0].pointer == "/manager/email");
}
