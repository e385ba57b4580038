// Builds the command line and holds the one place where errors become exit codes.
#include "handover/cli/app.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <exception>
#include <memory>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "context.hpp"
#include "handover/base/atomic_write.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/exit_codes.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/cli/catalogue.hpp"
#include "handover/version.hpp"
#include "help_formatter.hpp"
#include "options.hpp"
#include "output.hpp"
#include "standard_error.hpp"

namespace handover::cli {
namespace {

/// Help in the user's language: CLI11's fixed labels, and the group names it prints.
void localize_help(CLI::App& app, const Context& ctx) {
    auto formatter = std::make_shared<HelpFormatter>();
    formatter->label("Usage", text(ctx, "cli.help.usage"));
    formatter->label("OPTIONS", text(ctx, "cli.help.options_badge"));
    formatter->label("SUBCOMMAND", text(ctx, "cli.help.command_badge"));
    formatter->label("Positionals", text(ctx, "cli.help.arguments"));
    formatter->label("REQUIRED", text(ctx, "cli.help.required"));
    app.formatter(formatter);
    app.option_defaults()->group(text(ctx, "cli.help.options"));
    // Subcommands copy the help flag when they are created, so set it first.
    app.set_help_flag("-h,--help", text(ctx, "cli.opt.help"));
}

void build_app(CLI::App& app, Context& ctx) {
    localize_help(app, ctx);
    app.description(text(ctx, "cli.app.description"));
    app.footer(text(ctx, "cli.app.footer"));
    app.set_version_flag("--version", fmt::format("handover {}", k_version),
                         text(ctx, "cli.opt.version"));
    add_global_options(app, ctx);
    app.require_subcommand(1);

    setup_plan(app, ctx);
    setup_check(app, ctx);
    setup_init(app, ctx);
    setup_import(app, ctx);
    setup_drafts(app, ctx);
    setup_holidays(app, ctx);
    setup_schema(app, ctx);
    setup_done(app, ctx);
    setup_next(app, ctx);
    setup_diff(app, ctx);
    setup_help(app, ctx);
}

std::vector<std::string_view> command_names(const CLI::App& app) {
    std::vector<std::string_view> names;
    for (const CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
    return names;
}

/// The command being parsed when the error came: the last one named, else the program.
const CLI::App& innermost(const CLI::App& app) {
    const CLI::App* current = &app;
    while (!current->get_subcommands().empty()) current = current->get_subcommands().back();
    return *current;
}

std::string with_suggestion(std::string message, std::string_view word,
                            std::span<const std::string_view> candidates, Lang lang) {
    const std::string suggestion = did_you_mean(word, candidates);
    if (!suggestion.empty()) {
        message += trf(lang, "diag.did_you_mean", fmt::arg("suggestion", suggestion));
    }
    return message;
}

/// A word the command did not expect: an option it does not have (with the nearest of
/// its long options), a command the program does not have (with the nearest command), or
/// one argument too many.
std::string unexpected_word(const CLI::App& app, const CLI::App& command, const std::string& word,
                            Lang lang) {
    if (word.size() > 1 && word.starts_with('-')) {
        const std::string option = word.substr(0, word.find('='));
        std::vector<std::string> long_names;
        for (const CLI::Option* opt : command.get_options()) {
            for (const std::string& name : opt->get_lnames()) long_names.push_back("--" + name);
        }
        const std::vector<std::string_view> candidates(long_names.begin(), long_names.end());
        return with_suggestion(
            trf(lang, "cli.error.unknown_option", fmt::arg("option", terminal_text(option))),
            option, candidates, lang);
    }
    if (&command == &app) {
        const auto names = command_names(app);
        return with_suggestion(
            trf(lang, "cli.error.unknown_command", fmt::arg("command", terminal_text(word)),
                fmt::arg("commands", fmt::join(names, ", "))),
            word, names, lang);
    }
    return trf(lang, "cli.error.extra_argument", fmt::arg("argument", terminal_text(word)));
}

/// The text after `prefix` up to `stop` in CLI11's message, or empty.
std::string between(std::string_view message, std::string_view prefix, std::string_view stop) {
    if (!message.starts_with(prefix)) return {};
    message.remove_prefix(prefix.size());
    const auto end = message.find(stop);
    if (end == std::string_view::npos) return {};
    return std::string(message.substr(0, end));
}

/// What went wrong, in the user's language. CLI11 describes its errors in English only;
/// each kind the program's options can raise is said again from what the error carries.
/// Validation errors already carry the program's own (translated) text.
std::string parse_problem(const CLI::App& app, const CLI::Error& error, Lang lang) {
    const CLI::App& command = innermost(app);
    const std::string what = error.what();
    // Type by cast: CLI11 gives some errors the command's name rather than their kind's.
    if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr ||
        dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
        // Words left over, in the order typed: the first one is the mistake.
        for (const CLI::App* level = &command; level != nullptr; level = level->get_parent()) {
            const auto extras = level->remaining();
            if (!extras.empty()) return unexpected_word(app, *level, extras.front(), lang);
        }
    }
    if (dynamic_cast<const CLI::RequiredError*>(&error) != nullptr) {
        if (&command == &app) {
            return trf(lang, "cli.error.no_command",
                       fmt::arg("commands", fmt::join(command_names(app), ", ")));
        }
        const std::string missing = between(what, "", " is required");
        if (!missing.empty()) return trf(lang, "cli.error.required", fmt::arg("what", missing));
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
        const std::string option = between(what, "", ":");
        if (!option.empty()) return trf(lang, "cli.error.needs_value", fmt::arg("option", option));
    }
    if (dynamic_cast<const CLI::ConversionError*>(&error) != nullptr) {
        const std::string option = between(what, "Could not convert: ", " = ");
        if (!option.empty()) {
            const std::string value = what.substr(what.find(" = ") + 3);
            return trf(lang, "cli.error.bad_value", fmt::arg("option", option),
                       fmt::arg("value", terminal_text(value)));
        }
    }
    return what;
}

/// The problem, then a pointer to the help of the subcommand that was being parsed.
std::string parse_failure(const CLI::App& app, const CLI::Error& error, Lang lang) {
    std::string command = "handover";
    for (const CLI::App* sub : app.get_subcommands()) command += " " + sub->get_name();
    return fmt::format(
        "{}\n{}\n",
        trf(lang, "cli.error.prefix", fmt::arg("message", parse_problem(app, error, lang))),
        trf(lang, "cli.hint.help", fmt::arg("command", command)));
}

void print_error(Lang lang, std::string_view key, const std::string& message) {
    write_standard_error(trf(lang, key, fmt::arg("message", message)) + '\n');
}

}  // namespace

int run(int argc, char** argv) {
    reserve_standard_streams();
    cleanup_temporaries_on_signals();
    use_all_messages();
    Context ctx;
    ctx.lang = language_from_args(argc, argv);
    CLI::App app{"", "handover"};
    try {
        build_app(app, ctx);
        app.failure_message([&ctx](const CLI::App* failed, const CLI::Error& error) {
            return parse_failure(*failed, error, ctx.lang);
        });
        app.parse(argc, argv);
        return ctx.exit_code;
    } catch (const CLI::ParseError& e) {
        // Help and version are "errors" that CLI11 answers with exit code 0.
        // CLI11 writes the failure message to the stream given; it goes on to standard
        // error the one way every message does.
        // Help goes where `handover help COMMAND` sends it: standard output, through the
        // pager when it is longer than the terminal.
        std::ostringstream answer;
        std::ostringstream failure;
        const int code = app.exit(e, answer, failure);
        if (code != 0) {
            write_standard_error(failure.str());
            return to_int(ExitCode::input_error);
        }
        try {
            write_output("-", answer.str(), ctx.lang, result_paging(ctx));
        } catch (const OutputError& error) {
            print_error(ctx.lang, "cli.error.prefix", error.what());
            return to_int(ExitCode::output_error);
        }
        return to_int(ExitCode::ok);
    } catch (const InputError& e) {
        write_standard_error(e.describe(ctx.lang));
        return to_int(ExitCode::input_error);
    } catch (const UsageError& e) {
        print_error(ctx.lang, "cli.error.prefix", e.what());
        return to_int(ExitCode::input_error);
    } catch (const OutputError& e) {
        print_error(ctx.lang, "cli.error.prefix", e.what());
        return to_int(ExitCode::output_error);
    } catch (const std::exception& e) {
        // Not a failure the program foresaw: a bug, or memory running out on a huge input.
        // The documented codes leave no better slot than 2 ("could not use this input"),
        // and the message says plainly that it is not the user's fault.
        print_error(ctx.lang, "cli.error.internal", e.what());
        return to_int(ExitCode::input_error);
    }
}

}  // namespace handover::cli
