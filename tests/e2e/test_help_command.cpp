// `handover help COMMAND` and `handover COMMAND --help`: each command explains itself, with
// its own options and examples.
#include <catch2/catch.hpp>
#include <string>

#include "run_binary.hpp"

namespace {

const char* const k_commands[] = {"plan",   "check", "next",   "done",     "undo",   "diff",
                                  "drafts", "init",  "import", "holidays", "schema", "help"};

}  // namespace

TEST_CASE("help command: help COMMAND prints what COMMAND --help prints") {
    for (const char* command : k_commands) {
        INFO(command);
        const auto by_command = e2e::run_handover({"help", command});
        CHECK(by_command.exit_code == 0);
        CHECK(by_command.err.empty());
        CHECK(by_command.out == e2e::run_handover({command, "--help"}).out);
        CHECK_THAT(by_command.out,
                   Catch::Contains(std::string("Usage: handover ") + command + " [OPTIONS]"));
    }
    CHECK(e2e::run_handover({"help"}).out == e2e::run_handover({"--help"}).out);
    const auto ja = e2e::run_handover({"help", "plan", "--lang", "ja"});
    CHECK(ja.out == e2e::run_handover({"plan", "--help", "--lang", "ja"}).out);
    CHECK_THAT(ja.out, Catch::Contains("使用例:"));
}

TEST_CASE("help command: an unknown command gets a did-you-mean and exit 2") {
    const auto result = e2e::run_handover({"help", "pln"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("unknown command \"pln\""));
    CHECK_THAT(result.err, Catch::Contains("did you mean \"plan\"?"));
}

TEST_CASE("help command: every command's help has its own examples, not the program's") {
    const std::string program_footer = "Run \"handover help COMMAND\" or";
    CHECK_THAT(e2e::run_handover({"--help"}).out, Catch::Contains(program_footer));
    for (const char* command : k_commands) {
        INFO(command);
        const auto help = e2e::run_handover({command, "--help"});
        CHECK_THAT(help.out, Catch::Contains(std::string("\n  handover ") + command + " "));
        CHECK_THAT(help.out, !Catch::Contains(program_footer));
        CHECK_THAT(help.out, !Catch::Contains("handover diff before.json clients.json What"));
    }
    CHECK_THAT(e2e::run_handover({"init", "--help"}).out, Catch::Contains("--force"));
    CHECK_THAT(e2e::run_handover({"holidays", "--help"}).out,
               Catch::Contains("default: this year"));
    CHECK_THAT(e2e::run_handover({"schema", "--help"}).out,
               Catch::Contains("handover schema -o clients.schema.json"));
}
