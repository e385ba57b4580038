#pragma once
// The texts of the engine layer: its diagnostics of input it cannot plan.

#include <span>

#include "handover/base/i18n.hpp"

namespace handover::messages {

std::span<const Message> engine();

}  // namespace handover::messages
