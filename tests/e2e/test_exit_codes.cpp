// Scripts depend on the exit codes: 0 the plan fits, 1 it does not (or has warnings with
// --strict), and the plan is still printed either way.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace {

const std::string k_infeasible = e2e::data_file("e2e/infeasible.json");
const std::string k_warnings_only = e2e::data_file("e2e/warnings-only.json");

}  // namespace

TEST_CASE("exit codes: a plan that cannot fit exits with 1 and is still printed") {
    const auto plan = e2e::run_handover({"plan", k_infeasible, "--today", e2e::k_today});
    CHECK(plan.exit_code == 1);
    CHECK_THAT(plan.out, Catch::Contains("Acme Corp"));
    CHECK_THAT(plan.err, Catch::Contains("error"));

    const auto check = e2e::run_handover({"check", k_infeasible, "--today", e2e::k_today});
    CHECK(check.exit_code == 1);
    CHECK_THAT(check.out, Catch::Contains("NO_TIME"));
}

TEST_CASE("exit codes: warnings fail the run only with --strict") {
    for (const char* command : {"plan", "check"}) {
        INFO(command);
        const auto relaxed = e2e::run_handover({command, k_warnings_only, "--today", e2e::k_today});
        CHECK(relaxed.exit_code == 0);
        const auto strict =
            e2e::run_handover({command, k_warnings_only, "--today", e2e::k_today, "--strict"});
        CHECK(strict.exit_code == 1);
        CHECK_THAT(strict.out + strict.err, Catch::Contains("METHOD_TOO_WEAK"));
    }
}

TEST_CASE("exit codes: check summarises the input in the chosen language") {
    const auto en = e2e::run_handover({"check", k_warnings_only, "--today", e2e::k_today});
    CHECK_THAT(en.out, Catch::Contains(": 2 clients, last day"));
    CHECK_THAT(en.out, Catch::Contains("Working days left"));
    CHECK_THAT(en.out, Catch::Contains("OK:"));
    const auto ja =
        e2e::run_handover({"check", k_warnings_only, "--today", e2e::k_today, "--lang", "ja"});
    CHECK_THAT(ja.out, Catch::Contains("顧客 2 社"));
    CHECK_THAT(ja.out, Catch::Contains("残りの営業日"));
}

TEST_CASE("exit codes: check lists every finding under its severity, counted in good English") {
    const auto en = e2e::run_handover({"check", e2e::source_file("examples/en-team.json")});
    CHECK(en.exit_code == 0);
    CHECK_THAT(en.out, Catch::Contains("5 clients, last day"));
    CHECK_THAT(en.out, Catch::Contains("Findings           0 errors, 1 warning, 1 note\n"));
    CHECK_THAT(en.out, Catch::Contains("Warnings:\n  DEAL_AFTER_DEPARTURE umbrella: The deal with "
                                       "Umbrella Health closes"));
    CHECK_THAT(en.out, Catch::Contains("Notes:\n  INCOMPLETE_HANDOVER stark: "));
    CHECK(en.out.find("Errors:") == std::string::npos);  // no heading without a finding

    const auto two =
        e2e::run_handover({"check", e2e::source_file("examples/ja-closing-deal.json")});
    // DEAL_AFTER_DEPARTURE, SUPPORT_AFTER_END (support until 31 Jan, employment to 15 Jan)
    // and METHOD_TOO_WEAK.
    CHECK_THAT(two.out, Catch::Contains("0 errors, 2 warnings, 1 note\n"));
    CHECK(two.out.find("(s)") == std::string::npos);
    const auto ja = e2e::run_handover(
        {"check", e2e::source_file("examples/ja-closing-deal.json"), "--lang", "ja"});
    CHECK_THAT(ja.out,
               Catch::Contains("指摘事項              エラー 0 件、警告 2 件、お知らせ 1 件\n"));
    CHECK_THAT(ja.out, Catch::Contains("警告:\n  DEAL_AFTER_DEPARTURE kita: "));
    CHECK_THAT(ja.out, Catch::Contains("お知らせ:\n  INCOMPLETE_HANDOVER sakura: "));
}

TEST_CASE("exit codes: the status line counts in good English") {
    const auto strict =
        e2e::run_handover({"plan", e2e::source_file("examples/ja-closing-deal.json"), "--strict"});
    CHECK(strict.exit_code == 1);
    CHECK(strict.err == "handover: --strict: the plan has 2 warnings\n");
    const auto one = e2e::run_handover(
        {"plan", e2e::source_file("examples/en-team.json"), "--strict", "--lang", "ja"});
    CHECK(one.err == "handover: --strict: 計画に警告 1 件あります\n");
}
