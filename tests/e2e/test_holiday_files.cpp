// The file's own days off on the real binary: iCalendar files named in
// `calendar.holidays` (relative to the clients file, or to the current folder for standard
// input) and `{"date", "name"}` objects keep their days free of client contacts, and their
// names reach the terminal only escaped.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

/// Eight active clients to tell between 23 November and 18 December 2026, and `holidays`
/// (JSON) as the calendar's days off.
std::string clients_file(const std::string& holidays, const std::string& interviews = "[]") {
    std::string clients;
    for (int i = 0; i < 8; ++i) {
        if (i > 0) clients += ", ";
        clients += R"({"id": "c)" + std::to_string(i) + R"(", "name": "Client )" +
                   std::to_string(i) + R"(", "stage": "active", "value": 1000})";
    }
    return R"({"version": 1, "lang": "en", "today": "2026-11-23", "last_day": "2026-12-18",
      "calendar": {"holidays": )" +
           holidays + R"(, "max_meetings_per_day": 3},
      "job_search": {"interviews": )" +
           interviews + R"(},
      "clients": [)" +
           clients + "]}";
}

/// The dates of the plan's tasks that concern a client.
std::set<std::string> client_task_dates(const std::string& plan_json) {
    std::set<std::string> dates;
    const auto plan = nlohmann::json::parse(plan_json);
    for (const auto& task : plan.at("tasks")) {
        if (task.at("client").is_string() && !task.at("client").get<std::string>().empty() &&
            task.at("date").is_string()) {
            dates.insert(task.at("date").get<std::string>());
        }
    }
    return dates;
}

void copy_calendar(const e2e::TempDir& dir, const std::string& name) {
    std::filesystem::copy_file(e2e::data_file("holidays/" + name), dir.file(name));
}

}  // namespace

TEST_CASE("holiday files: a plan books no client on the days of an .ics file") {
    e2e::TempDir dir;
    copy_calendar(dir, "company.ics");
    const std::string file = dir.file("clients.json");

    // Without the file, clients are booked on 1 and 3 December.
    e2e::write_file(file, clients_file("[]"));
    const auto before = e2e::run_handover({"plan", file, "--format", "json"});
    REQUIRE(before.exit_code <= 1);
    const auto before_dates = client_task_dates(before.out);
    REQUIRE((before_dates.contains("2026-12-01") || before_dates.contains("2026-12-03")));

    // With it (named relative to the clients file, not to the current folder), Founders'
    // Day (a yearly rule) and the kick-off (a timed event) are free; the cancelled offsite
    // on 4 December is not a day off.
    e2e::write_file(file, clients_file(R"(["company.ics"])"));
    const auto after = e2e::run_handover({"plan", file, "--format", "json"});
    INFO(after.err);
    REQUIRE(after.exit_code <= 1);
    const auto after_dates = client_task_dates(after.out);
    CHECK_FALSE(after_dates.contains("2026-12-01"));
    CHECK_FALSE(after_dates.contains("2026-12-03"));
    CHECK(after_dates.size() > 0);
}

TEST_CASE("holiday files: from standard input, an .ics is found in the current folder") {
    e2e::TempDir dir;
    copy_calendar(dir, "company.ics");
    e2e::RunOptions options;
    options.stdin_text = clients_file(R"(["company.ics"])");
    options.cwd = dir.path();
    const auto result = e2e::run_handover({"plan", "-", "--format", "json"}, options);
    INFO(result.err);
    CHECK(result.exit_code <= 1);
    CHECK_FALSE(client_task_dates(result.out).contains("2026-12-01"));

    options.cwd = e2e::data_file("bad");
    const auto elsewhere = e2e::run_handover({"plan", "-", "--format", "json"}, options);
    CHECK(elsewhere.exit_code == 2);
    CHECK(elsewhere.out.empty());
    CHECK_THAT(elsewhere.err,
               Catch::Contains("<stdin>: /calendar/holidays/0: iCalendar file \"company.ics\": "
                               "cannot read the file: it does not exist"));
}

TEST_CASE("holiday files: a bad .ics refuses the plan in both languages, writing nothing") {
    e2e::TempDir dir;
    copy_calendar(dir, "no-events.ics");
    const std::string file = dir.file("clients.json");
    e2e::write_file(file, clients_file(R"(["JP", "no-events.ics"])"));
    const std::string out = dir.file("plan.md");
    const auto en = e2e::run_handover({"plan", file, "--lang", "en", "-o", out});
    CHECK(en.exit_code == 2);
    CHECK(en.err == file +
                        ": /calendar/holidays/1: iCalendar file \"no-events.ics\": the file "
                        "holds no events (VEVENT)\n");
    CHECK_FALSE(std::filesystem::exists(out));
    const auto ja = e2e::run_handover({"plan", file, "--lang", "ja"});
    CHECK(ja.exit_code == 2);
    CHECK_THAT(ja.err,
               Catch::Contains("iCalendar ファイル「no-events.ics」: ファイルに予定(VEVENT)が "
                               "1 件もありません"));
}

TEST_CASE("holiday files: a named day off is free, and its name heads the day in the plan") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    // An interview is kept on its date, so the day shows in the plan with its name.
    e2e::write_file(
        file, clients_file(R"([{"date": "2026-12-01", "name": "Company anniversary"}])",
                           R"([{"date": "2026-12-01", "hours": 1, "company": "Northwind"}])"));
    const auto json = e2e::run_handover({"plan", file, "--format", "json"});
    REQUIRE(json.exit_code <= 1);
    CHECK_FALSE(client_task_dates(json.out).contains("2026-12-01"));
    const auto text = e2e::run_handover({"plan", file, "--format", "text"});
    CHECK_THAT(text.out, Catch::Contains("Company anniversary"));
}

TEST_CASE("holiday files: a day's name with terminal controls is shown escaped") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    e2e::write_file(file,
                    clients_file(R"([{"date": "2026-12-01", "name": "Off\u001b[2J\u202e day"}])",
                                 R"([{"date": "2026-12-01", "hours": 1}])"));
    const auto text = e2e::run_handover({"plan", file, "--format", "text"});
    REQUIRE(text.exit_code <= 1);
    CHECK_THAT(text.out, Catch::Contains("Off"));
    CHECK_FALSE(e2e::has_escape(text.out));
    CHECK(text.out.find("\xE2\x80\xAE") == std::string::npos);
}
