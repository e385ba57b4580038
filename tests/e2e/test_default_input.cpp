// Without FILE, the input is $HANDOVER_FILE, else ./clients.json; and a file's own `lang`
// chooses the language when --lang does not.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_example = e2e::source_file("examples/ja-closing-deal.json");

/// The example with a top-level "lang" added after its opening brace.
std::string with_lang(const std::string& lang) {
    std::string text = e2e::read_file(k_example);
    const auto brace = text.find('{');
    text.insert(brace + 1, "\n  \"lang\": \"" + lang + "\",");
    return text;
}

}  // namespace

TEST_CASE("default input: ./clients.json when no FILE is given") {
    e2e::TempDir dir;
    e2e::write_file(dir.file("clients.json"), e2e::read_file(k_example));
    e2e::RunOptions here;
    here.cwd = dir.path();
    for (const char* command : {"plan", "check", "next", "drafts"}) {
        INFO(command);
        const auto implicit = e2e::run_handover({command, "--today", e2e::k_today}, here);
        const auto named =
            e2e::run_handover({command, "./clients.json", "--today", e2e::k_today}, here);
        CHECK(implicit.exit_code == named.exit_code);
        CHECK(implicit.exit_code <= 1);
        CHECK_FALSE(implicit.out.empty());
        CHECK(implicit.out == named.out);
    }
    CHECK_THAT(e2e::run_handover({"check", "--today", e2e::k_today}, here).out,
               Catch::StartsWith("./clients.json: 6 clients"));
}

TEST_CASE("default input: $HANDOVER_FILE wins over ./clients.json, FILE over both") {
    e2e::TempDir dir;
    e2e::write_file(dir.file("clients.json"), "not json");
    e2e::write_file(dir.file("mine.json"), e2e::read_file(k_example));
    e2e::RunOptions options;
    options.cwd = dir.path();
    options.env["HANDOVER_FILE"] = dir.file("mine.json");
    const auto from_env = e2e::run_handover({"check", "--today", e2e::k_today}, options);
    CHECK(from_env.exit_code == 0);
    CHECK_THAT(from_env.out, Catch::StartsWith(dir.file("mine.json") + ": 6 clients"));
    // A FILE on the command line is read, whatever the environment says.
    CHECK(e2e::run_handover({"check", "clients.json"}, options).exit_code == 2);
    // An empty HANDOVER_FILE is not set.
    options.env["HANDOVER_FILE"] = "";
    CHECK(e2e::run_handover({"check", "--today", e2e::k_today}, options).exit_code == 2);
}

TEST_CASE("default input: the error says which files were looked for") {
    e2e::TempDir dir;
    e2e::RunOptions empty;
    empty.cwd = dir.path();
    const auto none = e2e::run_handover({"plan"}, empty);
    CHECK(none.exit_code == 2);
    CHECK(none.out.empty());
    CHECK_THAT(none.err, Catch::Contains("FILE was not given, $HANDOVER_FILE is not set, and "
                                         "there is no ./clients.json here"));
    CHECK_THAT(none.err, Catch::Contains("handover init"));
    empty.env["LANG"] = "ja_JP.UTF-8";
    CHECK_THAT(e2e::run_handover({"check"}, empty).err,
               Catch::Contains("./clients.json もありません"));

    e2e::RunOptions missing;
    missing.cwd = dir.path();
    missing.env["HANDOVER_FILE"] = dir.file("gone.json");
    const auto gone = e2e::run_handover({"next"}, missing);
    CHECK(gone.exit_code == 2);
    CHECK_THAT(gone.err,
               Catch::Contains(dir.file("gone.json") + " (from $HANDOVER_FILE) does not exist"));

    // done and undo still need FILE: their arguments are task ids.
    CHECK(e2e::run_handover({"done", "consult-manager"}, empty).exit_code == 2);
}

TEST_CASE("file language: the input's lang chooses the language, --lang wins") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    e2e::write_file(file, with_lang("ja"));
    const auto ja = e2e::run_handover({"plan", file, "--today", e2e::k_today});
    CHECK(ja.exit_code == 0);
    CHECK(ja.out ==
          e2e::run_handover({"plan", k_example, "--today", e2e::k_today, "--lang", "ja"}).out);
    CHECK(e2e::run_handover({"plan", file, "--today", e2e::k_today, "--lang", "en"}).out ==
          e2e::run_handover({"plan", k_example, "--today", e2e::k_today, "--lang", "en"}).out);
    CHECK(e2e::run_handover({"--lang", "en", "plan", file, "--today", e2e::k_today}).out ==
          e2e::run_handover({"plan", k_example, "--today", e2e::k_today, "--lang", "en"}).out);
    // The file wins over the environment.
    e2e::write_file(file, with_lang("en"));
    e2e::RunOptions japanese;
    japanese.env["LANG"] = "ja_JP.UTF-8";
    CHECK(e2e::run_handover({"plan", file, "--today", e2e::k_today}, japanese).out ==
          e2e::run_handover({"plan", k_example, "--today", e2e::k_today, "--lang", "en"}).out);
    // done's confirmation too.
    e2e::write_file(file, with_lang("ja"));
    CHECK_THAT(e2e::run_handover({"done", file, "consult-manager", "--today", e2e::k_today}).out,
               Catch::Contains("記録"));
}

TEST_CASE("file language: a lang other than en or ja is an input error with a suggestion") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    e2e::write_file(file, with_lang("jp"));
    const auto result = e2e::run_handover({"check", file, "--today", e2e::k_today});
    CHECK(result.exit_code == 2);
    CHECK_THAT(result.err, Catch::Contains("/lang"));
    CHECK_THAT(result.err, Catch::Contains("\"ja\""));
}
