// `handover check FILE`: validate the input and test whether the plan is feasible, with a
// short summary instead of the plan.
#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "commands.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/base/text_table.hpp"
#include "handover/base/text_width.hpp"
#include "handover/calendar/calendar.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/input/input.hpp"
#include "handover/render/labels.hpp"
#include "options.hpp"
#include "output.hpp"
#include "plan_status.hpp"

namespace handover::cli {
namespace {

struct CheckOptions {
    std::string input;
    bool strict = false;
};

using Row = std::pair<std::string, std::string>;

/// Label and value columns, aligned by display width so Japanese labels line up too.
std::string rows_text(const std::vector<Row>& rows, std::string_view indent) {
    TextTable table({Align::left, Align::left});
    for (const auto& [label, value] : rows) table.add_row({label, value});
    return table.render(indent);
}

std::string stage_counts(const Input& input, Lang lang) {
    std::vector<Row> rows;
    for (const auto name : k_stage_names) {
        const Stage stage = *stage_from_string(name);
        const auto count =
            std::count_if(input.clients.begin(), input.clients.end(),
                          [&](const Client& client) { return client.stage == stage; });
        if (count > 0) rows.emplace_back(std::string(label(lang, stage)), std::to_string(count));
    }
    return rows_text(rows, "  ");
}

/// `n` of something in the reader's language: "1 warning", "2 warnings", 「警告 2 件」.
std::string counted(Lang lang, std::size_t n, std::string_view one, std::string_view other) {
    return n == 1 ? text(lang, one) : trf(lang, other, fmt::arg("n", n));
}

/// The warnings of one severity under a heading, handed on a megabyte at a time: a large
/// plan can list an error for most of its clients.
void write_warning_list(BufferedSink& out, const Plan& plan, Severity severity,
                        std::string_view heading_key, Lang lang) {
    const auto of_severity = [&](const Warning& w) { return w.severity == severity; };
    if (std::none_of(plan.warnings.begin(), plan.warnings.end(), of_severity)) return;
    out += fmt::format("{}\n", tr(lang, heading_key));
    for (const Warning& warning : plan.warnings) {
        if (!of_severity(warning)) continue;
        out += warning_line(lang, plan, warning, "  ", false);
    }
}

void write_summary(TextSink& sink, const std::string& file, const Input& input, const Plan& plan,
                   bool strict, Lang lang) {
    const WorkCalendar calendar(input, input.today, input.last_day);
    int working_days = 0;
    double hours = 0;
    for (int i = 0; i < calendar.size(); ++i) {
        if (!calendar.is_open(i)) continue;
        ++working_days;
        hours += calendar.hours(i);
    }
    std::size_t done = 0;
    std::size_t unscheduled = 0;
    for (const Task& task : plan.tasks) {
        if (task.status == TaskStatus::done) ++done;
        if (task.status == TaskStatus::unscheduled) ++unscheduled;
    }

    BufferedSink out(sink);
    out += trf(lang, "cli.check.title",
               fmt::arg("file", file == "-" ? text(lang, "cli.stdin") : terminal_text(file)),
               fmt::arg("clients", counted(lang, input.clients.size(), "cli.check.clients.one",
                                           "cli.check.clients.other")),
               fmt::arg("last_day", format_date_long(lang, input.last_day)),
               fmt::arg("today", format_date_long(lang, input.today)));
    out += '\n';
    if (!input.clients.empty()) {
        out += fmt::format("{}\n{}", tr(lang, "cli.check.by_stage"), stage_counts(input, lang));
    }
    const std::vector<Row> rows{
        {text(lang, "cli.check.working_days"),
         trf(lang, "cli.check.working_days_value", fmt::arg("days", working_days))},
        {text(lang, "cli.check.hours"),
         trf(lang, "cli.check.hours_value", fmt::arg("hours", fmt::format("{:.1f}", hours)))},
        {text(lang, "cli.check.tasks"),
         trf(lang, "cli.check.tasks_value", fmt::arg("total", plan.tasks.size()),
             fmt::arg("done", done), fmt::arg("unscheduled", unscheduled))},
        {text(lang, "cli.check.warnings"),
         trf(lang, "cli.check.warnings_value",
             fmt::arg("errors", counted(lang, count_warnings(plan, Severity::error),
                                        "cli.check.errors.one", "cli.check.errors.other")),
             fmt::arg("warnings", counted(lang, count_warnings(plan, Severity::warning),
                                          "cli.check.warnings.one", "cli.check.warnings.other")),
             fmt::arg("infos", counted(lang, count_warnings(plan, Severity::info),
                                       "cli.check.notes.one", "cli.check.notes.other")))},
    };
    out += rows_text(rows, "");
    // Each finding is listed, not only counted: a count alone sends the user to `plan`.
    write_warning_list(out, plan, Severity::error, "cli.check.errors_heading", lang);
    write_warning_list(out, plan, Severity::warning, "cli.check.warnings_heading", lang);
    write_warning_list(out, plan, Severity::info, "cli.check.notes_heading", lang);
    const int code = plan_exit_code(plan, strict);
    const std::string_view verdict = code == 0           ? "cli.check.ok"
                                     : plan.has_errors() ? "cli.check.not_feasible"
                                                         : "cli.check.strict_failed";
    out += fmt::format("{}\n", tr(lang, verdict));
    out.finish();
}

int run_check(const CheckOptions& options, Context& ctx) {
    const std::string path = input_path(options.input, ctx);
    const Input input = load_checked_input(path, ctx);
    const Plan plan = build_plan(input);
    write_output_with(
        "-", ctx.lang,
        [&](TextSink& sink) { write_summary(sink, path, input, plan, options.strict, ctx.lang); },
        result_paging(ctx));
    return plan_exit_code(plan, options.strict);
}

}  // namespace

void setup_check(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* sub = add_command(app, "check", "cli.check.description", ctx);
    sub->footer(text(ctx, "cli.check.footer"));
    add_input_argument(*sub, options->input, ctx, InputDefault::allowed);
    add_strict_flag(*sub, options->strict, ctx);
    add_global_options(*sub, ctx);
    sub->callback([options, &ctx] { ctx.exit_code = run_check(*options, ctx); });
}

}  // namespace handover::cli
