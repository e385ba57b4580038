// Tests of src/cli/conventions.cpp: the decisions behind the command-line conventions.
#include <catch2/catch.hpp>
#include <string>

#include "handover/cli/conventions.hpp"

using namespace handover::cli;

TEST_CASE("format_from_name: each documented extension names its format, in any case") {
    CHECK(format_from_name("plan.md").format == "markdown");
    CHECK(format_from_name("plan.markdown").format == "markdown");
    CHECK(format_from_name("out/plan.JSON").format == "json");
    CHECK(format_from_name("plan.ics").format == "ics");
    CHECK(format_from_name("tasks.Csv").format == "csv");
    CHECK(format_from_name("plan.txt").format == "text");
    CHECK(format_from_name("archive.tar.md").format == "markdown");
}

TEST_CASE("format_from_name: another extension is unknown, no extension is none") {
    const auto pdf = format_from_name("plan.pdf");
    CHECK_FALSE(pdf.format);
    CHECK(pdf.has_extension);
    for (const char* bare : {"plan", "/dev/stdout", ".plan", "dir.d/plan", "plan."}) {
        INFO(bare);
        const auto none = format_from_name(bare);
        CHECK_FALSE(none.format);
        CHECK_FALSE(none.has_extension);
    }
}

TEST_CASE("pager_command: $PAGER, else less -FRX; empty or cat means none") {
    CHECK(pager_command(nullptr) == "less -FRX");
    CHECK(pager_command("more") == "more");
    CHECK(pager_command("less -S") == "less -S");
    CHECK(pager_command("").empty());
    CHECK(pager_command("  ").empty());
    CHECK(pager_command("cat").empty());
}

TEST_CASE("should_page: only a terminal, only longer than its height, only when allowed") {
    CHECK(should_page(true, false, "less", 40, 41));
    CHECK_FALSE(should_page(true, false, "less", 40, 40));
    CHECK_FALSE(should_page(false, false, "less", 40, 1000));
    CHECK_FALSE(should_page(true, true, "less", 40, 1000));
    CHECK_FALSE(should_page(true, false, "", 40, 1000));
    CHECK_FALSE(should_page(true, false, "less", 0, 1000));
}

TEST_CASE("plan_audience: --with-docs is for the successor unless --audience says otherwise") {
    using handover::cli::plan_audience;
    CHECK(plan_audience(std::nullopt, false) == "self");
    CHECK(plan_audience(std::nullopt, true) == "successor");
    for (const bool with_docs : {false, true}) {
        CHECK(plan_audience("self", with_docs) == "self");
        CHECK(plan_audience("manager", with_docs) == "manager");
        CHECK(plan_audience("successor", with_docs) == "successor");
    }
}
