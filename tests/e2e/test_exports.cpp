// The exports and the terminal view as a careful user reads them, on the real binary: the
// reasons under the tasks, weeks with nothing left to review, and the ids that `done` takes.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");

// A company closed from 28 to 31 December, with New Year's Day a national holiday, has no
// working day in week 2026-W53 (28 Dec - 3 Jan) of a plan that runs into January.
const std::string k_year_end =
    "{\n"
    "  \"version\": 1,\n"
    "  \"me\": { \"name\": \"Yu Sato\" },\n"
    "  \"manager\": { \"name\": \"Ken Tanaka\" },\n"
    "  \"successor\": { \"name\": \"Aiko Suzuki\" },\n"
    "  \"today\": \"2026-12-14\",\n"
    "  \"last_day\": \"2027-01-15\",\n"
    "  \"calendar\": { \"holidays\": [\"JP\", \"2026-12-28\", \"2026-12-29\",\n"
    "                \"2026-12-30\", \"2026-12-31\"] },\n"
    "  \"policy\": { \"notice_days\": 14 },\n"
    "  \"job_search\": { \"weekly_review\": true },\n"
    "  \"clients\": [ { \"id\": \"acme\", \"name\": \"Acme Corp\", \"stage\": \"active\" } ],\n"
    "  \"done\": { \"consult-manager\": \"2026-12-14\" }\n"
    "}\n";

}  // namespace

TEST_CASE("exports: --no-why leaves the reasons out of the Markdown and the terminal view") {
    for (const char* format : {"markdown", "text"}) {
        INFO(format);
        const auto with = e2e::run_handover({"plan", k_example, "--format", format});
        const auto without = e2e::run_handover({"plan", k_example, "--format", format, "--no-why"});
        REQUIRE(with.exit_code <= 1);
        REQUIRE(without.exit_code == with.exit_code);
        CHECK(with.out.find("↳ Step 1: your manager hears first") != std::string::npos);
        CHECK(without.out.find("↳") == std::string::npos);
    }
}

TEST_CASE("exports: Markdown leaves out the weekly review of a week with no working day") {
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    e2e::write_file(input, k_year_end);
    const auto json = e2e::run_handover({"plan", input, "--format", "json"});
    REQUIRE(json.exit_code <= 1);
    bool idle_in_json = false;
    const nlohmann::json plan = nlohmann::json::parse(json.out);
    for (const auto& task : plan["tasks"]) {
        if (task["id"] == "weekly-review/2026-W53") {
            idle_in_json = true;
            CHECK(task["status"] == "unscheduled");
        }
    }
    REQUIRE(idle_in_json);  // the plan's data keeps it; the checklist has nothing to do there
    const auto markdown = e2e::run_handover({"plan", input, "--format", "markdown"});
    REQUIRE(markdown.exit_code <= 1);
    CHECK(markdown.out.find("weekly-review/2026-W53") == std::string::npos);
    CHECK(markdown.out.find("<!-- id: weekly-review/2026-W52 -->") != std::string::npos);
    CHECK(markdown.out.find("<!-- id: weekly-review/2027-W01 -->") != std::string::npos);
}

TEST_CASE("exports: the terminal plan shows the ids that done takes") {
    const auto plan = e2e::run_handover({"plan", k_example, "--color", "never"});
    REQUIRE(plan.exit_code <= 1);
    for (const char* id : {"[consult-manager]", "[acme/notify]", "[weekly-review/2026-W47]"}) {
        CHECK(plan.out.find(id) != std::string::npos);
    }
    // A mistyped id points at the commands that list the ids.
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    e2e::write_file(input, e2e::read_file(k_example));
    const auto done = e2e::run_handover({"done", input, "acme/notfy"});
    CHECK(done.exit_code == 2);
    CHECK_THAT(done.err, Catch::Contains("did you mean \"acme/notify\"?"));
    CHECK_THAT(done.err, Catch::Contains("`handover next " + input + "` shows the ids"));
    CHECK_THAT(done.err, Catch::Contains("`handover plan " + input + "` every task's id"));
}

TEST_CASE("exports: a done entry of a removed client names the undo command that fixes it") {
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    std::string text = e2e::read_file(k_example);
    const std::string empty_done = "\"done\": { }";
    REQUIRE(text.find(empty_done) != std::string::npos);
    text.replace(text.find(empty_done), empty_done.size(),
                 "\"done\": { \"fuji/notify\": \"2026-11-19\" }");
    e2e::write_file(input, text);
    const std::string command = "handover undo " + input + " fuji/notify";
    for (const char* verb : {"check", "plan", "next"}) {
        INFO(verb);
        const auto refused = e2e::run_handover({verb, input});
        CHECK(refused.exit_code == 2);
        CHECK(refused.err == input +
                                 ": /done: \"fuji/notify\" is recorded as done, but the file has "
                                 "no client \"fuji\" any more; to remove the entry, run: " +
                                 command + "\n");
    }
    CHECK_THAT(e2e::run_handover({"check", input, "--lang", "ja"}).err,
               Catch::Contains("記録を削除するには次を実行してください: " + command));
    // The command as printed does it.
    const auto undo = e2e::run_handover({"undo", input, "fuji/notify"});
    CHECK(undo.exit_code == 0);
    CHECK(e2e::run_handover({"check", input}).exit_code <= 1);
}
