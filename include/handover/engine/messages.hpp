#pragma once
// The texts of the engine layer: task titles, reasons, warnings.

#include <span>

#include "handover/base/i18n.hpp"

namespace handover::messages {

std::span<const Message> engine();

}  // namespace handover::messages
