// The JSON Schema of clients.json, for editors (`handover schema`), generated from the field
// table (input_fields.hpp) that the validator reads too. It says the rules of input.cpp as
// far as JSON Schema can say them; test_schema.cpp and tests/tools/schema_verdicts.py check
// that both give the same verdict on every sample file, and list the rules only the
// validator can check.
#include "handover/input/schema.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "handover/base/json_writer.hpp"
#include "handover/input/input_fields.hpp"

namespace handover {
namespace {

using json = nlohmann::ordered_json;  // keeps `description` first, as a reader expects
using input_fields::Field;
using input_fields::Object;
using input_fields::Type;

/// Shapes that recur, or that a reader looks up by name, are defined once under `$defs`.
constexpr std::string_view k_date_ref = "#/$defs/date";
constexpr std::string_view k_client_ref = "#/$defs/client";
constexpr std::string_view k_ics_pattern = "\\.[iI][cC][sS]$";

class SchemaBuilder {
  public:
    explicit SchemaBuilder(Lang lang) : lang_(lang) {}

    json build() const {
        json schema = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                       {"title", "handover clients.json"}};
        schema.update(node(input_fields::k_document));
        schema["$defs"] = {
            {"date", {{"type", "string"}, {"pattern", k_date_pattern}}},
            {"client", object(input_fields::k_client)},
        };
        return schema;
    }

  private:
    /// A field: its description, the rules of its type, and its default.
    json node(const Field& field) const {
        const std::string_view key = field.description;
        json schema = {{"description", tr(lang_, key)}};
        schema.update(shape(field, field.type));
        if (!field.default_json.empty()) schema["default"] = json::parse(field.default_json);
        return schema;
    }

    /// The rules of a value of `type`, with the limits of `field` (for a list's elements,
    /// `type` is its item type).
    json shape(const Field& field, Type type) const {
        switch (type) {
            case Type::text:
                return {{"type", "string"}};
            case Type::name:
                return {{"type", "string"}, {"minLength", 1}};
            case Type::email:
                // The reader's rule (FieldReader::email) as a pattern, so that editors check
                // what `check` checks.
                return {{"type", "string"}, {"pattern", k_email_pattern}};
            case Type::client_id:
                return {{"type", "string"}, {"pattern", k_client_id_pattern}};
            case Type::date:
                return {{"$ref", k_date_ref}};
            case Type::choice:
                return {{"type", "string"}, {"enum", field.choices}};
            case Type::integer:
                return {{"type", "integer"},
                        {"minimum", static_cast<int>(field.min)},
                        {"maximum", static_cast<int>(field.max)}};
            case Type::number:
                return {{"type", "number"},
                        {field.exclusive_min ? "exclusiveMinimum" : "minimum", field.min},
                        {"maximum", field.max}};
            case Type::boolean:
                return {{"type", "boolean"}};
            case Type::version:
                return {{"type", "integer"}, {"const", k_format_version}};
            case Type::holiday: {
                json any_of = json::array();
                for (const std::string_view name : field.choices)
                    any_of.push_back({{"const", name}});
                any_of.push_back({{"$ref", k_date_ref}});
                // An iCalendar file, by the end of its name (is_ics_name).
                any_of.push_back({{"type", "string"}, {"pattern", k_ics_pattern}});
                if (field.object) any_of.push_back(object(*field.object));
                return {{"anyOf", any_of}};
            }
            case Type::list: {
                json schema = {{"type", "array"}, {"items", element(field)}};
                if (field.min_items > 0) schema["minItems"] = field.min_items;
                schema["maxItems"] = field.max_items;
                if (field.unique_items) schema["uniqueItems"] = true;
                return schema;
            }
            case Type::object:
                return object(*field.object);
            case Type::task_dates:
                return {{"type", "object"},
                        {"propertyNames", {{"pattern", k_task_id_pattern}}},
                        {"additionalProperties", {{"$ref", k_date_ref}}},
                        {"maxProperties", field.max_items}};
        }
        throw std::logic_error("field type out of range");
    }

    /// The elements of a list.
    json element(const Field& list) const {
        if (list.item != Type::object) return shape(list, list.item);
        if (list.object == &input_fields::k_client) return {{"$ref", k_client_ref}};
        return object(*list.object);
    }

    /// An object that accepts exactly its members, so that a typo is an error in the editor
    /// as it is in handover.
    json object(const Object& members) const {
        json properties = json::object();
        json required = json::array();
        for (const Field& field : members.fields) {
            properties[std::string(field.key)] = node(field);
            if (field.required) required.push_back(field.key);
        }
        json schema = {{"type", "object"}, {"properties", std::move(properties)}};
        if (!required.empty()) schema["required"] = std::move(required);
        schema["additionalProperties"] = false;
        return schema;
    }

    Lang lang_;
};

}  // namespace

std::string input_schema_json(Lang lang) {
    return json_document(SchemaBuilder(lang).build());
}

}  // namespace handover
