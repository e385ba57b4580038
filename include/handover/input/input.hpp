#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/base/i18n.hpp"
#include "handover/input/model.hpp"

namespace handover {

/// Largest input accepted; larger files are refused before they are read.
inline constexpr std::size_t k_max_input_bytes = 64 * 1024 * 1024;
/// Deepest JSON nesting accepted (the format itself needs 4).
inline constexpr int k_max_depth = 64;
/// JSON values the parser may hold at once besides the clients already read:
/// k_max_values_base, plus one per k_text_bytes_per_value bytes of the file. In memory a
/// value takes 30 to 160 bytes, so the parsed document stays within about 7 times the text
/// (the text itself is held too) whatever the file holds. A real file needs far less: its
/// values outside `clients` take 13 or more bytes each, and the clients are read one at a
/// time (input_dom.cpp).
inline constexpr std::size_t k_max_values_base = 32'768;
inline constexpr std::size_t k_text_bytes_per_value = 24;
/// Problems listed for one file; the rest are counted in a last line.
inline constexpr std::size_t k_max_diagnostics = 1'000;

/// Reads a file (or standard input for "-") as text. Throws InputError.
std::string read_input_text(const std::string& path, Lang lang = Lang::en);

/// Parses and validates `text` (named `file` in messages). Collects every problem and
/// throws InputError with all of them. Entries of `done` are checked for their shape here
/// and against the plan's task ids by `task_id::require_known_done` (engine), since only
/// the task graph knows which tasks exist. `today_flag` (from --today) wins over the file's
/// `today`, which wins over the local date; the result is stored in Input::today.
Input parse_input(std::string_view text, const std::string& file,
                  std::optional<Day> today_flag = std::nullopt, Lang lang = Lang::en);

/// Reads and validates a file. Throws InputError.
Input load_input(const std::string& path, std::optional<Day> today_flag = std::nullopt,
                 Lang lang = Lang::en);

/// Throws the InputError that refuses `file` for `diagnostics`: at most k_max_diagnostics
/// of them, then one line counting the rest (and the `dropped` that were only counted).
[[noreturn]] void refuse_input(const std::string& file, std::vector<Diagnostic> diagnostics,
                               std::size_t dropped, Lang lang);

/// The local date of this machine (the only clock read in the program).
Day local_today();

}  // namespace handover
