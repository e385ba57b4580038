#include "standard_error.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <ctime>
#include <string>

#include "handover/base/terminal_text.hpp"

namespace handover::cli {

void write_standard_error(std::string_view text) {
    std::fflush(stdout);  // what the user sees comes in the order it was written
    const std::string clean = terminal_text(text, LineBreaks::kept);
    // A reader that went away would raise SIGPIPE and kill the program: hold it for the
    // write and discard one it raised.
    sigset_t pipe_signal;
    sigset_t previous;
    sigemptyset(&pipe_signal);
    sigaddset(&pipe_signal, SIGPIPE);
    const bool held = pthread_sigmask(SIG_BLOCK, &pipe_signal, &previous) == 0;
    const bool was_pending = [&] {
        sigset_t pending;
        return sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1;
    }();
    std::string_view rest = clean;
    while (!rest.empty()) {
        const ssize_t written = ::write(STDERR_FILENO, rest.data(), rest.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) break;  // nowhere to say it: the run goes on as it would have
        rest.remove_prefix(static_cast<std::size_t>(written));
    }
    if (held) {
        if (!was_pending) {
            const timespec no_wait{};
            while (sigtimedwait(&pipe_signal, nullptr, &no_wait) == SIGPIPE) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    }
}

void reserve_standard_streams() {
    for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        // open() takes the lowest free number, which is `fd` as the lower ones are open.
        const int stand_in = ::open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY);
        if (stand_in != fd && stand_in >= 0) ::close(stand_in);
    }
}

}  // namespace handover::cli
