// Long output on a terminal goes through $PAGER; short output, other targets and
// --no-pager do not, and a pager the user quits early changes nothing about the run.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");
/// A pager that says it ran, then shows what it was given.
const std::string k_marking_pager = "echo PAGER-RAN; cat";

bool have_terminal() {
    if (e2e::terminal_available()) return true;
    WARN("no pseudo-terminal available; terminal case skipped");
    return false;
}

e2e::RunOptions terminal_with_pager(const std::string& pager) {
    e2e::RunOptions options;
    options.terminal = true;
    options.env["PAGER"] = pager;
    return options;
}

e2e::RunResult plan(std::vector<std::string> extra, const e2e::RunOptions& options) {
    std::vector<std::string> args{"plan", k_example, "--today", e2e::k_today};
    args.insert(args.end(), extra.begin(), extra.end());
    return e2e::run_handover(args, options);
}

}  // namespace

TEST_CASE("pager: output longer than the terminal goes through $PAGER") {
    if (!have_terminal()) return;
    const auto paged = plan({}, terminal_with_pager(k_marking_pager));
    CHECK(paged.exit_code == 0);
    CHECK_THAT(paged.out, Catch::StartsWith("PAGER-RAN"));
    CHECK_THAT(paged.out, Catch::Contains("Handover plan"));
    // Every command's result, not only the plan.
    for (const std::vector<std::string>& args : {std::vector<std::string>{"schema"},
                                                 {"help", "plan"},
                                                 {"plan", "--help"},
                                                 {"--help"},
                                                 {"drafts", k_example}}) {
        INFO(args.front());
        CHECK_THAT(e2e::run_handover(args, terminal_with_pager(k_marking_pager)).out,
                   Catch::StartsWith("PAGER-RAN"));
    }
}

TEST_CASE("pager: short output, --no-pager, a file or pipe, and PAGER=cat are not paged") {
    if (!have_terminal()) return;
    const auto options = terminal_with_pager(k_marking_pager);
    // 19 lines fit the 40-line terminal.
    const auto short_list = e2e::run_handover({"holidays", "--year", "2026"}, options);
    CHECK_THAT(short_list.out, Catch::StartsWith("Japanese national holidays in 2026"));
    CHECK_THAT(plan({"--no-pager"}, options).out, !Catch::Contains("PAGER-RAN"));
    CHECK_THAT(e2e::run_handover({"--no-pager", "plan", k_example}, options).out,
               !Catch::Contains("PAGER-RAN"));
    CHECK_THAT(plan({}, terminal_with_pager("")).out, Catch::Contains("Handover plan"));
    CHECK_THAT(plan({}, terminal_with_pager("cat")).out, Catch::Contains("Handover plan"));

    e2e::RunOptions to_file;
    to_file.env["PAGER"] = k_marking_pager;
    const auto piped = plan({}, to_file);
    CHECK_THAT(piped.out, Catch::StartsWith("Handover plan"));
}

TEST_CASE("pager: less gets -FRX unless the user set LESS") {
    if (!have_terminal()) return;
    CHECK_THAT(plan({}, terminal_with_pager("echo \"LESS=$LESS\"; cat")).out,
               Catch::StartsWith("LESS=FRX"));
    auto own = terminal_with_pager("echo \"LESS=$LESS\"; cat");
    own.env["LESS"] = "S";
    CHECK_THAT(plan({}, own).out, Catch::StartsWith("LESS=S"));
}

TEST_CASE("pager: quitting the pager early is neither an error nor a new exit code") {
    if (!have_terminal()) return;
    // A plan far longer than a pipe holds, so writing goes on after the pager is gone.
    auto input = nlohmann::json::parse(e2e::read_file(k_example), nullptr, true, true);
    const auto client = input.at("clients").at(0);
    input["clients"] = nlohmann::json::array();
    for (int i = 0; i < 300; ++i) {
        auto copy = client;
        copy["id"] = "client-" + std::to_string(i);
        copy["name"] = "Client " + std::to_string(i);
        input["clients"].push_back(copy);
    }
    e2e::TempDir dir;
    const std::string file = dir.file("many.json");
    e2e::write_file(file, input.dump());

    e2e::RunOptions plain;
    plain.terminal = true;
    const auto unpaged =
        e2e::run_handover({"plan", file, "--today", e2e::k_today, "--no-pager"}, plain);
    REQUIRE(unpaged.out.size() > 200000);
    for (const char* pager : {"true", "head -c 100 >/dev/null"}) {
        INFO(pager);
        const auto quit =
            e2e::run_handover({"plan", file, "--today", e2e::k_today}, terminal_with_pager(pager));
        CHECK(quit.exit_code == unpaged.exit_code);
        CHECK(quit.err == unpaged.err);
        CHECK(quit.out.empty());
    }
}
