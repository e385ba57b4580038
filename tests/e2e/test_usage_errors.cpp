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
    CHECK_THAT(usage_error({"plan"}).err, Catch::Contains("handover plan --help"));
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
                   Catch::Contains(std::string("use it with --format csv or crm, not ") + format));
    }
    CHECK_THAT(usage_error({"plan", k_example, "--excel", "--lang", "ja"}).err,
               Catch::Contains("--format csv または crm と一緒にお使いください"));
    for (const char* format : {"csv", "crm"}) {
        const auto result = e2e::run_handover({"plan", k_example, "--format", format, "--excel"});
        CHECK(result.exit_code <= 1);
        CHECK(result.out.rfind("\xEF\xBB\xBF", 0) == 0);
    }
}
