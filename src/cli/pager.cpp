#include "pager.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "handover/base/diagnostics.hpp"
#include "handover/cli/conventions.hpp"
#include "terminal.hpp"

namespace handover::cli {
namespace {

[[noreturn]] void stdout_failed(Lang lang) {
    const char* reason = errno != 0 ? std::strerror(errno) : "write failed";
    throw OutputError(trf(lang, "cli.error.stdout", fmt::arg("reason", reason)));
}

void ignore(int signal_number, struct sigaction& previous) {
    struct sigaction ignored {};
    ignored.sa_handler = SIG_IGN;
    sigemptyset(&ignored.sa_mask);
    ::sigaction(signal_number, &ignored, &previous);
}

int terminal_rows() {
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
    return 0;
}

}  // namespace

bool pager_wanted(bool no_pager, std::string& command, int& rows) {
    if (no_pager || !stdout_is_terminal()) return false;
    command = pager_command(std::getenv("PAGER"));
    rows = terminal_rows();
    // Any output longer than the terminal would page: the length is decided as it comes.
    return should_page(true, false, command, rows, static_cast<std::size_t>(rows) + 1);
}

PagedStdout::PagedStdout(Lang lang, std::string command, int rows)
    : lang_(lang), command_(std::move(command)), rows_(static_cast<std::size_t>(rows)) {}

PagedStdout::~PagedStdout() {
    // Unwinding from an error: the pager still gets what was written and is waited for, so
    // the shell's prompt does not come back underneath it.
    if (pid_ != -1) stop_pager();
}

void PagedStdout::write(std::string_view text) {
    if (pid_ != -1) {
        to_pager(text);
        return;
    }
    held_ += text;
    lines_ += static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (lines_ > rows_) {
        start_pager();
        to_pager(held_);
        held_.clear();
        held_.shrink_to_fit();
    }
}

void PagedStdout::start_pager() {
    errno = 0;
    if (std::fflush(stdout) != 0) stdout_failed(lang_);
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0) stdout_failed(lang_);
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(ends[0]);
        ::close(ends[1]);
        stdout_failed(lang_);
    }
    if (pid == 0) {
        // The pager: the pipe is its standard input; standard output stays the terminal.
        ::dup2(ends[0], STDIN_FILENO);
        // less without options would show colour codes as text and keep short output on
        // screen; as git does, give it -FRX unless the user chose its options.
        ::setenv("LESS", "FRX", 0);
        ::execl("/bin/sh", "sh", "-c", command_.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(ends[0]);
    fd_ = ends[1];
    pid_ = pid;
    // A reader that quits early makes write() fail with EPIPE instead of killing the
    // program; Ctrl-C and Ctrl-\ are the pager's to handle, and the program waits for it.
    ignore(SIGPIPE, old_pipe_);
    ignore(SIGINT, old_interrupt_);
    ignore(SIGQUIT, old_quit_);
}

void PagedStdout::to_pager(std::string_view text) {
    while (!text.empty() && !reader_gone_) {
        const ssize_t written = ::write(fd_, text.data(), text.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            // The user quit the pager (EPIPE) or it failed: the rest is not wanted.
            reader_gone_ = true;
            break;
        }
        text.remove_prefix(static_cast<std::size_t>(written));
    }
}

void PagedStdout::stop_pager() {
    ::close(fd_);
    fd_ = -1;
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    ::sigaction(SIGPIPE, &old_pipe_, nullptr);
    ::sigaction(SIGINT, &old_interrupt_, nullptr);
    ::sigaction(SIGQUIT, &old_quit_, nullptr);
}

void PagedStdout::finish() {
    if (pid_ != -1) {
        stop_pager();
        return;
    }
    errno = 0;
    if (std::fwrite(held_.data(), 1, held_.size(), stdout) != held_.size()) stdout_failed(lang_);
    held_.clear();
    if (std::fflush(stdout) != 0) stdout_failed(lang_);
}

}  // namespace handover::cli
