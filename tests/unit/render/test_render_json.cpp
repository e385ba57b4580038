#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "handover/render/render.hpp"
#include "support/export_fixture.hpp"

namespace {

using handover::Audience;
using handover::Format;
using handover::RenderOptions;
using handover::export_test::sample_input;
using handover::export_test::sample_plan;
using Json = nlohmann::ordered_json;

std::string json_of(const handover::Plan& plan, handover::Lang lang = handover::Lang::en) {
    RenderOptions options;
    options.lang = lang;
    return handover::render_json(plan, sample_input(), options);
}

std::vector<std::string> keys_of(const Json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) keys.push_back(item.key());
    return keys;
}

// The whole document for the sample plan: the contract of SPEC section 4, byte for byte.
constexpr std::string_view k_golden = R"json({
  "schema_version": 2,
  "today": "2026-11-30",
  "last_day": "2026-12-25",
  "end_date": "2027-01-15",
  "support_until": null,
  "disclose_from": "2026-12-01",
  "takeover_day": "2026-12-28",
  "lang": "en",
  "me": "Yu Sato",
  "manager": "Ken Tanaka",
  "successor": "Takeshi Suzuki",
  "currency": "JPY",
  "tasks": [
    {
      "id": "consult-manager",
      "step": 1,
      "kind": "consult-manager",
      "title": "Consult your manager",
      "client": null,
      "date": "2026-11-30",
      "hours": 1.0,
      "method": "in_person",
      "depends_on": [],
      "status": "done",
      "why": "Your manager hears it first.",
      "rule": "manager-first",
      "meeting": true,
      "with": [],
      "talking_points": []
    },
    {
      "id": "interview/2026-12-03",
      "step": 6,
      "kind": "interview",
      "title": "Interview: Foo Inc.",
      "client": null,
      "date": "2026-12-03",
      "hours": 3.0,
      "method": null,
      "depends_on": [],
      "status": "todo",
      "why": "From your job search.",
      "rule": "interview",
      "meeting": false,
      "with": []
    },
    {
      "id": "weekly-review/2026-W49",
      "step": 6,
      "kind": "weekly-review",
      "title": "Weekly review",
      "client": null,
      "date": "2026-12-04",
      "hours": 0.5,
      "method": null,
      "depends_on": [],
      "status": "todo",
      "why": "Once a week.",
      "rule": "weekly",
      "meeting": false,
      "with": []
    },
    {
      "id": "acme/notify",
      "step": 3,
      "kind": "notify",
      "title": "Tell ACME Corp",
      "client": "acme",
      "date": "2026-12-11",
      "hours": 1.5,
      "method": "in_person",
      "depends_on": [
        "consult-manager",
        "weekly-review/2026-W49"
      ],
      "status": "todo",
      "why": "The first working day after the deal closes.",
      "rule": "after-close",
      "meeting": true,
      "with": [],
      "talking_points": [
        "My last day is 25 Dec.",
        "Takeshi Suzuki takes over."
      ]
    },
    {
      "id": "acme/follow-up",
      "step": 5,
      "kind": "follow-up",
      "title": "Follow up",
      "client": "acme",
      "date": null,
      "hours": 1.0,
      "method": null,
      "depends_on": [
        "acme/notify",
        "interview/2026-12-03"
      ],
      "status": "unscheduled",
      "why": "No room before the last day.",
      "rule": "no-room",
      "meeting": false,
      "with": []
    }
  ],
  "clients": [
    {
      "id": "acme",
      "name": "ACME Corp",
      "stage": "closing",
      "method": "in_person",
      "method_reason": "change-averse client: in person",
      "value": 0,
      "successor": "Takeshi Suzuki",
      "priority": 1,
      "expected_close": "2026-12-10",
      "notify_date": "2026-12-11",
      "introduce_date": null,
      "change_averse": true
    }
  ],
  "warnings": [
    {
      "code": "WEEK_OVERLOADED",
      "severity": "warning",
      "client": null,
      "clients": [],
      "task": null,
      "message": "Too much."
    },
    {
      "code": "OVER_CAPACITY",
      "severity": "info",
      "client": null,
      "clients": [],
      "task": "interview/2026-12-03",
      "message": "Clash."
    },
    {
      "code": "NO_TIME_FOR_INTRO",
      "severity": "error",
      "client": "acme",
      "clients": [
        "acme"
      ],
      "task": "acme/follow-up",
      "message": "No room."
    }
  ],
  "load": [
    {
      "week": "2026-W49",
      "monday": "2026-11-30",
      "planned_hours": 4.5,
      "available_hours": 12.0,
      "interview_hours": 3.0,
      "interviews": 1,
      "meetings": 2
    }
  ]
}
)json";

}  // namespace

TEST_CASE("render_json: the sample plan renders exactly as the golden document") {
    CHECK(json_of(sample_plan()) == k_golden);
}

TEST_CASE("render_json: output is deterministic") {
    CHECK(json_of(sample_plan()) == json_of(sample_plan()));
}

TEST_CASE("render_json: keys come in the documented order") {
    const Json doc = Json::parse(json_of(sample_plan()));
    CHECK(keys_of(doc) == std::vector<std::string>{
                              "schema_version", "today", "last_day", "end_date", "support_until",
                              "disclose_from", "takeover_day", "lang", "me", "manager", "successor",
                              "currency", "tasks", "clients", "warnings", "load"});
    const std::vector<std::string> task_keys{"id",   "step",  "kind",    "title",      "client",
                                             "date", "hours", "method",  "depends_on", "status",
                                             "why",  "rule",  "meeting", "with"};
    for (const Json& task : doc["tasks"]) {
        std::vector<std::string> expected = task_keys;
        // Notifications and the talk with the manager (its agenda, rule 11).
        if (task["kind"] == "notify" || task["kind"] == "consult-manager")
            expected.push_back("talking_points");
        CHECK(keys_of(task) == expected);
    }
    CHECK(keys_of(doc["clients"][0]) ==
          std::vector<std::string>{"id", "name", "stage", "method", "method_reason", "value",
                                   "successor", "priority", "expected_close", "notify_date",
                                   "introduce_date", "change_averse"});
    CHECK(keys_of(doc["warnings"][0]) ==
          std::vector<std::string>{"code", "severity", "client", "clients", "task", "message"});
    CHECK(keys_of(doc["load"][0]) == std::vector<std::string>{"week", "monday", "planned_hours",
                                                              "available_hours", "interview_hours",
                                                              "interviews", "meetings"});
}

TEST_CASE("render_json: missing values are null, never left out") {
    handover::Plan plan = sample_plan();
    plan.end_date.reset();
    plan.disclose_from.reset();
    plan.support_until = handover::export_test::make_day(2027, 1, 31);
    plan.clients[0].expected_close.reset();
    plan.clients[0].notify_date.reset();
    const Json doc = Json::parse(json_of(plan));
    CHECK(doc["end_date"].is_null());
    CHECK(doc["disclose_from"].is_null());
    CHECK(doc["support_until"] == "2027-01-31");
    CHECK(doc["clients"][0]["expected_close"].is_null());
    CHECK(doc["clients"][0]["notify_date"].is_null());
    CHECK(doc["clients"][0]["introduce_date"].is_null());

    const Json& follow_up = doc["tasks"][4];
    REQUIRE(follow_up["id"] == "acme/follow-up");
    CHECK(follow_up["date"].is_null());
    CHECK(follow_up["method"].is_null());
    CHECK(follow_up["status"] == "unscheduled");
    CHECK(doc["tasks"][0]["client"].is_null());
    CHECK(doc["warnings"][0]["client"].is_null());
    CHECK(doc["warnings"][0]["task"].is_null());
}

TEST_CASE(
    "render_json: talking points appear on notify and consult-manager tasks only, even when "
    "empty") {
    handover::Plan plan = sample_plan();
    plan.worded_points.erase("acme/notify");
    const Json doc = Json::parse(json_of(plan));
    for (const Json& task : doc["tasks"]) {
        CHECK(task.contains("talking_points") ==
              (task["kind"] == "notify" || task["kind"] == "consult-manager"));
    }
    CHECK(doc["tasks"][3]["talking_points"] == Json::array());
}

TEST_CASE("render_json: hours are numbers, whole hours with a decimal point") {
    const std::string text = json_of(sample_plan());
    CHECK(text.find("\"hours\": 1.0,") != std::string::npos);
    CHECK(text.find("\"hours\": 1.5,") != std::string::npos);
    CHECK(text.find("\"hours\": 0.5,") != std::string::npos);
    const Json doc = Json::parse(text);
    for (const Json& task : doc["tasks"]) CHECK(task["hours"].is_number_float());
}

TEST_CASE("render_json: two-space indent and a final newline") {
    const std::string text = json_of(sample_plan());
    CHECK(text.substr(0, 4) == "{\n  ");
    CHECK(text.substr(text.size() - 2) == "}\n");
}

TEST_CASE("render_json: Japanese text is written as UTF-8, not as escapes") {
    handover::Plan plan = sample_plan();
    plan.clients[0].name = "株式会社アクメ";
    const std::string text = json_of(plan, handover::Lang::ja);
    CHECK(text.find("\"lang\": \"ja\"") != std::string::npos);
    CHECK(text.find("\"name\": \"株式会社アクメ\"") != std::string::npos);
    CHECK(text.find("\\u") == std::string::npos);
}

TEST_CASE("render_json: hostile text is escaped and reads back unchanged") {
    handover::Plan plan = sample_plan();
    plan.clients[0].name = "\"}, {\"evil\": true\n\t\\";
    const Json doc = Json::parse(json_of(plan));
    CHECK(doc["clients"].size() == 1);
    CHECK(doc["clients"][0]["name"] == plan.clients[0].name);
}

TEST_CASE("render_json: the input's private notes never appear") {
    CHECK(json_of(sample_plan()).find("PRIVATE-NOTE") == std::string::npos);
}

TEST_CASE("render_json: a manager's plan keeps an empty load array") {
    RenderOptions options;
    options.format = Format::json;
    options.audience = Audience::manager;
    const Json doc = Json::parse(handover::render(sample_plan(), sample_input(), options));
    REQUIRE(doc.contains("load"));
    CHECK(doc["load"] == Json::array());
}

namespace {

/// Keeps every piece it is handed, to see how the writer splits its output.
class Pieces final : public handover::TextSink {
  public:
    void write(std::string_view text) override { pieces.emplace_back(text); }
    std::vector<std::string> pieces;
};

}  // namespace

TEST_CASE("render_json: a large plan is handed on in pieces that join to the same document") {
    handover::Plan plan = sample_plan();
    const std::vector<handover::Task> tasks = plan.tasks;
    // About 4 MB of JSON: more than one of the writer's one-megabyte chunks.
    while (plan.tasks.size() < 12'000) {
        plan.tasks.insert(plan.tasks.end(), tasks.begin(), tasks.end());
    }
    Pieces sink;
    handover::write_json(plan, handover::Lang::en, sink);
    std::string joined;
    for (const std::string& piece : sink.pieces) joined += piece;
    CHECK(joined == json_of(plan));
    CHECK(sink.pieces.size() > 1);
    for (std::size_t i = 0; i + 1 < sink.pieces.size(); ++i) {
        CHECK(sink.pieces[i].size() >= (std::size_t{1} << 20));
    }

    Pieces small;
    handover::write_json(sample_plan(), handover::Lang::en, small);
    REQUIRE(small.pieces.size() == 1);
    CHECK(small.pieces.front() == json_of(sample_plan()));
}
