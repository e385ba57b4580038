// `handover help [COMMAND]`: the help of a command, as `handover COMMAND --help` prints it.
#include <fmt/format.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/terminal_text.hpp"
#include "options.hpp"
#include "output.hpp"

namespace handover::cli {
namespace {

int run_help(const CLI::App& app, const std::string& name, Context& ctx) {
    if (name.empty()) {
        // app.help() would describe the command being run, `help` itself.
        write_output(
            "-", app.get_formatter()->make_help(&app, app.get_name(), CLI::AppFormatMode::Normal),
            ctx.lang, result_paging(ctx));
        return 0;
    }
    std::vector<std::string_view> names;
    for (const CLI::App* sub : app.get_subcommands({})) {
        if (sub->get_name() == name) {
            write_output("-", sub->help(app.get_name()), ctx.lang, result_paging(ctx));
            return 0;
        }
        names.push_back(sub->get_name());
    }
    std::string message =
        trf(ctx.lang, "cli.error.unknown_command", fmt::arg("command", terminal_text(name)),
            fmt::arg("commands", fmt::join(names, ", ")));
    const std::string suggestion = did_you_mean(name, names);
    if (!suggestion.empty()) {
        message += trf(ctx.lang, "diag.did_you_mean", fmt::arg("suggestion", suggestion));
    }
    throw UsageError(message);
}

}  // namespace

void setup_help(CLI::App& app, Context& ctx) {
    auto name = std::make_shared<std::string>();
    CLI::App* sub = add_command(app, "help", "cli.help.description", ctx);
    sub->footer(text(ctx, "cli.help.footer"));
    sub->add_option("COMMAND", *name, text(ctx, "cli.opt.help_command"))->type_name("");
    add_global_options(*sub, ctx);
    const CLI::App* program = &app;
    sub->callback([program, name, &ctx] { ctx.exit_code = run_help(*program, *name, ctx); });
}

}  // namespace handover::cli
