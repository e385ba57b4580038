// `handover init`: the starter file is valid as written, and never clobbers a file.
#include <catch2/catch.hpp>
#include <filesystem>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

TEST_CASE("init: writes a starter file that passes check, in both languages") {
    for (const char* lang : {"en", "ja"}) {
        INFO(lang);
        e2e::TempDir dir;
        const std::string file = dir.file("clients.json");
        const auto init =
            e2e::run_handover({"init", "-o", file, "--lang", lang, "--today", e2e::k_today});
        CHECK(init.exit_code == 0);
        CHECK_THAT(init.out, Catch::Contains(file));
        REQUIRE(std::filesystem::exists(file));
        const auto check = e2e::run_handover({"check", file, "--today", e2e::k_today});
        INFO(check.out << check.err);
        CHECK(check.exit_code == 0);
    }
}

TEST_CASE("init: writes clients.json in the current folder by default") {
    e2e::TempDir dir;
    e2e::RunOptions here;
    here.cwd = dir.path();
    const auto init = e2e::run_handover({"init", "--today", e2e::k_today}, here);
    CHECK(init.exit_code == 0);
    CHECK(std::filesystem::exists(dir.file("clients.json")));
}

TEST_CASE("init: refuses to overwrite an existing file unless --force") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    e2e::write_file(file, "my own notes\n");

    const auto refused = e2e::run_handover({"init", "-o", file, "--today", e2e::k_today});
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("already exists"));
    CHECK_THAT(refused.err, Catch::Contains("--force"));
    CHECK(e2e::read_file(file) == "my own notes\n");

    const auto forced = e2e::run_handover({"init", "-o", file, "--force", "--today", e2e::k_today});
    CHECK(forced.exit_code == 0);
    CHECK(e2e::read_file(file) != "my own notes\n");
}

TEST_CASE("init: -o - prints the starter file and writes nothing") {
    e2e::TempDir dir;
    e2e::RunOptions here;
    here.cwd = dir.path();
    const auto result = e2e::run_handover({"init", "-o", "-", "--today", e2e::k_today}, here);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("\"last_day\""));
    CHECK(std::filesystem::is_empty(dir.path()));

    e2e::RunOptions piped;
    piped.stdin_text = result.out;
    CHECK(e2e::run_handover({"check", "-", "--today", e2e::k_today}, piped).exit_code == 0);
}

TEST_CASE("init --jurisdiction: each starter checks and plans without an error over the holidays") {
    // Thanksgiving, Christmas and the year-end break fall inside these starters' plans.
    for (const char* jurisdiction : {"US", "GB", "JP"}) {
        for (const char* today : {"2026-11-16", "2026-11-23", "2026-12-07", "2026-12-21"}) {
            for (const char* lang : {"en", "ja"}) {
                INFO(jurisdiction << " " << today << " " << lang);
                e2e::TempDir dir;
                const std::string file = dir.file("clients.json");
                const auto init =
                    e2e::run_handover({"init", "-o", file, "--jurisdiction", jurisdiction, "--lang",
                                       lang, "--today", today});
                REQUIRE(init.exit_code == 0);
                const std::string text = e2e::read_file(file);
                CHECK_THAT(text, Catch::Contains(std::string("\"jurisdiction\": \"") +
                                                 jurisdiction + "\""));
                const auto check = e2e::run_handover({"check", file, "--today", today});
                INFO(check.out << check.err);
                CHECK(check.exit_code == 0);
                const auto plan =
                    e2e::run_handover({"plan", file, "--format", "json", "--today", today});
                CHECK(plan.exit_code == 0);
            }
        }
    }
}

TEST_CASE("init --jurisdiction: the default follows the language, and a wrong value is refused") {
    const auto english =
        e2e::run_handover({"init", "-o", "-", "--lang", "en", "--today", e2e::k_today});
    CHECK_THAT(english.out, Catch::Contains("\"jurisdiction\": \"US\""));
    CHECK_THAT(english.out, Catch::Contains("\"holidays\": [\"US\"]"));
    CHECK_THAT(english.out, Catch::Contains("\"currency\": \"USD\""));
    const auto japanese =
        e2e::run_handover({"init", "-o", "-", "--lang", "ja", "--today", e2e::k_today});
    CHECK_THAT(japanese.out, Catch::Contains("\"jurisdiction\": \"JP\""));
    CHECK_THAT(japanese.out, Catch::Contains("\"holidays\": [\"JP\", \"JP-year-end\"]"));
    const auto japan_in_english = e2e::run_handover(
        {"init", "-o", "-", "--lang", "en", "--jurisdiction", "JP", "--today", e2e::k_today});
    CHECK_THAT(japan_in_english.out, Catch::Contains("\"currency\": \"JPY\""));
    // `UK` is what many people say; it means GB.
    const auto uk = e2e::run_handover(
        {"init", "-o", "-", "--jurisdiction", "UK", "--lang", "en", "--today", e2e::k_today});
    CHECK(uk.exit_code == 0);
    CHECK_THAT(uk.out, Catch::Contains("\"jurisdiction\": \"GB\""));
    CHECK_THAT(uk.out, Catch::Contains("\"holidays\": [\"GB-EAW\"]"));
    CHECK_THAT(uk.out, Catch::Contains("\"currency\": \"GBP\""));

    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    const auto wrong = e2e::run_handover(
        {"init", "-o", file, "--jurisdiction", "FR", "--lang", "en", "--today", e2e::k_today});
    CHECK(wrong.exit_code == 2);
    CHECK_THAT(wrong.err, Catch::Contains("JP, US, GB"));
    CHECK_FALSE(std::filesystem::exists(file));
}
