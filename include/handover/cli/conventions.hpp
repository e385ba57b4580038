#pragma once
// The command-line conventions every command follows, as decisions that can be tested
// without a terminal or a process: the format a file name asks for, when output goes
// through a pager, and which file is read when none is named.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace handover::cli {

/// The extensions `-o FILE` may carry when `--format` is not given, as listed in messages.
inline constexpr std::string_view k_format_extensions = ".md, .markdown, .json, .ics, .csv, .txt";

/// What the name of an output file says about its format.
struct FormatFromName {
    /// The format's name (`markdown`, `json`, `ics`, `csv`, `text`); none when the name has
    /// no extension or one that names no format.
    std::optional<std::string_view> format;
    /// The name has an extension (`plan.pdf`), so no format means an unknown one rather
    /// than a bare name such as `plan` or `/dev/stdout`.
    bool has_extension = false;
};

/// The format of an output file by its extension, ignoring case: `.md` and `.markdown`
/// Markdown, `.json`, `.ics`, `.csv`, `.txt` the text view.
FormatFromName format_from_name(std::string_view path);

/// The input file read when a command is given none: `$HANDOVER_FILE` when it is set and
/// not empty (`from_environment`), else `./clients.json`.
struct DefaultInput {
    std::string path;
    bool from_environment = false;
};
DefaultInput default_input(const char* handover_file_env);

/// Who a plan is for: `--audience` when given (`given`), else `successor` for a plan with
/// handover documents (`--with-docs`: they are written for the successor, so the whole
/// output leaves out the job search and private notes), else `self`.
std::string_view plan_audience(std::optional<std::string_view> given, bool with_docs);

/// The pager used when `$PAGER` is not set.
inline constexpr std::string_view k_default_pager = "less -FRX";

/// The shell command that pages output, from the value of `$PAGER` (null when unset):
/// `less -FRX` when unset; empty, meaning no pager, when set to nothing or to `cat`.
std::string pager_command(const char* pager_env);

/// Whether output of `lines` lines goes through the pager: only to a terminal of known
/// height, only when neither `--no-pager` nor the environment turned paging off, and only
/// when the output has more lines than the terminal has rows.
bool should_page(bool stdout_is_terminal, bool no_pager, std::string_view pager, int rows,
                 std::size_t lines);

}  // namespace handover::cli
