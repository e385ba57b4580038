// The `done` editor must change only the entries it is asked to change. Most checks compare
// the whole edited text with the text expected byte for byte.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "handover/input/input.hpp"
#include "handover/progress/done_edit.hpp"

namespace {

using handover::DoneChange;
using handover::edit_done;

handover::Day day(const char* iso) {
    return *handover::parse_iso_date(iso);
}

std::string record(std::string_view text, const char* id, const char* date) {
    const std::vector<DoneChange> changes{{id, day(date)}};
    return edit_done(text, changes);
}

std::string undo(std::string_view text, const char* id) {
    const std::vector<DoneChange> changes{{id, std::nullopt}};
    return edit_done(text, changes);
}

/// The `done` map as a JSON parser reads it (comments allowed, like the input reader).
std::map<std::string, std::string> done_of(const std::string& text) {
    const auto json = nlohmann::json::parse(text, nullptr, true, true);
    std::map<std::string, std::string> out;
    if (!json.contains("done")) return out;
    for (const auto& [key, value] : json.at("done").items()) out[key] = value.get<std::string>();
    return out;
}

const std::string k_multiline =
    "{\n"
    "  // my handover\n"
    "  \"version\": 1,\n"
    "  \"last_day\": \"2026-12-25\",\n"
    "  \"done\": {\n"
    "    \"consult-manager\": \"2026-11-27\", // told Tanaka\n"
    "    \"decide-timing\": \"2026-11-28\"\n"
    "  },\n"
    "  \"clients\": []\n"
    "}\n";

}  // namespace

TEST_CASE("done_edit: a new entry goes after the last one, in its style") {
    const std::string out = record(k_multiline, "acme/notify", "2026-12-01");
    CHECK(out ==
          "{\n"
          "  // my handover\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"done\": {\n"
          "    \"consult-manager\": \"2026-11-27\", // told Tanaka\n"
          "    \"decide-timing\": \"2026-11-28\",\n"
          "    \"acme/notify\": \"2026-12-01\"\n"
          "  },\n"
          "  \"clients\": []\n"
          "}\n");
    CHECK(done_of(out) == std::map<std::string, std::string>{{"consult-manager", "2026-11-27"},
                                                             {"decide-timing", "2026-11-28"},
                                                             {"acme/notify", "2026-12-01"}});
}

TEST_CASE("done_edit: recording a recorded id replaces only its date") {
    const std::string out = record(k_multiline, "consult-manager", "2026-11-26");
    std::string expected = k_multiline;
    expected.replace(expected.find("2026-11-27"), 10, "2026-11-26");
    CHECK(out == expected);
}

TEST_CASE("done_edit: recording the same date again changes nothing") {
    CHECK(record(k_multiline, "decide-timing", "2026-11-28") == k_multiline);
}

TEST_CASE("done_edit: a comment after the last entry stays on its line") {
    const std::string text =
        "{\n"
        "  \"done\": {\n"
        "    \"a\": \"2026-11-01\" // first\n"
        "    /* more to come */\n"
        "  }\n"
        "}\n";
    CHECK(record(text, "b", "2026-11-02") ==
          "{\n"
          "  \"done\": {\n"
          "    \"a\": \"2026-11-01\", // first\n"
          "    \"b\": \"2026-11-02\"\n"
          "    /* more to come */\n"
          "  }\n"
          "}\n");
}

TEST_CASE("done_edit: CRLF line endings are kept, and used for new lines") {
    const std::string text =
        "{\r\n"
        "  \"version\": 1,\r\n"
        "  \"done\": {\r\n"
        "    \"a\": \"2026-11-01\"\r\n"
        "  }\r\n"
        "}\r\n";
    const std::string added = record(text, "b", "2026-11-02");
    CHECK(added ==
          "{\r\n"
          "  \"version\": 1,\r\n"
          "  \"done\": {\r\n"
          "    \"a\": \"2026-11-01\",\r\n"
          "    \"b\": \"2026-11-02\"\r\n"
          "  }\r\n"
          "}\r\n");
    CHECK(undo(added, "b") == text);

    const std::string no_done = "{\r\n  \"version\": 1\r\n}\r\n";
    CHECK(record(no_done, "a", "2026-11-01") ==
          "{\r\n"
          "  \"version\": 1,\r\n"
          "  \"done\": {\r\n"
          "    \"a\": \"2026-11-01\"\r\n"
          "  }\r\n"
          "}\r\n");
}

TEST_CASE("done_edit: tab indentation is kept") {
    const std::string text =
        "{\n\t\"version\": 1,\n\t\"done\": {\n\t\t\"a\": \"2026-11-01\"\n\t}\n}";
    CHECK(record(text, "b", "2026-11-02") ==
          "{\n\t\"version\": 1,\n\t\"done\": {\n\t\t\"a\": \"2026-11-01\",\n\t\t\"b\": "
          "\"2026-11-02\"\n\t}\n}");
    const std::string empty = "{\n\t\"version\": 1,\n\t\"done\": {}\n}";
    CHECK(record(empty, "a", "2026-11-01") ==
          "{\n\t\"version\": 1,\n\t\"done\": {\n\t\t\"a\": \"2026-11-01\"\n\t}\n}");
    const std::string none = "{\n\t\"version\": 1\n}";
    CHECK(record(none, "a", "2026-11-01") ==
          "{\n\t\"version\": 1,\n\t\"done\": {\n\t\t\"a\": \"2026-11-01\"\n\t}\n}");
}

TEST_CASE("done_edit: unusual spacing is copied, not normalised") {
    const std::string text =
        "{\"version\":1 , \"done\" :{ \"a\" : \"2026-11-01\" ,\"b\":\"2026-11-02\"}}";
    CHECK(record(text, "c", "2026-11-03") ==
          "{\"version\":1 , \"done\" :{ \"a\" : \"2026-11-01\" ,\"b\":\"2026-11-02\",\"c\":"
          "\"2026-11-03\"}}");
    const std::string spaced = "{ \"done\": { \"a\": \"2026-11-01\", \"b\": \"2026-11-02\" } }";
    CHECK(record(spaced, "c", "2026-11-03") ==
          "{ \"done\": { \"a\": \"2026-11-01\", \"b\": \"2026-11-02\", \"c\": \"2026-11-03\" } }");
    const std::string wide = "{\n    \"version\" : 1,\n    \"done\" : {\n    }\n}\n";
    CHECK(record(wide, "a", "2026-11-01") ==
          "{\n    \"version\" : 1,\n    \"done\" : {\n        \"a\" : \"2026-11-01\"\n    }\n}\n");
}

TEST_CASE("done_edit: \"done\" inside strings and comments is not the key") {
    const std::string text =
        "{\n"
        "  \"me\": { \"name\": \"\\\"done\\\": {} } // not a comment\" },\n"
        "  // \"done\": { \"x\": \"2026-01-01\" }\n"
        "  /* \"done\": {\n"
        "     } */\n"
        "  \"notes\": [\"done\", {\"done\": {}}],\n"
        "  \"policy\": { \"done\": { \"nested\": \"2026-01-01\" } },\n"
        "  \"done\": { \"real\": \"2026-11-01\" }\n"
        "}\n";
    const std::string out = record(text, "b", "2026-11-02");
    std::string expected = text;
    expected.replace(expected.find("\"2026-11-01\" }"), 14,
                     "\"2026-11-01\", \"b\": \"2026-11-02\" }");
    CHECK(out == expected);
    CHECK(done_of(out) ==
          std::map<std::string, std::string>{{"real", "2026-11-01"}, {"b", "2026-11-02"}});
    CHECK(undo(out, "real") ==
          "{\n"
          "  \"me\": { \"name\": \"\\\"done\\\": {} } // not a comment\" },\n"
          "  // \"done\": { \"x\": \"2026-01-01\" }\n"
          "  /* \"done\": {\n"
          "     } */\n"
          "  \"notes\": [\"done\", {\"done\": {}}],\n"
          "  \"policy\": { \"done\": { \"nested\": \"2026-01-01\" } },\n"
          "  \"done\": { \"b\": \"2026-11-02\" }\n"
          "}\n");
}

TEST_CASE("done_edit: a nested object named done is not the progress record") {
    const std::string text = "{\n  \"policy\": { \"done\": {} },\n  \"version\": 1\n}\n";
    CHECK(record(text, "a", "2026-11-01") ==
          "{\n  \"policy\": { \"done\": {} },\n  \"version\": 1,\n  \"done\": {\n    \"a\": "
          "\"2026-11-01\"\n  }\n}\n");
}

TEST_CASE("done_edit: an empty done object") {
    SECTION("{ } in a file laid out over lines becomes one entry per line") {
        const std::string text = "{\n  \"version\": 1,\n  \"done\": { }\n}\n";
        CHECK(record(text, "a", "2026-11-01") ==
              "{\n  \"version\": 1,\n  \"done\": {\n    \"a\": \"2026-11-01\"\n  }\n}\n");
    }
    SECTION("in a one-line file it stays on one line") {
        CHECK(record("{\"version\":1,\"done\":{}}", "a", "2026-11-01") ==
              "{\"version\":1,\"done\":{\"a\":\"2026-11-01\"}}");
        CHECK(record("{ \"version\": 1, \"done\": { } }", "a", "2026-11-01") ==
              "{ \"version\": 1, \"done\": { \"a\": \"2026-11-01\" } }");
    }
    SECTION("a comment inside stays, the entry goes after it") {
        const std::string text = "{\n  \"done\": { // nothing yet\n  }\n}\n";
        CHECK(record(text, "a", "2026-11-01") ==
              "{\n  \"done\": { // nothing yet\n    \"a\": \"2026-11-01\"\n  }\n}\n");
        CHECK(record("{\"done\": { /* none */ }}", "a", "2026-11-01") ==
              "{\"done\": { /* none */ \"a\": \"2026-11-01\" }}");
    }
}

TEST_CASE("done_edit: no done key adds one before the final brace") {
    SECTION("after the last member, indented like it") {
        const std::string text = "{\n  \"version\": 1,\n  \"clients\": []\n}\n";
        CHECK(record(text, "a", "2026-11-01") ==
              "{\n  \"version\": 1,\n  \"clients\": [],\n  \"done\": {\n    \"a\": "
              "\"2026-11-01\"\n  }\n}\n");
    }
    SECTION("a comment after the last member stays with it") {
        const std::string text = "{\n  \"version\": 1 // format\n  // the end\n}";
        CHECK(record(text, "a", "2026-11-01") ==
              "{\n  \"version\": 1, // format\n  \"done\": {\n    \"a\": \"2026-11-01\"\n  }\n  "
              "// the end\n}");
    }
    SECTION("a comment before the last member on its line") {
        const std::string text = "{\n  \"version\": 1,\n  /* who */ \"clients\": []\n}\n";
        CHECK(record(text, "a", "2026-11-01") ==
              "{\n  \"version\": 1,\n  /* who */ \"clients\": [],\n  \"done\": {\n    \"a\": "
              "\"2026-11-01\"\n  }\n}\n");
    }
    SECTION("a closing brace on the last member's line") {
        const std::string text = "{\n  \"version\": 1,\n  \"clients\": [\n  ]}";
        CHECK(record(text, "a", "2026-11-01") ==
              "{\n  \"version\": 1,\n  \"clients\": [\n  ],\n  \"done\": {\n    \"a\": "
              "\"2026-11-01\"\n  }}");
    }
    SECTION("one-line file") {
        CHECK(record("{\"version\": 1}", "a", "2026-11-01") ==
              "{\"version\": 1,\"done\": {\"a\": \"2026-11-01\"}}");
    }
}

TEST_CASE("done_edit: done as the first or the last key") {
    const std::string first =
        "{\n  \"done\": {\n    \"a\": \"2026-11-01\"\n  },\n  \"version\": 1\n}\n";
    CHECK(record(first, "b", "2026-11-02") ==
          "{\n  \"done\": {\n    \"a\": \"2026-11-01\",\n    \"b\": \"2026-11-02\"\n  },\n  "
          "\"version\": 1\n}\n");
    CHECK(undo(first, "a") == "{\n  \"done\": {\n  },\n  \"version\": 1\n}\n");

    const std::string last =
        "{\n  \"version\": 1,\n  \"done\": {\n    \"a\": \"2026-11-01\"\n  }\n}";
    CHECK(record(last, "b", "2026-11-02") ==
          "{\n  \"version\": 1,\n  \"done\": {\n    \"a\": \"2026-11-01\",\n    \"b\": "
          "\"2026-11-02\"\n  }\n}");
}

TEST_CASE("done_edit: removing entries") {
    const std::string text =
        "{\n"
        "  \"done\": {\n"
        "    \"a\": \"2026-11-01\", // first\n"
        "    \"b\": \"2026-11-02\",\n"
        "    \"c\": \"2026-11-03\"\n"
        "  }\n"
        "}\n";
    SECTION("a middle entry takes its line") {
        CHECK(undo(text, "b") ==
              "{\n  \"done\": {\n    \"a\": \"2026-11-01\", // first\n    \"c\": \"2026-11-03\"\n  "
              "}\n}\n");
    }
    SECTION("the last entry takes the comma before it") {
        CHECK(undo(text, "c") ==
              "{\n  \"done\": {\n    \"a\": \"2026-11-01\", // first\n    \"b\": \"2026-11-02\"\n  "
              "}\n}\n");
    }
    SECTION("a comment on the removed entry's line is kept") {
        CHECK(undo(text, "a") ==
              "{\n  \"done\": {\n    // first\n    \"b\": \"2026-11-02\",\n    \"c\": "
              "\"2026-11-03\"\n  }\n}\n");
    }
    SECTION("all of them, one after the other") {
        const std::vector<DoneChange> all{
            {"a", std::nullopt}, {"b", std::nullopt}, {"c", std::nullopt}};
        CHECK(edit_done(text, all) == "{\n  \"done\": {\n    // first\n  }\n}\n");
    }
    SECTION("an id that is not recorded changes nothing") {
        CHECK(undo(text, "zzz") == text);
        CHECK(undo("{\"version\": 1}", "a") == "{\"version\": 1}");
    }
    SECTION("inline") {
        const std::string inline_text =
            "{ \"done\": { \"a\": \"2026-11-01\", \"b\": \"2026-11-02\" } }";
        CHECK(undo(inline_text, "a") == "{ \"done\": { \"b\": \"2026-11-02\" } }");
        CHECK(undo(inline_text, "b") == "{ \"done\": { \"a\": \"2026-11-01\" } }");
        CHECK(undo(undo(inline_text, "b"), "a") == "{ \"done\": { } }");
        CHECK(undo("{\"done\":{\"a\":\"2026-11-01\"}}", "a") == "{\"done\":{}}");
    }
    SECTION("recording and taking back returns the same bytes") {
        CHECK(undo(record(text, "d", "2026-11-04"), "d") == text);
        CHECK(undo(record(k_multiline, "x/y", "2026-11-04"), "x/y") == k_multiline);
    }
}

TEST_CASE("done_edit: several changes apply in order") {
    const std::vector<DoneChange> changes{{"acme/notify", day("2026-12-01")},
                                          {"decide-timing", std::nullopt},
                                          {"acme/introduce", day("2026-12-02")},
                                          {"acme/notify", day("2026-12-03")}};
    const std::string out = edit_done(k_multiline, changes);
    CHECK(done_of(out) == std::map<std::string, std::string>{{"consult-manager", "2026-11-27"},
                                                             {"acme/notify", "2026-12-03"},
                                                             {"acme/introduce", "2026-12-02"}});
    CHECK(out.substr(0, out.find("\"done\"")) ==
          k_multiline.substr(0, k_multiline.find("\"done\"")));
    CHECK(out.ends_with("  },\n  \"clients\": []\n}\n"));
}

TEST_CASE("done_edit: escaped keys are matched as the parser reads them") {
    const std::string text = "{\"d\\u006fne\": {\"acme\\/notify\": \"2026-11-01\"}}";
    CHECK(record(text, "acme/notify", "2026-11-02") ==
          "{\"d\\u006fne\": {\"acme\\/notify\": \"2026-11-02\"}}");
    CHECK(undo(text, "acme/notify") == "{\"d\\u006fne\": {}}");
}

TEST_CASE("done_edit: a byte order mark and odd strings survive") {
    const std::string text = "\xEF\xBB\xBF{\n  \"notes\": \"} // /* \\\" {\",\n  \"done\": {}\n}\n";
    CHECK(record(text, "a", "2026-11-01") ==
          "\xEF\xBB\xBF{\n  \"notes\": \"} // /* \\\" {\",\n  \"done\": {\n    \"a\": "
          "\"2026-11-01\"\n  }\n}\n");
}

TEST_CASE("done_edit: a line comment ends at a lone CR, as the parser ends it") {
    // Old Mac line endings: nlohmann ends `//` at CR or LF, so what follows the CR is JSON.
    const std::string key_after = "{\"version\":1,\"last_day\"//\r:\"2026-12-25\",\"clients\":[]}";
    const std::string added = record(key_after, "a", "2026-11-01");
    CHECK(added ==
          "{\"version\":1,\"last_day\"//\r:\"2026-12-25\",\"clients\":[],"
          "\"done\":{\"a\":\"2026-11-01\"}}");
    CHECK(done_of(added) == std::map<std::string, std::string>{{"a", "2026-11-01"}});

    // A done object after such a comment is the one edited, not a reason to add another.
    const std::string done_after = "{\"version\": 1, // note\r\"done\": {\"a\": \"2026-11-01\"}}";
    CHECK(record(done_after, "b", "2026-11-02") ==
          "{\"version\": 1, // note\r\"done\": {\"a\": \"2026-11-01\",\"b\": \"2026-11-02\"}}");
    CHECK(undo(done_after, "a") == "{\"version\": 1, // note\r\"done\": {}}");

    // A comment after the last member ends at its CR: the new member must not go after a
    // later LF, which lies past the closing brace.
    const std::string brace_after = "{\n  \"version\": 1 // note\r}\n";
    const std::string appended = record(brace_after, "a", "2026-11-01");
    CHECK(appended ==
          "{\n  \"version\": 1,\n  \"done\": {\n    \"a\": \"2026-11-01\"\n  } // note\r}\n");
    CHECK(done_of(appended) == std::map<std::string, std::string>{{"a", "2026-11-01"}});
}

TEST_CASE("done_edit: comments and blanks are read as the parser reads them") {
    // Edge cases of the lexer: `/*/` does not close a comment, `/**/` and `/***/` do, a
    // `//` runs to the end of the text, and tabs, CR and LF are whitespace anywhere.
    const std::vector<std::string> texts{
        "{\"version\": 1 /*/ \"done\": {\"x\": \"2026-11-09\"} */}",
        "{/**/\"version\": 1/***/,/**/\"done\"/**/:/**/{/**/}/**/}",
        "{\"done\": {}}// \"done\": {\"x\": \"2026-11-09\"}",
        "{\t\"done\"\r:\n{\r\n}\t}\r",
        "{\"version\": 1 /* \"done\": {} \r */ , \"done\" : {\"b\": \"2026-11-03\"} }",
    };
    for (const std::string& text : texts) {
        INFO(text);
        std::map<std::string, std::string> expected = done_of(text);
        const std::string added = record(text, "a", "2026-11-01");
        expected["a"] = "2026-11-01";
        INFO(added);
        CHECK(done_of(added) == expected);
        expected.erase("a");
        CHECK(done_of(undo(added, "a")) == expected);
    }
}

TEST_CASE("done_edit: text that is no input is refused") {
    CHECK_THROWS_AS(record("[1, 2]", "a", "2026-11-01"), handover::DoneEditError);
    CHECK_THROWS_AS(record("{\"done\": []}", "a", "2026-11-01"), handover::DoneEditError);
    CHECK_THROWS_AS(record("{\"done\": {\"a\": }", "a", "2026-11-01"), handover::DoneEditError);
    CHECK_THROWS_AS(record("{\"x\": \"unterminated}", "a", "2026-11-01"), handover::DoneEditError);
    CHECK_THROWS_AS(record("{ /* open", "a", "2026-11-01"), handover::DoneEditError);
}

TEST_CASE("done_edit: the edited example re-parses to exactly the intended done map") {
    std::ifstream file(HANDOVER_SOURCE_DIR "/examples/ja-closing-deal.json", std::ios::binary);
    std::stringstream buffer;
    buffer << file.rdbuf();
    const std::string text = buffer.str();
    REQUIRE(!text.empty());
    const auto today = day("2026-12-02");
    const std::vector<DoneChange> changes{{"consult-manager", day("2026-11-20")},
                                          {"decide-timing", day("2026-11-24")},
                                          {"acme/notify", day("2026-12-02")}};
    const std::string out = edit_done(text, changes);
    const handover::Input input = handover::parse_input(out, "example", today);
    CHECK(input.done == handover::DoneDates{{"consult-manager", day("2026-11-20")},
                                            {"decide-timing", day("2026-11-24")},
                                            {"acme/notify", day("2026-12-02")}});
    // Everything before and after the done object is the same bytes.
    const std::size_t key = text.find("\"done\"");
    CHECK(out.substr(0, key) == text.substr(0, key));
    CHECK(out.ends_with("\n  }\n}\n"));

    const std::vector<DoneChange> back{{"decide-timing", std::nullopt}};
    const handover::Input after_undo =
        handover::parse_input(edit_done(out, back), "example", today);
    CHECK(after_undo.done == handover::DoneDates{{"consult-manager", day("2026-11-20")},
                                                 {"acme/notify", day("2026-12-02")}});
}

namespace {

/// Input files in many layouts: indentation, line endings, colon spacing, one line or many,
/// comments between and after members and inside `done`, `done` absent or anywhere.
struct Generated {
    std::string text;
    std::map<std::string, std::string> done;
    std::vector<std::string> comments;  ///< each occurs once and must survive every edit
};

Generated generate(std::mt19937& random) {
    const auto pick = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };
    // A lone CR (old Mac files) ends a line, and a `//` comment, as LF and CRLF do.
    const std::string eol = std::vector<std::string>{"\n", "\r\n", "\r"}[pick(3)];
    const std::string unit = std::vector<std::string>{"  ", "    ", "\t"}[pick(3)];
    const std::string colon = std::vector<std::string>{": ", ":", " : "}[pick(3)];
    const bool multiline = pick(4) != 0;
    const bool done_inline = !multiline || pick(3) == 0;
    Generated g;
    const auto comment = [&](bool line) {
        const std::string marker = fmt::format("c{}", g.comments.size());
        g.comments.push_back(marker);
        return line && multiline ? "// " + marker : "/* " + marker + " */";
    };

    const int done_at = pick(6);  // 4 or 5: no done key
    std::vector<std::string> ids{"consult-manager", "decide-timing", "acme/notify"};
    std::string done = "{";
    const int entries = done_at < 4 ? pick(4) : 0;
    for (int i = 0; i < entries; ++i) {
        const std::string date = fmt::format("2026-11-0{}", i + 1);
        g.done[ids[static_cast<std::size_t>(i % 3)]] = date;
        if (i == 3) break;
        const std::string entry =
            fmt::format("\"{}\"{}\"{}\"", ids[static_cast<std::size_t>(i)], colon, date);
        if (done_inline) {
            done += (i == 0 ? " " : ", ") + entry;
        } else {
            done += eol + unit + unit + entry + (i + 1 < std::min(entries, 3) ? "," : "");
            if (pick(2) == 0) done += " " + comment(true);
        }
    }
    if (done_at < 4 && !done_inline && pick(2) == 0) done += eol + unit + unit + comment(true);
    done += done_inline ? (entries > 0 ? " }" : (pick(2) == 0 ? "{}" : " }")) : eol + unit + "}";
    if (done == "{{}") done = "{}";
    // The fourth entry would duplicate the first id; keep the map true to the text.
    if (entries == 4) g.done["consult-manager"] = "2026-11-01";

    std::vector<std::string> members{
        fmt::format("\"version\"{}1", colon),
        fmt::format("\"me\"{}{{ \"name\": \"done // not /* a comment\" }}", colon),
        fmt::format("\"policy\"{}{{ \"done\": {{}} }}", colon),
        fmt::format("\"last_day\"{}\"2026-12-25\"", colon)};
    if (done_at < 4) {
        members.insert(members.begin() + done_at, fmt::format("\"done\"{}{}", colon, done));
    } else {
        g.done.clear();
    }

    g.text = comment(false) + eol + "{";
    for (std::size_t i = 0; i < members.size(); ++i) {
        g.text += multiline ? eol + unit : " ";
        if (pick(3) == 0) g.text += comment(false) + " ";
        g.text += members[i];
        if (i + 1 < members.size()) g.text += ",";
        if (multiline && pick(3) == 0) g.text += " " + comment(true);
    }
    g.text += multiline ? eol + "}" + eol : " }";
    return g;
}

}  // namespace

TEST_CASE("done_edit: in any layout, edits read back as intended and keep every comment") {
    std::mt19937 random(20261127);
    const std::vector<std::string> pool{"consult-manager", "decide-timing", "acme/notify",
                                        "acme/introduce", "weekly-review/2026-W49"};
    for (int round = 0; round < 400; ++round) {
        Generated g = generate(random);
        INFO(g.text);
        REQUIRE(done_of(g.text) == g.done);
        std::string text = g.text;
        for (int step = 0; step < 6; ++step) {
            const std::string& id = pool[random() % pool.size()];
            if (random() % 3 == 0) {
                text = undo(text, id.c_str());
                g.done.erase(id);
            } else {
                const std::string date = fmt::format("2026-11-{:02}", 10 + random() % 20);
                text = record(text, id.c_str(), date.c_str());
                g.done[id] = date;
            }
            INFO(text);
            REQUIRE(done_of(text) == g.done);
            for (const auto& marker : g.comments) {
                CHECK(text.find(marker) != std::string::npos);
            }
            // Line endings stay those of the file.
            const bool crlf = g.text.find("\r\n") != std::string::npos;
            for (std::size_t at = text.find('\n'); at != std::string::npos;
                 at = text.find('\n', at + 1)) {
                REQUIRE((at > 0 && text[at - 1] == '\r') == crlf);
            }
        }
    }
}
