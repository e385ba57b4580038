#pragma once
// The whole message catalogue. Each layer keeps its own texts (handover/<layer>/messages.hpp);
// only the program, which links every layer, can put them together.

#include <span>

#include "handover/base/i18n.hpp"

namespace handover::messages {

/// The command line's own texts: help, usage errors, the reports of `check`, `done`, `init`.
std::span<const Message> cli();

}  // namespace handover::messages

namespace handover::cli {

/// Gives `tr` the texts of every layer. `run()` calls it first; so do the tests, the fuzz
/// targets and the benchmark programs, which use the layers without the command line.
void use_all_messages();

}  // namespace handover::cli
