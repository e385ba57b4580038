#include "handover/render/labels.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "handover/base/terminal_text.hpp"
#include "handover/render/plan_texts.hpp"

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

std::string_view label(Lang lang, TaskStatus status) {
    switch (status) {
        case TaskStatus::todo:
            return tr(lang, "export.status.todo");
        case TaskStatus::done:
            return tr(lang, "export.status.done");
        case TaskStatus::unscheduled:
            return tr(lang, "export.status.unscheduled");
    }
    throw std::logic_error("task status out of range");
}

std::string_view label(Lang lang, MethodReason reason) {
    switch (reason) {
        case MethodReason::preferred:
            return tr(lang, "plan.method_reason.preferred");
        case MethodReason::change_averse:
            return tr(lang, "plan.method_reason.change_averse");
        case MethodReason::strong:
            return tr(lang, "plan.method_reason.strong");
        case MethodReason::high_value:
            return tr(lang, "plan.method_reason.high_value");
        case MethodReason::open_deal:
            return tr(lang, "plan.method_reason.open_deal");
        case MethodReason::weak:
            return tr(lang, "plan.method_reason.weak");
        case MethodReason::dormant:
            return tr(lang, "plan.method_reason.dormant");
        case MethodReason::prospect:
            return tr(lang, "plan.method_reason.prospect");
        case MethodReason::renewal:
            return tr(lang, "plan.method_reason.renewal");
        case MethodReason::normal:
            return tr(lang, "plan.method_reason.normal");
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
std::string warning_line(Lang lang, const Plan& plan, const Warning& warning,
                         std::string_view prefix, bool with_severity) {
    return warning_line(lang, warning, warning_message(lang, plan, warning), prefix, with_severity);
}

std::string warning_line(Lang lang, const Warning& warning, std::string_view message,
                         std::string_view prefix, bool with_severity) {
    std::string out(prefix);
    if (with_severity) out += fmt::format("[{}] ", label(lang, warning.severity));
    out += terminal_line(to_string(warning.code));
    if (!warning.client.empty()) out += ' ' + terminal_line(warning.client);
    out += ": " + terminal_line(message) + '\n';
    return out;
}

}  // namespace handover
