// Golden files: the output of every format, in both languages, for the bundled examples.
// The output is a contract (scripts, calendars and spreadsheets read it), so any change
// must show up here and be reviewed. The dates in these files were checked by hand
// against the rules (docs/scheduling.md walks through the Japanese example).
//
// To accept an intended change: HANDOVER_UPDATE_GOLDEN=1 ctest -R golden, then review
// `git diff tests/data/golden`.
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"

namespace {

struct Variant {
    std::string name;  ///< file suffix
    std::vector<std::string> args;
};

const std::vector<Variant>& variants() {
    static const std::vector<Variant> all{
        {"txt", {"plan", "--format", "text", "--color", "never"}},
        {"md", {"plan", "--format", "markdown", "--with-docs", "--with-drafts"}},
        // --with-docs is the successor's by default; the user's own copy adds private notes.
        {"self.md", {"plan", "--format", "markdown", "--with-docs", "--audience", "self"}},
        {"client.md", {"plan", "--format", "markdown", "--group-by", "client"}},
        {"json", {"plan", "--format", "json"}},
        {"ics", {"plan", "--format", "ics"}},
        {"csv", {"plan", "--format", "csv"}},
        {"crm.csv", {"plan", "--format", "crm"}},
        {"successor.md", {"plan", "--format", "markdown", "--audience", "successor"}},
        {"drafts.txt", {"drafts"}},
    };
    return all;
}

bool updating() {
    const char* value = std::getenv("HANDOVER_UPDATE_GOLDEN");
    return value != nullptr && std::string(value) == "1";
}

void check_golden(const std::string& example, const std::string& lang, const Variant& v) {
    std::vector<std::string> args = v.args;
    args.push_back(e2e::source_file("examples/" + example + ".json"));
    args.insert(args.end(), {"--lang", lang});
    const e2e::RunResult result = e2e::run_handover(args);
    INFO(example << " " << lang << " " << v.name << ": " << result.err);
    REQUIRE((result.exit_code == 0 || result.exit_code == 1));
    const std::string golden = e2e::data_file("golden/" + example + "." + lang + "." + v.name);
    if (updating()) {
        std::filesystem::create_directories(std::filesystem::path(golden).parent_path());
        e2e::write_file(golden, result.out);
        WARN("updated " << golden);
        return;
    }
    REQUIRE(std::filesystem::exists(golden));
    CHECK(result.out == e2e::read_file(golden));
}

}  // namespace

TEST_CASE("golden: every format of the bundled examples, in English and Japanese") {
    for (const std::string example : {"ja-closing-deal", "en-team"}) {
        for (const std::string lang : {"en", "ja"}) {
            for (const auto& variant : variants()) check_golden(example, lang, variant);
        }
    }
}
