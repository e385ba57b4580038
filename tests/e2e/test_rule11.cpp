// Rule 11 on the real binary: the resignation letter, the support agreement, the final
// check and the farewell are tasks of the JSON plan, can be recorded as done, and their
// letters come with `handover drafts`.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

TEST_CASE("rule 11: the new tasks are in the JSON plan, with the agenda and SUPPORT_AFTER_END") {
    const auto run = e2e::run_handover(
        {"plan", e2e::source_file("examples/ja-closing-deal.json"), "--format", "json"});
    CHECK(run.exit_code == 0);
    for (const char* kind :
         {"resignation-letter", "support-agreement", "final-check", "farewell"}) {
        INFO(kind);
        CHECK_THAT(run.out, Catch::Contains(std::string("\"id\": \"") + kind + "\""));
        CHECK_THAT(run.out, Catch::Contains(std::string("\"kind\": \"") + kind + "\""));
    }
    // The farewell on the last day. The example's support ends with employment: no warning;
    // a day later, SUPPORT_AFTER_END.
    CHECK_THAT(run.out, Catch::Contains("\"rule\": \"last-day\""));
    CHECK(run.out.find("SUPPORT_AFTER_END") == std::string::npos);
    e2e::TempDir dir;
    std::string text = e2e::read_file(e2e::source_file("examples/ja-closing-deal.json"));
    const std::string until = "\"support_until\": \"2027-01-15\"";
    REQUIRE(text.find(until) != std::string::npos);
    text.replace(text.find(until), until.size(), "\"support_until\": \"2027-01-16\"");
    const std::string later = dir.file("later.json");
    e2e::write_file(later, text);
    const auto past = e2e::run_handover({"plan", later, "--format", "json"});
    CHECK_THAT(past.out, Catch::Contains("\"code\": \"SUPPORT_AFTER_END\""));
    // The talk with the manager has its agenda.
    const auto consult = run.out.find("\"id\": \"consult-manager\"");
    REQUIRE(consult != std::string::npos);
    const auto next_task = run.out.find("\"id\": ", consult + 1);
    CHECK(run.out.substr(consult, next_task - consult).find("\"talking_points\"") !=
          std::string::npos);
}

TEST_CASE("rule 11: `handover done` records the new tasks") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    const auto done = e2e::run_handover(
        {"done", file, "consult-manager", "resignation-letter", "--on", "2026-11-20"});
    CHECK(done.exit_code == 0);
    CHECK(done.err.empty());
    const auto check = e2e::run_handover({"done", file, "final-check", "farewell"});
    CHECK(check.exit_code == 0);
    const std::string recorded = e2e::read_file(file);
    CHECK(recorded.find("\"resignation-letter\": \"2026-11-20\"") != std::string::npos);
    CHECK(recorded.find("\"final-check\": ") != std::string::npos);
    const auto plan = e2e::run_handover({"plan", file, "--format", "json"});
    const auto at = plan.out.find("\"id\": \"resignation-letter\"");
    REQUIRE(at != std::string::npos);
    CHECK(plan.out.substr(at, 600).find("\"status\": \"done\"") != std::string::npos);
    // A typo is refused with the right id offered.
    const auto typo = e2e::run_handover({"done", file, "final-chek"});
    CHECK(typo.exit_code == 2);
    CHECK_THAT(typo.err, Catch::Contains("final-check"));
}

TEST_CASE("rule 11: `handover drafts` ends with the resignation letter and the farewells") {
    const std::string file = e2e::source_file("examples/ja-closing-deal.json");
    const auto ja = e2e::run_handover({"drafts", file, "--lang", "ja"});
    CHECK(ja.exit_code == 0);
    CHECK_THAT(ja.out, Catch::Contains("退職届"));
    CHECK_THAT(ja.out, Catch::Contains("私儀"));
    CHECK_THAT(ja.out,
               Catch::Contains("一身上の都合により、令和9年1月15日をもって退職いたします。"));
    CHECK_THAT(ja.out, Catch::Contains("件名: 退職のご挨拶"));
    const auto en = e2e::run_handover({"drafts", file, "--lang", "en"});
    CHECK_THAT(en.out, Catch::Contains("Please accept this letter as formal notice"));
    CHECK_THAT(en.out, Catch::Contains("Farewell to your colleagues"));
    // The drafts of one client are only that client's.
    const auto one = e2e::run_handover({"drafts", file, "--client", "acme", "--lang", "ja"});
    CHECK(one.exit_code == 0);
    CHECK(one.out.find("退職届") == std::string::npos);
}

TEST_CASE("rule 11: the Markdown drafts end with the letters, in the user's own plan only") {
    const std::string file = e2e::source_file("examples/ja-closing-deal.json");
    const auto own =
        e2e::run_handover({"plan", file, "--format", "markdown", "--with-drafts", "--lang", "ja"});
    CHECK(own.exit_code == 0);
    CHECK_THAT(own.out, Catch::Contains("### 退職届"));
    CHECK_THAT(own.out, Catch::Contains("### お客様への退職のご挨拶"));
    for (const char* audience : {"manager", "successor"}) {
        INFO(audience);
        const auto shared =
            e2e::run_handover({"plan", file, "--format", "markdown", "--with-drafts", "--audience",
                               audience, "--lang", "ja"});
        CHECK(shared.exit_code == 0);
        // The task stays in the plan; the letter itself does not.
        CHECK(shared.out.find("### 退職届") == std::string::npos);
        CHECK(shared.out.find("私儀") == std::string::npos);
    }
}
