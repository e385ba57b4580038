// The one JSON writer: escaping, numbers and layout, each held to what nlohmann's pretty
// printer writes.
#include <catch2/catch.hpp>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/json_writer.hpp"
#include "support/json_text.hpp"

namespace {

using handover::BufferedSink;
using handover::json_string;
using handover::JsonArray;
using handover::JsonObject;
using handover::TextSink;
using Json = nlohmann::ordered_json;

using handover::testing::object_text;

}  // namespace

TEST_CASE("json_writer: strings are quoted, with quotes, backslashes and controls escaped") {
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

TEST_CASE("json_writer: escapes are found on both sides of the eight-byte fast path") {
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

TEST_CASE("json_writer: each byte that is not well-formed UTF-8 becomes U+FFFD") {
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

TEST_CASE("json_writer: numbers are written as a pretty printer writes them") {
    for (const double value :
         {0.0, -0.0, 1.0, 0.5, -2.25, 24.0, 1e-4, 1.5e-5, 123456.789, 1e15, -1e15,
          1234567890123456.0, 2345678901234567.5, 9.999e15, 1e16, 1.5e20, 1e300, 5e-324}) {
        INFO(value);
        CHECK(handover::json_number(value) == Json(value).dump());
    }
    CHECK(handover::json_number(std::numeric_limits<double>::infinity()) == "null");
}

TEST_CASE("json_writer: empty objects and arrays are written as {} and []") {
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

TEST_CASE("json_writer: numbers keep a decimal point, integers do not") {
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

TEST_CASE("json_writer: a JSON value is written as a pretty printer writes it") {
    Json value;
    value["text"] = "tab\there, \"quoted\", 日本語";
    value["empty_object"] = Json::object();
    value["empty_array"] = Json::array();
    value["list"] = Json::array({1, -2, 2.5, 3.0, true, nullptr, "x"});
    value["unsigned"] = std::size_t{100000};
    value["nested"]["deeper"]["key \"with\" quotes"] = Json::array({Json::object()});
    CHECK(handover::json_document(value) == value.dump(2) + "\n");
}
