// `handover plan FILE`: the dated plan, in the terminal or exported.
#include <fmt/format.h>

#include <memory>
#include <stdexcept>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/input/input.hpp"
#include "handover/render/render.hpp"
#include "options.hpp"
#include "output.hpp"
#include "plan_status.hpp"
#include "terminal.hpp"

namespace handover::cli {
namespace {

constexpr std::string_view k_formats[] = {"text", "markdown", "json", "ics", "csv", "crm"};
constexpr std::string_view k_audiences[] = {"self", "manager", "successor"};
constexpr std::string_view k_group_bys[] = {"date", "step", "client"};
constexpr std::string_view k_color_modes[] = {"auto", "always", "never"};

struct PlanOptions {
    std::string input;
    std::string output;
    std::string format = "text";
    std::string audience = "self";
    std::string group_by = "date";
    std::string color = "auto";
    bool with_docs = false;
    bool with_drafts = false;
    bool excel = false;
    bool no_why = false;
    bool strict = false;
};

/// The flag values were checked against the same lists when parsed.
template <typename T>
T parsed(std::optional<T> value) {
    if (!value) throw std::logic_error("a checked flag value has no enum counterpart");
    return *value;
}

RenderOptions render_options(const PlanOptions& options, Lang lang) {
    RenderOptions render;
    render.lang = lang;
    render.format = parsed(format_from_string(options.format));
    render.audience = parsed(audience_from_string(options.audience));
    render.group_by = parsed(group_by_from_string(options.group_by));
    render.with_docs = options.with_docs;
    render.with_drafts = options.with_drafts;
    render.excel = options.excel;
    render.with_why = !options.no_why;
    // A spreadsheet of the tasks only makes sense of a CSV; ignoring the flag would leave
    // the user wondering why the file did not change.
    if (render.excel && render.format != Format::csv && render.format != Format::crm) {
        throw UsageError(
            trf(lang, "cli.error.excel_format", fmt::arg("format", to_string(render.format))));
    }
    const bool to_stdout = writes_to_stdout(options.output);
    // Escape codes belong to the terminal view only; the exports are read by programs.
    render.color = render.format == Format::text && use_color(options.color, to_stdout);
    if (to_stdout && stdout_is_terminal()) {
        render.terminal_width = terminal_width(render.terminal_width);
    }
    return render;
}

int run_plan(const PlanOptions& options, Context& ctx) {
    check_output_target(options.output, options.input, ctx.lang);
    const RenderOptions render_with = render_options(options, ctx.lang);
    const Input input = load_checked_input(options.input, ctx);
    const Plan plan = build_plan(input);
    // The plan is written even when it is not feasible: its warnings say what to change.
    write_output_with(options.output, ctx.lang,
                      [&](TextSink& out) { render_to(plan, input, render_with, out); });
    report_plan_status(plan, options.strict, ctx.lang);
    return plan_exit_code(plan, options.strict);
}

}  // namespace

void setup_plan(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<PlanOptions>();
    CLI::App* sub = add_command(app, "plan", "cli.plan.description", ctx);
    sub->footer(text(ctx, "cli.plan.footer"));
    add_input_argument(*sub, options->input, ctx);
    add_choice(*sub, "-f,--format", options->format, k_formats, "cli.opt.format", ctx);
    add_output_option(*sub, options->output, "cli.opt.output", ctx);
    add_choice(*sub, "--audience", options->audience, k_audiences, "cli.opt.audience", ctx);
    add_choice(*sub, "--group-by", options->group_by, k_group_bys, "cli.opt.group_by", ctx);
    sub->add_flag("--with-docs", options->with_docs, text(ctx, "cli.opt.with_docs"));
    sub->add_flag("--with-drafts", options->with_drafts, text(ctx, "cli.opt.with_drafts"));
    sub->add_flag("--excel", options->excel, text(ctx, "cli.opt.excel"));
    sub->add_flag("--no-why", options->no_why, text(ctx, "cli.opt.no_why"));
    add_choice(*sub, "--color", options->color, k_color_modes, "cli.opt.color", ctx);
    add_strict_flag(*sub, options->strict, ctx);
    add_lang_option(*sub, ctx);
    add_today_option(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_plan(*options, ctx); });
}

}  // namespace handover::cli
