#pragma once
// Long output on a terminal goes through the user's pager, as git does: `$PAGER` (default
// `less -FRX`), started only once the output has more lines than the terminal has rows,
// so a short answer is printed directly.

#include <sys/types.h>

#include <csignal>
#include <cstddef>
#include <string>
#include <string_view>

#include "handover/base/i18n.hpp"
#include "handover/base/text_sink.hpp"

namespace handover::cli {

/// Standard output, through a pager when it turns out long. Text is held back until it
/// has more lines than `rows`; then the pager is started and given everything, the rest as
/// it comes. A pager the user quits early is not an error: what is left is dropped, and
/// neither SIGPIPE nor a message changes how the run ends.
class PagedStdout final : public TextSink {
  public:
    PagedStdout(Lang lang, std::string command, int rows);
    ~PagedStdout() override;
    PagedStdout(const PagedStdout&) = delete;
    PagedStdout& operator=(const PagedStdout&) = delete;

    void write(std::string_view text) override;
    /// Prints what was held back, or lets the pager finish and waits for it. Throws
    /// OutputError when standard output itself cannot be written.
    void finish();

  private:
    void start_pager();
    void to_pager(std::string_view text);
    void stop_pager();

    Lang lang_;
    std::string command_;
    std::size_t rows_;
    std::string held_;
    std::size_t lines_ = 0;
    pid_t pid_ = -1;
    int fd_ = -1;
    bool reader_gone_ = false;
    struct sigaction old_pipe_ {};
    struct sigaction old_interrupt_ {};
    struct sigaction old_quit_ {};
};

/// True when standard output may go through a pager now: it is a terminal, paging is not
/// turned off (`--no-pager`, an empty `$PAGER` or `cat`) and the terminal's height is known.
/// `command` and `rows` are then set.
bool pager_wanted(bool no_pager, std::string& command, int& rows);

}  // namespace handover::cli
