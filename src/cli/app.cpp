// Builds the command line and holds the one place where errors become exit codes.
#include "handover/cli/app.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <memory>
#include <sstream>
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

/// What went wrong in the user's language where the program knows better than CLI11 (a
/// missing or misspelled command), else CLI11's own (English) description.
std::string parse_problem(const CLI::App& app, const CLI::Error& error, Lang lang) {
    if (!app.get_subcommands().empty()) return error.what();
    const auto names = command_names(app);
    const auto extras = app.remaining();
    if (!extras.empty() && !extras.front().starts_with('-')) {
        std::string message = trf(lang, "cli.error.unknown_command",
                                  fmt::arg("command", terminal_text(extras.front())),
                                  fmt::arg("commands", fmt::join(names, ", ")));
        const std::string suggestion = did_you_mean(extras.front(), names);
        if (!suggestion.empty()) {
            message += trf(lang, "diag.did_you_mean", fmt::arg("suggestion", suggestion));
        }
        return message;
    }
    if (!extras.empty()) {
        return trf(lang, "cli.error.unknown_option",
                   fmt::arg("option", terminal_text(extras.front())));
    }
    if (error.get_name() == "RequiredError") {
        return trf(lang, "cli.error.no_command", fmt::arg("commands", fmt::join(names, ", ")));
    }
    return error.what();
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
        std::ostringstream failure;
        const int code = app.exit(e, std::cout, failure);
        if (code != 0) {
            write_standard_error(failure.str());
            return to_int(ExitCode::input_error);
        }
        if (!std::cout.flush()) {
            print_error(
                ctx.lang, "cli.error.prefix",
                trf(ctx.lang, "cli.error.stdout", fmt::arg("reason", std::strerror(errno))));
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
