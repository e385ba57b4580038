// The examples in the repository and the good fixtures are what users copy first: each one
// must be accepted, planned and exported in every format.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace {

/// An input and the arguments that fix its "today": the examples carry their own `today`
/// (users run them as they are), the fixtures are written for e2e::k_today.
struct Accepted {
    std::string file;
    std::vector<std::string> today;
};

std::vector<Accepted> accepted_inputs() {
    std::vector<Accepted> inputs;
    for (auto& file : e2e::json_files_in(e2e::source_file("examples"))) {
        inputs.push_back({file, {}});
    }
    for (auto& file : e2e::json_files_in(e2e::data_file("good"))) {
        inputs.push_back({file, {"--today", e2e::k_today}});
    }
    return inputs;
}

std::vector<std::string> args(const Accepted& input, std::vector<std::string> words) {
    words.insert(words.begin() + 1, input.file);
    words.insert(words.end(), input.today.begin(), input.today.end());
    return words;
}

}  // namespace

TEST_CASE("examples: there are examples to test") {
    CHECK_FALSE(e2e::json_files_in(e2e::source_file("examples")).empty());
}

TEST_CASE("examples: every example and good fixture passes check (exit 0 or 1, never 2)") {
    for (const auto& input : accepted_inputs()) {
        for (const char* lang : {"en", "ja"}) {
            const auto result = e2e::run_handover(args(input, {"check", "--lang", lang}));
            INFO(input.file << " --lang " << lang << "\nstderr:\n" << result.err);
            CHECK((result.exit_code == 0 || result.exit_code == 1));
            CHECK_FALSE(result.out.empty());
        }
    }
}

TEST_CASE("examples: every example plans in every format") {
    for (const auto& input : accepted_inputs()) {
        for (const char* format : {"text", "markdown", "json", "ics", "csv", "crm"}) {
            const auto result = e2e::run_handover(args(input, {"plan", "--format", format}));
            INFO(input.file << " --format " << format << "\nstderr:\n" << result.err);
            CHECK((result.exit_code == 0 || result.exit_code == 1));
            CHECK_FALSE(result.out.empty());
        }
    }
}

TEST_CASE("examples: the JSON plan parses and matches check's verdict") {
    for (const auto& input : accepted_inputs()) {
        const auto plan = e2e::run_handover(args(input, {"plan", "--format", "json"}));
        INFO(input.file << "\nstderr:\n" << plan.err);
        const auto json = nlohmann::json::parse(plan.out);
        CHECK(json.at("schema_version") == 2);
        if (!input.today.empty()) CHECK(json.at("today") == e2e::k_today);
        const auto check = e2e::run_handover(args(input, {"check"}));
        CHECK(check.exit_code == plan.exit_code);
    }
}

TEST_CASE("examples: the same input and --today give byte-identical output") {
    for (const auto& input : accepted_inputs()) {
        for (const char* format : {"text", "json", "ics"}) {
            const auto words = args(input, {"plan", "--format", format});
            INFO(input.file << " --format " << format);
            CHECK(e2e::run_handover(words).out == e2e::run_handover(words).out);
        }
    }
}

TEST_CASE("examples: manager and successor plans leave out the job search") {
    const std::string file = e2e::source_file("examples/ja-closing-deal.json");
    const auto self = e2e::run_handover({"plan", file, "--format", "json", "--lang", "en"});
    CHECK_THAT(self.out, Catch::Contains("\"interview/"));
    for (const char* audience : {"manager", "successor"}) {
        const auto result = e2e::run_handover(
            {"plan", file, "--format", "json", "--audience", audience, "--lang", "en"});
        INFO(audience);
        CHECK((result.exit_code == 0 || result.exit_code == 1));
        CHECK_THAT(result.out, !Catch::Contains("\"interview/"));
        CHECK_THAT(result.out, !Catch::Contains("weekly-review/"));
    }
}

TEST_CASE("examples: drafts are written for every client, in both languages") {
    const std::string file = e2e::source_file("examples/ja-closing-deal.json");
    for (const char* lang : {"en", "ja"}) {
        const auto result = e2e::run_handover({"drafts", file, "--lang", lang});
        INFO(lang << "\nstderr:\n" << result.err);
        CHECK(result.exit_code == 0);
        CHECK_THAT(result.out, Catch::Contains("株式会社アクメ"));
        CHECK_THAT(result.out, Catch::Contains("星野製作所"));
    }
    const auto one = e2e::run_handover({"drafts", file, "--client", "acme"});
    CHECK(one.exit_code == 0);
    CHECK_THAT(one.out, Catch::Contains("株式会社アクメ"));
    CHECK_THAT(one.out, !Catch::Contains("星野製作所"));
}
