// The audience rules on the real binary: whatever the format, a plan for the manager or the
// successor (and the handover document, which is the successor's by default) carries
// neither the user's private notes nor anything of the job search. The input's private
// texts are marker strings found nowhere else, so a single leak anywhere shows.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

const std::string k_note = "PRIVNOTEq7x";          ///< a client's private `notes`
const std::string k_interview = "INTERVIEWCOz3k";  ///< an interview's company
const std::string k_blocked = "BLOCKEDWHYm2p";     ///< a blocked day's reason
const std::string k_handover = "HANDOVERNOTEc4d";  ///< `handover_notes`: for the successor

std::string input_json() {
    return "{\n"
           "  \"version\": 1,\n"
           "  \"me\": { \"name\": \"Yu Sato\" },\n"
           "  \"manager\": { \"name\": \"Ken Tanaka\" },\n"
           "  \"successor\": { \"name\": \"Aiko Suzuki\" },\n"
           "  \"today\": \"2026-11-20\",\n"
           "  \"last_day\": \"2026-12-25\",\n"
           "  \"support_until\": \"2027-01-31\",\n"
           "  \"calendar\": { \"holidays\": [\"JP\"],\n"
           "                \"blocked\": [{ \"date\": \"2026-12-04\", \"reason\": \"" +
           k_blocked +
           "\" }] },\n"
           "  \"job_search\": { \"interviews\": [{ \"date\": \"2026-12-03\", \"company\": \"" +
           k_interview +
           "\" }], \"weekly_review\": true },\n"
           "  \"clients\": [\n"
           "    { \"id\": \"acme\", \"name\": \"Acme Corp\", \"contact\": \"Jo Park\",\n"
           "      \"stage\": \"closing\", \"expected_close\": \"2026-12-02\", \"value\": "
           "20000000,\n"
           "      \"relationship\": \"strong\", \"change_averse\": true,\n"
           "      \"history\": [\"2025-04 first order\"],\n"
           "      \"next_events\": [{ \"date\": \"2026-12-15\", \"what\": \"Kick-off\" },\n"
           "                        { \"date\": \"2027-01-12\", \"what\": \"Steering\" }],\n"
           "      \"decision_maker\": \"Dana Kim, CFO\",\n"
           "      \"handover_notes\": \"" +
           k_handover +
           "\",\n"
           "      \"notes\": \"" +
           k_note +
           "\" },\n"
           "    { \"id\": \"beta\", \"name\": \"Beta Ltd\", \"stage\": \"active\",\n"
           "      \"preferred_method\": \"email\", \"notes\": \"" +
           k_note +
           " too\" }\n"
           "  ]\n"
           "}\n";
}

struct Variant {
    std::string name;
    std::vector<std::string> args;
};

/// Every format, with each of its options that changes what is written.
const std::vector<Variant>& variants() {
    static const std::vector<Variant> all{
        {"text", {"--format", "text", "--color", "never"}},
        {"markdown", {"--format", "markdown"}},
        {"markdown docs drafts", {"--format", "markdown", "--with-docs", "--with-drafts"}},
        {"markdown by client", {"--format", "markdown", "--group-by", "client", "--with-docs"}},
        {"markdown by step", {"--format", "markdown", "--group-by", "step"}},
        {"json", {"--format", "json"}},
        {"ics", {"--format", "ics"}},
        {"csv", {"--format", "csv"}},
        {"csv excel", {"--format", "csv", "--excel"}},
        {"crm", {"--format", "crm"}},
        {"crm excel", {"--format", "crm", "--excel"}},
    };
    return all;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// Nothing private: no note, no interview, no blocked reason, no job-search task id.
void check_nothing_private(const std::string& out) {
    CHECK_FALSE(contains(out, k_note));
    CHECK_FALSE(contains(out, k_interview));
    CHECK_FALSE(contains(out, k_blocked));
    CHECK_FALSE(contains(out, "interview/"));
    CHECK_FALSE(contains(out, "weekly-review/"));
}

}  // namespace

TEST_CASE(
    "audience: no format for the manager or the successor carries a private note or the "
    "job search") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    e2e::write_file(file, input_json());
    for (const std::string lang : {"en", "ja"}) {
        for (const Variant& v : variants()) {
            for (const std::string audience : {"manager", "successor"}) {
                std::vector<std::string> args{"plan", file, "--lang", lang, "--audience", audience};
                args.insert(args.end(), v.args.begin(), v.args.end());
                const e2e::RunResult result = e2e::run_handover(args);
                INFO(lang << " " << v.name << " --audience " << audience << ": " << result.err);
                REQUIRE(result.exit_code <= 1);
                REQUIRE_FALSE(result.out.empty());
                check_nothing_private(result.out);
            }
        }
        // The handover document without --audience is the successor's.
        const e2e::RunResult docs = e2e::run_handover(
            {"plan", file, "--lang", lang, "--format", "markdown", "--with-docs"});
        INFO(lang << " --with-docs: " << docs.err);
        REQUIRE(docs.exit_code <= 1);
        CHECK(contains(docs.out, "Acme Corp"));
        check_nothing_private(docs.out);
        // What the user wrote for the successor is in the successor's document, and in the
        // manager's.
        CHECK(contains(docs.out, k_handover));
        CHECK(contains(docs.out, "Dana Kim, CFO"));
        const e2e::RunResult manager =
            e2e::run_handover({"plan", file, "--lang", lang, "--format", "markdown", "--with-docs",
                               "--audience", "manager"});
        CHECK(contains(manager.out, k_handover));
        // The daily list shown to the manager or the successor, as text and as JSON.
        for (const std::string audience : {"manager", "successor"}) {
            for (const std::string format : {"text", "json"}) {
                const e2e::RunResult next =
                    e2e::run_handover({"next", file, "--lang", lang, "--days", "60", "--format",
                                       format, "--audience", audience});
                INFO("next " << format << " --audience " << audience << ": " << next.err);
                REQUIRE(next.exit_code <= 1);
                CHECK(contains(next.out, "acme/"));
                check_nothing_private(next.out);
            }
        }
        // Drafts go to clients: never a private word, whoever runs them.
        const e2e::RunResult drafts = e2e::run_handover({"drafts", file, "--lang", lang});
        REQUIRE(drafts.exit_code == 0);
        REQUIRE_FALSE(drafts.out.empty());
        check_nothing_private(drafts.out);
    }
}

TEST_CASE("audience: the user's own plan keeps what the others' leave out") {
    // The markers are live: without the audience rules, they would be found above.
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    e2e::write_file(file, input_json());
    const auto text = e2e::run_handover({"plan", file, "--format", "text", "--color", "never"});
    CHECK(contains(text.out, k_interview));
    const auto json = e2e::run_handover({"plan", file, "--format", "json"});
    CHECK(contains(json.out, "interview/2026-12-03"));
    const auto next = e2e::run_handover({"next", file, "--days", "60"});
    CHECK(contains(next.out, k_interview));
    for (const std::string lang : {"en", "ja"}) {
        const auto own = e2e::run_handover({"plan", file, "--lang", lang, "--format", "markdown",
                                            "--with-docs", "--audience", "self"});
        INFO(lang);
        CHECK(contains(own.out, k_note));
        CHECK(contains(own.out, lang == "en" ? "#### Private notes (not for the successor)"
                                             : "#### 非公開メモ(後任者には渡さないこと)"));
        CHECK(contains(own.out, k_interview));
    }
}

namespace {

/// An iCalendar file unfolded (a folded line goes on after CRLF and a space), so that a
/// phrase is found wherever the 75-octet lines broke it.
std::string unfolded(std::string text) {
    for (std::size_t at = text.find("\r\n "); at != std::string::npos;
         at = text.find("\r\n ", at)) {
        text.erase(at, 3);
    }
    return text;
}

struct Private {
    std::string lang;
    std::vector<std::string> phrases;  ///< each one only in the user's own view
};

/// The agenda's heading and points (US: working the notice; GB: garden leave) and the
/// reasons that say the documents are prepared privately before the talk.
const std::vector<Private>& talk_phrases() {
    static const std::vector<Private> all{
        {"en",
         {"Agenda:", "work your notice at all", "placed on garden leave", "prepared privately",
          "prepare the handover documents privately"}},
        {"ja",
         {"相談の要点:", "予告期間中の勤務を会社が求めるかどうか", "ガーデンリーブ",
          "上司への相談前", "誰にも知らせずに"}},
    };
    return all;
}

}  // namespace

TEST_CASE(
    "audience: the manager and the successor see neither the agenda of the talk with the "
    "manager nor that the handover documents were prepared before it") {
    for (const std::string example : {"us-two-weeks", "gb-month-notice"}) {
        const std::string file = e2e::source_file("examples/" + example + ".json");
        for (const Private& lang : talk_phrases()) {
            for (const Variant& v : variants()) {
                for (const std::string audience : {"manager", "successor"}) {
                    std::vector<std::string> args{"plan",    file,         "--lang",
                                                  lang.lang, "--audience", audience};
                    args.insert(args.end(), v.args.begin(), v.args.end());
                    const e2e::RunResult result = e2e::run_handover(args);
                    INFO(example << " " << lang.lang << " " << v.name << " --audience " << audience
                                 << ": " << result.err);
                    REQUIRE(result.exit_code <= 1);
                    REQUIRE_FALSE(result.out.empty());
                    const std::string out = unfolded(result.out);
                    for (const std::string& phrase : lang.phrases) {
                        INFO(phrase);
                        CHECK_FALSE(contains(out, phrase));
                    }
                }
            }
            // The daily list shown to them.
            for (const std::string audience : {"manager", "successor"}) {
                for (const std::string format : {"text", "json"}) {
                    const e2e::RunResult next =
                        e2e::run_handover({"next", file, "--lang", lang.lang, "--days", "60",
                                           "--format", format, "--audience", audience});
                    INFO(example << " next " << format << " --audience " << audience);
                    REQUIRE(next.exit_code <= 1);
                    for (const std::string& phrase : lang.phrases) {
                        INFO(phrase);
                        CHECK_FALSE(contains(next.out, phrase));
                    }
                }
            }
        }
    }
}

TEST_CASE("audience: the user's own plan has the agenda and the private preparation") {
    // The phrases are live: each is in the user's own plan, so the test above would see it.
    for (const Private& lang : talk_phrases()) {
        std::string all;
        for (const std::string example : {"us-two-weeks", "gb-month-notice"}) {
            const std::string file = e2e::source_file("examples/" + example + ".json");
            for (const std::string format : {"text", "markdown"}) {
                std::vector<std::string> args{"plan",    file,       "--lang",
                                              lang.lang, "--format", format};
                if (format == "text") args.insert(args.end(), {"--color", "never"});
                const e2e::RunResult own = e2e::run_handover(args);
                REQUIRE(own.exit_code <= 1);
                all += own.out;
            }
        }
        for (const std::string& phrase : lang.phrases) {
            INFO(lang.lang << ": " << phrase);
            CHECK(contains(all, phrase));
        }
    }
}
