// Colour only where a person reads it: on a terminal, and never with NO_COLOR.
#include <catch2/catch.hpp>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");

/// Without a pseudo-terminal (some sandboxes) the terminal cases cannot run: say so
/// rather than fail.
bool have_terminal() {
    if (e2e::terminal_available()) return true;
    WARN("no pseudo-terminal available; terminal case skipped");
    return false;
}

e2e::RunOptions on_terminal() {
    e2e::RunOptions options;
    options.terminal = true;
    return options;
}

}  // namespace

TEST_CASE("color: a file or pipe gets no escape codes") {
    const auto result = e2e::run_handover({"plan", k_example});
    CHECK_FALSE(result.out.empty());
    CHECK_FALSE(e2e::has_escape(result.out));
}

TEST_CASE("color: a terminal gets colour") {
    if (!have_terminal()) return;
    const auto result = e2e::run_handover({"plan", k_example}, on_terminal());
    CHECK_FALSE(result.out.empty());
    CHECK(e2e::has_escape(result.out));
}

TEST_CASE("color: NO_COLOR turns it off even on a terminal") {
    if (!have_terminal()) return;
    auto options = on_terminal();
    options.env["NO_COLOR"] = "1";
    const auto result = e2e::run_handover({"plan", k_example}, options);
    CHECK_FALSE(result.out.empty());
    CHECK_FALSE(e2e::has_escape(result.out));

    // An empty NO_COLOR does not count (no-color.org).
    options.env["NO_COLOR"] = "";
    CHECK(e2e::has_escape(e2e::run_handover({"plan", k_example}, options).out));
}

TEST_CASE("color: --color always and --color never win") {
    e2e::RunOptions no_color;
    no_color.env["NO_COLOR"] = "1";
    CHECK(e2e::has_escape(e2e::run_handover({"plan", k_example, "--color", "always"}).out));
    CHECK(
        e2e::has_escape(e2e::run_handover({"plan", k_example, "--color", "always"}, no_color).out));
    if (have_terminal()) {
        CHECK_FALSE(e2e::has_escape(
            e2e::run_handover({"plan", k_example, "--color", "never"}, on_terminal()).out));
    }
}

TEST_CASE("color: machine formats never get escape codes on a terminal") {
    if (!have_terminal()) return;
    for (const char* format : {"markdown", "json", "ics", "csv", "crm"}) {
        INFO(format);
        const auto result =
            e2e::run_handover({"plan", k_example, "--format", format}, on_terminal());
        CHECK_FALSE(result.out.empty());
        CHECK_FALSE(e2e::has_escape(result.out));
    }
}
