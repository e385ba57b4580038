#pragma once
// The texts of the input layer: reading and validating clients.json, field descriptions.

#include <span>

#include "handover/base/i18n.hpp"

namespace handover::messages {

std::span<const Message> input();
/// `handover import`: reading an export and mapping it to clients.
std::span<const Message> import();

}  // namespace handover::messages
