// Tests of the field table (include/handover/input/input_fields.hpp,
// src/input/input_field_table.cpp): the table against the model's defaults and the catalogue, and
// the README's input reference against the table, row by row: its keys, the type column, "required"
// and the defaults.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "handover/base/i18n.hpp"
#include "handover/input/input_fields.hpp"
#include "handover/input/model.hpp"
#include "handover/input/schema.hpp"
#include "handover/render/labels.hpp"

using namespace handover;
using namespace handover::input_fields;
using json = nlohmann::json;

namespace {

std::string read_text(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream out;
    out << file.rdbuf();
    return out.str();
}

/// A row of the README's input reference: `| key | type | meaning |`.
struct ReadmeRow {
    std::string key;  ///< without its backticks
    std::string type;
    std::string meaning;
};

std::string trimmed(const std::string& text) {
    const auto begin = text.find_first_not_of(' ');
    const auto end = text.find_last_not_of(' ');
    return begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
}

/// The rows of the table in the README's "## Input reference" section.
std::vector<ReadmeRow> readme_rows() {
    std::istringstream readme(read_text(std::filesystem::path(HANDOVER_SOURCE_DIR) / "README.md"));
    std::vector<ReadmeRow> rows;
    std::string line;
    bool inside = false;
    while (std::getline(readme, line)) {
        if (line.starts_with("## ")) {
            if (inside) break;
            inside = line.starts_with("## Input reference");
            continue;
        }
        if (!inside || !line.starts_with("| `")) continue;
        std::vector<std::string> cells;
        std::stringstream in(line.substr(1));
        std::string cell;
        while (std::getline(in, cell, '|')) cells.push_back(trimmed(cell));
        REQUIRE(cells.size() == 3);
        rows.push_back({cells[0].substr(1, cells[0].size() - 2), cells[1], cells[2]});
    }
    return rows;
}

/// A field as the README's reference shows it: sections are spelt out (`calendar.workdays`),
/// and so are the members of a client (`clients[].stage`); other lists of objects are one
/// row whose type lists their members.
struct TableRow {
    std::string key;
    const Field* field;
};

void table_rows(const Object& object, const std::string& prefix, std::vector<TableRow>& rows) {
    for (const Field& field : object.fields) {
        const std::string key = prefix + std::string(field.key);
        if (field.type == Type::object) {
            table_rows(*field.object, key + ".", rows);
        } else if (field.type == Type::list && field.object == &k_client) {
            table_rows(*field.object, key + "[].", rows);
        } else {
            rows.push_back({key, &field});
        }
    }
}

std::string number_text(double value) {
    return fmt::format("{}", value);
}

/// The README's type column for a field, from the table.
std::string type_cell(const Field& field) {
    switch (field.type) {
        case Type::text:
        case Type::name:
            return "string";
        case Type::client_id:
            return fmt::format("`[a-z0-9_-]`, 1–{}, no `--`", k_max_client_id);
        case Type::date:
            return "date";
        case Type::email:
            return "email";
        case Type::choice:
            return "enum";
        case Type::integer:
            return fmt::format("integer {}–{}", number_text(field.min), number_text(field.max));
        case Type::number:
            if (field.exclusive_min) {
                return fmt::format("number ({}–{}]", number_text(field.min),
                                   number_text(field.max));
            }
            // A maximum as large as any amount is a guard against typos, not a rule to tell.
            if (field.max >= k_max_amount) return "number ≥ " + number_text(field.min);
            return fmt::format("number {}–{}", number_text(field.min), number_text(field.max));
        case Type::boolean:
            return "boolean";
        case Type::version:
            return fmt::format("`{}`", k_format_version);
        case Type::holiday:
            return "holiday";
        case Type::task_dates:
            return "`{task id: date}`";
        case Type::object:
            return "object";
        case Type::list:
            break;
    }
    switch (field.item) {
        case Type::text:
            return "`[string]`";
        case Type::choice:
            return fmt::format("`[\"{}\",…,\"{}\"]`", field.choices.front(), field.choices.back());
        case Type::holiday: {
            std::string cell = "`[";
            for (const std::string_view name : field.choices) cell += fmt::format("\"{}\", ", name);
            cell += "date, {";
            for (const Field& member : field.object->fields) {
                if (!cell.ends_with("{")) cell += ", ";
                cell += std::string(member.key) + (member.required ? "" : "?");
            }
            return cell + "}, \"file.ics\"…]`";
        }
        case Type::object: {
            std::string cell = "`[{";
            for (const Field& member : field.object->fields) {
                if (cell.size() > 3) cell += ", ";
                cell += std::string(member.key) + (member.required ? "" : "?");
            }
            return cell + "}]`";
        }
        default:
            return "list";
    }
}

/// 10000000 -> 10,000,000.
std::string with_thousands(long long value) {
    std::string digits = std::to_string(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

/// How the README's meaning column names a field's default.
std::string default_text(const Field& field) {
    const json value = json::parse(field.default_json);
    if (value.is_string()) return fmt::format("`{}` (default)", value.get<std::string>());
    if (value.is_boolean()) return fmt::format("(default {})", value.get<bool>());
    if (value.is_number()) {
        return fmt::format("(default {})", with_thousands(value.get<long long>()));
    }
    // A list of weekdays: its first and last, as a range.
    const auto capital = [](std::string word) {
        word[0] = static_cast<char>(word[0] - 'a' + 'A');
        return word;
    };
    return fmt::format("(default {}–{})", capital(value.front().get<std::string>()),
                       capital(value.back().get<std::string>()));
}

/// The words in backticks of a text, in order.
std::vector<std::string> quoted_words(const std::string& text) {
    std::vector<std::string> words;
    for (std::size_t at = text.find('`'); at != std::string::npos;) {
        const std::size_t end = text.find('`', at + 1);
        if (end == std::string::npos) break;
        words.push_back(text.substr(at + 1, end - at - 1));
        at = text.find('`', end + 1);
    }
    return words;
}

}  // namespace

TEST_CASE("input fields: the README's input reference is the field table") {
    const std::vector<ReadmeRow> readme = readme_rows();
    std::vector<TableRow> table;
    table_rows(k_root, "", table);
    REQUIRE(readme.size() >= 30);

    std::vector<std::string> readme_keys;
    std::vector<std::string> table_keys;
    for (const ReadmeRow& row : readme) readme_keys.push_back(row.key);
    for (const TableRow& row : table) table_keys.push_back(row.key);
    // The same fields, in the same order.
    REQUIRE(readme_keys == table_keys);

    for (std::size_t i = 0; i < table.size(); ++i) {
        const Field& field = *table[i].field;
        const ReadmeRow& row = readme[i];
        INFO("README row `" << row.key << "`: " << row.type << " | " << row.meaning);
        CHECK(row.type == type_cell(field));
        CHECK(row.meaning.starts_with("required") == field.required);
        if (!field.default_json.empty()) {
            CHECK_THAT(row.meaning, Catch::Contains(default_text(field)));
        }
        if (field.type == Type::choice) {
            // Every allowed value, in the table's order.
            std::vector<std::string> named;
            for (const std::string& word : quoted_words(row.meaning)) {
                for (const std::string_view choice : field.choices) {
                    if (word == choice) named.push_back(word);
                }
            }
            CHECK(named == std::vector<std::string>(field.choices.begin(), field.choices.end()));
        }
    }
}

TEST_CASE("input fields: the defaults are the model's") {
    const auto value = [](const Field& field) { return json::parse(field.default_json); };
    const CalendarConfig calendar;
    json workdays = json::array();
    for (std::size_t i = 0; i < k_weekday_names.size(); ++i) {
        if (calendar.workdays[i]) workdays.push_back(k_weekday_names[i]);
    }
    CHECK(value(k_calendar["workdays"]) == workdays);
    CHECK(value(k_calendar["hours_per_day"]) == calendar.hours_per_day);
    CHECK(value(k_calendar["max_meetings_per_day"]) == calendar.max_meetings_per_day);
    const Policy policy;
    CHECK(value(k_policy["notice_days"]) == policy.notice_days);
    CHECK(value(k_policy["notify_earliest_days"]) == policy.notify_earliest_days);
    CHECK(value(k_policy["notify_latest_days"]) == policy.notify_latest_days);
    CHECK(value(k_policy["intro_buffer_days"]) == policy.intro_buffer_days);
    CHECK(k_policy["high_value"].default_json.empty());  // by currency: default_high_value
    CHECK(policy.high_value == default_high_value(Currency::JPY));
    CHECK(value(k_policy["notify_after_close_days"]) == policy.notify_after_close_days);
    CHECK(value(k_policy["introduction"]) == std::string(to_string(policy.introduction)));
    CHECK(value(k_policy["intro_gap_days"]) == policy.intro_gap_days);
    CHECK(k_policy["prepare_before_notice"].default_json.empty());  // by jurisdiction
    CHECK(policy.prepare_before_notice == default_prepare_before_notice(Jurisdiction::JP));
    CHECK(value(k_root["jurisdiction"]) == std::string(to_string(Input{}.jurisdiction)));
    CHECK(value(k_event["hours"]) == Event{}.hours);
    CHECK(value(k_interview["hours"]) == Interview{}.hours);
    CHECK(value(k_job_search["weekly_review"]) == JobSearch{}.weekly_review);
    const Client client;
    CHECK(value(k_client["relationship"]) == std::string(to_string(client.relationship)));
    CHECK(value(k_client["change_averse"]) == client.change_averse);
    CHECK(value(k_client["travel_hours"]) == client.travel_hours);
    // Every default is JSON of the field's type.
    for (const PathField& entry : all_fields()) {
        if (entry.field->default_json.empty()) continue;
        INFO(entry.path);
        CHECK_NOTHROW(json::parse(entry.field->default_json));
    }
}

TEST_CASE("input fields: every field has its description in both languages, by its path") {
    const auto fields = all_fields();
    REQUIRE(fields.size() >= 50);
    CHECK(fields.front().path == "root");
    for (const PathField& entry : fields) {
        INFO(entry.path);
        CHECK(entry.field->description == "input.field." + std::string(entry.path));
        CHECK(find_field(entry.path) == entry.field);
        for (const Lang lang : {Lang::en, Lang::ja}) {
            CHECK(!field_description(lang, entry.path).empty());
        }
    }
    CHECK(find_field("clients.stage") == &k_client["stage"]);
    CHECK(find_field("clients.nope") == nullptr);
}

TEST_CASE("input fields: every list is bounded by its limit, and the keys are the fields'") {
    for (const PathField& entry : all_fields()) {
        const Field& field = *entry.field;
        INFO(entry.path);
        if (field.type == Type::list || field.type == Type::task_dates) {
            CHECK(field.max_items > 0);
        }
        if (field.type == Type::choice || field.item == Type::choice) CHECK(!field.choices.empty());
        if (field.type == Type::object || field.item == Type::object) {
            REQUIRE(field.object != nullptr);
            const Object& object = *field.object;
            REQUIRE(object.keys.size() == object.fields.size());
            for (std::size_t i = 0; i < object.keys.size(); ++i) {
                CHECK(object.keys[i] == object.fields[i].key);
            }
        }
    }
    CHECK(k_root["clients"].max_items == k_max_clients);
    CHECK(k_root["done"].max_items == k_max_done);
    CHECK(k_client["history"].max_items == k_max_history);
}

namespace {

/// `node`, or the subschema its `$ref` names.
const json& dereferenced(const json& schema, const json& node) {
    if (!node.contains("$ref")) return node;
    const std::string ref = node["$ref"].get<std::string>();
    REQUIRE(ref.starts_with("#/$defs/"));
    return schema.at(json::json_pointer(ref.substr(1)));
}

/// The schema's object `node` has exactly the members of `object`, each with its
/// description, default, limit and whether it is required, as the table says.
void check_object(const json& schema, const json& node_or_ref, const Object& object,
                  const std::string& at) {
    INFO(at);
    const json& node = dereferenced(schema, node_or_ref);
    CHECK(node["type"] == "object");
    CHECK(node["additionalProperties"] == false);
    CHECK(node["properties"].size() == object.fields.size());
    json required = json::array();
    for (const Field& field : object.fields) {
        INFO(field.key);
        if (field.required) required.push_back(field.key);
        const json& property = node["properties"].at(std::string(field.key));
        const std::string_view key = field.description;
        CHECK(property["description"] == std::string(tr(Lang::en, key)));
        if (field.default_json.empty()) {
            CHECK(!property.contains("default"));
        } else {
            CHECK(property["default"] == json::parse(field.default_json));
        }
        if (field.type == Type::list) CHECK(property["maxItems"] == field.max_items);
        if (field.type == Type::task_dates) CHECK(property["maxProperties"] == field.max_items);
        if (field.type == Type::object) {
            check_object(schema, property, *field.object, at + "/" + std::string(field.key));
        }
        if (field.type == Type::list && field.item == Type::object) {
            check_object(schema, property["items"], *field.object,
                         at + "/" + std::string(field.key) + "/items");
        }
    }
    if (required.empty()) {
        CHECK(!node.contains("required"));
    } else {
        CHECK(node["required"] == required);
    }
}

}  // namespace

TEST_CASE("input fields: handover schema has every field of the table, and no other") {
    const json schema = json::parse(input_schema_json(Lang::en));
    CHECK(schema["description"] == std::string(field_description(Lang::en, "root")));
    check_object(schema, schema, k_root, "");
}
