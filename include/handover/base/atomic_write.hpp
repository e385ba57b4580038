#pragma once
// How `handover` writes a file it was asked to write (`-o FILE`) or to change (`done`,
// `undo`): never half, never over the wrong kind of thing. docs/robustness.md lists the
// promises each write path makes.

#include <sys/types.h>

#include <chrono>
#include <string>
#include <string_view>

#include "handover/base/text_sink.hpp"

namespace handover {

/// Where `path` leads: its symbolic links followed one by one (relative targets resolved
/// against the link's folder). A dangling link leads to the file it names, which a write
/// then creates, as a shell redirection would. Paths are returned as the links spell them.
/// Throws OutputError after 40 links (a loop).
std::string resolve_symlinks(const std::string& path);

/// A file that replaces `path` whole, or a node that is fed directly:
/// - nothing there, or a regular file (also behind symbolic links, which stay links and
///   have their target replaced): the content goes to an unnamed file in the target's
///   folder, which commit() names and renames over the target. Readers see the old file
///   or the complete new one; the new file keeps the old one's mode, owner and group (a
///   new file gets 0666 less the umask); nothing is left behind by a failure, a signal
///   handled by cleanup_temporaries_on_signals(), or even a kill.
/// - a FIFO, a device or a socket, or any path under /dev or /proc (`/dev/stdout`,
///   `/dev/fd/3`): opened and written in place, in append mode, as a shell's `>>` would; a
///   rename would replace the node instead of feeding whatever reads it.
/// Refuses a folder and a regular file with more than one hard link (replacing it would
/// split the links silently). Errors are OutputError.
class AtomicFile final : public TextSink {
  public:
    explicit AtomicFile(std::string path);
    ~AtomicFile() override;
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view text) override;
    /// Flushes to disk and puts the file in place; it is complete from then on.
    void commit();

    /// The path actually written: `path` with its symbolic links resolved.
    const std::string& target() const { return target_; }
    /// True when the target is fed in place (a FIFO, a device, a path under /dev or /proc).
    bool in_place() const { return in_place_; }

  private:
    void open_in_place();
    void open_replacement();
    void name_and_replace();

    std::string path_;
    std::string target_;
    std::string folder_;
    /// The named temporary file, when the system offers no unnamed one (no O_TMPFILE).
    std::string temporary_;
    int fd_ = -1;
    /// Its place in the list of files a signal handler removes; -1 for none.
    int slot_ = -1;
    bool in_place_ = false;
    bool existed_ = false;
    mode_t mode_ = 0;
    uid_t owner_ = 0;
    gid_t group_ = 0;
};

/// Writes `content` to `path` through an AtomicFile.
void write_file_atomically(const std::string& path, std::string_view content);

/// True when two paths name the same existing file (same device and inode).
bool same_file(const std::string& a, const std::string& b);

/// How many names (hard links) the regular file at `path` has, links followed; 0 when
/// there is no such file.
std::size_t hard_link_count(const std::string& path);

/// Installs handlers for SIGINT, SIGTERM, SIGHUP and SIGQUIT that remove the temporary
/// file of any AtomicFile being written, then end the program by the same signal. For the
/// program's entry point; a library never installs handlers by itself.
void cleanup_temporaries_on_signals();

/// An exclusive advisory lock (flock) on the file being edited, held from before it is read
/// until after it is replaced, so that concurrent `done` runs take turns instead of each
/// writing back what it read and losing the others' entries. The file is replaced by a
/// rename, so a waiter that gets the lock on the old file sees that the path now names
/// another file and locks that one instead.
class EditLock {
  public:
    enum class Outcome {
        locked,       ///< held until destruction
        unopenable,   ///< the file cannot be opened (missing, unreadable): reading it will say why
        not_regular,  ///< a folder, FIFO or device: not a file that can be edited
        busy,         ///< another process held it for the whole timeout
    };

    /// Locks the regular file that `path` leads to, waiting up to `timeout`.
    EditLock(const std::string& path, std::chrono::milliseconds timeout);
    ~EditLock();
    EditLock(const EditLock&) = delete;
    EditLock& operator=(const EditLock&) = delete;

    Outcome outcome() const { return outcome_; }
    /// `path` with its symbolic links resolved: the file to read and to replace.
    const std::string& target() const { return target_; }
    /// Hard links of the locked file (1 for an ordinary file).
    std::size_t links() const { return links_; }

  private:
    std::string target_;
    int fd_ = -1;
    std::size_t links_ = 0;
    Outcome outcome_ = Outcome::unopenable;
};

}  // namespace handover
