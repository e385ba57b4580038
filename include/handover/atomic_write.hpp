#pragma once

#include <string>
#include <string_view>

namespace handover {

/// Writes `content` to `path` so that readers see either the old file or the complete new
/// one: a temporary file in the same folder, flushed to disk, then renamed over the target.
/// On failure the temporary file is removed, the target is untouched, and OutputError says
/// why. Refuses a path that is a folder.
void write_file_atomically(const std::string& path, std::string_view content);

/// True when two paths name the same existing file (same device and inode).
bool same_file(const std::string& a, const std::string& b);

}  // namespace handover
