// `--version` and `--help`: the first things a new user types, in both languages.
#include <catch2/catch.hpp>
#include <string>

#include "handover/base/i18n.hpp"
#include "handover/version.hpp"
#include "run_binary.hpp"

using e2e::run_handover;
using handover::Lang;
using handover::tr;

TEST_CASE("version: prints the project version") {
    const auto result = run_handover({"--version"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == std::string("handover ") + handover::k_version + "\n");
    CHECK(result.err.empty());
}

TEST_CASE("help: lists every command, examples and exit codes in English") {
    const auto result = run_handover({"--help"});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    for (const char* command : {"plan", "check", "init", "drafts", "holidays", "schema"}) {
        CHECK_THAT(result.out, Catch::Contains(std::string("\n  ") + command + " "));
    }
    CHECK_THAT(result.out, Catch::Contains("Examples:"));
    CHECK_THAT(result.out, Catch::Contains("handover plan clients.json -o handover.ics"));
    CHECK_THAT(result.out, Catch::Contains("Exit codes:"));
    CHECK_THAT(result.out, Catch::Contains(std::string(tr(Lang::en, "cli.plan.description"))));
}

TEST_CASE("help: --lang ja gives Japanese help") {
    const auto result = run_handover({"--lang", "ja", "--help"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("使用例:"));
    CHECK_THAT(result.out, Catch::Contains(std::string(tr(Lang::ja, "cli.plan.description"))));
    CHECK_THAT(result.out, Catch::Contains(std::string(tr(Lang::ja, "cli.opt.help"))));
}

TEST_CASE("help: the language follows LANG, and --lang wins over it") {
    e2e::RunOptions japanese;
    japanese.env["LANG"] = "ja_JP.UTF-8";
    CHECK_THAT(run_handover({"--help"}, japanese).out, Catch::Contains("使用例:"));
    CHECK_THAT(run_handover({"--help", "--lang=en"}, japanese).out, Catch::Contains("Examples:"));

    e2e::RunOptions all;
    all.env["LANG"] = "en_US.UTF-8";
    all.env["LC_ALL"] = "ja_JP.UTF-8";
    CHECK_THAT(run_handover({"--help"}, all).out, Catch::Contains("使用例:"));
}

TEST_CASE("help: each command has its own help in both languages") {
    for (const char* command : {"plan", "check", "init", "drafts", "holidays", "schema"}) {
        INFO(command);
        const auto en = run_handover({command, "--help"});
        CHECK(en.exit_code == 0);
        CHECK_THAT(en.out, Catch::Contains(std::string("Usage: handover ") + command));
        const auto ja = run_handover({command, "--help", "--lang", "ja"});
        CHECK(ja.exit_code == 0);
        CHECK_THAT(ja.out, Catch::Contains(std::string("使い方: handover ") + command));
    }
    const auto plan = run_handover({"plan", "--help"});
    for (const char* flag :
         {"--format", "--output", "--audience", "--group-by", "--with-docs", "--with-drafts",
          "--excel", "--no-why", "--color", "--strict", "--lang", "--today"}) {
        CHECK_THAT(plan.out, Catch::Contains(flag));
    }
}
