#pragma once
// Flags that several subcommands share, declared once so they read and behave the same
// everywhere.

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "context.hpp"
#include "handover/base/atomic_write.hpp"
#include "handover/base/dates.hpp"
#include "handover/input/model.hpp"

namespace handover::cli {

/// A catalogue text as the std::string CLI11 wants.
std::string text(const Context& ctx, std::string_view key);
std::string text(Lang lang, std::string_view key);

/// A subcommand with its help in the user's language. CLI11 copies the parent's help flag
/// before the option defaults, so the flag is set again to land in the localized group.
CLI::App* add_command(CLI::App& app, const std::string& name, std::string_view description_key,
                      const Context& ctx);

/// The options every command takes, before or after its name (`handover --lang ja plan F`
/// and `handover plan F --lang ja`): declared on the program and on each command, bound to
/// the same fields of `ctx`, and listed under their own heading in every help.
///   `--lang en|ja`: also updates ctx.lang, although the help texts were already built from
///   the same flag by language_from_args().
///   `--today YYYY-MM-DD`: read with today_from_flag().
///   `--no-pager`: long output on a terminal is printed rather than paged.
///   `-q`, `--quiet`: errors only; confirmations are left out.
void add_global_options(CLI::App& app, Context& ctx);

/// Whether a command may be run without its input `FILE`.
enum class InputDefault { none, allowed };

/// The input `FILE` argument (`-` for standard input). With InputDefault::allowed it may be
/// left out, and input_path() finds the file.
void add_input_argument(CLI::App& app, std::string& path, const Context& ctx,
                        InputDefault default_input = InputDefault::none);

/// The input file to read: `given`, else `$HANDOVER_FILE`, else `./clients.json`. A
/// default that does not exist is a UsageError saying which files were looked for.
std::string input_path(const std::string& given, const Context& ctx);

/// The file's own `lang` becomes the language of what follows, unless --lang was given.
void adopt_file_language(const Input& input, Context& ctx);

/// `-o FILE`; `-` or no flag means standard output.
void add_output_option(CLI::App& app, std::string& path, std::string_view description_key,
                       const Context& ctx);

/// `--strict`: any warning makes the exit status 1.
void add_strict_flag(CLI::App& app, bool& strict, const Context& ctx);

/// An option whose value must be one of `choices`, or one of `aliases` (accepted, not listed
/// in help); a wrong value is reported in the user's language with a did-you-mean.
CLI::Option* add_choice(CLI::App& app, const std::string& name, std::string& value,
                        std::span<const std::string_view> choices, std::string_view description_key,
                        const Context& ctx, std::span<const std::string_view> aliases = {});

/// `--jurisdiction US|GB|JP` of `init` and `import`: whose law, holidays and customs the
/// new file is set up for. Lower case and `UK` are accepted too.
CLI::Option* add_jurisdiction_option(CLI::App& app, std::string& value,
                                     std::string_view description_key, const Context& ctx);

/// The jurisdiction `--jurisdiction` named, or none when it was not given.
std::optional<Jurisdiction> jurisdiction_from_flag(std::string_view value);

/// The day given by `--today`, or none. A malformed date is a UsageError.
std::optional<Day> today_from_flag(const Context& ctx);

/// The input at `path` (`-` for standard input), read, validated and checked against its
/// plan's task ids: what every command that reads clients.json starts from. Throws
/// InputError. The file's `lang` is adopted (adopt_file_language).
Input load_checked_input(const std::string& path, Context& ctx);

/// Locks `path` (a file, not "-") for a whole read-edit-replace, as `done`, `undo` and
/// `import --into` do, waiting up to a minute for another of them to finish; refuses a
/// file with more than one name (OutputError), something that is not an ordinary file
/// (UsageError), and a lock still held after the wait (OutputError). A file that cannot
/// be opened is left to the reader, whose message says why.
std::unique_ptr<EditLock> lock_for_edit(const std::string& path, const Context& ctx);

/// The language asked for on the command line (`--lang X` or `--lang=X`, the last one
/// wins), else the environment. Help texts are built before CLI11 parses anything, so the
/// flag is looked for by hand first.
Lang language_from_args(int argc, const char* const* argv);

}  // namespace handover::cli
