#include "options.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/cli/conventions.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/input/input.hpp"

namespace handover::cli {
namespace {

constexpr std::string_view k_languages[] = {"en", "ja"};

std::string join(std::span<const std::string_view> items, std::string_view separator) {
    std::string out;
    for (const auto item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

}  // namespace

std::string text(const Context& ctx, std::string_view key) {
    return text(ctx.lang, key);
}

std::string text(Lang lang, std::string_view key) {
    return std::string(tr(lang, key));
}

CLI::App* add_command(CLI::App& app, const std::string& name, std::string_view description_key,
                      const Context& ctx) {
    CLI::App* sub = app.add_subcommand(name, text(ctx, description_key));
    sub->group(text(ctx, "cli.help.commands"));
    sub->set_help_flag("-h,--help", text(ctx, "cli.opt.help"));
    return sub;
}

void add_global_options(CLI::App& app, Context& ctx) {
    const std::string group = text(ctx, "cli.help.global_options");
    add_choice(app, "--lang", ctx.lang_flag, k_languages, "cli.opt.lang", ctx)
        ->each([&ctx](const std::string& value) {
            if (auto lang = lang_from_string(value)) ctx.lang = *lang;
        })
        ->group(group);
    app.add_option("--today", ctx.today_flag, text(ctx, "cli.opt.today"))
        ->type_name("YYYY-MM-DD")
        ->group(group);
    app.add_flag("--no-pager", ctx.no_pager, text(ctx, "cli.opt.no_pager"))->group(group);
    app.add_flag("-q,--quiet", ctx.quiet, text(ctx, "cli.opt.quiet"))->group(group);
}

void add_input_argument(CLI::App& app, std::string& path, const Context& ctx,
                        InputDefault default_input) {
    if (default_input == InputDefault::allowed) {
        app.add_option("FILE", path, text(ctx, "cli.opt.input_default"))->type_name("");
    } else {
        app.add_option("FILE", path, text(ctx, "cli.opt.input"))->required()->type_name("");
    }
}

std::string input_path(const std::string& given, const Context& ctx) {
    if (!given.empty()) return given;
    const DefaultInput found = default_input(std::getenv("HANDOVER_FILE"));
    std::error_code ec;
    if (std::filesystem::exists(found.path, ec)) return found.path;
    if (found.from_environment) {
        throw UsageError(
            trf(ctx.lang, "cli.error.no_input_env", fmt::arg("path", terminal_text(found.path))));
    }
    throw UsageError(text(ctx, "cli.error.no_input"));
}

void adopt_file_language(const Input& input, Context& ctx) {
    if (ctx.lang_flag.empty() && input.lang) ctx.lang = *input.lang;
}

void add_output_option(CLI::App& app, std::string& path, std::string_view description_key,
                       const Context& ctx) {
    const Lang lang = ctx.lang;
    // `-o ""` (an unset variable in a script) must not quietly mean standard output.
    CLI::Validator named(
        [lang](std::string& given) -> std::string {
            return given.empty() ? text(lang, "cli.error.empty_output") : std::string();
        },
        "", "file_name");
    app.add_option("-o,--output", path, text(ctx, description_key))
        ->type_name("FILE")
        ->check(named);
}

void add_strict_flag(CLI::App& app, bool& strict, const Context& ctx) {
    app.add_flag("--strict", strict, text(ctx, "cli.opt.strict"));
}

CLI::Option* add_choice(CLI::App& app, const std::string& name, std::string& value,
                        std::span<const std::string_view> choices, std::string_view description_key,
                        const Context& ctx, std::span<const std::string_view> aliases) {
    const Lang lang = ctx.lang;
    const std::vector<std::string_view> allowed(choices.begin(), choices.end());
    const std::vector<std::string_view> also(aliases.begin(), aliases.end());
    CLI::Validator one_of(
        [allowed, also, lang](std::string& given) -> std::string {
            for (const auto choice : allowed) {
                if (given == choice) return {};
            }
            for (const auto alias : also) {
                if (given == alias) return {};
            }
            std::string message =
                trf(lang, "cli.error.bad_choice", fmt::arg("value", terminal_text(given)),
                    fmt::arg("choices", join(allowed, ", ")));
            const std::string suggestion = did_you_mean(given, allowed);
            if (!suggestion.empty()) {
                message += trf(lang, "diag.did_you_mean", fmt::arg("suggestion", suggestion));
            }
            return message;
        },
        "", "one_of");
    return app.add_option(name, value, text(ctx, description_key))
        ->check(one_of)
        ->option_text("{" + join(choices, ",") + "}");
}

CLI::Option* add_jurisdiction_option(CLI::App& app, std::string& value,
                                     std::string_view description_key, const Context& ctx) {
    static constexpr std::string_view k_aliases[] = {"us", "gb", "jp", "UK", "uk"};
    return add_choice(app, "--jurisdiction", value, k_jurisdiction_names, description_key, ctx,
                      k_aliases);
}

std::optional<Jurisdiction> jurisdiction_from_flag(std::string_view value) {
    if (value == "US" || value == "us") return Jurisdiction::US;
    if (value == "GB" || value == "gb" || value == "UK" || value == "uk") return Jurisdiction::GB;
    if (value == "JP" || value == "jp") return Jurisdiction::JP;
    return std::nullopt;
}

std::optional<Day> today_from_flag(const Context& ctx) {
    if (ctx.today_flag.empty()) return std::nullopt;
    if (auto day = parse_iso_date(ctx.today_flag)) {
        if (in_supported_range(*day)) return day;
    }
    throw UsageError(
        trf(ctx.lang, "cli.error.bad_today", fmt::arg("value", terminal_text(ctx.today_flag))));
}

Lang language_from_args(int argc, const char* const* argv) {
    std::optional<Lang> chosen;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--lang" && i + 1 < argc) {
            chosen = lang_from_string(argv[i + 1]);
        } else if (arg.starts_with("--lang=")) {
            chosen = lang_from_string(arg.substr(7));
        }
    }
    return chosen.value_or(lang_from_environment());
}

Input load_checked_input(const std::string& path, Context& ctx) {
    Input input = load_input(path, today_from_flag(ctx), ctx.lang);
    task_id::require_known_done(input, path == "-" ? "<stdin>" : path, ctx.lang);
    adopt_file_language(input, ctx);
    return input;
}

/// How long an edit waits for another one on the same file to finish. Each takes
/// milliseconds; only a stuck or stopped process holds the lock this long.
constexpr std::chrono::seconds k_lock_wait{60};

std::unique_ptr<EditLock> lock_for_edit(const std::string& path, const Context& ctx) {
    auto lock = std::make_unique<EditLock>(path, k_lock_wait);
    switch (lock->outcome()) {
        case EditLock::Outcome::locked:
            if (lock->links() > 1) {
                throw OutputError(trf(ctx.lang, "cli.error.hard_links", fmt::arg("path", path),
                                      fmt::arg("links", lock->links())));
            }
            break;
        case EditLock::Outcome::unopenable:
            break;
        case EditLock::Outcome::not_regular:
            throw UsageError(trf(ctx.lang, "progress.error.not_regular", fmt::arg("file", path)));
        case EditLock::Outcome::busy:
            throw OutputError(trf(ctx.lang, "progress.error.busy", fmt::arg("file", path),
                                  fmt::arg("seconds", k_lock_wait.count())));
    }
    return lock;
}

}  // namespace handover::cli
