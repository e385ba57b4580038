// `handover plan FILE`: the dated plan, in the terminal or exported.
#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <stdexcept>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/cli/conventions.hpp"
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
/// Short names accepted for a format, as file extensions spell it.
constexpr std::string_view k_format_aliases[] = {"md"};
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
    /// The flags that suit some formats only, to refuse them with any other.
    const CLI::Option* format_flag = nullptr;
    const CLI::Option* audience_flag = nullptr;
    const CLI::Option* group_by_flag = nullptr;
    const CLI::Option* with_docs_flag = nullptr;
    const CLI::Option* with_drafts_flag = nullptr;
    const CLI::Option* excel_flag = nullptr;
    const CLI::Option* no_why_flag = nullptr;
    const CLI::Option* color_flag = nullptr;
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

bool given(const CLI::Option* flag) {
    return flag != nullptr && flag->count() > 0;
}

/// The format asked for: `--format`, else the extension of `-o FILE`, else text. A file
/// name whose extension names no format is refused rather than filled with the wrong one.
Format chosen_format(const PlanOptions& options, Lang lang) {
    if (given(options.format_flag)) {
        return parsed(format_from_string(options.format == "md" ? "markdown" : options.format));
    }
    if (writes_to_stdout(options.output)) return Format::text;
    const FormatFromName from_name = format_from_name(options.output);
    if (from_name.format) return parsed(format_from_string(*from_name.format));
    if (!from_name.has_extension) return Format::text;
    throw UsageError(trf(lang, "cli.error.unknown_extension",
                         fmt::arg("path", terminal_text(options.output)),
                         fmt::arg("extensions", k_format_extensions)));
}

/// A flag that only some formats use is an error with any other, rather than silently
/// doing nothing: the user expected it to change the output.
void refuse_unused_flags(const PlanOptions& options, Format format, Lang lang) {
    struct Rule {
        const CLI::Option* flag;
        std::string_view name;
        std::initializer_list<Format> formats;
        std::string_view formats_text;
    };
    const Rule rules[] = {
        {options.group_by_flag, "--group-by", {Format::markdown}, "markdown"},
        {options.with_docs_flag, "--with-docs", {Format::markdown}, "markdown"},
        {options.with_drafts_flag, "--with-drafts", {Format::markdown}, "markdown"},
        {options.excel_flag, "--excel", {Format::csv, Format::crm}, "csv/crm"},
        {options.no_why_flag, "--no-why", {Format::text, Format::markdown}, "text/markdown"},
        {options.color_flag, "--color", {Format::text}, "text"},
    };
    for (const Rule& rule : rules) {
        if (!given(rule.flag)) continue;
        if (std::find(rule.formats.begin(), rule.formats.end(), format) != rule.formats.end()) {
            continue;
        }
        std::string message =
            trf(lang, "cli.error.flag_not_for_format", fmt::arg("option", rule.name),
                fmt::arg("formats", rule.formats_text), fmt::arg("format", to_string(format)));
        if (!given(options.format_flag)) {
            message += trf(lang, "cli.error.format_from_name",
                           fmt::arg("path", terminal_text(options.output)));
        }
        throw UsageError(message);
    }
}

RenderOptions render_options(const PlanOptions& options, Format format, Lang lang) {
    RenderOptions render;
    render.lang = lang;
    render.format = format;
    render.audience = parsed(audience_from_string(plan_audience(
        given(options.audience_flag) ? std::optional<std::string_view>(options.audience)
                                     : std::nullopt,
        options.with_docs)));
    render.group_by = parsed(group_by_from_string(options.group_by));
    render.with_docs = options.with_docs;
    render.with_drafts = options.with_drafts;
    render.excel = options.excel;
    render.with_why = !options.no_why;
    const bool to_stdout = writes_to_stdout(options.output);
    // Escape codes belong to the terminal view only; the exports are read by programs.
    render.color = render.format == Format::text && use_color(options.color, to_stdout);
    if (to_stdout && stdout_is_terminal()) {
        render.terminal_width = terminal_width(render.terminal_width);
    }
    return render;
}

int run_plan(const PlanOptions& given, Context& ctx) {
    PlanOptions options = given;
    options.input = input_path(given.input, ctx);
    check_output_target(options.output, options.input, ctx.lang);
    const Format format = chosen_format(options, ctx.lang);
    refuse_unused_flags(options, format, ctx.lang);
    const Input input = load_checked_input(options.input, ctx);
    // After loading: the file's own `lang` may have chosen the language.
    const RenderOptions render_with = render_options(options, format, ctx.lang);
    const Plan plan = build_plan(input);
    // The plan is written even when it is not feasible: its warnings say what to change.
    write_output_with(
        options.output, ctx.lang, [&](TextSink& out) { render_to(plan, input, render_with, out); },
        result_paging(ctx));
    report_plan_status(plan, options.strict, ctx.lang);
    return plan_exit_code(plan, options.strict);
}

}  // namespace

void setup_plan(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<PlanOptions>();
    CLI::App* sub = add_command(app, "plan", "cli.plan.description", ctx);
    sub->footer(text(ctx, "cli.plan.footer"));
    add_input_argument(*sub, options->input, ctx, InputDefault::allowed);
    options->format_flag = add_choice(*sub, "-f,--format", options->format, k_formats,
                                      "cli.opt.format", ctx, k_format_aliases);
    add_output_option(*sub, options->output, "cli.opt.output", ctx);
    options->audience_flag =
        add_choice(*sub, "--audience", options->audience, k_audiences, "cli.opt.audience", ctx);
    options->group_by_flag =
        add_choice(*sub, "--group-by", options->group_by, k_group_bys, "cli.opt.group_by", ctx);
    options->with_docs_flag =
        sub->add_flag("--with-docs", options->with_docs, text(ctx, "cli.opt.with_docs"));
    options->with_drafts_flag =
        sub->add_flag("--with-drafts", options->with_drafts, text(ctx, "cli.opt.with_drafts"));
    options->excel_flag = sub->add_flag("--excel", options->excel, text(ctx, "cli.opt.excel"));
    options->no_why_flag = sub->add_flag("--no-why", options->no_why, text(ctx, "cli.opt.no_why"));
    options->color_flag =
        add_choice(*sub, "--color", options->color, k_color_modes, "cli.opt.color", ctx);
    add_strict_flag(*sub, options->strict, ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_plan(*options, ctx); });
}

}  // namespace handover::cli
