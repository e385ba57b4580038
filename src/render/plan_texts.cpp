#include "handover/render/plan_texts.hpp"

#include "handover/render/labels.hpp"

namespace handover {

std::string_view method_reason(Lang lang, const ClientPlan& client) {
    return label(lang, client.method_reason);
}

std::string_view day_note_text(Lang lang, const DayNote& note) {
    const std::string& name = lang == Lang::ja ? note.name_ja : note.name;
    switch (note.kind) {
        case DayNote::Kind::day_off:
            return {};
        case DayNote::Kind::holiday:
            return name.empty() ? tr(lang, "engine.day.holiday") : std::string_view(name);
        case DayNote::Kind::blocked:
            return name.empty() ? tr(lang, "engine.day.blocked") : std::string_view(name);
    }
    return {};
}

}  // namespace handover
