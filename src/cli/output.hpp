#pragma once
// Where a command's result goes: standard output, or a file replaced atomically so that a
// failed run never leaves a half-written or clobbered file behind.

#include <functional>
#include <string>
#include <string_view>

#include "context.hpp"
#include "handover/base/i18n.hpp"
#include "handover/base/text_sink.hpp"

namespace handover::cli {

/// True for no `-o` at all and for `-o -`.
bool writes_to_stdout(const std::string& output);

/// Checked before any work is done, so a doomed run creates nothing: a folder as target is
/// an OutputError (exit 3); the input file itself as target is a UsageError (exit 2), as
/// it is a slip of the fingers rather than a failure to write.
void check_output_target(const std::string& output, const std::string& input, Lang lang);

/// A regular file with more than one name (hard link) is never replaced: the rename would
/// give this name a new file and leave the other names with the old content. OutputError.
void refuse_hard_links(const std::string& path, Lang lang);

/// Whether output to standard output may go through a pager (pager.hpp): a command's own
/// result when `--no-pager` was not given, never a one-line report.
enum class Paging { off, allowed };

/// The paging of a command's own result: allowed unless `--no-pager`.
inline Paging result_paging(const Context& ctx) {
    return ctx.no_pager ? Paging::off : Paging::allowed;
}

/// Writes the whole content or throws OutputError with a message in `lang`.
void write_output(const std::string& output, std::string_view content, Lang lang,
                  Paging paging = Paging::off);

/// Lets `produce` write the content in pieces, straight to standard output (through the
/// pager when `paging` allows and the output is long) or into the temporary file that
/// replaces `output` once `produce` has returned. When `produce` throws, a file target is
/// left as it was. Write failures are OutputError in `lang`.
void write_output_with(const std::string& output, Lang lang,
                       const std::function<void(TextSink&)>& produce, Paging paging = Paging::off);

}  // namespace handover::cli
