#pragma once
// The message catalogue is one lookup (`tr`) over tables kept per area, so that the
// input, engine, renderer and CLI texts each live next to one another.

#include <span>

#include "handover/i18n.hpp"

namespace handover::messages {

std::span<const Message> common();
std::span<const Message> input();
std::span<const Message> engine();
std::span<const Message> render();
std::span<const Message> exporters();
std::span<const Message> cli();
std::span<const Message> progress();

}  // namespace handover::messages
