#include "terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cstdlib>

namespace handover::cli {

bool stdout_is_terminal() {
    return ::isatty(STDOUT_FILENO) == 1;
}

bool use_color(std::string_view mode, bool to_stdout) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color != nullptr && *no_color != '\0') return false;
    return to_stdout && stdout_is_terminal();
}

int terminal_width(int fallback) {
    winsize size{};
    // A fresh pseudo-terminal reports 0 columns; treat that as unknown.
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
    return fallback;
}

}  // namespace handover::cli
