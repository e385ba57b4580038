// The plan's JSON: its layout, and the reader, read against what the writer wrote.
#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

TEST_CASE("plan_json: the schema reads back to the same text") {
    for (const handover::Lang lang : {handover::Lang::en, handover::Lang::ja}) {
        const std::string schema = handover::input_schema_json(lang);
        CHECK(Json::parse(schema).dump(2) + "\n" == schema);
    }
}
