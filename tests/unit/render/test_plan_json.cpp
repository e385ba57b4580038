// The one JSON writer (escaping, numbers, layout) and the plan's reader, read against what
// the writer wrote.
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

namespace {

using handover::BufferedSink;
using handover::json_string;
using handover::JsonArray;
using handover::JsonObject;
using handover::TextSink;
using Json = nlohmann::ordered_json;

/// What `write(JsonObject&)` writes as a whole document.
template <typename Write>
std::string object_text(Write&& write) {
    return handover::collect([&](TextSink& sink) {
        BufferedSink out(sink);
        JsonObject object(out);
        write(object);
        object.close();
        out.finish();
    });
}

}  // namespace

TEST_CASE("plan_json: strings are quoted, with quotes, backslashes and controls escaped") {
    CHECK(json_string("") == R"("")");
    CHECK(json_string("plain text") == R"("plain text")");
    CHECK(json_string("a\"b\\c") == R"("a\"b\\c")");
    CHECK(json_string("\b\f\n\r\t") == R"("\b\f\n\r\t")");
    CHECK(json_string(std::string_view("\0\x01\x1f", 3)) == R"("\u0000\u0001\u001f")");
    // DEL and everything printable, ASCII or not, is written as it is.
    CHECK(json_string("\x7f ~") == "\"\x7f ~\"");
    CHECK(json_string("株式会社アクメ 👩‍💼") ==
          "\"株式会社アクメ 👩‍💼\"");
}

TEST_CASE("plan_json: escapes are found on both sides of the eight-byte fast path") {
    // The escaper skips eight bytes at a time when none needs care: a byte to escape in
    // each position of a word, and in the tail after the last whole word.
    for (std::size_t at = 0; at < 19; ++at) {
        std::string text(19, 'x');
        text[at] = '"';
        std::string expected = "\"" + std::string(19, 'x') + "\"";
        expected.replace(1 + at, 1, "\\\"");
        CHECK(json_string(text) == expected);
    }
}

TEST_CASE("plan_json: each byte that is not well-formed UTF-8 becomes U+FFFD") {
    const std::string replacement = "\xEF\xBF\xBD";
    CHECK(json_string("a\xff"
                      "b") == "\"a" + replacement + "b\"");
    // A cut sequence, a lone continuation byte, an overlong form and a surrogate.
    CHECK(json_string("\xE3\x81") == "\"" + replacement + replacement + "\"");
    CHECK(json_string("\x80") == "\"" + replacement + "\"");
    CHECK(json_string("\xC0\xAF") == "\"" + replacement + replacement + "\"");
    CHECK(json_string("\xED\xA0\x80") == "\"" + replacement + replacement + replacement + "\"");
    // What comes out is JSON again.
    CHECK(nlohmann::json::parse(json_string("ok\xfe\x01")) == "ok\xEF\xBF\xBD\x01");
}

TEST_CASE("plan_json: numbers are written as a pretty printer writes them") {
    for (const double value :
         {0.0, -0.0, 1.0, 0.5, -2.25, 24.0, 1e-4, 1.5e-5, 123456.789, 1e15, -1e15,
          1234567890123456.0, 2345678901234567.5, 9.999e15, 1e16, 1.5e20, 1e300, 5e-324}) {
        INFO(value);
        CHECK(handover::json_number(value) == Json(value).dump());
    }
    CHECK(handover::json_number(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("plan_json: empty objects and arrays are written as {} and []") {
    CHECK(object_text([](JsonObject&) {}) == "{}");
    CHECK(object_text([](JsonObject& o) {
              o.array("list").close();
              o.object("inner").close();
          }) == "{\n  \"list\": [],\n  \"inner\": {}\n}");
    const std::string empty_list = handover::collect([](TextSink& sink) {
        BufferedSink out(sink);
        JsonArray(out).close();
        out.finish();
    });
    CHECK(empty_list == "[]");
}

TEST_CASE("plan_json: numbers keep a decimal point, integers do not") {
    const std::string text = object_text([](JsonObject& o) {
        o.number("whole", 2);
        o.number("half", 0.5);
        o.number("zero", 0);
        o.number("large", 1e20);
        o.integer("count", -3);
    });
    CHECK(text ==
          "{\n  \"whole\": 2.0,\n  \"half\": 0.5,\n  \"zero\": 0.0,\n  \"large\": 1e+20,\n"
          "  \"count\": -3\n}");
}

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
        CHECK(b.why.str() == a.why.str());
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

TEST_CASE("plan_json: a JSON value is written as a pretty printer writes it") {
    Json value;
    value["text"] = "tab\there, \"quoted\", 日本語";
    value["empty_object"] = Json::object();
    value["empty_array"] = Json::array();
    value["list"] = Json::array({1, -2, 2.5, 3.0, true, nullptr, "x"});
    value["unsigned"] = std::size_t{100000};
    value["nested"]["deeper"]["key \"with\" quotes"] = Json::array({Json::object()});
    CHECK(handover::json_document(value) == value.dump(2) + "\n");
}

TEST_CASE("plan_json: the schema reads back to the same text") {
    for (const handover::Lang lang : {handover::Lang::en, handover::Lang::ja}) {
        const std::string schema = handover::input_schema_json(lang);
        CHECK(Json::parse(schema).dump(2) + "\n" == schema);
    }
}
