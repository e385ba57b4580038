#pragma once
// What the terminal allows: colour and width. Only consulted when the output goes to
// standard output, so files and pipes get the same bytes on every machine.

#include <string_view>

namespace handover::cli {

bool stdout_is_terminal();

/// `mode` is auto, always or never. Auto means colour only on a terminal, and never when
/// NO_COLOR is set to a non-empty value (https://no-color.org).
bool use_color(std::string_view mode, bool to_stdout);

/// Columns of the terminal on standard output, or `fallback` when unknown.
int terminal_width(int fallback);

}  // namespace handover::cli
