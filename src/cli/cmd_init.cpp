// `handover init`: a commented starter clients.json to fill in.
#include <filesystem>
#include <memory>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/cli/starter.hpp"
#include "handover/input/input.hpp"
#include "options.hpp"
#include "output.hpp"

namespace handover::cli {
namespace {

struct InitOptions {
    std::string output = "clients.json";
    bool force = false;
    std::string jurisdiction;
};

int run_init(const InitOptions& options, Context& ctx) {
    check_output_target(options.output, "", ctx.lang);
    const bool to_stdout = writes_to_stdout(options.output);
    std::error_code ec;
    // symlink_status: a dangling link is still something the user made and may want kept.
    if (!to_stdout && !options.force &&
        std::filesystem::exists(std::filesystem::symlink_status(options.output, ec))) {
        throw UsageError(
            trf(ctx.lang, "cli.init.exists", fmt::arg("path", terminal_text(options.output))));
    }
    const Day today = today_from_flag(ctx).value_or(local_today());
    StarterFill fill;
    fill.jurisdiction = jurisdiction_from_flag(options.jurisdiction);
    write_output(options.output, starter_file(ctx.lang, today, fill), ctx.lang, result_paging(ctx));
    if (!to_stdout && !ctx.quiet) {
        write_output(
            "-",
            trf(ctx.lang, "cli.init.written", fmt::arg("path", terminal_text(options.output))) +
                "\n",
            ctx.lang);
    }
    return 0;
}

}  // namespace

void setup_init(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<InitOptions>();
    CLI::App* sub = add_command(app, "init", "cli.init.description", ctx);
    sub->footer(text(ctx, "cli.init.footer"));
    add_output_option(*sub, options->output, "cli.opt.init_output", ctx);
    sub->add_flag("--force", options->force, text(ctx, "cli.opt.force"));
    add_jurisdiction_option(*sub, options->jurisdiction, "cli.opt.jurisdiction", ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_init(*options, ctx); });
}

}  // namespace handover::cli
