#pragma once
// The texts of the progress layer: done, next and diff.

#include <span>

#include "handover/base/i18n.hpp"

namespace handover::messages {

std::span<const Message> progress();

}  // namespace handover::messages
