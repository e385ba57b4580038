#include "handover/base/atomic_write.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <thread>
#include <vector>

#include "handover/base/diagnostics.hpp"

namespace handover {
namespace {

namespace fs = std::filesystem;

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

mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

bool under(std::string_view path, std::string_view folder) {
    return path.starts_with(folder) && (path.size() == folder.size() || path[folder.size()] == '/');
}

/// /dev and /proc hold device nodes and the kernel's links to open files (`/dev/stdout` ->
/// `/proc/self/fd/1` -> `pipe:[…]`): a path there is always fed in place.
bool is_system_path(std::string_view path) {
    return under(path, "/dev") || under(path, "/proc");
}

// Temporary files being written under a name, for the signal handler. Fixed storage, since
// the handler may not allocate; a slot is published by setting its flag last.
constexpr std::size_t k_slots = 8;
std::array<std::array<char, PATH_MAX>, k_slots> g_pending{};
std::array<std::atomic<bool>, k_slots> g_used{};

int remember_temporary(const std::string& path) {
    if (path.size() >= PATH_MAX) return -1;
    for (std::size_t i = 0; i < k_slots; ++i) {
        if (g_used[i].load()) continue;
        std::memcpy(g_pending[i].data(), path.c_str(), path.size() + 1);
        g_used[i].store(true);
        return static_cast<int>(i);
    }
    return -1;
}

void forget_temporary(int slot) {
    if (slot >= 0) g_used[static_cast<std::size_t>(slot)].store(false);
}

extern "C" void remove_temporaries_and_reraise(int signal_number) {
    for (std::size_t i = 0; i < k_slots; ++i) {
        if (g_used[i].load()) ::unlink(g_pending[i].data());
    }
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
}

/// A short random name: the file's own name may already be NAME_MAX long, so the
/// temporary one never derives from it. It starts with a dot, so that it never looks real.
std::string temporary_name(const std::string& folder) {
    static constexpr char k_alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::array<unsigned char, 10> bytes{};
    if (::getrandom(bytes.data(), bytes.size(), 0) != static_cast<ssize_t>(bytes.size())) {
        const auto seed =
            static_cast<unsigned>(::getpid()) ^
            static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count());
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            bytes[i] =
                static_cast<unsigned char>(seed >> (i % 4 * 8)) + static_cast<unsigned char>(i);
        }
    }
    std::string name = ".handover-";
    for (const unsigned char b : bytes) name += k_alphabet[b % (sizeof k_alphabet - 1)];
    name += ".tmp";
    return (fs::path(folder) / name).string();
}

}  // namespace

std::string resolve_symlinks(const std::string& path) {
    std::string current = path;
    for (int hops = 0; hops < 40; ++hops) {
        struct stat info {};
        if (::lstat(current.c_str(), &info) != 0 || !S_ISLNK(info.st_mode)) return current;
        std::vector<char> buffer(
            static_cast<std::size_t>(info.st_size > 0 ? info.st_size : PATH_MAX) + 1);
        const ssize_t length = ::readlink(current.c_str(), buffer.data(), buffer.size());
        if (length < 0 || static_cast<std::size_t>(length) >= buffer.size()) return current;
        const fs::path link_target(std::string(buffer.data(), static_cast<std::size_t>(length)));
        // The kernel's links to open files (`pipe:[123]`) name no path: stop at the link.
        if (is_system_path(current)) return current;
        current = link_target.is_absolute()
                      ? link_target.string()
                      : (fs::path(current).parent_path() / link_target).lexically_normal().string();
    }
    throw OutputError(system_error_text("cannot follow the links of", path, ELOOP));
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
    target_ = resolve_symlinks(path_);
    struct stat info {};
    const bool exists = ::stat(target_.c_str(), &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) throw OutputError(path_ + " is a folder, not a file");
    if (is_system_path(path_) || is_system_path(target_) || (exists && !S_ISREG(info.st_mode))) {
        open_in_place();
        return;
    }
    if (exists && info.st_nlink > 1) {
        throw OutputError(fmt::format(
            "{} has {} hard links, and replacing it would leave the others with the old content",
            path_, info.st_nlink));
    }
    existed_ = exists;
    mode_ = exists ? (info.st_mode & 07777) : new_file_mode();
    owner_ = info.st_uid;
    group_ = info.st_gid;
    folder_ = fs::path(target_).parent_path().string();
    if (folder_.empty()) folder_ = ".";
    open_replacement();
}

void AtomicFile::open_in_place() {
    in_place_ = true;
    // Opening a FIFO waits for its reader, as a shell redirection does.
    fd_ = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_NOCTTY | O_CLOEXEC);
    if (fd_ < 0) throw OutputError(system_error_text("cannot open", path_, errno));
}

void AtomicFile::open_replacement() {
    // An unnamed file first: until commit() there is nothing in the folder to clean up.
    fd_ = ::open(folder_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
    if (fd_ >= 0) return;
    const int unnamed_error = errno;
    if (unnamed_error == ENOENT || unnamed_error == EACCES || unnamed_error == EROFS ||
        unnamed_error == ENOTDIR || unnamed_error == ENOSPC || unnamed_error == EDQUOT) {
        throw OutputError(system_error_text("cannot create a file in", folder_, unnamed_error));
    }
    // The file system has no unnamed files: a named one, removed on failure and on signals.
    std::string pattern = temporary_name(folder_);
    pattern.replace(pattern.size() - 10, 6, "XXXXXX");  // keep ".tmp" after the Xs
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    fd_ = ::mkostemps(name.data(), 4, O_CLOEXEC);
    if (fd_ < 0) throw OutputError(system_error_text("cannot create a file in", folder_, errno));
    temporary_.assign(name.data());
    slot_ = remember_temporary(temporary_);
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
    forget_temporary(slot_);
}

void AtomicFile::write(std::string_view text) {
    if (fd_ < 0) throw OutputError(system_error_text("cannot write", path_, EBADF));
    write_all(fd_, text, path_);
}

void AtomicFile::commit() {
    if (fd_ < 0) throw OutputError(system_error_text("cannot write", path_, EBADF));
    if (in_place_) {
        const int fd = fd_;
        fd_ = -1;
        if (::close(fd) != 0) throw OutputError(system_error_text("cannot write", path_, errno));
        return;
    }
    if (existed_ && (::geteuid() != owner_ || ::getegid() != group_)) {
        // Root editing another user's file hands it back to that user. Others can at most
        // keep the group they belong to; the file is then theirs, as any editor would leave it.
        if (::fchown(fd_, owner_, group_) != 0) (void)::fchown(fd_, static_cast<uid_t>(-1), group_);
    }
    if (::fchmod(fd_, mode_) != 0 || ::fsync(fd_) != 0) {
        throw OutputError(system_error_text("cannot write", path_, errno));
    }
    name_and_replace();
}

void AtomicFile::name_and_replace() {
    const int fd = fd_;
    if (temporary_.empty()) {
        // Give the unnamed file a name, retrying in the unlikely case the name is taken.
        const std::string proc_link = fmt::format("/proc/self/fd/{}", fd);
        for (int attempt = 0; attempt < 100 && temporary_.empty(); ++attempt) {
            std::string name = temporary_name(folder_);
            slot_ = remember_temporary(name);
            int linked =
                ::linkat(AT_FDCWD, proc_link.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW);
            if (linked != 0 && errno == ENOENT) {  // no /proc: name the descriptor itself
                linked = ::linkat(fd, "", AT_FDCWD, name.c_str(), AT_EMPTY_PATH);
            }
            if (linked == 0) {
                temporary_ = std::move(name);
                break;
            }
            const int error = errno;
            forget_temporary(slot_);
            slot_ = -1;
            if (error != EEXIST) throw OutputError(system_error_text("cannot write", path_, error));
        }
        if (temporary_.empty()) throw OutputError(system_error_text("cannot write", path_, EEXIST));
    }
    fd_ = -1;
    if (::close(fd) != 0) throw OutputError(system_error_text("cannot write", path_, errno));
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
        throw OutputError(system_error_text("cannot replace", path_, errno));
    }
    forget_temporary(slot_);
    slot_ = -1;
    temporary_.clear();
    // The rename is durable once the folder is on disk too.
    const int folder = ::open(folder_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        (void)::fsync(folder);
        ::close(folder);
    }
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

std::size_t hard_link_count(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return 0;
    return static_cast<std::size_t>(info.st_nlink);
}

void cleanup_temporaries_on_signals() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_reraise;
    sigemptyset(&action.sa_mask);
    for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
        struct sigaction previous {};
        // A signal the caller's parent chose to ignore (nohup) stays ignored.
        if (::sigaction(signal_number, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN) {
            continue;
        }
        ::sigaction(signal_number, &action, nullptr);
    }
}

EditLock::EditLock(const std::string& path, std::chrono::milliseconds timeout)
    : target_(resolve_symlinks(path)) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    auto pause = std::chrono::milliseconds(1);
    while (true) {
        fd_ = ::open(target_.c_str(), O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
        if (fd_ < 0) {
            outcome_ = Outcome::unopenable;
            return;
        }
        struct stat held {};
        if (::fstat(fd_, &held) != 0 || !S_ISREG(held.st_mode)) {
            outcome_ = Outcome::not_regular;
            return;
        }
        if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) {
            // Locked, but perhaps on a file that the previous holder has just replaced.
            struct stat now {};
            if (::stat(target_.c_str(), &now) == 0 && now.st_dev == held.st_dev &&
                now.st_ino == held.st_ino) {
                links_ = static_cast<std::size_t>(held.st_nlink);
                outcome_ = Outcome::locked;
                return;
            }
        } else if (errno != EWOULDBLOCK && errno != EINTR) {
            // No locking on this file system: go on unlocked rather than refuse the edit.
            links_ = static_cast<std::size_t>(held.st_nlink);
            outcome_ = Outcome::locked;
            return;
        }
        ::close(fd_);
        fd_ = -1;
        if (std::chrono::steady_clock::now() >= deadline) {
            outcome_ = Outcome::busy;
            return;
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(25));
    }
}

EditLock::~EditLock() {
    if (fd_ >= 0) ::close(fd_);
}

}  // namespace handover
