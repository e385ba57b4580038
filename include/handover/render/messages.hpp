#pragma once
// The texts of the render layer: the views of the plan, and the export formats.

#include <span>

#include "handover/base/i18n.hpp"

namespace handover::messages {

std::span<const Message> render();
std::span<const Message> exporters();

}  // namespace handover::messages
