// The format follows the name of the output file when --format is not given, and a flag
// that the chosen format does not use is refused instead of silently ignored.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");

e2e::RunResult plan(std::vector<std::string> args) {
    args.insert(args.begin(), {"plan", k_example, "--today", e2e::k_today});
    return e2e::run_handover(args);
}

/// The file that `plan --format FORMAT` writes to standard output.
std::string as_format(const std::string& format) {
    return plan({"--format", format}).out;
}

}  // namespace

TEST_CASE("output format: -o FILE's extension chooses the format without --format") {
    e2e::TempDir dir;
    const std::vector<std::pair<std::string, std::string>> cases{
        {"plan.md", "markdown"}, {"plan.markdown", "markdown"}, {"plan.json", "json"},
        {"plan.ics", "ics"},     {"plan.csv", "csv"},           {"plan.txt", "text"},
        {"PLAN.JSON", "json"}};
    for (const auto& [name, format] : cases) {
        INFO(name);
        const auto result = plan({"-o", dir.file(name)});
        CHECK(result.exit_code == 0);
        CHECK(e2e::read_file(dir.file(name)) == as_format(format));
    }
}

TEST_CASE("output format: --format wins over the extension, and md means markdown") {
    e2e::TempDir dir;
    CHECK(plan({"--format", "json", "-o", dir.file("plan.md")}).exit_code == 0);
    CHECK(e2e::read_file(dir.file("plan.md")) == as_format("json"));
    CHECK(as_format("md") == as_format("markdown"));
    // A name without an extension (a device, a pipe, `-o plan`) keeps the default.
    CHECK(plan({"-o", dir.file("plan")}).exit_code == 0);
    CHECK(e2e::read_file(dir.file("plan")) == as_format("text"));
}

TEST_CASE("output format: an unknown extension without --format is a usage error") {
    e2e::TempDir dir;
    const auto result = plan({"-o", dir.file("plan.pdf")});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("plan.pdf"));
    CHECK_THAT(result.err, Catch::Contains(".md, .markdown, .json, .ics, .csv, .txt"));
    CHECK_THAT(result.err, Catch::Contains("--format"));
    CHECK_FALSE(std::filesystem::exists(dir.file("plan.pdf")));
    const auto ja = plan({"-o", dir.file("plan.pdf"), "--lang", "ja"});
    CHECK(ja.exit_code == 2);
    CHECK_THAT(ja.err, Catch::Contains("出力形式を判断できません"));
    // With --format the name is the user's choice.
    CHECK(plan({"-o", dir.file("plan.pdf"), "--format", "markdown"}).exit_code == 0);
}

TEST_CASE("output format: a flag the format does not use is a usage error that says why") {
    e2e::TempDir dir;
    const auto docs = plan({"--with-docs"});
    CHECK(docs.exit_code == 2);
    CHECK(docs.out.empty());
    CHECK_THAT(docs.err,
               Catch::Contains("--with-docs applies to the markdown format only, and this run "
                               "writes text"));
    CHECK_THAT(plan({"--format", "json", "--excel"}).err,
               Catch::Contains("--excel applies to the csv/crm format only"));
    CHECK_THAT(plan({"--format", "csv", "--with-drafts"}).err, Catch::Contains("--with-drafts"));
    CHECK_THAT(plan({"--format", "ics", "--group-by", "step"}).err, Catch::Contains("--group-by"));
    CHECK_THAT(plan({"--format", "json", "--color", "always"}).err,
               Catch::Contains("--color applies to the text format only"));
    const auto from_name = plan({"-o", dir.file("plan.json"), "--with-docs"});
    CHECK(from_name.exit_code == 2);
    CHECK_THAT(from_name.err, Catch::Contains("from the extension of " + dir.file("plan.json")));
    CHECK_FALSE(std::filesystem::exists(dir.file("plan.json")));
    CHECK_THAT(plan({"--with-docs", "--lang", "ja"}).err,
               Catch::Contains("形式でのみ使用できます"));

    // Each flag with a format it applies to is fine.
    CHECK(plan({"--format", "markdown", "--with-docs", "--with-drafts", "--group-by", "client"})
              .exit_code == 0);
    CHECK(plan({"--format", "crm", "--excel"}).exit_code == 0);
    CHECK(plan({"-o", dir.file("tasks.csv"), "--excel"}).exit_code == 0);
    CHECK(plan({"--color", "never"}).exit_code == 0);
}
