#pragma once
// The texts of the render layer: the words of a plan, its views, and the export formats.

#include <span>

#include "handover/base/i18n.hpp"

namespace handover::messages {

std::span<const Message> plan_texts();
std::span<const Message> render();
std::span<const Message> exporters();
/// Rule 11: the letter, the support agreement, the final check, the farewell.
std::span<const Message> leaving();

}  // namespace handover::messages
