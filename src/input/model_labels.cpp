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

}  // namespace handover
