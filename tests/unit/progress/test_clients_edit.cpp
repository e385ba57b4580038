// The `clients` editor (for `import --into`) must change only the values it sets and add
// only the members and clients it is given, in the file's own layout. Most checks compare
// the whole edited text with the text expected byte for byte.
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/input/input.hpp"
#include "handover/progress/clients_edit.hpp"
#include "handover/progress/done_edit.hpp"

namespace {

using handover::ClientsEdit;
using handover::ClientUpdate;
using handover::edit_clients;
using handover::MemberText;
using nlohmann::json;

json parsed(const std::string& text) {
    return json::parse(text, nullptr, true, true);
}

std::string read_file(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    REQUIRE(file);
    std::ostringstream out;
    out << file.rdbuf();
    return out.str();
}

/// parse_input accepts the text (it throws InputError otherwise).
void require_valid(const std::string& text) {
    INFO(text);
    try {
        handover::parse_input(text, "clients.json");
    } catch (const handover::InputError& e) {
        FAIL(e.describe(handover::Lang::en));
    }
}

const std::string k_file =
    "{\n"
    "  // my clients\n"
    "  \"version\": 1,\n"
    "  \"me\": { \"name\": \"Sam\" },\n"
    "  \"last_day\": \"2026-12-25\",\n"
    "  \"clients\": [\n"
    "    {\n"
    "      \"id\": \"acme\", \"name\": \"Acme\",\n"
    "      \"stage\": \"closing\", \"expected_close\": \"2026-12-03\",\n"
    "      \"value\": 1200 // yen\n"
    "    },\n"
    "    {\n"
    "      \"id\": \"hoshino\", \"stage\": \"active\",\n"
    "      \"name\": \"Hoshino\"\n"
    "    }\n"
    "  ],\n"
    "  \"done\": {}\n"
    "}\n";

}  // namespace

TEST_CASE("clients_edit: an existing member gets its value replaced in place") {
    ClientsEdit edit;
    edit.updates.push_back({0, {{"value", "5000"}, {"name", "\"Acme Corp\""}}});
    const std::string out = edit_clients(k_file, edit);
    std::string expected = k_file;
    expected.replace(expected.find("1200"), 4, "5000");
    expected.replace(expected.find("\"Acme\""), 6, "\"Acme Corp\"");
    CHECK(out == expected);
    require_valid(out);
}

TEST_CASE("clients_edit: a missing member goes after the last one, before its comment") {
    ClientsEdit edit;
    edit.updates.push_back({0, {{"contact", "\"Ann\""}, {"relationship", "\"strong\""}}});
    edit.updates.push_back({1, {{"decision_maker", "\"Mr Hoshino\""}}});
    const std::string out = edit_clients(k_file, edit);
    std::string expected = k_file;
    expected.replace(expected.find("      \"value\": 1200 // yen\n"),
                     std::string("      \"value\": 1200 // yen\n").size(),
                     "      \"value\": 1200, // yen\n"
                     "      \"contact\": \"Ann\",\n"
                     "      \"relationship\": \"strong\"\n");
    expected.replace(expected.find("      \"name\": \"Hoshino\"\n"),
                     std::string("      \"name\": \"Hoshino\"\n").size(),
                     "      \"name\": \"Hoshino\",\n"
                     "      \"decision_maker\": \"Mr Hoshino\"\n");
    CHECK(out == expected);
    require_valid(out);
}

TEST_CASE("clients_edit: replacing the last value and adding after it in one edit") {
    ClientsEdit edit;
    edit.updates.push_back({1, {{"name", "\"Hoshino Works\""}, {"contact", "\"Hana\""}}});
    const std::string out = edit_clients(k_file, edit);
    std::string expected = k_file;
    expected.replace(expected.find("      \"name\": \"Hoshino\"\n"),
                     std::string("      \"name\": \"Hoshino\"\n").size(),
                     "      \"name\": \"Hoshino Works\",\n"
                     "      \"contact\": \"Hana\"\n");
    CHECK(out == expected);
}

TEST_CASE("clients_edit: a key set twice keeps its last value; updates of one client merge") {
    ClientsEdit edit;
    edit.updates.push_back({1, {{"contact", "\"A\""}, {"contact", "\"B\""}}});
    edit.updates.push_back({1, {{"contact", "\"C\""}}});
    const std::string out = edit_clients(k_file, edit);
    CHECK(parsed(out)["clients"][1]["contact"] == "C");
    CHECK(out.find("\"contact\"") == out.rfind("\"contact\""));
}

TEST_CASE("clients_edit: a new client is laid out like the last one") {
    ClientsEdit edit;
    edit.added.push_back(
        {{"id", "\"kita\""}, {"stage", "\"active\""}, {"name", "\"Kita\""}, {"value", "8000"}});
    const std::string out = edit_clients(k_file, edit);
    std::string expected = k_file;
    expected.replace(expected.find("    }\n  ],"), std::string("    }\n  ],").size(),
                     "    },\n"
                     "    {\n"
                     "      \"id\": \"kita\",\n"
                     "      \"stage\": \"active\",\n"
                     "      \"name\": \"Kita\",\n"
                     "      \"value\": 8000\n"
                     "    }\n"
                     "  ],");
    CHECK(out == expected);
    require_valid(out);
}

TEST_CASE("clients_edit: update and addition in one edit") {
    ClientsEdit edit;
    edit.updates.push_back({0, {{"stage", "\"negotiation\""}}});
    edit.added.push_back({{"id", "\"kita\""}, {"stage", "\"active\""}, {"name", "\"Kita\""}});
    edit.added.push_back({{"id", "\"nishi\""}, {"stage", "\"active\""}, {"name", "\"Nishi\""}});
    const std::string out = edit_clients(k_file, edit);
    std::string expected = k_file;
    expected.replace(expected.find("\"closing\""), 9, "\"negotiation\"");
    expected.replace(expected.find("    }\n  ],"), std::string("    }\n  ],").size(),
                     "    },\n"
                     "    {\n"
                     "      \"id\": \"kita\",\n"
                     "      \"stage\": \"active\",\n"
                     "      \"name\": \"Kita\"\n"
                     "    },\n"
                     "    {\n"
                     "      \"id\": \"nishi\",\n"
                     "      \"stage\": \"active\",\n"
                     "      \"name\": \"Nishi\"\n"
                     "    }\n"
                     "  ],");
    CHECK(out == expected);
    require_valid(out);
}

TEST_CASE("clients_edit: inline clients stay inline") {
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [\n"
        "    { \"id\": \"a\", \"stage\": \"active\", \"name\": \"A\" },\n"
        "    { \"id\": \"b\", \"stage\": \"active\", \"name\": \"B\" } // the newest\n"
        "  ]\n"
        "}\n";
    ClientsEdit edit;
    edit.updates.push_back({0, {{"name", "\"Alpha\""}, {"value", "10"}}});
    edit.added.push_back({{"id", "\"c\""}, {"stage", "\"active\""}, {"name", "\"C\""}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [\n"
          "    { \"id\": \"a\", \"stage\": \"active\", \"name\": \"Alpha\", \"value\": 10 },\n"
          "    { \"id\": \"b\", \"stage\": \"active\", \"name\": \"B\" }, // the newest\n"
          "    { \"id\": \"c\", \"stage\": \"active\", \"name\": \"C\" }\n"
          "  ]\n"
          "}\n");
    require_valid(out);
}

TEST_CASE("clients_edit: compact one-line clients and arrays keep their spacing") {
    SECTION("no spaces") {
        const std::string text =
            R"({"version":1,"last_day":"2026-12-25","clients":[{"id":"a","stage":"active","name":"A"},{"id":"b","stage":"active","name":"B"}]})";
        ClientsEdit edit;
        edit.updates.push_back({1, {{"value", "3"}}});
        edit.added.push_back({{"id", "\"c\""}, {"stage", "\"active\""}, {"name", "\"C\""}});
        const std::string out = edit_clients(text, edit);
        CHECK(
            out ==
            R"({"version":1,"last_day":"2026-12-25","clients":[{"id":"a","stage":"active","name":"A"},{"id":"b","stage":"active","name":"B","value":3},{"id":"c","stage":"active","name":"C"}]})");
        require_valid(out);
    }
    SECTION("one client, spaced") {
        const std::string text =
            R"({ "version": 1, "last_day": "2026-12-25", "clients": [{ "id": "a", "stage": "active", "name": "A" }] })";
        ClientsEdit edit;
        edit.added.push_back({{"id", "\"c\""}, {"stage", "\"active\""}, {"name", "\"C\""}});
        const std::string out = edit_clients(text, edit);
        CHECK(
            out ==
            R"({ "version": 1, "last_day": "2026-12-25", "clients": [{ "id": "a", "stage": "active", "name": "A" }, { "id": "c", "stage": "active", "name": "C" }] })");
        require_valid(out);
    }
}

TEST_CASE("clients_edit: a comment on the last line inside the array stays last") {
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [\n"
        "    {\n"
        "      \"id\": \"a\",\n"
        "      \"stage\": \"active\",\n"
        "      \"name\": \"A\"\n"
        "    }\n"
        "    // more to come\n"
        "  ]\n"
        "}\n";
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"b\""}, {"stage", "\"active\""}, {"name", "\"B\""}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [\n"
          "    {\n"
          "      \"id\": \"a\",\n"
          "      \"stage\": \"active\",\n"
          "      \"name\": \"A\"\n"
          "    },\n"
          "    {\n"
          "      \"id\": \"b\",\n"
          "      \"stage\": \"active\",\n"
          "      \"name\": \"B\"\n"
          "    }\n"
          "    // more to come\n"
          "  ]\n"
          "}\n");
    require_valid(out);
}

TEST_CASE("clients_edit: a comment after the last client's brace stays on its line") {
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [\n"
        "    {\n"
        "      \"id\": \"a\", \"stage\": \"active\", \"name\": \"A\"\n"
        "    } /* newest */\n"
        "  ]\n"
        "}\n";
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"b\""}, {"stage", "\"active\""}, {"name", "\"B\""}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [\n"
          "    {\n"
          "      \"id\": \"a\", \"stage\": \"active\", \"name\": \"A\"\n"
          "    }, /* newest */\n"
          "    {\n"
          "      \"id\": \"b\",\n"
          "      \"stage\": \"active\",\n"
          "      \"name\": \"B\"\n"
          "    }\n"
          "  ]\n"
          "}\n");
    require_valid(out);
}

TEST_CASE("clients_edit: an empty array gets one member per line") {
    const std::string expected =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [\n"
        "    {\n"
        "      \"id\": \"a\",\n"
        "      \"stage\": \"active\",\n"
        "      \"name\": \"A\"\n"
        "    },\n"
        "    {\n"
        "      \"id\": \"b\",\n"
        "      \"stage\": \"active\",\n"
        "      \"name\": \"B\"\n"
        "    }\n"
        "  ]\n"
        "}\n";
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"a\""}, {"stage", "\"active\""}, {"name", "\"A\""}});
    edit.added.push_back({{"id", "\"b\""}, {"stage", "\"active\""}, {"name", "\"B\""}});
    for (const std::string inside : {"", " ", "\n  "}) {
        const std::string text =
            "{\n  \"version\": 1,\n  \"last_day\": \"2026-12-25\",\n"
            "  \"clients\": [" +
            inside + "]\n}\n";
        CHECK(edit_clients(text, edit) == expected);
    }
    require_valid(expected);
}

TEST_CASE("clients_edit: an array with only a comment keeps it before the new clients") {
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [\n"
        "    // none yet\n"
        "  ]\n"
        "}\n";
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"a\""}, {"stage", "\"active\""}, {"name", "\"A\""}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [\n"
          "    // none yet\n"
          "    {\n"
          "      \"id\": \"a\",\n"
          "      \"stage\": \"active\",\n"
          "      \"name\": \"A\"\n"
          "    }\n"
          "  ]\n"
          "}\n");
    require_valid(out);
}

TEST_CASE("clients_edit: a comment alone on the line of the opening bracket stays there") {
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [ /* none yet */ ]\n"
        "}\n";
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"a\""}, {"name", "\"A\""}, {"stage", "\"active\""}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [ /* none yet */\n"
          "    {\n"
          "      \"id\": \"a\",\n"
          "      \"name\": \"A\",\n"
          "      \"stage\": \"active\"\n"
          "    }\n"
          "  ]\n"
          "}\n");
    require_valid(out);
}

TEST_CASE("clients_edit: clients that open on the line of the array keep that shape") {
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [{\n"
        "    \"id\": \"acme\", \"name\": \"Acme\",\n"
        "    \"stage\": \"active\"\n"
        "  }],\n"
        "  \"done\": {}\n"
        "}\n";
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"kita\""}, {"name", "\"Kita\""}, {"stage", "\"proposal\""}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [{\n"
          "    \"id\": \"acme\", \"name\": \"Acme\",\n"
          "    \"stage\": \"active\"\n"
          "  }, {\n"
          "    \"id\": \"kita\",\n"
          "    \"name\": \"Kita\",\n"
          "    \"stage\": \"proposal\"\n"
          "  }],\n"
          "  \"done\": {}\n"
          "}\n");
    require_valid(out);
}

TEST_CASE("clients_edit: a one-line file without clients gets them after its last member") {
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"a\""}, {"name", "\"A\""}, {"stage", "\"active\""}});
    const std::string out = edit_clients(R"({"version":1,"last_day":"2026-12-25"})", edit);
    CHECK(out ==
          "{\"version\":1,\"last_day\":\"2026-12-25\",\"clients\":[\n"
          "  {\n"
          "    \"id\":\"a\",\n"
          "    \"name\":\"A\",\n"
          "    \"stage\":\"active\"\n"
          "  }\n"
          "]}");
    require_valid(out);
}

TEST_CASE("clients_edit: without a clients key one is added as the last member") {
    const std::string text =
        "{\n"
        "\t\"version\": 1,\n"
        "\t\"last_day\": \"2026-12-25\" // the end\n"
        "}\n";
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"a\""}, {"stage", "\"active\""}, {"name", "\"A\""}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "\t\"version\": 1,\n"
          "\t\"last_day\": \"2026-12-25\", // the end\n"
          "\t\"clients\": [\n"
          "\t\t{\n"
          "\t\t\t\"id\": \"a\",\n"
          "\t\t\t\"stage\": \"active\",\n"
          "\t\t\t\"name\": \"A\"\n"
          "\t\t}\n"
          "\t]\n"
          "}\n");
    require_valid(out);
    SECTION("nothing to add changes nothing") {
        CHECK(edit_clients(text, ClientsEdit{}) == text);
    }
}

TEST_CASE("clients_edit: an empty file object gets a clients member") {
    ClientsEdit edit;
    edit.added.push_back({{"id", "\"a\""}, {"stage", "\"active\""}});
    CHECK(edit_clients("{}", edit) ==
          "{\n"
          "  \"clients\": [\n"
          "    {\n"
          "      \"id\": \"a\",\n"
          "      \"stage\": \"active\"\n"
          "    }\n"
          "  ]\n"
          "}");
}

TEST_CASE("clients_edit: a client written as {} gets its members") {
    const std::string text =
        "{\n"
        "  \"version\": 1,\n"
        "  \"last_day\": \"2026-12-25\",\n"
        "  \"clients\": [\n"
        "    {}\n"
        "  ]\n"
        "}\n";
    ClientsEdit edit;
    edit.updates.push_back({0, {{"id", "\"a\""}, {"stage", "\"active\""}, {"name", "\"A\""}}});
    const std::string out = edit_clients(text, edit);
    CHECK(out ==
          "{\n"
          "  \"version\": 1,\n"
          "  \"last_day\": \"2026-12-25\",\n"
          "  \"clients\": [\n"
          "    {\n"
          "      \"id\": \"a\",\n"
          "      \"stage\": \"active\",\n"
          "      \"name\": \"A\"\n"
          "    }\n"
          "  ]\n"
          "}\n");
    require_valid(out);
}

TEST_CASE("clients_edit: CRLF files stay CRLF, and the BOM stays") {
    std::string crlf;
    for (char c : k_file) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    ClientsEdit edit;
    edit.updates.push_back({0, {{"contact", "\"Ann\""}}});
    edit.added.push_back({{"id", "\"kita\""}, {"stage", "\"active\""}, {"name", "\"Kita\""}});
    const std::string lf_out = edit_clients(k_file, edit);
    std::string expected;
    for (char c : lf_out) {
        if (c == '\n') expected += '\r';
        expected += c;
    }
    CHECK(edit_clients(crlf, edit) == expected);
    CHECK(edit_clients("\xEF\xBB\xBF" + crlf, edit) == "\xEF\xBB\xBF" + expected);
    require_valid("\xEF\xBB\xBF" + expected);
}

TEST_CASE("clients_edit: what is not such a file, or an index out of range, is refused") {
    ClientsEdit edit;
    edit.updates.push_back({2, {{"name", "\"X\""}}});
    CHECK_THROWS_MATCHES(edit_clients(k_file, edit), handover::DoneEditError,
                         Catch::Message("cannot edit clients: no client at index 2 (the file "
                                        "has 2)"));
    CHECK_THROWS_MATCHES(
        edit_clients("{ \"version\": 1 }", edit), handover::DoneEditError,
        Catch::Message("cannot edit clients: no client at index 2 (the file has none)"));
    ClientsEdit first;
    first.updates.push_back({0, {{"name", "\"X\""}}});
    CHECK_THROWS_AS(edit_clients("{ \"clients\": [] }", first), handover::DoneEditError);
    CHECK_THROWS_AS(edit_clients("{ \"clients\": [1] }", first), handover::DoneEditError);
    CHECK_THROWS_AS(edit_clients("{ \"clients\": {} }", first), handover::DoneEditError);
    CHECK_THROWS_MATCHES(edit_clients("{ \"clients\": [{\"a\": } ] }", first),
                         handover::DoneEditError,
                         Catch::Message("cannot edit clients: expected a value at byte 20"));
    CHECK_THROWS_AS(edit_clients("[]", first), handover::DoneEditError);
    ClientsEdit add;
    add.added.push_back({{"id", "\"a\""}});
    CHECK_THROWS_AS(edit_clients("{ \"clients\": [\"a\"] }", add), handover::DoneEditError);
}

// ---- the examples ------------------------------------------------------------------------

namespace {

/// An independent locator (not the editor's scanner) of value spans in JSON with comments,
/// enough to say which bytes of an example an update may change.
class Locator {
  public:
    explicit Locator(std::string_view text) : text_(text) {}

    /// [begin, end) of the value of `key` in client `index`; begin == end when absent.
    std::pair<std::size_t, std::size_t> member_value(std::size_t index, const std::string& key) {
        std::size_t pos = blank(text_.starts_with("\xEF\xBB\xBF") ? 3 : 0);
        const auto clients = find_in_object(pos, "clients");
        REQUIRE(clients.first != clients.second);
        pos = blank(clients.first + 1);  // after `[`
        for (std::size_t i = 0; i < index; ++i) {
            pos = blank(value(pos));
            REQUIRE(text_[pos] == ',');
            pos = blank(pos + 1);
        }
        return find_in_object(pos, key);
    }

  private:
    std::pair<std::size_t, std::size_t> find_in_object(std::size_t open, const std::string& key) {
        REQUIRE(text_[open] == '{');
        std::size_t pos = blank(open + 1);
        while (text_[pos] == '"') {
            const std::size_t key_end = string_end(pos);
            const std::string_view found = text_.substr(pos + 1, key_end - pos - 2);
            pos = blank(key_end);
            REQUIRE(text_[pos] == ':');
            const std::size_t begin = blank(pos + 1);
            const std::size_t end = value(begin);
            if (found == key) return {begin, end};
            pos = blank(end);
            if (text_[pos] == ',') pos = blank(pos + 1);
        }
        return {pos, pos};
    }

    std::size_t blank(std::size_t pos) const {
        while (pos < text_.size()) {
            const char c = text_[pos];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                ++pos;
            } else if (text_.substr(pos, 2) == "//") {
                pos = text_.find_first_of("\r\n", pos);
                if (pos == std::string_view::npos) return text_.size();
            } else if (text_.substr(pos, 2) == "/*") {
                pos = text_.find("*/", pos) + 2;
            } else {
                break;
            }
        }
        return pos;
    }

    std::size_t string_end(std::size_t pos) const {
        for (++pos; text_[pos] != '"'; ++pos) {
            if (text_[pos] == '\\') ++pos;
        }
        return pos + 1;
    }

    std::size_t value(std::size_t pos) const {  // recursive: the examples are shallow
        const char c = text_[pos];
        if (c == '"') return string_end(pos);
        if (c == '{' || c == '[') {
            const char close = c == '{' ? '}' : ']';
            pos = blank(pos + 1);
            while (text_[pos] != close) {
                pos = blank(value(pos));
                if (c == '{') pos = blank(value(blank(pos + 1)));  // `:` then the value
                if (text_[pos] == ',') pos = blank(pos + 1);
            }
            return pos + 1;
        }
        while (pos < text_.size() &&
               std::string_view(" \t\r\n,}]/").find(text_[pos]) == std::string_view::npos) {
            ++pos;
        }
        return pos;
    }

    std::string_view text_;
};

/// True when `part` occurs in `whole` in order, not necessarily contiguous.
bool is_subsequence(std::string_view part, std::string_view whole) {
    std::size_t i = 0;
    for (const char c : whole) {
        if (i < part.size() && part[i] == c) ++i;
    }
    return i == part.size();
}

std::vector<std::filesystem::path> examples() {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(HANDOVER_SOURCE_DIR "/examples")) {
        if (entry.path().extension() == ".json") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

/// Checks one edit of an example: parse_input accepts the result, every member reads back
/// as set, nothing else changed in meaning, and the bytes outside the replaced values are
/// all there in their order.
void check_edit(const std::string& text, const ClientsEdit& edit) {
    const std::string out = edit_clients(text, edit);
    INFO(out);
    require_valid(out);

    json expected = parsed(text);
    std::vector<std::pair<std::size_t, std::size_t>> replaced;
    Locator locator(text);
    for (const ClientUpdate& update : edit.updates) {
        for (const MemberText& m : update.members) {
            expected["clients"][update.index][m.key] = json::parse(m.json);
            const auto span = locator.member_value(update.index, m.key);
            if (span.first != span.second) replaced.push_back(span);
        }
    }
    for (const auto& members : edit.added) {
        json client = json::object();
        for (const MemberText& m : members) client[m.key] = json::parse(m.json);
        expected["clients"].push_back(client);
    }
    CHECK(parsed(out) == expected);

    // Setting again what is now there changes nothing, on the old clients as on the new.
    ClientsEdit again;
    again.updates = edit.updates;
    const std::size_t before = parsed(text)["clients"].size();
    for (std::size_t i = 0; i < edit.added.size(); ++i) {
        again.updates.push_back({before + i, edit.added[i]});
    }
    CHECK(edit_clients(out, again) == out);

    std::sort(replaced.begin(), replaced.end());
    std::string untouched;
    std::size_t pos = 0;
    for (const auto& [begin, end] : replaced) {
        if (begin >= pos) untouched += text.substr(pos, begin - pos);
        pos = std::max(pos, end);
    }
    untouched += text.substr(pos);
    CHECK(is_subsequence(untouched, out));
    // Lines are ended as the file ends them (JSON texts of values hold no raw line breaks).
    const auto count = [&](std::string_view what) {
        std::size_t n = 0;
        for (std::size_t at = out.find(what); at != std::string::npos;
             at = out.find(what, at + 1)) {
            ++n;
        }
        return n;
    };
    if (text.find("\r\n") != std::string::npos) {
        CHECK(count("\r\n") == count("\n"));
    } else if (text.find('\n') == std::string::npos) {
        CHECK(count("\n") == 0);  // old Mac files: one "line" to the editor, edited inline
    } else {
        CHECK(count("\r") == 0);
    }
}

}  // namespace

TEST_CASE("clients_edit: ja-closing-deal.json, bytes around each change stay identical") {
    const std::string text = read_file(HANDOVER_SOURCE_DIR "/examples/ja-closing-deal.json");
    ClientsEdit edit;
    edit.updates.push_back({0, {{"value", "13000000"}}});
    edit.updates.push_back({5, {{"contact", "\"桜井 様\""}}});
    edit.added.push_back({{"id", "\"fuji\""}, {"name", "\"富士商会\""}, {"stage", "\"prospect\""}});
    const std::string out = edit_clients(text, edit);

    // The value: everything before it and after it is the same text.
    const std::size_t value = text.find("12000000");
    REQUIRE(out.substr(0, value) == text.substr(0, value));
    REQUIRE(out.substr(value, 8) == "13000000");
    // The last client gets its contact on a line of its own after `"value": 0`.
    const std::string sakura_before = "\"relationship\": \"weak\", \"value\": 0\n    }\n  ],";
    const std::string sakura_after =
        "\"relationship\": \"weak\", \"value\": 0, \"contact\": \"桜井 様\"\n"
        "    },\n"
        "    {\n"
        "      \"id\": \"fuji\",\n"
        "      \"name\": \"富士商会\",\n"
        "      \"stage\": \"prospect\"\n"
        "    }\n"
        "  ],";
    const std::size_t before = text.find(sakura_before);
    REQUIRE(before != std::string::npos);
    const std::size_t after = out.find(sakura_after);
    REQUIRE(after != std::string::npos);
    CHECK(out.substr(value + 8, after - value - 8) == text.substr(value + 8, before - value - 8));
    CHECK(out.substr(after + sakura_after.size()) == text.substr(before + sakura_before.size()));
    check_edit(text, edit);
}

TEST_CASE("clients_edit: random updates and additions to every example") {
    std::mt19937 random(20261129);
    const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    const std::vector<std::string> words{"Acme",           "株式会社アクメ",   "quote \" inside",
                                         "back\\slash",    "// not a comment", "/* nor this */",
                                         "tab\tand\nline", "emoji 🚀",          "{[,:]}"};
    const std::vector<std::string> stages{"prospect", "proposal", "active", "renewal", "dormant"};
    const std::vector<std::string> levels{"strong", "normal", "weak"};
    const std::vector<std::string> methods{"in_person", "video", "phone", "email"};
    const auto text_value = [&] { return json(words[pick(words.size())]).dump(); };
    // One member that parse_input accepts for the key.
    const auto member = [&](const std::string& key) -> MemberText {
        if (key == "stage") return {key, json(stages[pick(stages.size())]).dump()};
        if (key == "relationship") return {key, json(levels[pick(levels.size())]).dump()};
        if (key == "preferred_method") return {key, json(methods[pick(methods.size())]).dump()};
        if (key == "value") return {key, std::to_string(pick(100) * 100000)};
        if (key == "travel_hours") return {key, std::to_string(pick(3))};
        if (key == "change_averse") return {key, pick(2) == 0 ? "true" : "false"};
        if (key == "history") {
            return {key, json::array({"2025-04 " + words[pick(words.size())], "2026-01 x"}).dump()};
        }
        return {key, text_value()};
    };
    const std::vector<std::string> keys{
        "name",          "contact",          "stage",       "value",          "relationship",
        "change_averse", "preferred_method", "notes",       "handover_notes", "decision_maker",
        "salutation",    "history",          "travel_hours"};
    const auto some_members = [&] {
        std::vector<MemberText> out;
        const std::size_t count = 1 + pick(4);
        for (std::size_t i = 0; i < count; ++i) out.push_back(member(keys[pick(keys.size())]));
        return out;
    };

    for (const auto& path : examples()) {
        const std::string original = read_file(path.string());
        const std::size_t clients = parsed(original)["clients"].size();
        for (int round = 0; round < 40; ++round) {
            INFO(path.filename().string() << " round " << round);
            std::string text = original;
            if (round % 5 == 4) text = "\xEF\xBB\xBF" + original;  // with a BOM
            if (round % 5 == 3 || round % 5 == 2) {                // CRLF line endings, or CR alone
                text.clear();
                for (const char c : original) {
                    if (c == '\n') text += '\r';
                    if (c != '\n' || round % 5 == 3) text += c;
                }
            }
            ClientsEdit edit;
            const std::size_t updates = clients == 0 ? 0 : pick(4);
            for (std::size_t i = 0; i < updates; ++i) {
                std::vector<MemberText> members;
                for (MemberText& m : some_members()) {
                    // A key set twice would keep only its last value; keep the first.
                    const bool seen =
                        std::any_of(members.begin(), members.end(),
                                    [&](const MemberText& o) { return o.key == m.key; });
                    if (!seen) members.push_back(std::move(m));
                }
                edit.updates.push_back({pick(clients), std::move(members)});
            }
            const std::size_t added = pick(3);
            for (std::size_t i = 0; i < added; ++i) {
                std::vector<MemberText> members{
                    {"id", json(fmt::format("new-{}-{}", round, i)).dump()},
                    {"name", text_value()},
                    member("stage")};
                for (MemberText& m : some_members()) members.push_back(std::move(m));
                // One key once per client, as a writer of JSON would.
                std::vector<MemberText> unique;
                for (MemberText& m : members) {
                    if (std::none_of(unique.begin(), unique.end(),
                                     [&](const MemberText& o) { return o.key == m.key; })) {
                        unique.push_back(std::move(m));
                    }
                }
                edit.added.push_back(std::move(unique));
            }
            check_edit(text, edit);
        }
    }
}
