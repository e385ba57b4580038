// Tests of src/input/schema.cpp. A small validator for the part of JSON Schema the schema
// uses runs every sample file through the schema and through parse_input: an editor that
// checks the schema must agree with `handover check`, except where a schema cannot say the
// rule (those files are listed below, with the reason).
#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>

#include "handover/base/diagnostics.hpp"
#include "handover/cli/starter.hpp"
#include "handover/input/input.hpp"
#include "handover/input/schema.hpp"

using namespace handover;
using json = nlohmann::json;

namespace {

const Day k_today = *parse_iso_date("2026-11-20");

/// The keywords the validator below understands; the schema may use no others, so that it
/// cannot grow a rule this test silently skips.
const std::set<std::string> k_keywords = {"$schema",
                                          "$defs",
                                          "$ref",
                                          "title",
                                          "description",
                                          "default",
                                          "type",
                                          "const",
                                          "enum",
                                          "anyOf",
                                          "oneOf",
                                          "minLength",
                                          "maxLength",
                                          "pattern",
                                          "minimum",
                                          "maximum",
                                          "exclusiveMinimum",
                                          "exclusiveMaximum",
                                          "properties",
                                          "required",
                                          "additionalProperties",
                                          "propertyNames",
                                          "items",
                                          "minItems",
                                          "maxItems",
                                          "maxProperties",
                                          "uniqueItems"};

std::size_t code_points(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

bool has_type(const json& value, const std::string& type) {
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "boolean") return value.is_boolean();
    if (type == "null") return value.is_null();
    if (type == "number") return value.is_number();
    // JSON Schema: an integer is any number without a fractional part (30.0 included).
    if (type == "integer") {
        return value.is_number_integer() ||
               (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>());
    }
    FAIL("unknown type " << type);
    return false;
}

const json& schema_en();

/// The subschema a `$ref` names: the schema's own `#/$defs/...`, nothing from outside.
const json& resolve(const json& ref) {
    const std::string target = ref.get<std::string>();
    REQUIRE(target.starts_with("#/$defs/"));
    return schema_en().at(json::json_pointer(target.substr(1)));
}

/// Collects `pointer: keyword` for every rule of `schema` that `value` breaks.
void validate(const json& schema, const json& value, const std::string& at,
              std::vector<std::string>& errors) {
    const auto fail = [&](const std::string& keyword) { errors.push_back(at + ": " + keyword); };
    for (const auto& [keyword, unused] : schema.items()) {
        REQUIRE(k_keywords.count(keyword) == 1);
    }
    const auto passes = [&](const json& sub) {
        std::vector<std::string> sub_errors;
        validate(sub, value, at, sub_errors);
        return sub_errors.empty();
    };

    // A `$ref` applies the subschema it names besides its siblings (draft 2020-12).
    if (schema.contains("$ref")) validate(resolve(schema["$ref"]), value, at, errors);
    if (schema.contains("type") && !has_type(value, schema["type"].get<std::string>()))
        return fail("type");
    if (schema.contains("const") && value != schema["const"]) fail("const");
    if (schema.contains("enum")) {
        const auto& options = schema["enum"];
        if (std::find(options.begin(), options.end(), value) == options.end()) fail("enum");
    }
    if (schema.contains("anyOf")) {
        const auto& subs = schema["anyOf"];
        if (std::none_of(subs.begin(), subs.end(), passes)) fail("anyOf");
    }
    if (schema.contains("oneOf")) {
        const auto& subs = schema["oneOf"];
        if (std::count_if(subs.begin(), subs.end(), passes) != 1) fail("oneOf");
    }
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        if (schema.contains("minLength") &&
            code_points(text) < schema["minLength"].get<std::size_t>()) {
            fail("minLength");
        }
        if (schema.contains("maxLength") &&
            code_points(text) > schema["maxLength"].get<std::size_t>()) {
            fail("maxLength");
        }
        if (schema.contains("pattern") &&
            !std::regex_search(text, std::regex(schema["pattern"].get<std::string>()))) {
            fail("pattern");
        }
    }
    if (value.is_number()) {
        const double x = value.get<double>();
        if (schema.contains("minimum") && x < schema["minimum"].get<double>()) fail("minimum");
        if (schema.contains("maximum") && x > schema["maximum"].get<double>()) fail("maximum");
        if (schema.contains("exclusiveMinimum") && x <= schema["exclusiveMinimum"].get<double>()) {
            fail("exclusiveMinimum");
        }
        if (schema.contains("exclusiveMaximum") && x >= schema["exclusiveMaximum"].get<double>()) {
            fail("exclusiveMaximum");
        }
    }
    if (value.is_object()) {
        if (schema.contains("maxProperties") &&
            value.size() > schema["maxProperties"].get<std::size_t>())
            fail("maxProperties");
        for (const auto& key : schema.value("required", json::array())) {
            if (!value.contains(key)) fail("required " + key.get<std::string>());
        }
        const json properties = schema.value("properties", json::object());
        for (const auto& [key, item] : value.items()) {
            const std::string pointer = at + "/" + key;
            if (schema.contains("propertyNames"))
                validate(schema["propertyNames"], key, pointer, errors);
            if (properties.contains(key)) {
                validate(properties[key], item, pointer, errors);
            } else if (schema.contains("additionalProperties")) {
                const json& additional = schema["additionalProperties"];
                if (additional == false) {
                    errors.push_back(pointer + ": additionalProperties");
                } else {
                    validate(additional, item, pointer, errors);
                }
            }
        }
    }
    if (value.is_array()) {
        if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>())
            fail("minItems");
        if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>())
            fail("maxItems");
        if (schema.value("uniqueItems", false)) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                for (std::size_t j = i + 1; j < value.size(); ++j) {
                    if (value[i] == value[j]) fail("uniqueItems");
                }
            }
        }
        if (schema.contains("items")) {
            for (std::size_t i = 0; i < value.size(); ++i) {
                validate(schema["items"], value[i], at + "/" + std::to_string(i), errors);
            }
        }
    }
}

const json& schema_en() {
    static const json schema = json::parse(input_schema_json(Lang::en));
    return schema;
}

/// The schema's verdict; nullopt when the text is not JSON at all.
std::optional<std::vector<std::string>> schema_errors(const std::string& text) {
    const json document = json::parse(text, nullptr, /*allow_exceptions*/ false,
                                      /*ignore_comments*/ true);
    if (document.is_discarded()) return std::nullopt;
    std::vector<std::string> errors;
    validate(schema_en(), document, "", errors);
    return errors;
}

/// parse_input's verdict: its diagnostics (empty when the text is valid). `file` is where
/// the text lies, which the .ics files it names are relative to.
std::vector<std::string> input_errors(const std::string& text, std::optional<Day> today = k_today,
                                      const std::string& file = "sample") {
    try {
        parse_input(text, file, today, Lang::en);
    } catch (const InputError& error) {
        std::vector<std::string> out;
        for (const auto& diagnostic : error.diagnostics()) {
            out.push_back(format_diagnostic("sample", diagnostic, Lang::en));
        }
        return out;
    }
    return {};
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::filesystem::path> json_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    if (!std::filesystem::is_directory(dir)) return files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const auto extension = entry.path().extension();
        if (entry.is_regular_file() && (extension == ".json" || extension == ".jsonc")) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// Bad files whose problem a JSON Schema cannot express: the validator refuses them, the
/// schema accepts them (or they are not even JSON for a schema to look at).
/// The bad files whose rule a JSON Schema cannot say (not JSON at all, or a rule that
/// compares fields or depends on today): those marked "no" in the schema column of
/// tests/data/bad/README.md, the one list that this test and tests/tools/schema_verdicts.py
/// both read.
std::set<std::string> schema_cannot_express() {
    std::ifstream readme(std::filesystem::path(HANDOVER_TEST_DATA_DIR) / "bad" / "README.md");
    const std::regex row(R"(^\|\s*`([^`]+)`\s*\|.*\|\s*no\s*\|\s*$)");
    std::set<std::string> names;
    std::string line;
    std::smatch match;
    while (std::getline(readme, line)) {
        if (std::regex_match(line, match, row)) names.insert(match[1].str());
    }
    return names;
}

}  // namespace

TEST_CASE("schema: a draft 2020-12 document with a description on every property") {
    const json& schema = schema_en();
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
    CHECK(schema["required"] == json::array({"version", "last_day", "clients"}));
    CHECK(input_schema_json().back() == '\n');

    // Walk every subschema: objects are closed, properties are described.
    std::size_t properties = 0;
    std::function<void(const json&, const std::string&)> walk = [&](const json& node,
                                                                    const std::string& at) {
        INFO(at);
        if (node.contains("$ref")) walk(resolve(node.at("$ref")), at + "/$ref");
        if (node.value("type", "") == "object") {
            CHECK(node.contains("additionalProperties"));
            const json properties_here = node.value("properties", json::object());
            for (const auto& [key, property] : properties_here.items()) {
                CHECK_FALSE(property.value("description", "").empty());
                ++properties;
                walk(property, at + "/" + key);
            }
            if (node.value("additionalProperties", json()).is_object()) {
                walk(node.at("additionalProperties"), at);
            }
        }
        if (node.contains("items")) walk(node.at("items"), at + "/items");
    };
    walk(schema, "");
    CHECK(properties >= 50);
    // A client and a date are defined once, and referred to.
    CHECK(schema["properties"]["clients"]["items"]["$ref"] == "#/$defs/client");
    CHECK(schema["$defs"]["client"]["properties"]["id"]["pattern"] ==
          std::string(k_client_id_pattern));
    CHECK(schema["$defs"]["date"]["pattern"] == std::string(k_date_pattern));
    CHECK(schema["properties"]["last_day"]["$ref"] == "#/$defs/date");
    CHECK(schema["properties"]["calendar"]["properties"]["hours_per_day"]["exclusiveMinimum"] == 0);
}

TEST_CASE("schema: descriptions follow the language, rules do not") {
    json en = json::parse(input_schema_json(Lang::en));
    json ja = json::parse(input_schema_json(Lang::ja));
    CHECK(en["properties"]["last_day"]["description"] !=
          ja["properties"]["last_day"]["description"]);
    // Without the descriptions, both languages give the same schema.
    const auto strip = [](json& node) {
        std::function<void(json&)> walk = [&](json& n) {
            if (n.is_object()) {
                n.erase("description");
                for (auto& [key, child] : n.items()) walk(child);
            } else if (n.is_array()) {
                for (auto& child : n) walk(child);
            }
        };
        walk(node);
    };
    strip(en);
    strip(ja);
    CHECK(en == ja);
}

TEST_CASE("schema: agrees with parse_input on every sample file") {
    const std::filesystem::path data = HANDOVER_TEST_DATA_DIR;
    const auto good = json_files(data / "good");
    const auto bad = json_files(data / "bad");
    REQUIRE(good.size() >= 5);
    REQUIRE(bad.size() >= 30);
    const auto examples = json_files(std::filesystem::path(HANDOVER_SOURCE_DIR) / "examples");

    const std::set<std::string> k_schema_cannot_express = schema_cannot_express();
    REQUIRE(k_schema_cannot_express.size() >= 10);
    std::set<std::string> listed_and_seen;
    for (const auto& group : {good, bad, examples}) {
        for (const auto& path : group) {
            const std::string name = path.filename().string();
            const std::string text = read_file(path);
            const auto by_schema = schema_errors(text);
            // An example that sets its own `today` is meant to be read on that day.
            const bool is_example = path.parent_path().filename() == "examples";
            const bool own_today = text.find("\"today\"") != std::string::npos;
            const auto by_input =
                input_errors(text, is_example && own_today ? std::nullopt : std::optional(k_today),
                             path.string());
            INFO(path.string());
            INFO("schema: " << (by_schema ? fmt::format("{}", fmt::join(*by_schema, " | "))
                                          : std::string("not JSON")));
            INFO("input: " << fmt::format("{}", fmt::join(by_input, " | ")));
            const bool is_bad = path.parent_path() == data / "bad";
            CHECK(by_input.empty() != is_bad);
            if (is_bad && k_schema_cannot_express.count(name) == 1) {
                listed_and_seen.insert(name);
                CHECK((!by_schema || by_schema->empty()));
            } else {
                REQUIRE(by_schema);
                CHECK(by_schema->empty() == by_input.empty());
            }
        }
    }
    // A listed file that no longer exists is a stale entry.
    CHECK(listed_and_seen == k_schema_cannot_express);
}

TEST_CASE("schema: agrees with parse_input at the edges of every range") {
    const auto check = [](const std::string& members, bool valid) {
        const std::string text = R"({"version": 1, "last_day": "2026-12-25", )" + members +
                                 R"(, "clients": [{"id": "a", "name": "A", "stage": "active"}]})";
        INFO(text);
        const auto by_schema = schema_errors(text);
        REQUIRE(by_schema);
        CHECK(by_schema->empty() == valid);
        CHECK(input_errors(text).empty() == valid);
    };
    check(R"("calendar": {"hours_per_day": 24})", true);
    check(R"("calendar": {"hours_per_day": 24.001})", false);
    check(R"("calendar": {"hours_per_day": 0})", false);
    check(R"("calendar": {"hours_per_day": 0.25})", true);
    check(R"("calendar": {"max_meetings_per_day": 0})", true);
    check(R"("calendar": {"max_meetings_per_day": 100})", true);
    check(R"("calendar": {"max_meetings_per_day": 101})", false);
    check(R"("calendar": {"max_meetings_per_day": 3.0})", true);
    check(R"("calendar": {"holidays": ["JP", "2026-12-28"]})", true);
    check(R"("calendar": {"holidays": ["2026-12-28T00:00"]})", false);
    check(R"("calendar": {"blocked": [{"date": "2026-12-01", "hours": 24}]})", true);
    check(R"("calendar": {"blocked": [{"hours": 2}]})", false);
    check(R"("policy": {"notice_days": 3650, "notify_earliest_days": 1})", true);
    check(R"("policy": {"notify_earliest_days": 0})", false);
    check(R"("policy": {"notify_latest_days": 3651})", false);
    check(R"("policy": {"intro_buffer_days": -1})", false);
    check(R"("policy": {"high_value": 1e15})", true);
    check(R"("policy": {"high_value": 1.5e15})", false);
    check(R"("job_search": {"interviews": [{"date": "2026-12-01"}], "weekly_review": false})",
          true);
    check(R"("job_search": {"interviews": [{"date": "2026-12-01", "hours": 0}]})", false);
    check(R"("me": {"name": ""})", false);
    check(R"("successor": {})", false);
    check(R"("done": {"a/notify": "2026-11-20"})", true);
    check(R"("done": {"acme/notify": "2026-11-20T09:00"})", false);
    check(R"("done": {"a b": "2026-11-20"})", false);
    check(R"("$schema": "https://example.invalid/schema.json")", true);
    check(R"("today": "1999-12-31")", false);
}

TEST_CASE("schema: the starter file passes the schema") {
    for (Lang lang : {Lang::en, Lang::ja}) {
        const auto errors = schema_errors(starter_file(lang, k_today));
        REQUIRE(errors);
        CHECK(errors->empty());
    }
}

TEST_CASE("schema: a list's maxItems is the reader's limit, on both sides of it") {
    const auto repeated = [](const std::string& item, std::size_t count) {
        std::string list = "[";
        for (std::size_t i = 0; i < count; ++i) list += (i == 0 ? "" : ",") + item;
        return list + "]";
    };
    const auto check = [](const std::string& text, bool valid) {
        const auto by_schema = schema_errors(text);
        REQUIRE(by_schema);
        CHECK(by_schema->empty() == valid);
        CHECK(input_errors(text).empty() == valid);
    };
    const std::string head = R"({"version": 1, "last_day": "2026-12-25", )";
    for (const std::size_t n : {k_max_history, k_max_history + 1}) {
        INFO("history " << n);
        check(head + R"("clients": [{"id": "a", "name": "A", "stage": "active", "history": )" +
                  repeated(R"("x")", n) + "}]}",
              n <= k_max_history);
    }
    for (const std::size_t n : {k_max_next_events, k_max_next_events + 1}) {
        INFO("next_events " << n);
        check(head + R"("clients": [{"id": "a", "name": "A", "stage": "active", "next_events": )" +
                  repeated(R"({"date": "2026-12-01", "what": "x"})", n) + "}]}",
              n <= k_max_next_events);
    }
    const std::string client = R"(, "clients": [{"id": "a", "name": "A", "stage": "active"}]})";
    for (const std::size_t n : {k_max_holidays, k_max_holidays + 1}) {
        INFO("holidays " << n);
        check(head + R"("calendar": {"holidays": )" + repeated(R"("JP")", n) + "}" + client,
              n <= k_max_holidays);
    }
    for (const std::size_t n : {k_max_blocked, k_max_blocked + 1}) {
        INFO("blocked " << n);
        check(head + R"("calendar": {"blocked": )" + repeated(R"({"date": "2026-12-01"})", n) +
                  "}" + client,
              n <= k_max_blocked);
    }
    for (const std::size_t n : {k_max_interviews, k_max_interviews + 1}) {
        INFO("interviews " << n);
        check(head + R"("job_search": {"interviews": )" + repeated(R"({"date": "2026-12-01"})", n) +
                  "}" + client,
              n <= k_max_interviews);
    }
    // The largest lists are compared by their numbers only: a file at their limits would
    // take the schema test's small validator minutes.
    const json schema = json::parse(input_schema_json(Lang::en));
    const json& properties = schema["properties"];
    CHECK(properties["clients"]["maxItems"] == k_max_clients);
    CHECK(properties["done"]["maxProperties"] == k_max_done);
    CHECK(properties["calendar"]["properties"]["workdays"]["maxItems"] == k_max_workdays);
}
