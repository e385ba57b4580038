#pragma once
// Terminal columns of UTF-8 text. Byte counts misalign tables as soon as a client name is
// Japanese, so every padding, truncation and wrap in the text view goes through here.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/utf8.hpp"

namespace handover {

/// True when every byte is printable ASCII (0x20 to 0x7E): one column each, nothing to
/// decode or escape. Most of a plan's English text is, so callers test this first.
bool is_printable_ascii(std::string_view text);

/// Columns one code point takes: 2 for East Asian Wide and Fullwidth, 0 for combining marks,
/// zero-width and control characters, 1 otherwise.
int codepoint_width(char32_t cp);

/// Columns the text takes. A byte that is not part of valid UTF-8 counts as one column, so
/// damaged input still lines up instead of throwing.
std::size_t display_width(std::string_view text);

/// The text on one line for a file format (Markdown): line breaks, tabs and other control
/// characters become spaces. Text for a terminal goes through terminal_text() instead,
/// which shows such characters rather than hiding them.
std::string single_line(std::string_view text);

/// The text followed by spaces up to `width` columns (unchanged when already wider).
std::string pad_right(std::string_view text, std::size_t width);
/// Spaces, then the text, up to `width` columns (unchanged when already wider).
std::string pad_left(std::string_view text, std::size_t width);

/// At most `width` columns, cut only between characters; a cut text ends with `…`.
std::string truncate_to_width(std::string_view text, std::size_t width);

/// Lines of at most `width` columns: breaks at spaces where possible, otherwise between
/// characters (never inside one), so Japanese text without spaces wraps too.
std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width);

}  // namespace handover
