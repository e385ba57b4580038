// `handover diff OLD NEW` and `handover diff --against PLAN.json NEW`: what a change to the
// input moved in the plan, and the reason each moved task now gives.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/input/input.hpp"
#include "handover/progress/plan_diff.hpp"
#include "options.hpp"
#include "output.hpp"
#include "plan_status.hpp"

namespace handover::cli {
namespace {

constexpr std::string_view k_formats[] = {"text", "json"};

struct DiffOptions {
    std::vector<std::string> files;
    std::string against;
    std::string format = "text";
    bool strict = false;
};

Plan plan_of(const std::string& path, Context& ctx) {
    return build_plan(load_checked_input(path, ctx));
}

std::string shown_name(const std::string& path, const Context& ctx) {
    return path == "-" ? text(ctx, "cli.stdin") : path;
}

int run_diff(const DiffOptions& options, Context& ctx) {
    const std::size_t wanted = options.against.empty() ? 2 : 1;
    if (options.files.size() != wanted) throw UsageError(text(ctx, "progress.error.diff_args"));
    const std::string& new_path = options.files.back();
    const std::string old_name = options.against.empty() ? options.files.front() : options.against;
    if (old_name == "-" && new_path == "-") throw UsageError(text(ctx, "progress.error.two_stdin"));

    const Plan old_plan =
        options.against.empty()
            ? plan_of(options.files.front(), ctx)
            : plan_from_json(read_input_text(options.against, ctx.lang), options.against, ctx.lang);
    const Plan new_plan = plan_of(new_path, ctx);
    const PlanDiff diff = diff_plans(old_plan, new_plan, ctx.lang);
    write_output("-",
                 options.format == "json"
                     ? render_diff_json(diff)
                     : render_diff_text(diff, ctx.lang, shown_name(old_name, ctx),
                                        shown_name(new_path, ctx)),
                 ctx.lang, result_paging(ctx));
    // Like `plan` and `check`: the status says whether the new plan is feasible.
    report_plan_status(new_plan, options.strict, ctx.lang);
    return plan_exit_code(new_plan, options.strict);
}

}  // namespace

void setup_diff(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<DiffOptions>();
    CLI::App* sub = add_command(app, "diff", "progress.diff.description", ctx);
    sub->footer(text(ctx, "progress.diff.footer"));
    sub->add_option("FILES", options->files, text(ctx, "progress.opt.diff_files"))
        ->required()
        ->type_name("");
    sub->add_option("--against", options->against, text(ctx, "progress.opt.against_diff"))
        ->type_name("PLAN.json");
    add_choice(*sub, "-f,--format", options->format, k_formats, "progress.opt.format", ctx);
    add_strict_flag(*sub, options->strict, ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_diff(*options, ctx); });
}

}  // namespace handover::cli
