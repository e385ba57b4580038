#pragma once
// The words for the closed sets of the input model (methods, stages, relationships) and for
// the fields of clients.json, in the reader's language. Each set has one function that
// switches over every value and names its catalogue key literally, so a value without a
// text is a compile error (-Wswitch), not a text a user finds missing. The words for the
// plan's own sets are in handover/render/labels.hpp.

#include <string_view>

#include "handover/base/i18n.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// `in person` / `訪問`.
std::string_view label(Lang lang, Method method);
/// The stage of a deal or account.
std::string_view label(Lang lang, Stage stage);
/// The relationship with a client.
std::string_view label(Lang lang, Relationship relationship);

/// The description of a field of clients.json by its dotted path (`clients.stage`), as the
/// schema and the starter file show it: the text of the catalogue key that the field table
/// (input_fields.hpp) gives the field. An unknown path throws std::logic_error. Defined with
/// the table, in input_field_table.cpp.
std::string_view field_description(Lang lang, std::string_view path);

}  // namespace handover
