// `handover next FILE`: today's plan cut down to the coming days, overdue work first.
#include <memory>
#include <optional>
#include <string>

#include "commands.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/exit_codes.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/input/input.hpp"
#include "handover/progress/next_list.hpp"
#include "handover/progress/plan_diff.hpp"
#include "handover/render/render.hpp"
#include "options.hpp"
#include "output.hpp"

namespace handover::cli {
namespace {

constexpr std::string_view k_formats[] = {"text", "json"};
constexpr std::string_view k_audiences[] = {"self", "manager", "successor"};
/// A year ahead is more than any notice period; a bigger number is a typo.
constexpr int k_max_days = 366;

struct NextOptions {
    std::string input;
    std::string days = "7";
    std::string against;
    std::string format = "text";
    std::string audience = "self";
};

/// Parsed here rather than by CLI11 so that a wrong value is reported in the user's language.
int days_from_flag(const std::string& value, Lang lang) {
    int days = -1;
    const bool digits = !value.empty() && value.size() <= 4 &&
                        value.find_first_not_of("0123456789") == std::string::npos;
    if (digits) days = std::stoi(value);
    if (days < 0 || days > k_max_days) {
        throw UsageError(trf(lang, "progress.error.days", fmt::arg("value", terminal_text(value)),
                             fmt::arg("max", k_max_days)));
    }
    return days;
}

int run_next(const NextOptions& options, Context& ctx) {
    const int days = days_from_flag(options.days, ctx.lang);
    const Input input = load_checked_input(input_path(options.input, ctx), ctx);
    // A list for the manager or the successor (a 1:1, a shared screen) leaves out the job
    // search, as their plans do; so does the earlier plan it is compared with.
    const std::optional<Audience> audience = audience_from_string(options.audience);
    const auto seen = [&](Plan whole) {
        return !audience || *audience == Audience::self ? whole : for_audience(whole, *audience);
    };
    const Plan plan = seen(build_plan(input));
    std::optional<Plan> earlier;
    if (!options.against.empty()) {
        earlier = seen(
            plan_from_json(read_input_text(options.against, ctx.lang), options.against, ctx.lang));
    }
    const NextList list = build_next_list(plan, ctx.lang, days, earlier ? &*earlier : nullptr);
    write_output(
        "-", options.format == "json" ? render_next_json(list) : render_next_text(list, ctx.lang),
        ctx.lang, result_paging(ctx));
    return to_int(list.needs_attention() ? ExitCode::plan_errors : ExitCode::ok);
}

}  // namespace

void setup_next(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<NextOptions>();
    CLI::App* sub = add_command(app, "next", "progress.next.description", ctx);
    sub->footer(text(ctx, "progress.next.footer"));
    add_input_argument(*sub, options->input, ctx, InputDefault::allowed);
    sub->add_option("--days", options->days, text(ctx, "progress.opt.days"))->type_name("N");
    sub->add_option("--against", options->against, text(ctx, "progress.opt.against_next"))
        ->type_name("PLAN.json");
    add_choice(*sub, "-f,--format", options->format, k_formats, "progress.opt.format", ctx);
    add_choice(*sub, "--audience", options->audience, k_audiences, "cli.opt.audience_next", ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_next(*options, ctx); });
}

}  // namespace handover::cli
