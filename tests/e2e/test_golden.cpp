// Golden files: the output of every format, in both languages, for the bundled examples.
// The output is a contract (scripts, calendars and spreadsheets read it), so any change
// must show up here and be reviewed. The dates in these files were checked by hand
// against the rules (docs/scheduling.md walks through the Japanese example).
//
// To accept an intended change: HANDOVER_UPDATE_GOLDEN=1 ctest -R golden, then review
// `git diff tests/data/golden`.
#include <algorithm>
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
    for (const std::string example :
         {"ja-closing-deal", "en-team", "us-two-weeks", "gb-month-notice"}) {
        for (const std::string lang : {"en", "ja"}) {
            for (const auto& variant : variants()) check_golden(example, lang, variant);
        }
    }
}

TEST_CASE("golden: the drafts of every kind of contact, in English and Japanese") {
    // tests/data/drafts: one client per kind of contact and stage (the comment at the top of
    // each file names them), and a plan with no successor named yet.
    for (const std::string input : {"contacts-ja", "contacts-en", "unnamed"}) {
        for (const std::string lang : {"en", "ja"}) {
            const e2e::RunResult result = e2e::run_handover(
                {"drafts", e2e::data_file("drafts/" + input + ".json"), "--lang", lang});
            INFO(input << " " << lang << ": " << result.err);
            REQUIRE(result.exit_code == 0);
            const std::string golden =
                e2e::data_file("golden/drafts-" + input + "." + lang + ".txt");
            if (updating()) {
                e2e::write_file(golden, result.out);
                WARN("updated " << golden);
                continue;
            }
            REQUIRE(std::filesystem::exists(golden));
            CHECK(result.out == e2e::read_file(golden));
        }
    }
}

TEST_CASE("golden: the README's draft excerpts are the drafts of the bundled examples") {
    const std::string readme = e2e::read_file(e2e::source_file("README.md"));
    const std::string section = "### Message drafts";
    const std::size_t start = readme.find(section);
    REQUIRE(start != std::string::npos);
    const std::string drafts =
        e2e::read_file(e2e::data_file("golden/en-team.en.drafts.txt")) +
        e2e::read_file(e2e::data_file("golden/ja-closing-deal.ja.drafts.txt"));
    std::size_t blocks = 0;
    const std::string open = "```text\n";
    for (std::size_t at = readme.find(open, start);
         at != std::string::npos && readme.find("\n## ", start) > at;
         at = readme.find(open, at + 1)) {
        const std::size_t body = at + open.size();
        const std::size_t end = readme.find("```", body);
        REQUIRE(end != std::string::npos);
        const std::string excerpt = readme.substr(body, end - body);
        INFO(excerpt);
        CHECK(drafts.find(excerpt) != std::string::npos);
        ++blocks;
    }
    CHECK(blocks == 2);  // one English and one Japanese draft
}

TEST_CASE("golden: no draft of a call, a video call or an email speaks of a visit") {
    // Each draft's heading names its method; only an in-person one may come by (伺う).
    const std::vector<std::string> not_in_person{": phone", ": video call",    ": email",
                                                 "(電話",   "(オンライン会議", "(メール"};
    const std::vector<std::string> visit_words{"伺",      "訪問",    "visit",
                                               "come by", "stop by", "bring"};
    std::size_t checked = 0;
    for (const std::string input : {"contacts-ja", "contacts-en", "unnamed"}) {
        for (const std::string lang : {"en", "ja"}) {
            const e2e::RunResult result = e2e::run_handover(
                {"drafts", e2e::data_file("drafts/" + input + ".json"), "--lang", lang});
            REQUIRE(result.exit_code == 0);
            const std::string& out = result.out;
            for (std::size_t at = out.find("=== "); at != std::string::npos;) {
                const std::size_t next = out.find("\n=== ", at + 1);
                const std::string draft =
                    out.substr(at, next == std::string::npos ? next : next - at);
                const std::string heading = draft.substr(0, draft.find('\n'));
                const bool remote = std::any_of(
                    not_in_person.begin(), not_in_person.end(),
                    [&](const std::string& m) { return heading.find(m) != std::string::npos; });
                if (remote) {
                    ++checked;
                    INFO(draft);
                    for (const std::string& word : visit_words) {
                        CHECK(draft.find(word) == std::string::npos);
                    }
                }
                at = next == std::string::npos ? next : next + 1;
            }
        }
    }
    CHECK(checked >= 20);
}
