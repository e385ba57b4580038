// Daily use, as a person would go through it: three weeks with --today stepping forward,
// ticking tasks off with `done`, a deal that slips, a last day that moves. And the promise
// behind `done`: the input file changes in its `done` entries and nowhere else.
#include <catch2/catch.hpp>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

using Json = nlohmann::json;

// Comments, a trailing comment on the last member and unusual spacing on purpose: all of
// it must survive every `done` and `undo`.
const std::string k_input =
    "// Daily-use scenario: three clients, one deal about to close.\n"
    "{\n"
    "  \"version\": 1,\n"
    "  \"me\": { \"name\": \"Yu Sato\" },\n"
    "  \"manager\": { \"name\": \"Ken Tanaka\" },\n"
    "  \"successor\": { \"name\": \"Aiko Suzuki\" },\n"
    "  \"last_day\" : \"2026-12-25\",   /* last office day */\n"
    "  \"calendar\": { \"workdays\": [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"],\n"
    "                \"hours_per_day\": 3, \"max_meetings_per_day\": 2 },\n"
    "  \"job_search\": { \"interviews\": [{ \"date\": \"2026-12-09\", \"hours\": 2,\n"
    "                                   \"company\": \"Next Co.\" }],\n"
    "                  \"weekly_review\": true },\n"
    "  \"clients\": [\n"
    "    { \"id\": \"acme\", \"name\": \"Acme Corp\", \"contact\": \"Ms. Yamada\",\n"
    "      \"stage\": \"closing\", \"expected_close\": \"2026-12-03\", \"value\": 12000000,\n"
    "      \"relationship\": \"strong\", \"change_averse\": true,\n"
    "      \"history\": [\"2025-04 first order\"],\n"
    "      \"next_events\": [{ \"date\": \"2026-12-15\", \"what\": \"kickoff\" }] },\n"
    "    { \"id\": \"globex\", \"name\": \"Globex\", \"contact\": \"Mr. Smith\", \"stage\": "
    "\"active\",\n"
    "      \"value\": 3000000, \"history\": [\"2024-10 pilot\"],\n"
    "      \"next_events\": [{ \"date\": \"2027-01-20\", \"what\": \"renewal\" }] },\n"
    "    { \"id\": \"sakura\", \"name\": \"Sakura Logistics\", \"contact\": \"Mr. Sakura\",\n"
    "      \"stage\": \"dormant\", \"relationship\": \"weak\", \"history\": [\"2023-01 order\"],\n"
    "      \"next_events\": [{ \"date\": \"2027-03-01\", \"what\": \"check-in\" }] }\n"
    "  ] // end of clients\n"
    "}\n";

e2e::RunResult run(std::vector<std::string> args) {
    return e2e::run_handover(args,
                             e2e::RunOptions{std::nullopt, {{"LANG", "C"}}, false, "", "", false});
}

Json json_of(const e2e::RunResult& result) {
    INFO(result.err);
    return Json::parse(result.out);
}

std::set<std::string> ids_in(const Json& array) {
    std::set<std::string> ids;
    for (const auto& item : array) ids.insert(item["id"].get<std::string>());
    return ids;
}

const Json* task_in(const Json& plan, const std::string& id) {
    for (const auto& t : plan["tasks"]) {
        if (t["id"] == id) return &t;
    }
    return nullptr;
}

std::string date_of(const Json& plan, const std::string& id) {
    const Json* t = task_in(plan, id);
    REQUIRE(t != nullptr);
    return (*t)["date"].is_null() ? "unscheduled" : (*t)["date"].get<std::string>();
}

/// The text before the `done` key and after the end of the file's done object must be what
/// it was: `prefix` and `suffix` are taken from the original.
void check_only_done_changed(const std::string& before, const std::string& after) {
    const std::size_t at = before.find("\"done\"");
    const std::string prefix =
        at == std::string::npos ? before.substr(0, before.rfind("\n  ]")) : before.substr(0, at);
    CHECK(after.substr(0, prefix.size()) == prefix);
    CHECK(after.ends_with("\n}\n"));
}

void replace_once(std::string& text, const std::string& from, const std::string& to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("daily use: three weeks with done, next and diff") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    e2e::write_file(file, k_input);

    // ---- Week 1, Mon 30 Nov: the first plan, kept as JSON for later comparisons. ----------
    const std::string week1 = dir.file("plan-week1.json");
    REQUIRE(
        run({"plan", file, "--today", "2026-11-30", "--format", "json", "-o", week1}).exit_code ==
        0);
    const Json plan1 = Json::parse(e2e::read_file(week1));
    CHECK(date_of(plan1, "consult-manager") == "2026-11-30");
    // The deal closes on Thu 3 Dec: the client hears on the first working day after it.
    CHECK(date_of(plan1, "acme/notify") == "2026-12-04");

    auto next = run({"next", file, "--today", "2026-11-30", "--format", "json"});
    CHECK(next.exit_code == 0);
    Json list = json_of(next);
    CHECK(list["overdue"].empty());
    CHECK(ids_in(list["upcoming"]).contains("consult-manager"));
    for (const auto& item : list["upcoming"]) {
        CHECK(item["date"] >= "2026-11-30");
        CHECK(item["date"] <= "2026-12-07");
    }

    // The talk with the manager and both decisions happen on the first day.
    auto done = run({"done", file, "consult-manager", "decide-timing", "decide-method", "--today",
                     "2026-11-30"});
    CHECK(done.exit_code == 0);
    CHECK(done.out ==
          "consult-manager: recorded as done on Mon 30 Nov 2026\n"
          "decide-timing: recorded as done on Mon 30 Nov 2026\n"
          "decide-method: recorded as done on Mon 30 Nov 2026\n"
          "Updated " +
              file + ".\n");
    std::string text = e2e::read_file(file);
    check_only_done_changed(k_input, text);
    CHECK(
        text.ends_with("  ], // end of clients\n"
                       "  \"done\": {\n"
                       "    \"consult-manager\": \"2026-11-30\",\n"
                       "    \"decide-timing\": \"2026-11-30\",\n"
                       "    \"decide-method\": \"2026-11-30\"\n"
                       "  }\n"
                       "}\n"));
    list = json_of(run({"next", file, "--today", "2026-11-30", "--format", "json"}));
    CHECK(!ids_in(list["upcoming"]).contains("consult-manager"));

    // ---- Thu 3 Dec: the signing slips a week. -------------------------------------------
    const std::string before_slip = dir.file("before-slip.json");
    e2e::write_file(before_slip, text);
    replace_once(text, "\"expected_close\": \"2026-12-03\"", "\"expected_close\": \"2026-12-10\"");
    e2e::write_file(file, text);
    auto diff = run({"diff", before_slip, file, "--today", "2026-12-03", "--format", "json"});
    Json changes = json_of(diff);
    CHECK(changes["appeared"].empty());
    CHECK(changes["disappeared"].empty());
    bool notify_moved = false;
    for (const auto& c : changes["moved"]) {
        if (c["id"] != "acme/notify") continue;
        notify_moved = true;
        CHECK(c["old_date"] == "2026-12-04");
        CHECK(c["new_date"] == "2026-12-11");
        CHECK_THAT(c["why"].get<std::string>(), Catch::Contains("Thu 10 Dec 2026"));
    }
    CHECK(notify_moved);
    // A change of one date is a list of its consequences, not a new plan: the client's
    // later steps follow the notification, the rest only fills the room it left.
    CHECK(changes["moved"].size() < plan1["tasks"].size());
    const std::set<std::string> moved = ids_in(changes["moved"]);
    for (const char* id : {"acme/notify", "acme/introduce", "acme/follow-up"})
        CHECK(moved.contains(id));
    const auto diff_text = run({"diff", before_slip, file, "--today", "2026-12-03"});
    CHECK_THAT(diff_text.out, Catch::Contains("  acme/notify  Fri 12-04 -> Fri 12-11\n"));
    CHECK(diff_text.exit_code == diff.exit_code);

    // ---- Week 2, Mon 7 Dec: what was planned before today and is not done is overdue. ----
    next = run({"next", file, "--today", "2026-12-07", "--against", week1, "--format", "json"});
    list = json_of(next);
    CHECK(list["overdue_basis"] == "earlier-plan");
    REQUIRE(!list["overdue"].empty());
    CHECK(next.exit_code == 1);
    std::vector<std::string> overdue;
    for (const auto& item : list["overdue"]) {
        CHECK(item["planned_date"] < "2026-12-07");
        CHECK((item["date"].is_null() || item["date"] >= "2026-12-07"));
        overdue.push_back(item["id"]);
    }
    const auto next_text = run({"next", file, "--today", "2026-12-07", "--against", week1});
    CHECK_THAT(next_text.out, Catch::Contains("Overdue ("));
    CHECK_THAT(next_text.out, Catch::Contains("was planned for"));

    // They were in fact done last Friday: recorded with --on, nothing is overdue any more.
    std::vector<std::string> args{"done", file, "--today", "2026-12-07", "--on", "2026-12-04"};
    args.insert(args.end(), overdue.begin(), overdue.end());
    REQUIRE(run(args).exit_code == 0);
    next = run({"next", file, "--today", "2026-12-07", "--against", week1, "--format", "json"});
    list = json_of(next);
    CHECK(list["overdue"].empty());
    CHECK(next.exit_code == (list["errors"].empty() ? 0 : 1));

    // A date after today and an unknown id are refused, and the file stays as it was.
    text = e2e::read_file(file);
    auto refused =
        run({"done", file, "globex/notify", "--today", "2026-12-07", "--on", "2026-12-08"});
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("after today"));
    refused = run({"done", file, "globex/notfy", "--today", "2026-12-07"});
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("did you mean \"globex/notify\"?"));
    CHECK(e2e::read_file(file) == text);

    // The week's checklist is ticked in an editor and read back.
    const std::string checklist = dir.file("week2.md");
    REQUIRE(run({"plan", file, "--today", "2026-12-07", "--format", "markdown", "-o", checklist})
                .exit_code <= 1);
    const Json plan2 = json_of(run({"plan", file, "--today", "2026-12-07", "--format", "json"}));
    std::vector<std::string> ticked;
    for (const auto& t : plan2["tasks"]) {
        if (t["status"] == "todo" && t["date"] == "2026-12-07") ticked.push_back(t["id"]);
    }
    REQUIRE(!ticked.empty());
    std::string markdown = e2e::read_file(checklist);
    for (const auto& id : ticked) {
        const std::size_t at = markdown.find("<!-- id: " + id + " -->");
        REQUIRE(at != std::string::npos);
        const std::size_t line = markdown.rfind('\n', at) + 1;
        REQUIRE(markdown.compare(line, 6, "- [ ] ") == 0);
        markdown.replace(line, 6, "- [x] ");
    }
    e2e::write_file(checklist, markdown);
    const auto imported =
        run({"done", file, "--from-markdown", checklist, "--today", "2026-12-07"});
    CHECK(imported.exit_code == 0);
    for (const auto& id : ticked) {
        CHECK_THAT(imported.out, Catch::Contains(id + ": recorded as done on Mon 7 Dec 2026"));
    }
    // Reading the same checklist again records nothing new.
    const std::string after_import = e2e::read_file(file);
    CHECK(run({"done", file, "--from-markdown", checklist, "--today", "2026-12-07"}).exit_code ==
          0);
    CHECK(e2e::read_file(file) == after_import);

    // ---- Week 3, Mon 14 Dec: the last day moves a week earlier. -------------------------
    const std::string before_move = dir.file("before-move.json");
    text = e2e::read_file(file);
    e2e::write_file(before_move, text);
    replace_once(text, "\"last_day\" : \"2026-12-25\"", "\"last_day\" : \"2026-12-18\"");
    e2e::write_file(file, text);
    diff = run({"diff", before_move, file, "--today", "2026-12-14"});
    CHECK_THAT(diff.out, Catch::Contains("Last day: Fri 25 Dec 2026 -> Fri 18 Dec 2026\n"));
    const auto plan3 = run({"plan", file, "--today", "2026-12-14", "--format", "json"});
    CHECK(diff.exit_code == plan3.exit_code);
    const Json plan3_json = json_of(plan3);
    changes = json_of(run({"diff", before_move, file, "--today", "2026-12-14", "-f", "json"}));
    CHECK(changes["new"]["last_day"] == "2026-12-18");
    // Weekly reviews after the new last day are gone; nothing is planned after it.
    CHECK(ids_in(changes["disappeared"]).contains("weekly-review/2026-W52"));
    for (const auto& t : plan3_json["tasks"]) {
        if (!t["date"].is_null()) CHECK(t["date"] <= "2026-12-18");
    }
    list = json_of(run({"next", file, "--today", "2026-12-14", "--days", "3", "-f", "json"}));
    CHECK(list["until"] == "2026-12-17");
    for (const auto& item : list["upcoming"]) CHECK(item["date"] <= "2026-12-17");

    // A tick made by mistake is taken back.
    const std::string before_undo = e2e::read_file(file);
    const auto undo = run({"undo", file, ticked.front(), "--today", "2026-12-14"});
    CHECK(undo.exit_code == 0);
    CHECK_THAT(undo.out, Catch::Contains(ticked.front() + ": no longer recorded as done"));
    const std::string after_undo = e2e::read_file(file);
    check_only_done_changed(before_undo, after_undo);
    CHECK(after_undo.find("\"" + ticked.front() + "\"") == std::string::npos);
    CHECK(run({"undo", file, ticked.front(), "--today", "2026-12-14"}).exit_code == 2);
    CHECK(e2e::read_file(file) == after_undo);

    // On the last day, `next` still answers.
    CHECK(run({"next", file, "--today", "2026-12-18"}).exit_code <= 1);
}

TEST_CASE("daily use: done and undo change the done entries and no other byte") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    // CRLF line endings, tabs, comments that mention "done", and a done object with a comment.
    const std::string original =
        "/* progress is under \"done\": { } */\r\n"
        "{\r\n"
        "\t\"version\":1,\r\n"
        "\t\"me\": { \"name\": \"done\" },\r\n"
        "\t\"last_day\":   \"2026-12-25\",\r\n"
        "\t\"clients\": [ { \"id\": \"acme\", \"name\": \"Acme\", \"stage\": \"active\" } ],\r\n"
        "\t\"done\": {\r\n"
        "\t\t// the first step\r\n"
        "\t\t\"consult-manager\": \"2026-11-27\"\r\n"
        "\t},\r\n"
        "\t\"job_search\": { \"weekly_review\": false } // no reviews\r\n"
        "}";
    e2e::write_file(file, original);

    REQUIRE(run({"done", file, "acme/notify", "--today", "2026-12-01"}).exit_code == 0);
    const std::string added = e2e::read_file(file);
    CHECK(added ==
          "/* progress is under \"done\": { } */\r\n"
          "{\r\n"
          "\t\"version\":1,\r\n"
          "\t\"me\": { \"name\": \"done\" },\r\n"
          "\t\"last_day\":   \"2026-12-25\",\r\n"
          "\t\"clients\": [ { \"id\": \"acme\", \"name\": \"Acme\", \"stage\": \"active\" } ],\r\n"
          "\t\"done\": {\r\n"
          "\t\t// the first step\r\n"
          "\t\t\"consult-manager\": \"2026-11-27\",\r\n"
          "\t\t\"acme/notify\": \"2026-12-01\"\r\n"
          "\t},\r\n"
          "\t\"job_search\": { \"weekly_review\": false } // no reviews\r\n"
          "}");

    // Recording a recorded task again moves its date, in place.
    REQUIRE(run({"done", file, "consult-manager", "--on", "2026-11-26", "--today", "2026-12-01"})
                .exit_code == 0);
    std::string moved = added;
    replace_once(moved, "2026-11-27", "2026-11-26");
    CHECK(e2e::read_file(file) == moved);

    // Taking both back leaves the comment and the empty object.
    REQUIRE(run({"undo", file, "acme/notify", "--today", "2026-12-01"}).exit_code == 0);
    std::string back = original;
    replace_once(back, "2026-11-27", "2026-11-26");
    CHECK(e2e::read_file(file) == back);
    REQUIRE(run({"undo", file, "consult-manager", "--today", "2026-12-01"}).exit_code == 0);
    CHECK(e2e::read_file(file) ==
          "/* progress is under \"done\": { } */\r\n"
          "{\r\n"
          "\t\"version\":1,\r\n"
          "\t\"me\": { \"name\": \"done\" },\r\n"
          "\t\"last_day\":   \"2026-12-25\",\r\n"
          "\t\"clients\": [ { \"id\": \"acme\", \"name\": \"Acme\", \"stage\": \"active\" } ],\r\n"
          "\t\"done\": {\r\n"
          "\t\t// the first step\r\n"
          "\t},\r\n"
          "\t\"job_search\": { \"weekly_review\": false } // no reviews\r\n"
          "}");

    // Standard input cannot be written back.
    const auto from_stdin =
        e2e::run_handover({"done", "-", "acme/notify", "--today", "2026-12-01"},
                          e2e::RunOptions{original, {{"LANG", "C"}}, false, "", "", false});
    CHECK(from_stdin.exit_code == 2);
}

TEST_CASE("daily use: a file reached through a symbolic link stays a link") {
    e2e::TempDir dir;
    const std::string real = dir.file("real.json");
    const std::string link = dir.file("clients.json");
    e2e::write_file(real, "{ \"version\": 1, \"last_day\": \"2026-12-25\", \"clients\": [] }\n");
    std::filesystem::create_symlink(real, link);
    REQUIRE(run({"done", link, "consult-manager", "--today", "2026-12-01"}).exit_code == 0);
    CHECK(std::filesystem::is_symlink(link));
    CHECK(e2e::read_file(real) ==
          "{ \"version\": 1, \"last_day\": \"2026-12-25\", \"clients\": [], \"done\": "
          "{\"consult-manager\": \"2026-12-01\"} }\n");
}

TEST_CASE("daily use: --strict makes diff fail on warnings, like plan and check") {
    e2e::TempDir dir;
    const std::string a = dir.file("a.json");
    const std::string b = dir.file("b.json");
    const std::string text =
        "{ \"version\": 1, \"last_day\": \"2027-01-29\", \"successor\": { \"name\": \"Sam\" },\n"
        "  \"job_search\": { \"weekly_review\": false },\n"
        "  \"clients\": [{ \"id\": \"acme\", \"name\": \"Acme\", \"stage\": \"active\",\n"
        "                \"change_averse\": true, \"preferred_method\": \"phone\" }] }\n";
    e2e::write_file(a, text);
    e2e::write_file(b, text);
    const auto relaxed = run({"diff", a, b, "--today", "2026-12-01"});
    CHECK(relaxed.exit_code == 0);
    CHECK_THAT(relaxed.out, Catch::Contains("No differences"));
    CHECK(run({"diff", a, b, "--today", "2026-12-01", "--strict"}).exit_code == 1);
    CHECK(run({"diff", a, "--today", "2026-12-01"}).exit_code == 2);
    CHECK(run({"diff", "--against", a, a, b, "--today", "2026-12-01"}).exit_code == 2);
}

TEST_CASE("daily use: undo takes out an entry whose task no longer exists") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    // The client `gone` was deleted from the file, but its progress was left behind.
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [{ \"id\": \"acme\", \"name\": \"Acme\", \"stage\": \"active\" }],\n"
        "  \"done\": {\n"
        "    \"consult-manager\": \"2026-11-27\",\n"
        "    \"gone/notify\": \"2026-11-30\"\n"
        "  }\n"
        "}\n";
    e2e::write_file(file, text);
    CHECK(run({"plan", file, "--today", "2026-12-01"}).exit_code == 2);
    CHECK(run({"undo", file, "consult-manager", "--today", "2026-12-01"}).exit_code == 2);
    CHECK(e2e::read_file(file) == text);

    const auto undo = run({"undo", file, "gone/notify", "--today", "2026-12-01"});
    CHECK(undo.exit_code == 0);
    CHECK_THAT(undo.out, Catch::Contains("gone/notify: entry taken out"));
    CHECK(e2e::read_file(file) ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [{ \"id\": \"acme\", \"name\": \"Acme\", \"stage\": \"active\" }],\n"
          "  \"done\": {\n"
          "    \"consult-manager\": \"2026-11-27\"\n"
          "  }\n"
          "}\n");
    CHECK(run({"plan", file, "--today", "2026-12-01"}).exit_code == 0);
}

TEST_CASE("daily use: done refuses a file that starts with two byte order marks") {
    e2e::TempDir dir;
    const std::string file = dir.file("clients.json");
    const std::string text =
        "\xEF\xBB\xBF\xEF\xBB\xBF{\"version\": 1, \"last_day\": \"2026-12-25\", \"clients\": []}\n";
    e2e::write_file(file, text);
    for (const char* command : {"check", "done"}) {
        INFO(command);
        std::vector<std::string> args{command, file, "--today", "2026-12-01"};
        if (std::string_view(command) == "done") args.push_back("consult-manager");
        const auto result = run(args);
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.err, Catch::StartsWith(file + ": "));
        CHECK_THAT(result.err, Catch::Contains("starts with two byte order marks"));
        CHECK_THAT(result.err, Catch::Contains("remove one"));
        CHECK_THAT(result.err, !Catch::Contains("internal error"));
    }
    CHECK(e2e::read_file(file) == text);
}
