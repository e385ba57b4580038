#include "handover/input/model_labels.hpp"

#include <stdexcept>
#include <string>

namespace handover {

std::string_view label(Lang lang, Method method) {
    switch (method) {
        case Method::in_person:
            return tr(lang, "method.in_person");
        case Method::video:
            return tr(lang, "method.video");
        case Method::phone:
            return tr(lang, "method.phone");
        case Method::email:
            return tr(lang, "method.email");
    }
    throw std::logic_error("method out of range");
}

std::string_view label(Lang lang, Stage stage) {
    switch (stage) {
        case Stage::prospect:
            return tr(lang, "stage.prospect");
        case Stage::proposal:
            return tr(lang, "stage.proposal");
        case Stage::negotiation:
            return tr(lang, "stage.negotiation");
        case Stage::closing:
            return tr(lang, "stage.closing");
        case Stage::active:
            return tr(lang, "stage.active");
        case Stage::renewal:
            return tr(lang, "stage.renewal");
        case Stage::dormant:
            return tr(lang, "stage.dormant");
    }
    throw std::logic_error("stage out of range");
}

std::string_view label(Lang lang, Relationship relationship) {
    switch (relationship) {
        case Relationship::strong:
            return tr(lang, "relationship.strong");
        case Relationship::normal:
            return tr(lang, "relationship.normal");
        case Relationship::weak:
            return tr(lang, "relationship.weak");
    }
    throw std::logic_error("relationship out of range");
}

namespace {

// Every field the schema and the starter file describe, by its catalogue key
// `input.field.<path>`.
constexpr std::string_view k_field_keys[] = {
    "input.field.$schema",
    "input.field.calendar",
    "input.field.calendar.blocked",
    "input.field.calendar.blocked.date",
    "input.field.calendar.blocked.hours",
    "input.field.calendar.blocked.reason",
    "input.field.calendar.holidays",
    "input.field.calendar.hours_per_day",
    "input.field.calendar.max_meetings_per_day",
    "input.field.calendar.workdays",
    "input.field.clients",
    "input.field.clients.change_averse",
    "input.field.clients.contact",
    "input.field.clients.expected_close",
    "input.field.clients.history",
    "input.field.clients.id",
    "input.field.clients.name",
    "input.field.clients.next_events",
    "input.field.clients.next_events.date",
    "input.field.clients.next_events.what",
    "input.field.clients.notes",
    "input.field.clients.preferred_method",
    "input.field.clients.relationship",
    "input.field.clients.stage",
    "input.field.clients.successor",
    "input.field.clients.value",
    "input.field.done",
    "input.field.end_date",
    "input.field.job_search",
    "input.field.job_search.interviews",
    "input.field.job_search.interviews.company",
    "input.field.job_search.interviews.date",
    "input.field.job_search.interviews.hours",
    "input.field.job_search.weekly_review",
    "input.field.last_day",
    "input.field.manager",
    "input.field.manager.disclose_from",
    "input.field.manager.name",
    "input.field.me",
    "input.field.me.name",
    "input.field.policy",
    "input.field.policy.high_value",
    "input.field.policy.intro_buffer_days",
    "input.field.policy.notice_days",
    "input.field.policy.notify_earliest_days",
    "input.field.policy.notify_latest_days",
    "input.field.root",
    "input.field.successor",
    "input.field.successor.name",
    "input.field.support_until",
    "input.field.today",
    "input.field.version",
};

}  // namespace

std::string_view field_description(Lang lang, std::string_view path) {
    for (const std::string_view key : k_field_keys) {
        const std::size_t after_area = key.find('.') + 1;  // past `input.`
        if (key.substr(key.find('.', after_area) + 1) == path) return tr(lang, key);
    }
    throw std::logic_error("no description for the field " + std::string(path));
}

}  // namespace handover
