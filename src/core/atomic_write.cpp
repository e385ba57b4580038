#include "handover/atomic_write.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "handover/diagnostics.hpp"

namespace handover {
namespace {

std::string system_error_text(const std::string& what, const std::string& path, int error) {
    return fmt::format("{} {}: {}", what, path, std::strerror(error));
}

/// Removes the temporary file unless it has been renamed into place.
class TemporaryFile {
  public:
    explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;
    ~TemporaryFile() {
        if (!path_.empty()) ::unlink(path_.c_str());
    }
    void release() { path_.clear(); }

  private:
    std::string path_;
};

void write_all(int fd, std::string_view content, const std::string& path) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, left);
        if (written < 0) {
            if (errno == EINTR) continue;
            throw OutputError(system_error_text("cannot write", path, errno));
        }
        data += written;
        left -= static_cast<std::size_t>(written);
    }
}

}  // namespace

void write_file_atomically(const std::string& path, std::string_view content) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw OutputError(path + " is a folder, not a file");
    fs::path target(path);
    fs::path folder = target.parent_path();
    if (folder.empty()) folder = ".";

    // Keep the permissions of the file being replaced; a new file gets 0666 less umask.
    mode_t mode = 0666;
    struct stat existing {};
    const bool exists = ::stat(path.c_str(), &existing) == 0;
    if (exists) {
        mode = existing.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode &= ~mask;
    }

    // The temporary name starts with a dot so that a crash leaves no file that looks real.
    std::string hidden_name = ".";
    hidden_name.append(target.filename().string()).append(".tmp-XXXXXX");
    std::string pattern = (folder / hidden_name).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0)
        throw OutputError(system_error_text("cannot create a file in", folder.string(), errno));
    const std::string temporary(name.data());
    TemporaryFile guard(temporary);
    try {
        write_all(fd, content, path);
        if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
            throw OutputError(system_error_text("cannot write", path, errno));
        }
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) throw OutputError(system_error_text("cannot write", path, errno));
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        throw OutputError(system_error_text("cannot replace", path, errno));
    }
    guard.release();
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {
    }, sb{};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace handover
