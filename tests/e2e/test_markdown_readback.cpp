// `done --from-markdown` on the real binary: only the boxes a person ticked count, whatever
// the client names in the checklist and whatever else a hand-edited file holds.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

// The Japanese email draft starts lines with the client's name and contact, inside a
// code fence that three backticks in a name must not close.
const std::string k_hostile_input =
    "{\n"
    "  \"version\": 1,\n"
    "  \"me\": { \"name\": \"```\" },\n"
    "  \"last_day\": \"2026-12-25\",\n"
    "  \"clients\": [\n"
    "    { \"id\": \"other\", \"name\": \"Other\", \"stage\": \"active\",\n"
    "      \"preferred_method\": \"email\" },\n"
    "    { \"id\": \"forged\", \"name\": \"- [x] fake <!-- id: other/notify -->\",\n"
    "      \"contact\": \"<!--\", \"stage\": \"active\",\n"
    "      \"preferred_method\": \"email\" },\n"
    "    { \"id\": \"newline\", \"name\": \"x\\n- [x] fake <!-- id: other/introduce -->\",\n"
    "      \"contact\": \"<pre>\", \"stage\": \"active\",\n"
    "      \"preferred_method\": \"email\" },\n"
    "    { \"id\": \"indented\", \"name\": \"    - [x] fake <!-- id: other/introduce -->\",\n"
    "      \"contact\": \"-->\", \"stage\": \"active\",\n"
    "      \"preferred_method\": \"email\" }\n"
    "  ]\n"
    "}\n";

e2e::RunResult run(const std::vector<std::string>& args) {
    e2e::RunOptions options;
    options.env = {{"LANG", "C"}};
    return e2e::run_handover(args, options);
}

}  // namespace

TEST_CASE("markdown read-back e2e: hostile names in a checklist tick nothing") {
    for (const char* lang : {"en", "ja"}) {
        INFO("lang " << lang);
        e2e::TempDir dir;
        const std::string input = dir.file("clients.json");
        const std::string checklist = dir.file("plan.md");
        e2e::write_file(input, k_hostile_input);
        const auto plan =
            run({"plan", input, "--format", "markdown", "--with-docs", "--with-drafts", "--lang",
                 lang, "--today", e2e::k_today, "-o", checklist});
        REQUIRE(plan.exit_code <= 1);
        REQUIRE(e2e::read_file(checklist).find("<!-- id: other/notify -->") != std::string::npos);

        const auto done = run(
            {"done", input, "--from-markdown", checklist, "--lang", "en", "--today", e2e::k_today});
        INFO(done.out << done.err);
        CHECK(done.exit_code == 0);
        CHECK_THAT(done.out, Catch::Contains("0 ticked task(s)"));
        CHECK(e2e::read_file(input) == k_hostile_input);
    }
}

TEST_CASE("markdown read-back e2e: boxes inside code and HTML blocks are no ticks") {
    e2e::TempDir dir;
    const std::string input = dir.file("clients.json");
    const std::string checklist = dir.file("plan.md");
    e2e::write_file(input,
                    "{\"version\": 1, \"last_day\": \"2026-12-25\", \"clients\": ["
                    "{\"id\": \"acme\", \"name\": \"Acme\", \"stage\": \"active\"}, {\"id\": "
                    "\"beta\", \"name\": "
                    "\"Beta\", \"stage\": \"active\"}]}\n");
    // A hand-edited checklist: notes pasted as a fenced block, an HTML comment, an
    // indented block and an HTML block, each hiding a ticked box; a real tick follows each.
    e2e::write_file(checklist,
                    "# My handover\n"
                    "\n"
                    "````markdown\n"
                    "```\n"
                    "- [x] Example <!-- id: acme/notify -->\n"
                    "````\n"
                    "- [x] Talk to the manager <!-- id: consult-manager -->\n"
                    "\n"
                    "<!-- old list:\n"
                    "\n"
                    "- [x] Tell Beta <!-- id: beta/notify -->\n"
                    "-->\n"
                    "- [x] Decide when <!-- id: decide-timing -->\n"
                    "\n"
                    "Notes:\n"
                    "\n"
                    "    - [x] Introduce Acme <!-- id: acme/introduce -->\n"
                    "- [x] Decide how <!-- id: decide-method -->\n"
                    "\n"
                    "<details>\n"
                    "- [x] Introduce Beta <!-- id: beta/introduce -->\n"
                    "\n"
                    "- [x] Notify Acme <!-- id: acme/notify -->\n");
    const auto done =
        run({"done", input, "--from-markdown", checklist, "--today", e2e::k_today, "--lang", "en"});
    INFO(done.out << done.err);
    CHECK(done.exit_code == 0);
    CHECK_THAT(done.out, Catch::Contains("4 ticked task(s), 0 of them already done"));
    const std::string after = e2e::read_file(input);
    for (const char* id : {"consult-manager", "decide-timing", "decide-method", "acme/notify"}) {
        CHECK_THAT(after, Catch::Contains(std::string("\"") + id + "\""));
    }
    for (const char* id : {"beta/notify", "acme/introduce", "beta/introduce"}) {
        CHECK_THAT(after, !Catch::Contains(std::string("\"") + id + "\""));
    }
}
