#pragma once
// The words for the closed sets of the plan (severities, method reasons, steps, ...) in the
// reader's language; those of the input model are in handover/input/model_labels.hpp. Each set has
// one function that switches over every value and names its catalogue key literally, so a value
// without a text is a compile error (-Wswitch), not a text a user finds missing; views, exports and
// commands all ask here.

#include <string>
#include <string_view>

#include "handover/base/i18n.hpp"
#include "handover/engine/plan.hpp"
#include "handover/engine/rules.hpp"
#include "handover/input/model_labels.hpp"

namespace handover {

/// `error` / `エラー`.
std::string_view label(Lang lang, Severity severity);

/// `to do` / `未着手`: a task's status for people (the exports' machine name is to_string()).
std::string_view label(Lang lang, TaskStatus status);
/// Why a method was chosen, as a sentence.
std::string_view label(Lang lang, MethodReason reason);

/// One of the six handover steps: its name in views (`render.step.<n>`) and as a calendar
/// category (`export.step.<n>`). A step outside 1..6 is named as the nearest one.
struct StepNames {
    std::string_view name;
    std::string_view category;
};
StepNames step_names(Lang lang, int step);

/// The title and opening sentence of a talk draft for a method spoken aloud, fmt texts with
/// the named arguments `{contact}` and `{client}` (title) and `{me}` (opening). Email has no
/// talk draft: asking for one is a programming error and throws std::logic_error.
struct TalkTexts {
    std::string_view title;
    std::string_view opening;
};
TalkTexts talk_texts(Lang lang, Method method);

/// A warning on one line of a terminal list: `<prefix>[<severity>] CODE client: message`,
/// without the `[<severity>] ` part when `with_severity` is false. Code, client and message
/// are escaped for the terminal, line breaks shown as spaces.
std::string warning_line(Lang lang, const Plan& plan, const Warning& warning,
                         std::string_view prefix, bool with_severity = true);
/// The same with the message already worded (a diff or a list of next tasks keeps it).
std::string warning_line(Lang lang, const Warning& warning, std::string_view message,
                         std::string_view prefix, bool with_severity = true);

}  // namespace handover
