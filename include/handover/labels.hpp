#pragma once
// The words for the closed sets of the model (severities, methods, stages, ...) in the
// reader's language. Each set has one function that switches over every value and names its
// catalogue key literally, so a value without a text is a compile error (-Wswitch), not a
// text a user finds missing; views, exports and commands all ask here.

#include <string>
#include <string_view>

#include "handover/i18n.hpp"
#include "handover/model.hpp"
#include "handover/plan.hpp"
#include "handover/rules.hpp"

namespace handover {

/// `error` / `エラー`.
std::string_view label(Lang lang, Severity severity);
/// `in person` / `訪問`.
std::string_view label(Lang lang, Method method);
/// The stage of a deal or account.
std::string_view label(Lang lang, Stage stage);
/// The relationship with a client.
std::string_view label(Lang lang, Relationship relationship);
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

/// The description of a field of clients.json by its dotted path (`clients.stage`), as the
/// schema and the starter file show it: the text of the catalogue key that the field table
/// (input_fields.hpp) gives the field. An unknown path throws std::logic_error.
std::string_view field_description(Lang lang, std::string_view path);

/// A warning on one line of a terminal list: `<prefix>[<severity>] CODE client: message`,
/// without the `[<severity>] ` part when `with_severity` is false. Code, client and message
/// are escaped for the terminal, line breaks shown as spaces.
std::string warning_line(Lang lang, const Warning& warning, std::string_view prefix,
                         bool with_severity = true);

}  // namespace handover
