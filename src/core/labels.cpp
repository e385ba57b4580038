#include "handover/labels.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "handover/terminal_text.hpp"

namespace handover {

std::string_view label(Lang lang, Severity severity) {
    switch (severity) {
        case Severity::info:
            return tr(lang, "severity.info");
        case Severity::warning:
            return tr(lang, "severity.warning");
        case Severity::error:
            return tr(lang, "severity.error");
    }
    throw std::logic_error("severity out of range");
}

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

std::string_view label(Lang lang, MethodReason reason) {
    switch (reason) {
        case MethodReason::preferred:
            return tr(lang, "engine.method_reason.preferred");
        case MethodReason::change_averse:
            return tr(lang, "engine.method_reason.change_averse");
        case MethodReason::strong:
            return tr(lang, "engine.method_reason.strong");
        case MethodReason::high_value:
            return tr(lang, "engine.method_reason.high_value");
        case MethodReason::open_deal:
            return tr(lang, "engine.method_reason.open_deal");
        case MethodReason::weak:
            return tr(lang, "engine.method_reason.weak");
        case MethodReason::dormant:
            return tr(lang, "engine.method_reason.dormant");
        case MethodReason::prospect:
            return tr(lang, "engine.method_reason.prospect");
        case MethodReason::renewal:
            return tr(lang, "engine.method_reason.renewal");
        case MethodReason::normal:
            return tr(lang, "engine.method_reason.normal");
    }
    throw std::logic_error("method reason out of range");
}

StepNames step_names(Lang lang, int step) {
    const auto names = [lang](std::string_view name, std::string_view category) {
        return StepNames{tr(lang, name), tr(lang, category)};
    };
    switch (std::clamp(step, 1, 6)) {
        case 1:
            return names("render.step.1", "export.step.1");
        case 2:
            return names("render.step.2", "export.step.2");
        case 3:
            return names("render.step.3", "export.step.3");
        case 4:
            return names("render.step.4", "export.step.4");
        case 5:
            return names("render.step.5", "export.step.5");
        default:
            return names("render.step.6", "export.step.6");
    }
}

TalkTexts talk_texts(Lang lang, Method method) {
    const auto texts = [lang](std::string_view title, std::string_view opening) {
        return TalkTexts{tr(lang, title), tr(lang, opening)};
    };
    switch (method) {
        case Method::in_person:
            return texts("render.drafts.talk.title.in_person", "render.drafts.talk.open.in_person");
        case Method::video:
            return texts("render.drafts.talk.title.video", "render.drafts.talk.open.video");
        case Method::phone:
            return texts("render.drafts.talk.title.phone", "render.drafts.talk.open.phone");
        case Method::email:
            break;
    }
    throw std::logic_error("an email has no talk draft");
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

std::string warning_line(Lang lang, const Warning& warning, std::string_view prefix,
                         bool with_severity) {
    std::string out(prefix);
    if (with_severity) out += fmt::format("[{}] ", label(lang, warning.severity));
    out += terminal_line(to_string(warning.code));
    if (!warning.client.empty()) out += ' ' + terminal_line(warning.client);
    out += ": " + terminal_line(warning.message) + '\n';
    return out;
}

}  // namespace handover
