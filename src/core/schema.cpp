// The JSON Schema of clients.json, for editors (`handover schema`). It mirrors the rules of
// input.cpp as far as JSON Schema can say them; test_schema.cpp checks that both give the
// same verdict on every sample file, and lists the rules only the validator can check.
#include "handover/schema.hpp"

#include <nlohmann/json.hpp>

#include "handover/labels.hpp"
#include "handover/model.hpp"
#include "handover/plan_json.hpp"

namespace handover {
namespace {

using json = nlohmann::ordered_json;  // keeps `description` first, as a reader expects

class SchemaBuilder {
  public:
    explicit SchemaBuilder(Lang lang) : lang_(lang) {}

    /// Every node starts with the description of its field (`input.field.<path>`).
    json node(std::string_view field, std::string_view type) const {
        return {{"description", field_description(lang_, field)}, {"type", type}};
    }

    json text(std::string_view field) const { return node(field, "string"); }

    json name(std::string_view field) const {
        json schema = text(field);
        schema["minLength"] = 1;
        return schema;
    }

    json date(std::string_view field) const {
        json schema = text(field);
        schema["pattern"] = k_date_pattern;
        return schema;
    }

    json number(std::string_view field, double min, double max, bool exclusive_min = false) const {
        json schema = node(field, "number");
        schema[exclusive_min ? "exclusiveMinimum" : "minimum"] = min;
        schema["maximum"] = max;
        return schema;
    }

    json integer(std::string_view field, int min, int max) const {
        json schema = node(field, "integer");
        schema["minimum"] = min;
        schema["maximum"] = max;
        return schema;
    }

    json boolean(std::string_view field) const { return node(field, "boolean"); }

    template <std::size_t N>
    json choice(std::string_view field, const std::array<std::string_view, N>& names) const {
        json schema = text(field);
        schema["enum"] = names;
        return schema;
    }

    /// A list of at most `max_items` elements, the limit the reader enforces (schema.hpp).
    json array(std::string_view field, json items, std::size_t max_items) const {
        json schema = node(field, "array");
        schema["items"] = std::move(items);
        schema["maxItems"] = max_items;
        return schema;
    }

    /// An object that accepts exactly `properties`, so that a typo is an error in the editor
    /// as it is in handover.
    static json object(json properties, std::initializer_list<std::string_view> required) {
        json schema = {{"type", "object"}, {"properties", std::move(properties)}};
        if (required.size() > 0) schema["required"] = required;
        schema["additionalProperties"] = false;
        return schema;
    }

    json object(std::string_view field, json properties,
                std::initializer_list<std::string_view> required) const {
        json schema = {{"description", field_description(lang_, field)}};
        schema.update(object(std::move(properties), required));
        return schema;
    }

    json build() const {
        const Policy policy;
        const CalendarConfig calendar;
        const Interview interview;
        const JobSearch job_search;
        const Client client;

        json workdays = array("calendar.workdays", {{"type", "string"}, {"enum", k_weekday_names}},
                              k_max_workdays);
        workdays["minItems"] = 1;
        workdays["uniqueItems"] = true;
        workdays["default"] = json::array();
        for (std::size_t i = 0; i < k_weekday_names.size(); ++i) {
            if (calendar.workdays[i]) workdays["default"].push_back(k_weekday_names[i]);
        }

        const json holiday = {
            {"anyOf",
             json::array({{{"const", "JP"}}, {{"type", "string"}, {"pattern", k_date_pattern}}})}};

        json hours_per_day = number("calendar.hours_per_day", 0, k_max_hours, true);
        hours_per_day["default"] = calendar.hours_per_day;
        json meetings = integer("calendar.max_meetings_per_day", 0, k_max_meetings_per_day);
        meetings["default"] = calendar.max_meetings_per_day;

        const auto days = [&](std::string_view field, int min, int fallback) {
            json schema = integer(field, min, k_max_policy_days);
            schema["default"] = fallback;
            return schema;
        };
        json high_value = number("policy.high_value", 0, k_max_amount);
        high_value["default"] = policy.high_value;

        json interview_hours = number("job_search.interviews.hours", 0, k_max_hours, true);
        interview_hours["default"] = interview.hours;
        json weekly_review = boolean("job_search.weekly_review");
        weekly_review["default"] = job_search.weekly_review;

        json id = text("clients.id");
        id["pattern"] = k_client_id_pattern;
        json relationship = choice("clients.relationship", k_relationship_names);
        relationship["default"] = to_string(client.relationship);
        json change_averse = boolean("clients.change_averse");
        change_averse["default"] = client.change_averse;

        json done = node("done", "object");
        done["propertyNames"] = {{"pattern", k_task_id_pattern}};
        done["additionalProperties"] = {{"type", "string"}, {"pattern", k_date_pattern}};
        done["maxProperties"] = k_max_done;

        json version = node("version", "integer");
        version["const"] = k_format_version;

        json schema = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                       {"title", "handover clients.json"}};
        schema.update(object(
            "root",
            {
                {"$schema", text("$schema")},
                {"version", version},
                {"me", object("me", {{"name", name("me.name")}}, {"name"})},
                {"manager", object("manager",
                                   {{"name", name("manager.name")},
                                    {"disclose_from", date("manager.disclose_from")}},
                                   {"name"})},
                {"successor", object("successor", {{"name", name("successor.name")}}, {"name"})},
                {"today", date("today")},
                {"last_day", date("last_day")},
                {"end_date", date("end_date")},
                {"support_until", date("support_until")},
                {"calendar",
                 object("calendar",
                        {{"workdays", workdays},
                         {"holidays", array("calendar.holidays", holiday, k_max_holidays)},
                         {"blocked", array("calendar.blocked",
                                           object({{"date", date("calendar.blocked.date")},
                                                   {"hours", number("calendar.blocked.hours", 0,
                                                                    k_max_hours, true)},
                                                   {"reason", text("calendar.blocked.reason")}},
                                                  {"date"}),
                                           k_max_blocked)},
                         {"hours_per_day", hours_per_day},
                         {"max_meetings_per_day", meetings}},
                        {})},
                {"policy",
                 object("policy",
                        {{"notice_days", days("policy.notice_days", 0, policy.notice_days)},
                         {"notify_earliest_days",
                          days("policy.notify_earliest_days", 1, policy.notify_earliest_days)},
                         {"notify_latest_days",
                          days("policy.notify_latest_days", 0, policy.notify_latest_days)},
                         {"intro_buffer_days",
                          days("policy.intro_buffer_days", 0, policy.intro_buffer_days)},
                         {"high_value", high_value}},
                        {})},
                {"job_search",
                 object("job_search",
                        {{"interviews",
                          array("job_search.interviews",
                                object({{"date", date("job_search.interviews.date")},
                                        {"hours", interview_hours},
                                        {"company", text("job_search.interviews.company")}},
                                       {"date"}),
                                k_max_interviews)},
                         {"weekly_review", weekly_review}},
                        {})},
                {"clients",
                 array(
                     "clients",
                     object(
                         {{"id", id},
                          {"name", name("clients.name")},
                          {"contact", text("clients.contact")},
                          {"stage", choice("clients.stage", k_stage_names)},
                          {"expected_close", date("clients.expected_close")},
                          {"value", number("clients.value", 0, k_max_amount)},
                          {"relationship", relationship},
                          {"change_averse", change_averse},
                          {"preferred_method", choice("clients.preferred_method", k_method_names)},
                          {"successor", text("clients.successor")},
                          {"notes", text("clients.notes")},
                          {"history",
                           array("clients.history", {{"type", "string"}}, k_max_history)},
                          {"next_events", array("clients.next_events",
                                                object({{"date", date("clients.next_events.date")},
                                                        {"what", text("clients.next_events.what")}},
                                                       {"date", "what"}),
                                                k_max_next_events)}},
                         {"id", "name", "stage"}),
                     k_max_clients)},
                {"done", done},
            },
            {"version", "last_day", "clients"}));
        return schema;
    }

  private:
    Lang lang_;
};

}  // namespace

std::string input_schema_json(Lang lang) {
    return json_document(SchemaBuilder(lang).build());
}

}  // namespace handover
