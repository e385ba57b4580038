#pragma once
// Where the end-to-end tests find their inputs: the examples shipped in the repository and
// the fixtures in tests/data.

#include <string>
#include <string_view>
#include <vector>

namespace e2e {

/// The day every test plans from, so that results do not depend on the clock.
inline constexpr const char* k_today = "2026-11-20";

std::string source_file(std::string_view relative);  ///< under the repository root
std::string data_file(std::string_view relative);    ///< under tests/data

/// Files directly in `folder` whose names contain `.json` (so `.jsonc` too), sorted, so
/// that a fixture added later is tested without registering it anywhere.
std::vector<std::string> json_files_in(const std::string& folder);

/// True when the text holds an ANSI escape sequence.
bool has_escape(std::string_view text);

}  // namespace e2e
