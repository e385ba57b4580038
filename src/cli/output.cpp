#include "output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "handover/base/atomic_write.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/terminal_text.hpp"
#include "pager.hpp"

namespace handover::cli {

bool writes_to_stdout(const std::string& output) {
    return output.empty() || output == "-";
}

void check_output_target(const std::string& output, const std::string& input, Lang lang) {
    if (writes_to_stdout(output)) return;
    std::error_code ec;
    if (std::filesystem::is_directory(output, ec)) {
        throw OutputError(
            trf(lang, "cli.error.output_is_folder", fmt::arg("path", terminal_text(output))));
    }
    if (!input.empty() && input != "-" && same_file(input, output)) {
        throw UsageError(
            trf(lang, "cli.error.output_is_input", fmt::arg("path", terminal_text(output))));
    }
    refuse_hard_links(output, lang);
}

void refuse_hard_links(const std::string& path, Lang lang) {
    const std::size_t links = hard_link_count(path);
    if (links > 1) {
        throw OutputError(
            trf(lang, "cli.error.hard_links", fmt::arg("path", path), fmt::arg("links", links)));
    }
}

namespace {

/// Standard output through stdio's buffer; a failed write stops the run with a message.
class StdoutSink final : public TextSink {
  public:
    explicit StdoutSink(Lang lang) : lang_(lang) {}

    void write(std::string_view text) override {
        errno = 0;
        if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size()) fail();
    }
    void flush() {
        errno = 0;
        if (std::fflush(stdout) != 0) fail();
    }

  private:
    [[noreturn]] void fail() const {
        const char* reason = errno != 0 ? std::strerror(errno) : "write failed";
        throw OutputError(trf(lang_, "cli.error.stdout", fmt::arg("reason", reason)));
    }

    Lang lang_;
};

}  // namespace

void write_output(const std::string& output, std::string_view content, Lang lang, Paging paging) {
    write_output_with(
        output, lang, [content](TextSink& sink) { sink.write(content); }, paging);
}

void write_output_with(const std::string& output, Lang lang,
                       const std::function<void(TextSink&)>& produce, Paging paging) {
    std::string pager;
    int rows = 0;
    if (writes_to_stdout(output) && paging == Paging::allowed && pager_wanted(false, pager, rows)) {
        PagedStdout sink(lang, pager, rows);
        produce(sink);
        sink.finish();
        return;
    }
    if (writes_to_stdout(output)) {
        StdoutSink sink(lang);
        produce(sink);
        sink.flush();
        return;
    }
    check_output_target(output, "", lang);
    try {
        AtomicFile file(output);
        produce(file);
        file.commit();
    } catch (const OutputError& e) {
        throw OutputError(trf(lang, "cli.error.cannot_write",
                              fmt::arg("path", terminal_text(output)),
                              fmt::arg("reason", terminal_text(e.what()))));
    }
}

}  // namespace handover::cli
