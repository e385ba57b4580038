#include "run_binary.hpp"

#include <fcntl.h>
#include <pty.h>
#include <spawn.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>
#include <string_view>

#include "temp_dir.hpp"

namespace e2e {
namespace {

[[noreturn]] void fail(const std::string& what, int error) {
    throw std::runtime_error(what + ": " + std::strerror(error));
}

std::vector<std::string> child_environment(const RunOptions& options) {
    static const std::set<std::string, std::less<>> k_removed{
        "LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "NO_COLOR", "PAGER", "LESS", "HANDOVER_FILE"};
    std::vector<std::string> env;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string_view pair(*entry);
        const std::string_view name = pair.substr(0, pair.find('='));
        if (k_removed.contains(name) || options.env.contains(std::string(name))) continue;
        env.emplace_back(pair);
    }
    for (const auto& [name, value] : options.env) env.push_back(name + "=" + value);
    // On a terminal long output would wait in `less` for a key no test presses.
    if (options.terminal && !options.env.contains("PAGER")) env.emplace_back("PAGER=cat");
    return env;
}

/// NULL-terminated pointers into `strings`, as posix_spawn wants them.
std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> result;
    for (auto& s : strings) result.push_back(s.data());
    result.push_back(nullptr);
    return result;
}

/// Reads until end of file, or until the terminal reports EIO once the program has closed
/// its side.
std::string read_all(int fd) {
    std::string text;
    std::array<char, 4096> buffer{};
    while (true) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n > 0) {
            text.append(buffer.data(), static_cast<std::size_t>(n));
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    return text;
}

/// A pseudo-terminal that looks like an ordinary 120-column terminal, without the
/// newline translation, so the program's bytes arrive unchanged.
void open_terminal(int& controller, int& device) {
    winsize size{};
    size.ws_row = 40;
    size.ws_col = 120;
    if (::openpty(&controller, &device, nullptr, nullptr, &size) != 0) fail("openpty", errno);
    termios modes{};
    if (::tcgetattr(device, &modes) == 0) {
        modes.c_oflag &= ~static_cast<tcflag_t>(OPOST);
        ::tcsetattr(device, TCSANOW, &modes);
    }
    ::fcntl(controller, F_SETFD, FD_CLOEXEC);
    ::fcntl(device, F_SETFD, FD_CLOEXEC);
}

class FileActions {
  public:
    FileActions() { ::posix_spawn_file_actions_init(&actions_); }
    ~FileActions() { ::posix_spawn_file_actions_destroy(&actions_); }
    FileActions(const FileActions&) = delete;
    FileActions& operator=(const FileActions&) = delete;
    posix_spawn_file_actions_t* get() { return &actions_; }

  private:
    posix_spawn_file_actions_t actions_{};
};

int exit_code_of(int status) {
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

}  // namespace

RunResult run_handover(const std::vector<std::string>& args, const RunOptions& options) {
    const TempDir scratch;
    const std::string in_path = scratch.file("stdin");
    const std::string out_path = scratch.file("stdout");
    const std::string err_path = scratch.file("stderr");
    if (options.stdin_text) write_file(in_path, *options.stdin_text);

    FileActions actions;
    const char* in = options.stdin_text ? in_path.c_str() : "/dev/null";
    ::posix_spawn_file_actions_addopen(actions.get(), 0, in, O_RDONLY, 0);
    int controller = -1;
    int device = -1;
    if (options.terminal) {
        open_terminal(controller, device);
        ::posix_spawn_file_actions_adddup2(actions.get(), device, 1);
    } else {
        ::posix_spawn_file_actions_addopen(actions.get(), 1, out_path.c_str(),
                                           O_WRONLY | O_CREAT | O_TRUNC, 0600);
    }
    const bool capture_err = options.stderr_path.empty() && !options.stderr_closed;
    if (options.stderr_closed) {
        ::posix_spawn_file_actions_addclose(actions.get(), 2);
    } else {
        const std::string& target = capture_err ? err_path : options.stderr_path;
        ::posix_spawn_file_actions_addopen(actions.get(), 2, target.c_str(),
                                           O_WRONLY | O_CREAT | O_TRUNC, 0600);
    }
    if (!options.cwd.empty()) {
        ::posix_spawn_file_actions_addchdir_np(actions.get(), options.cwd.c_str());
    }

    std::vector<std::string> argv_strings{HANDOVER_BINARY};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<std::string> env_strings = child_environment(options);
    auto argv = pointers(argv_strings);
    auto envp = pointers(env_strings);

    pid_t pid = 0;
    const int spawned =
        ::posix_spawn(&pid, HANDOVER_BINARY, actions.get(), nullptr, argv.data(), envp.data());
    RunResult result;
    if (options.terminal) {
        ::close(device);
        if (spawned == 0) result.out = read_all(controller);
        ::close(controller);
    }
    if (spawned != 0) fail("posix_spawn " HANDOVER_BINARY, spawned);

    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) fail("waitpid", errno);
    }
    result.exit_code = exit_code_of(status);
    if (!options.terminal) result.out = read_file(out_path);
    if (capture_err) result.err = read_file(err_path);
    return result;
}

bool terminal_available() {
    int controller = -1;
    int device = -1;
    if (::openpty(&controller, &device, nullptr, nullptr, nullptr) != 0) return false;
    ::close(controller);
    ::close(device);
    return true;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

}  // namespace e2e
