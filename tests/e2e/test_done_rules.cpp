// `handover done` as a careful user expects it: a task done again keeps the day it was done,
// and a task done before what comes first is recorded with a warning.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

TEST_CASE("done: a task already done keeps its date unless --on is given") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    REQUIRE(e2e::run_handover({"done", file, "consult-manager", "--on", "2026-11-19"}).exit_code ==
            0);
    const std::string recorded = e2e::read_file(file);
    CHECK(recorded.find("\"consult-manager\": \"2026-11-19\"") != std::string::npos);

    const auto again = e2e::run_handover({"done", file, "consult-manager"});
    CHECK(again.exit_code == 0);
    CHECK(again.out ==
          "consult-manager: already recorded as done on Thu 19 Nov 2026; that date "
          "is kept (give --on DATE to change it)\n" +
              file + " is unchanged.\n");
    CHECK(e2e::read_file(file) == recorded);
    CHECK_THAT(e2e::run_handover({"done", file, "consult-manager", "--lang", "ja"}).out,
               Catch::Contains("すでに 2026年11月19日(木) に完了として記録されているため、"
                               "その日付のままにしました"));

    const auto moved = e2e::run_handover({"done", file, "consult-manager", "--on", "2026-11-20"});
    CHECK(moved.exit_code == 0);
    CHECK_THAT(moved.out, Catch::Contains("date changed from Thu 19 Nov 2026 to Fri 20 Nov 2026"));
    CHECK(e2e::read_file(file).find("\"consult-manager\": \"2026-11-20\"") != std::string::npos);
}

TEST_CASE("done: a task done before what comes first is recorded, with a warning") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    const auto early = e2e::run_handover({"done", file, "decide-timing"});
    CHECK(early.exit_code == 0);
    CHECK(e2e::read_file(file).find("\"decide-timing\": \"2026-11-20\"") != std::string::npos);
    CHECK(early.err ==
          "handover: warning: decide-timing is recorded as done, but what comes "
          "before it is not done yet: consult-manager\n");
    CHECK_THAT(e2e::run_handover({"done", file, "acme/notify", "--lang", "ja"}).err,
               Catch::Contains("handover: 警告: acme/notify を完了として記録しましたが、"));

    // In order, or together with what comes first: no warning.
    e2e::TempDir other;
    const std::string fresh = e2e::copy_of_example(other);
    const auto together = e2e::run_handover({"done", fresh, "decide-timing", "consult-manager"});
    CHECK(together.exit_code == 0);
    CHECK(together.err.empty());
    CHECK(e2e::run_handover({"done", fresh, "decide-method"}).err.empty());
}

TEST_CASE("after the last day: plan, next, check and diff still answer; nothing new is planned") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    REQUIRE(e2e::run_handover({"done", file, "consult-manager", "--on", "2026-11-20"}).exit_code ==
            0);
    const std::vector<std::string> later{"--today", "2027-01-05"};
    const auto with = [&](std::vector<std::string> args) {
        args.insert(args.end(), later.begin(), later.end());
        return e2e::run_handover(args);
    };
    const std::string passed =
        "LAST_DAY_PASSED: Your last day, Fri 25 Dec 2026, has passed: nothing new is planned.";

    const auto plan = with({"plan", file, "--color", "never"});
    CHECK(plan.exit_code == 1);  // the work not done is an error, but the plan is shown
    CHECK_THAT(plan.out, Catch::Contains("[x] 1"));
    CHECK_THAT(plan.out, Catch::Contains("Unscheduled (22)"));
    CHECK_THAT(plan.out, Catch::Contains("Not recorded as done by the last day."));
    CHECK_THAT(plan.out, Catch::Contains("Tasks not recorded as done: 22."));

    const auto next = with({"next", file});
    CHECK(next.exit_code == 1);
    CHECK_THAT(next.out, Catch::Contains("Not done by the last day (22):"));
    CHECK_THAT(next.out, Catch::Contains("[acme/notify]"));
    CHECK(next.out.find("planned again from today") == std::string::npos);

    const auto check = with({"check", file});
    CHECK(check.exit_code == 1);
    CHECK_THAT(check.out, Catch::Contains("Errors:\n  " + passed));

    const auto json = with({"plan", file, "--format", "json"});
    CHECK_THAT(json.out, Catch::Contains("\"code\": \"LAST_DAY_PASSED\""));
    const auto diff = with({"diff", file, file});
    CHECK(diff.exit_code == 1);
    CHECK_THAT(diff.out, Catch::Contains("No differences"));

    // Recording what was done still works, and a plan with everything done is fine.
    CHECK(with({"done", file, "decide-timing", "--on", "2026-11-24"}).exit_code == 0);
}
