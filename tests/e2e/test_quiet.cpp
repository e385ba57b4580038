// -q, --quiet: errors only. Confirmations are left out; results, error messages and exit
// codes stay as they are.
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");
const std::string k_infeasible = e2e::data_file("e2e/infeasible.json");

}  // namespace

TEST_CASE("quiet: init, done and undo do their work without a word") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    for (const char* quiet : {"-q", "--quiet"}) {
        INFO(quiet);
        std::filesystem::remove(file);
        const auto init = e2e::run_handover({"init", "-o", file, quiet, "--today", e2e::k_today});
        CHECK(init.exit_code == 0);
        CHECK(init.out.empty());
        CHECK(init.err.empty());
        CHECK(std::filesystem::exists(file));

        const auto done =
            e2e::run_handover({quiet, "done", file, "consult-manager", "--today", e2e::k_today});
        CHECK(done.exit_code == 0);
        CHECK(done.out.empty());
        CHECK(done.err.empty());
        CHECK_THAT(e2e::read_file(file), Catch::Contains("\"consult-manager\": \"2026-11-20\""));

        const auto undo =
            e2e::run_handover({"undo", file, "consult-manager", quiet, "--today", e2e::k_today});
        CHECK(undo.exit_code == 0);
        CHECK(undo.out.empty());
        CHECK(undo.err.empty());
        CHECK_THAT(e2e::read_file(file), !Catch::Contains("\"consult-manager\": \"2026-11-20\""));
    }
    // Without -q they confirm what they did.
    std::filesystem::remove(file);
    CHECK_THAT(e2e::run_handover({"init", "-o", file, "--today", e2e::k_today}).out,
               Catch::StartsWith("Wrote "));
}

TEST_CASE("quiet: results, errors and exit codes are unchanged") {
    const std::vector<std::string> plan{"plan", k_example, "--today", e2e::k_today};
    auto quiet_plan = plan;
    quiet_plan.push_back("-q");
    CHECK(e2e::run_handover(quiet_plan).out == e2e::run_handover(plan).out);

    const auto infeasible =
        e2e::run_handover({"plan", k_infeasible, "-q", "--today", e2e::k_today});
    CHECK(infeasible.exit_code == 1);
    CHECK_THAT(infeasible.err, Catch::Contains("error"));

    const auto bad = e2e::run_handover({"-q", "plan", e2e::data_file("bad/unknown-key.json")});
    CHECK(bad.exit_code == 2);
    CHECK_THAT(bad.err, Catch::Contains("did you mean \"relationship\"?"));

    const auto usage = e2e::run_handover({"-q", "undo", k_example, "nothing/recorded"});
    CHECK(usage.exit_code == 2);
    CHECK_FALSE(usage.err.empty());

    e2e::TempDir dir;
    const auto unwritable =
        e2e::run_handover({"-q", "plan", k_example, "-o", dir.file("missing/plan.md")});
    CHECK(unwritable.exit_code == 3);
    CHECK_FALSE(unwritable.err.empty());
}
