// `-o FILE`: the output is written atomically, and a failed run changes nothing on disk.
#include <catch2/catch.hpp>
#include <filesystem>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");

}  // namespace

TEST_CASE("output file: -o writes the same bytes as standard output") {
    e2e::TempDir dir;
    const std::string file = dir.file("plan.md");
    const auto to_file = e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", file});
    const auto to_stdout = e2e::run_handover({"plan", k_example, "--format", "markdown"});
    CHECK(to_file.exit_code == to_stdout.exit_code);
    CHECK(to_file.out.empty());
    CHECK(e2e::read_file(file) == to_stdout.out);

    const auto dash = e2e::run_handover({"plan", k_example, "--format", "markdown", "-o", "-"});
    CHECK(dash.out == to_stdout.out);
}

TEST_CASE("output file: a folder as target fails with exit code 3 and creates nothing") {
    e2e::TempDir dir;
    const auto result = e2e::run_handover({"plan", k_example, "-o", dir.path()});
    CHECK(result.exit_code == 3);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("folder"));
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("output file: a missing folder fails with exit code 3 and a localized message") {
    e2e::TempDir dir;
    const std::string file = dir.file("no/such/folder/plan.txt");
    const auto en = e2e::run_handover({"plan", k_example, "-o", file, "--lang", "en"});
    CHECK(en.exit_code == 3);
    CHECK_THAT(en.err, Catch::Contains("cannot write " + file));
    const auto ja = e2e::run_handover({"plan", k_example, "-o", file, "--lang", "ja"});
    CHECK(ja.exit_code == 3);
    CHECK_THAT(ja.err, Catch::Contains("書き込めませんでした"));
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("output file: writing over the input file is refused") {
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    const std::string original = e2e::read_file(k_example);
    e2e::write_file(input, original);

    const auto same = e2e::run_handover({"plan", input, "-o", input});
    CHECK(same.exit_code == 2);
    CHECK_THAT(same.err, Catch::Contains("input file"));
    CHECK(e2e::read_file(input) == original);

    // The same file under another name is still the input.
    std::filesystem::create_symlink(input, dir.file("link.json"));
    const auto linked = e2e::run_handover({"plan", input, "-o", dir.file("link.json")});
    CHECK(linked.exit_code == 2);
    CHECK(e2e::read_file(input) == original);

    const auto drafts = e2e::run_handover({"drafts", input, "-o", input});
    CHECK(drafts.exit_code == 2);
    CHECK(e2e::read_file(input) == original);
}

TEST_CASE("output file: a failed run leaves an existing output byte-identical") {
    e2e::TempDir dir;
    const std::string output = dir.file("plan.ics");
    const std::string before = "BEGIN:VCALENDAR\r\nprevious content\r\n";
    e2e::write_file(output, before);

    const auto bad_input = e2e::run_handover(
        {"plan", e2e::data_file("bad/malformed.json"), "--format", "ics", "-o", output});
    CHECK(bad_input.exit_code == 2);
    CHECK(e2e::read_file(output) == before);

    const auto bad_today = e2e::run_handover(
        {"plan", k_example, "--format", "ics", "-o", output, "--today", "2026-02-30"});
    CHECK(bad_today.exit_code == 2);
    CHECK(e2e::read_file(output) == before);

    // Nothing is left behind either: no temporary file next to the output.
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()),
                        std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("output file: a plan with errors is still written, with exit code 1") {
    e2e::TempDir dir;
    const std::string output = dir.file("plan.json");
    const auto result = e2e::run_handover({"plan", e2e::data_file("e2e/infeasible.json"), "--today",
                                           e2e::k_today, "--format", "json", "-o", output});
    CHECK(result.exit_code == 1);
    CHECK_THAT(e2e::read_file(output), Catch::Contains("\"severity\": \"error\""));
    CHECK_FALSE(result.err.empty());
}
