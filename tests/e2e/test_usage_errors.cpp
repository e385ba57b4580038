// Mistakes on the command line: exit code 2, a message on standard error that says what
// was wrong, and a suggestion where one is likely.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");

e2e::RunResult usage_error(const std::vector<std::string>& args) {
    auto result = e2e::run_handover(args);
    INFO("stderr:\n" << result.err);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::StartsWith("handover: "));
    return result;
}

}  // namespace

TEST_CASE("usage errors: no command, or an unknown one with a suggestion") {
    CHECK_THAT(usage_error({}).err, Catch::Contains("plan, check, init"));
    CHECK_THAT(usage_error({"plna", k_example}).err, Catch::Contains("did you mean \"plan\"?"));
    CHECK_THAT(usage_error({"--lang", "ja", "chek", k_example}).err,
               Catch::Contains("「check」の誤りではありませんか?"));
}

TEST_CASE("usage errors: a missing FILE or an unknown flag point to the command's help") {
    CHECK_THAT(usage_error({"done"}).err, Catch::Contains("handover done --help"));
    CHECK_THAT(usage_error({"check", k_example, "--bogus"}).err, Catch::Contains("--bogus"));
}

TEST_CASE("usage errors: a flag value outside its choices names them all") {
    const auto format = usage_error({"plan", k_example, "--format", "mardown"});
    CHECK_THAT(format.err, Catch::Contains("text, markdown, json, ics, csv, crm"));
    CHECK_THAT(format.err, Catch::Contains("did you mean \"markdown\"?"));
    CHECK_THAT(usage_error({"plan", k_example, "--audience", "boss"}).err,
               Catch::Contains("self, manager, successor"));
    CHECK_THAT(usage_error({"plan", k_example, "--color", "yes"}).err,
               Catch::Contains("auto, always, never"));
    CHECK_THAT(usage_error({"plan", k_example, "--lang", "fr"}).err, Catch::Contains("en, ja"));
}

TEST_CASE("usage errors: --today must be a real day as YYYY-MM-DD") {
    for (const char* today : {"2026-13-01", "2026/11/20", "tomorrow", "2026-02-29", "1999-12-31"}) {
        INFO(today);
        const auto result = usage_error({"plan", k_example, "--today", today});
        CHECK_THAT(result.err, Catch::Contains(std::string("--today \"") + today + "\""));
        CHECK_THAT(result.err, Catch::Contains("YYYY-MM-DD"));
    }
    CHECK_THAT(usage_error({"check", k_example, "--today", "x", "--lang", "ja"}).err,
               Catch::Contains("日付として読めません"));
}

TEST_CASE("usage errors: drafts for an unknown client suggests the nearest id") {
    const auto result = usage_error({"drafts", k_example, "--client", "acm"});
    CHECK_THAT(result.err, Catch::Contains("\"acm\""));
    CHECK_THAT(result.err, Catch::Contains("did you mean \"acme\"?"));
    CHECK_THAT(result.err, Catch::Contains("acme, hoshino, kita"));
}

TEST_CASE("usage errors: schema prints a JSON Schema that parses") {
    const auto result = e2e::run_handover({"schema"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("\"$schema\""));
    CHECK_THAT(result.out, Catch::EndsWith("\n"));
}

TEST_CASE("usage errors: --excel belongs to a CSV format") {
    for (const char* format : {"text", "markdown", "json", "ics"}) {
        INFO(format);
        CHECK_THAT(usage_error({"plan", k_example, "--format", format, "--excel"}).err,
                   Catch::Contains(std::string("--excel applies to the csv/crm format only, and "
                                               "this run writes ") +
                                   format));
    }
    CHECK_THAT(usage_error({"plan", k_example, "--excel", "--lang", "ja"}).err,
               Catch::Contains("--excel は csv/crm 形式でのみ使用できます"));
    for (const char* format : {"csv", "crm"}) {
        const auto result = e2e::run_handover({"plan", k_example, "--format", format, "--excel"});
        CHECK(result.exit_code <= 1);
        CHECK(result.out.rfind("\xEF\xBB\xBF", 0) == 0);
    }
}

TEST_CASE("usage errors: a misspelt option gets a did-you-mean, before or after the command") {
    CHECK_THAT(usage_error({"plan", k_example, "--todya", e2e::k_today}).err,
               Catch::Contains("unknown option \"--todya\"; did you mean \"--today\"?"));
    CHECK_THAT(usage_error({"--todya", e2e::k_today, "plan", k_example}).err,
               Catch::Contains("did you mean \"--today\"?"));
    CHECK_THAT(usage_error({"plan", k_example, "--with-doc"}).err,
               Catch::Contains("did you mean \"--with-docs\"?"));
    CHECK_THAT(usage_error({"next", k_example, "--day=3"}).err,
               Catch::Contains("unknown option \"--day\"; did you mean \"--days\"?"));
    CHECK_THAT(usage_error({"pln", k_example}).err, Catch::Contains("did you mean \"plan\"?"));
    CHECK_THAT(usage_error({"plan", k_example, "--zzzzzz"}).err, !Catch::Contains("did you mean"));
}

TEST_CASE("usage errors: CLI11's own errors are said in the chosen language") {
    struct Case {
        std::vector<std::string> args;
        std::string en;
        std::string ja;
    };
    const std::vector<Case> cases{
        {{"done"}, "missing FILE", "FILE をご指定ください"},
        {{"plan", k_example, "--today"}, "--today needs a value", "--today には値をご指定ください"},
        {{"holidays", "--year", "soon"},
         "--year \"soon\" is not a valid value",
         "--year に指定された \"soon\" は使用できません"},
        {{"plan", k_example, "extra"},
         "unexpected argument \"extra\"",
         "余分な引数 \"extra\" が指定されています"},
        {{"plan", k_example, "--todya", "x"},
         "unknown option \"--todya\"",
         "\"--todya\" というオプションはありません。「--today」の誤りではありませんか?"},
    };
    for (const auto& c : cases) {
        INFO(c.args.front() << " " << c.en);
        CHECK_THAT(usage_error(c.args).err, Catch::Contains("handover: error: " + c.en));
        auto ja_args = c.args;
        ja_args.insert(ja_args.begin(), {"--lang", "ja"});
        const auto ja = usage_error(ja_args);
        CHECK_THAT(ja.err, Catch::Contains("handover: エラー: " + c.ja));
        CHECK_THAT(ja.err, Catch::Contains("使い方は"));
        // The environment chooses when --lang is not given, or is not a language.
        e2e::RunOptions japanese;
        japanese.env["LANG"] = "ja_JP.UTF-8";
        const auto from_env = e2e::run_handover(c.args, japanese);
        CHECK(from_env.exit_code == 2);
        CHECK_THAT(from_env.err, Catch::Contains(c.ja));
    }
}
