// Rule 8 on the real binary: a client's own events become tasks with the successor, `done`
// takes their ids, and the successor's first dates after the last day reach the successor.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "fixtures.hpp"
#include "run_binary.hpp"
#include "temp_dir.hpp"

namespace {

using nlohmann::json;

json plan_json(const std::string& file, std::vector<std::string> more = {}) {
    std::vector<std::string> args{"plan", file, "--format", "json", "--lang", "en"};
    args.insert(args.end(), more.begin(), more.end());
    const auto result = e2e::run_handover(args);
    INFO(result.err);
    REQUIRE((result.exit_code == 0 || result.exit_code == 1));
    return json::parse(result.out);
}

const json* task_of(const json& plan, const std::string& id) {
    for (const json& task : plan["tasks"]) {
        if (task["id"] == id) return &task;
    }
    return nullptr;
}

}  // namespace

TEST_CASE(
    "client events: the events of deals, large and close clients are tasks with the "
    "successor") {
    const json plan = plan_json(e2e::source_file("examples/ja-closing-deal.json"));
    std::vector<std::string> events;
    for (const json& task : plan["tasks"]) {
        if (task["kind"] == "event") events.push_back(task["id"]);
    }
    // acme: closing and strong; kita: negotiation; nishi: a proposal worth 15,000,000.
    CHECK(events == std::vector<std::string>{"nishi/event/2026-12-10", "acme/event/2026-12-15",
                                             "kita/event/2026-12-18"});
    const json* acme = task_of(plan, "acme/event/2026-12-15");
    REQUIRE(acme != nullptr);
    CHECK((*acme)["date"] == "2026-12-15");
    CHECK((*acme)["step"] == 5);
    CHECK((*acme)["hours"] == 1.0);
    CHECK((*acme)["client"] == "acme");
    CHECK((*acme)["status"] == "todo");
    CHECK((*acme)["rule"] == "client-event");
    CHECK((*acme)["meeting"] == true);
    CHECK((*acme)["method"].is_null());
    CHECK((*acme)["depends_on"] == json::array({"consult-manager", "acme/brief"}));
    CHECK((*acme)["title"] == "株式会社アクメ: 導入キックオフ (with 鈴木 健)");
    CHECK((*acme)["why"] ==
          "Step 5: the client's own date, so the plan does not move it; 鈴木 健 comes with you "
          "and is part of the account from now on.");
    if (acme->contains("with")) CHECK((*acme)["with"] == json::array({"successor"}));
    // Events after the last day are no tasks: the annual review of Sun 10 Jan 2027 and the
    // renewal of Mon 1 Feb 2027.
    CHECK(task_of(plan, "hoshino/event/2027-01-10") == nullptr);
    CHECK(task_of(plan, "minato/event/2027-02-01") == nullptr);
}

TEST_CASE("client events: done takes an event's id, before and after its day") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    const auto done = e2e::run_handover({"done", file, "acme/event/2026-12-15", "consult-manager",
                                         "--on", "2026-11-20", "--today", "2026-11-20"});
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    CHECK(e2e::read_file(file).find("\"acme/event/2026-12-15\": \"2026-11-20\"") !=
          std::string::npos);

    // Once its day has passed the event is history, and the recorded entry still reads.
    for (const std::string today : {"2026-11-20", "2026-12-15", "2026-12-16"}) {
        INFO("today " << today);
        const json plan = plan_json(file, {"--today", today});
        const json* event = task_of(plan, "acme/event/2026-12-15");
        REQUIRE(event != nullptr);
        CHECK((*event)["status"] == "done");
        const auto check = e2e::run_handover({"check", file, "--today", today});
        CHECK(check.exit_code != 2);
    }
    // A past event not recorded as done is left out; a later one is still planned.
    const json later = plan_json(file, {"--today", "2026-12-16"});
    CHECK(task_of(later, "nishi/event/2026-12-10") == nullptr);
    CHECK(task_of(later, "kita/event/2026-12-18") != nullptr);

    // `undo` removes the entry again.
    REQUIRE(e2e::run_handover({"undo", file, "acme/event/2026-12-15"}).exit_code == 0);
    CHECK(e2e::read_file(file).find("acme/event") == std::string::npos);
}

TEST_CASE("client events: an event the plan has no task for is no id for done") {
    e2e::TempDir dir;
    const std::string file = e2e::copy_of_example(dir);
    const std::string before = e2e::read_file(file);
    // After the last day (the successor's), and a second event on a day with one.
    for (const std::string id : {"hoshino/event/2027-01-10", "acme/event/2026-12-15-2"}) {
        INFO(id);
        const auto result = e2e::run_handover({"done", file, id});
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.err, Catch::Contains(id));
        CHECK(e2e::read_file(file) == before);
    }
}

TEST_CASE("client events: the successor's view lists the first dates after the last day") {
    const std::string example = e2e::source_file("examples/ja-closing-deal.json");
    const auto md = e2e::run_handover(
        {"plan", example, "--format", "markdown", "--audience", "successor", "--lang", "ja"});
    REQUIRE((md.exit_code == 0 || md.exit_code == 1));
    CHECK_THAT(md.out, Catch::Contains("## 後任者が最初に対応するご予定\n\n"
                                       "最終出社日から30日以内のお客様のご予定です。"
                                       "後任者が最初に対応します。\n\n"
                                       "- [ ] 2027年1月10日(日) — 星野製作所「年次契約の見直し」 / "
                                       "1時間\n"));
    // Not beyond the 30 days (the renewal of Mon 1 Feb 2027).
    CHECK(md.out.find("- [ ] 2027年2月1日") == std::string::npos);
    const auto own = e2e::run_handover({"plan", example, "--format", "markdown", "--lang", "ja"});
    CHECK(own.out.find("後任者が最初に対応するご予定") == std::string::npos);
    const auto docs =
        e2e::run_handover({"plan", example, "--format", "markdown", "--with-docs", "--lang", "en"});
    CHECK_THAT(docs.out, Catch::Contains("#### First tasks after the last day (鈴木 健)\n\n"
                                         "- Mon 28 Dec 2026 — take over 星野製作所: from that day "
                                         "its questions and orders come to you.\n"
                                         "- Sun 10 Jan 2027 — 年次契約の見直し · 1h\n"));
}
