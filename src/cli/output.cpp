#include "output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "handover/atomic_write.hpp"
#include "handover/diagnostics.hpp"

namespace handover::cli {

bool writes_to_stdout(const std::string& output) {
    return output.empty() || output == "-";
}

void check_output_target(const std::string& output, const std::string& input, Lang lang) {
    if (writes_to_stdout(output)) return;
    std::error_code ec;
    if (std::filesystem::is_directory(output, ec)) {
        throw OutputError(trf(lang, "cli.error.output_is_folder", fmt::arg("path", output)));
    }
    if (!input.empty() && input != "-" && same_file(input, output)) {
        throw UsageError(trf(lang, "cli.error.output_is_input", fmt::arg("path", output)));
    }
}

void write_output(const std::string& output, std::string_view content, Lang lang) {
    if (writes_to_stdout(output)) {
        errno = 0;
        const bool ok = std::fwrite(content.data(), 1, content.size(), stdout) == content.size() &&
                        std::fflush(stdout) == 0;
        if (!ok) {
            const char* reason = errno != 0 ? std::strerror(errno) : "write failed";
            throw OutputError(trf(lang, "cli.error.stdout", fmt::arg("reason", reason)));
        }
        return;
    }
    check_output_target(output, "", lang);
    try {
        write_file_atomically(output, content);
    } catch (const OutputError& e) {
        throw OutputError(trf(lang, "cli.error.cannot_write", fmt::arg("path", output),
                              fmt::arg("reason", e.what())));
    }
}

}  // namespace handover::cli
