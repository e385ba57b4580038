#pragma once

#include <string>
#include <string_view>

#include "handover/text_sink.hpp"

namespace handover {

/// A file written under a temporary name next to `path` and renamed over it by commit():
/// readers see either the old file or the complete new one. Destroying it without commit()
/// removes the temporary file and leaves the target untouched. Errors are OutputError.
class AtomicFile final : public TextSink {
  public:
    explicit AtomicFile(std::string path);
    ~AtomicFile() override;

    void write(std::string_view text) override;
    /// Flushes to disk and renames into place; the file is complete from then on.
    void commit();

  private:
    std::string path_;
    std::string temporary_;
    int fd_ = -1;
    unsigned mode_ = 0;
};

/// Writes `content` to `path` so that readers see either the old file or the complete new
/// one: a temporary file in the same folder, flushed to disk, then renamed over the target.
/// On failure the temporary file is removed, the target is untouched, and OutputError says
/// why. Refuses a path that is a folder.
void write_file_atomically(const std::string& path, std::string_view content);

/// True when two paths name the same existing file (same device and inode).
bool same_file(const std::string& a, const std::string& b);

}  // namespace handover
