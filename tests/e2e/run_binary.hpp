#pragma once
// Runs the real `handover` binary the way a user or a script would, and captures what it
// printed and how it exited.

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace e2e {

struct RunOptions {
    /// Written to the program's standard input; none means /dev/null.
    std::optional<std::string> stdin_text;
    /// Extra environment. LANG, LC_ALL, LC_MESSAGES, LANGUAGE, NO_COLOR, PAGER, LESS and
    /// HANDOVER_FILE are removed from the inherited environment first, so each test states
    /// what it depends on. On a terminal PAGER is `cat` (no pager) unless given here.
    std::map<std::string, std::string> env;
    /// Standard output is a pseudo-terminal instead of a file.
    bool terminal = false;
    /// Working folder of the program; empty means the test's own.
    std::string cwd;
    /// Standard error goes to this file (such as /dev/full) instead of being captured;
    /// RunResult::err is then empty.
    std::string stderr_path;
    /// Standard error is closed, as with `2>&-`; RunResult::err is then empty.
    bool stderr_closed = false;
};

struct RunResult {
    int exit_code = -1;  ///< 128 + signal number when the program was killed
    std::string out;
    std::string err;
};

/// Runs HANDOVER_BINARY with `args` (without the program name).
RunResult run_handover(const std::vector<std::string>& args, const RunOptions& options = {});

/// False in sandboxes without pseudo-terminals (no /dev/ptmx); terminal tests then skip.
bool terminal_available();

/// The whole content of a file; empty when it cannot be read.
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& content);

}  // namespace e2e
