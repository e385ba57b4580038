// The plan's JSON: its layout, and the reader, read against what the writer wrote.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/input/schema.hpp"
#include "handover/render/plan_json.hpp"
#include "handover/render/render.hpp"
#include "support/export_fixture.hpp"
#include "support/json_text.hpp"

namespace {

using handover::JsonArray;
using handover::JsonObject;
using Json = nlohmann::ordered_json;

using handover::testing::object_text;

}  // namespace

TEST_CASE("plan_json: documents are laid out byte for byte as a pretty printer writes them") {
    const handover::Day day = handover::export_test::sample_plan().today;
    const std::string text = object_text([&](JsonObject& o) {
        o.integer("schema_version", 1);
        o.string("name", "山田商店 \"quoted\"\n");
        o.optional_string("absent", "");
        o.string_or_null("empty", std::string_view());
        o.string_or_null("none", std::nullopt);
        o.date("day", day);
        o.date("no_day", std::nullopt);
        o.boolean("yes", true);
        o.null("nothing");
        JsonObject inner = o.object("inner");
        inner.number("hours", 1.5);
        JsonArray deeper = inner.array("list");
        deeper.string("a");
        JsonObject element = deeper.object();
        element.boolean("no", false);
        element.close();
        deeper.close();
        inner.close();
        const std::vector<int> items{1, 2};
        o.objects("items", items, [](JsonObject& w, int i) { w.integer("i", i); });
    });
    Json expected;
    expected["schema_version"] = 1;
    expected["name"] = "山田商店 \"quoted\"\n";
    expected["absent"] = nullptr;
    expected["empty"] = "";
    expected["none"] = nullptr;
    expected["day"] = handover::format_iso(day);
    expected["no_day"] = nullptr;
    expected["yes"] = true;
    expected["nothing"] = nullptr;
    expected["inner"]["hours"] = 1.5;
    expected["inner"]["list"] = Json::array({"a", Json{{"no", false}}});
    expected["items"] = Json::array({Json{{"i", 1}}, Json{{"i", 2}}});
    CHECK(text == expected.dump(2));
}

TEST_CASE("plan_json: a written plan reads back with its tasks and warnings") {
    const handover::Plan plan = handover::export_test::sample_plan();
    const std::string text = handover::render_json(plan, handover::export_test::sample_input(), {});
    const handover::Plan back = handover::plan_from_json(text, "plan.json", handover::Lang::en);
    CHECK(back.today == plan.today);
    CHECK(back.last_day == plan.last_day);

    REQUIRE(back.tasks.size() == plan.tasks.size());
    for (std::size_t i = 0; i < plan.tasks.size(); ++i) {
        const handover::Task& a = plan.tasks[i];
        const handover::Task& b = back.tasks[i];
        INFO("task " << a.id.str());
        CHECK(b.id.str() == a.id.str());
        CHECK(b.step == a.step);
        CHECK(b.kind == a.kind);
        CHECK(b.subject.str() == a.subject.str());
        CHECK(b.client.str() == a.client.str());
        CHECK(b.date == a.date);
        CHECK(b.hours == a.hours);
        CHECK(b.method == a.method);
        CHECK(b.status == a.status);
        CHECK(b.note.str() == a.note.str());
        CHECK(b.rule == a.rule);
        CHECK(b.with == a.with);
    }
    REQUIRE(back.warnings.size() == plan.warnings.size());
    for (std::size_t i = 0; i < plan.warnings.size(); ++i) {
        const handover::Warning& a = plan.warnings[i];
        const handover::Warning& b = back.warnings[i];
        CHECK(b.code == a.code);
        CHECK(b.severity == a.severity);
        CHECK(b.client.str() == a.client.str());
        CHECK(b.task.str() == a.task.str());
        CHECK(b.worded.str() == a.worded.str());
    }
}

namespace {

/// The sample plan with its first task's `with` set to `with`, written and parsed.
Json written_with(std::uint8_t with, handover::Plan& plan) {
    plan = handover::export_test::sample_plan();
    REQUIRE_FALSE(plan.tasks.empty());
    plan.tasks.front().with = with;
    return Json::parse(handover::render_json(plan, handover::export_test::sample_input(), {}));
}

std::string read_error(std::string_view text) {
    try {
        handover::plan_from_json(text, "old.json", handover::Lang::en);
    } catch (const handover::InputError& e) {
        return e.describe(handover::Lang::en);
    }
    return "no error";
}

}  // namespace

TEST_CASE("plan_json: every task says who else takes part, and reads back") {
    namespace with_people = handover::with_people;
    const std::vector<std::pair<std::uint8_t, Json>> cases{
        {0, Json::array()},
        {with_people::successor, Json::array({"successor"})},
        {with_people::manager, Json::array({"manager"})},
        {with_people::successor | with_people::manager, Json::array({"successor", "manager"})},
    };
    for (const auto& [with, names] : cases) {
        INFO("with " << int(with));
        handover::Plan plan;
        const Json doc = written_with(with, plan);
        CHECK(doc["schema_version"] == 2);
        CHECK(doc["tasks"][0]["with"] == names);
        // Every task has it, `[]` when the user is alone.
        for (const Json& task : doc["tasks"]) CHECK(task.contains("with"));
        CHECK(doc["tasks"].back()["with"] == Json::array());
        const handover::Plan back =
            handover::plan_from_json(doc.dump(2), "plan.json", handover::Lang::en);
        REQUIRE(back.tasks.size() == plan.tasks.size());
        CHECK(back.tasks.front().with == with);
    }
    // `with` comes after `meeting`, as the README's contract shows it.
    handover::Plan plan;
    const Json doc = written_with(with_people::successor, plan);
    std::vector<std::string> keys;
    for (const auto& item : doc["tasks"][0].items()) keys.push_back(item.key());
    const auto meeting = std::find(keys.begin(), keys.end(), "meeting");
    REQUIRE(meeting != keys.end());
    REQUIRE(meeting + 1 != keys.end());
    CHECK(*(meeting + 1) == "with");
}

TEST_CASE("plan_json: a plan of schema_version 1 reads back, its tasks with nobody") {
    handover::Plan plan;
    Json doc = written_with(handover::with_people::successor, plan);
    doc["schema_version"] = 1;
    for (Json& task : doc["tasks"]) task.erase("with");
    const handover::Plan back =
        handover::plan_from_json(doc.dump(2), "plan.json", handover::Lang::en);
    REQUIRE(back.tasks.size() == plan.tasks.size());
    for (const handover::Task& task : back.tasks) CHECK(task.with == 0);
}

TEST_CASE("plan_json: schema versions other than 1 and 2, and a bad with, are refused") {
    CHECK(read_error("{\"schema_version\": 3}") ==
          "old.json: /schema_version: schema_version 3 is not one this version reads (expected 1 "
          "or 2)\n");
    CHECK(read_error("{\"schema_version\": 0}") ==
          "old.json: /schema_version: schema_version 0 is not one this version reads (expected 1 "
          "or 2)\n");
    const std::string head =
        "{\"schema_version\": 2, \"today\": \"2026-11-30\", \"last_day\": \"2026-12-25\", "
        "\"warnings\": [], \"tasks\": [{\"id\": \"a\", \"with\": ";
    CHECK(read_error(head + "[\"successor\"]}]}") == "no error");
    CHECK(read_error(head + "[\"boss\"]}]}") ==
          "old.json: /tasks/0/with: expected a list of \"successor\" and \"manager\"\n");
    CHECK(read_error(head + "\"successor\"}]}") ==
          "old.json: /tasks/0/with: expected a list of \"successor\" and \"manager\"\n");
}

TEST_CASE("plan_json: the schema reads back to the same text") {
    for (const handover::Lang lang : {handover::Lang::en, handover::Lang::ja}) {
        const std::string schema = handover::input_schema_json(lang);
        CHECK(Json::parse(schema).dump(2) + "\n" == schema);
    }
}

TEST_CASE("plan_json: the plan names its currency and each client's value, and reads back") {
    handover::Plan plan = handover::export_test::sample_plan();
    plan.currency = handover::Currency::GBP;
    REQUIRE_FALSE(plan.clients.empty());
    plan.clients.front().value = 1250.5;
    const std::string text = handover::render_json(plan, handover::export_test::sample_input(), {});
    const Json doc = Json::parse(text);
    CHECK(doc["currency"] == "GBP");
    CHECK(doc["clients"][0]["value"] == 1250.5);
    // The currency follows the names of the people, before the tasks.
    std::vector<std::string> keys;
    for (const auto& item : doc.items()) keys.push_back(item.key());
    const auto at = std::find(keys.begin(), keys.end(), "currency");
    REQUIRE(at != keys.end());
    CHECK(*(at - 1) == "successor");
    const handover::Plan back = handover::plan_from_json(text, "plan.json", handover::Lang::en);
    CHECK(back.currency == handover::Currency::GBP);
}

TEST_CASE("plan_json: a plan without a currency reads back as yen; an unknown one is refused") {
    const std::string head =
        "{\"schema_version\": 2, \"today\": \"2026-11-30\", \"last_day\": \"2026-12-25\", "
        "\"warnings\": [], \"tasks\": []";
    CHECK(read_error(head + "}") == "no error");
    const handover::Plan old = handover::plan_from_json(head + "}", "old.json", handover::Lang::en);
    CHECK(old.currency == handover::Currency::JPY);
    for (const char* code : {"JPY", "USD", "GBP", "EUR"}) {
        INFO(code);
        const std::string text = head + ", \"currency\": \"" + code + "\"}";
        CHECK(read_error(text) == "no error");
        const handover::Plan back = handover::plan_from_json(text, "p.json", handover::Lang::en);
        CHECK(handover::to_string(back.currency) == code);
    }
    CHECK(read_error(head + ", \"currency\": \"CHF\"}") ==
          "old.json: /currency: expected one of JPY, USD, GBP, EUR\n");
    CHECK(read_error(head + ", \"currency\": \"usd\"}") ==
          "old.json: /currency: expected one of JPY, USD, GBP, EUR\n");
    CHECK(read_error(head + ", \"currency\": 1}") ==
          "old.json: /currency: expected a string or null\n");
}
