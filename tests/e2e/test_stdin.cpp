// `-` reads standard input, so handover works in a pipe.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "run_binary.hpp"

TEST_CASE("stdin: - reads the input from standard input") {
    const std::string file = e2e::source_file("examples/ja-closing-deal.json");
    e2e::RunOptions piped;
    piped.stdin_text = e2e::read_file(file);
    REQUIRE_FALSE(piped.stdin_text->empty());

    const auto check = e2e::run_handover({"check", "-", "--today", e2e::k_today}, piped);
    CHECK((check.exit_code == 0 || check.exit_code == 1));
    const auto from_stdin = e2e::run_handover({"plan", "-", "--format", "json"}, piped);
    const auto from_file = e2e::run_handover({"plan", file, "--format", "json"});
    CHECK(from_stdin.exit_code == from_file.exit_code);
    CHECK(from_stdin.out == from_file.out);
}

TEST_CASE("stdin: a broken document on standard input is an input error") {
    e2e::RunOptions piped;
    piped.stdin_text = "{ \"version\": 1,";
    const auto result = e2e::run_handover({"check", "-", "--today", e2e::k_today}, piped);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK_FALSE(result.err.empty());
}

TEST_CASE("stdin: empty standard input is an input error") {
    e2e::RunOptions piped;
    piped.stdin_text = "";
    const auto result = e2e::run_handover({"plan", "-", "--today", e2e::k_today}, piped);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
}
