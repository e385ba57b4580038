// Global options mean the same before and after the command's name, on every command.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");

/// Every command with arguments that make it print something without changing a file.
const std::vector<std::vector<std::string>> k_commands{
    {"plan", k_example},
    {"check", k_example},
    {"next", k_example},
    {"drafts", k_example},
    {"diff", k_example, k_example},
    {"holidays", "--year", "2027"},
    {"schema"},
    {"init", "-o", "-"},
    {"undo", k_example, "nothing/recorded"},
};

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

}  // namespace

TEST_CASE("global options: --lang and --today work before and after every command") {
    const std::vector<std::string> globals{"--lang", "ja", "--today", e2e::k_today};
    for (const auto& command : k_commands) {
        INFO(command.front());
        const auto before = e2e::run_handover(concat(globals, command));
        const auto after = e2e::run_handover(concat(command, globals));
        CHECK(before.exit_code == after.exit_code);
        // undo refuses an id that was never recorded; the others run.
        CHECK((command.front() == "undo" ? before.exit_code == 2 : before.exit_code <= 1));
        CHECK(before.out == after.out);
        CHECK(before.err == after.err);
        // Japanese was chosen: every command says something in it.
        CHECK_THAT(before.out + before.err, Catch::Contains("\xE3"));
    }
}

TEST_CASE("global options: --today before the command plans from that day") {
    const auto result =
        e2e::run_handover({"--today", "2026-11-21", "plan", k_example, "-f", "json"});
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("\"today\": \"2026-11-21\""));
}

TEST_CASE("global options: help lists them under their own heading on every command") {
    for (const char* command : {"plan", "check", "init", "holidays", "schema", "done"}) {
        INFO(command);
        const auto help = e2e::run_handover({command, "--help"});
        CHECK(help.exit_code == 0);
        CHECK_THAT(help.out, Catch::Contains("Global options (before or after the command):\n"
                                             "  --lang {en,ja}"));
        CHECK_THAT(help.out, Catch::Contains("  --today YYYY-MM-DD"));
    }
}
