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

/// The permissions of the file being replaced; a new file gets 0666 less the umask.
mode_t target_mode(const std::string& path) {
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (fs::is_directory(path_, ec)) throw OutputError(path_ + " is a folder, not a file");
    const fs::path target(path_);
    fs::path folder = target.parent_path();
    if (folder.empty()) folder = ".";
    mode_ = target_mode(path_);

    // The temporary name starts with a dot so that a crash leaves no file that looks real.
    std::string hidden_name = ".";
    hidden_name.append(target.filename().string()).append(".tmp-XXXXXX");
    const std::string pattern = (folder / hidden_name).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    fd_ = ::mkstemp(name.data());
    if (fd_ < 0) {
        throw OutputError(system_error_text("cannot create a file in", folder.string(), errno));
    }
    temporary_.assign(name.data());
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void AtomicFile::write(std::string_view text) {
    if (fd_ < 0) throw OutputError(system_error_text("cannot write", path_, EBADF));
    write_all(fd_, text, path_);
}

void AtomicFile::commit() {
    if (fd_ < 0) throw OutputError(system_error_text("cannot write", path_, EBADF));
    if (::fchmod(fd_, static_cast<mode_t>(mode_)) != 0 || ::fsync(fd_) != 0) {
        throw OutputError(system_error_text("cannot write", path_, errno));
    }
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) throw OutputError(system_error_text("cannot write", path_, errno));
    if (::rename(temporary_.c_str(), path_.c_str()) != 0) {
        throw OutputError(system_error_text("cannot replace", path_, errno));
    }
    temporary_.clear();
}

void write_file_atomically(const std::string& path, std::string_view content) {
    AtomicFile file(path);
    file.write(content);
    file.commit();
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {
    }, sb{};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

}  // namespace handover
