// `handover done FILE TASK-ID...` and `handover undo FILE TASK-ID...`: progress is kept in
// the input file's `done` object (docs/progress.md), edited in place so that nothing else
// in the file changes. Every id is checked before anything is written.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "handover/base/atomic_write.hpp"
#include "handover/base/diagnostics.hpp"
#include "handover/base/exit_codes.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/engine/scheduler.hpp"
#include "handover/engine/task_ids.hpp"
#include "handover/input/input.hpp"
#include "handover/progress/done_edit.hpp"
#include "handover/progress/markdown_ticks.hpp"
#include "options.hpp"
#include "output.hpp"
#include "standard_error.hpp"

namespace handover::cli {
namespace {

struct DoneOptions {
    std::string input;
    std::vector<std::string> ids;
    std::string on;
    std::string from_markdown;
};

/// The input as text (to edit) and as validated data (to check ids against).
struct Loaded {
    std::string path;
    std::string text;
    Input input;
    /// `undo` only: entries the input refused (a task that no longer exists), which are
    /// not in `input.done` and are taken out as asked.
    std::vector<std::string> unreadable;
};

Loaded load_for_edit(const std::string& path, const Context& ctx) {
    Loaded loaded{path, read_input_text(path, ctx.lang), {}, {}};
    loaded.input = parse_input(loaded.text, path, today_from_flag(ctx), ctx.lang);
    task_id::require_known_done(loaded.input, path, ctx.lang);
    return loaded;
}

/// A done entry naming a task that is gone (a client removed from the file) makes the
/// whole input unreadable, and `undo` is how the user takes it out. So when every problem
/// is such an entry and each one is being undone, the rest of the file is read without them.
Loaded load_for_undo(const std::string& path, const std::vector<std::string>& ids,
                     const Context& ctx) {
    Loaded loaded{path, read_input_text(path, ctx.lang), {}, {}};
    const auto today = today_from_flag(ctx);
    loaded.input = parse_input(loaded.text, path, today, ctx.lang);
    const std::vector<std::string_view> stale = task_id::stale_done(loaded.input);
    const bool all_undone = std::all_of(stale.begin(), stale.end(), [&](std::string_view key) {
        return std::find(ids.begin(), ids.end(), key) != ids.end();
    });
    if (!stale.empty() && all_undone) {
        std::vector<DoneChange> set_aside;
        for (const std::string_view key : stale) {
            loaded.unreadable.emplace_back(key);
            set_aside.push_back({std::string(key), std::nullopt});
        }
        loaded.input = parse_input(edit_done(loaded.text, set_aside), path, today, ctx.lang);
    }
    // Any entry left that names no task refuses the file, naming the command for each.
    task_id::require_known_done(loaded.input, path, ctx.lang);
    return loaded;
}

/// Duplicates on the command line are one request.
std::vector<std::string> unique(const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const auto& id : ids) {
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
}

std::string with_suggestion(std::string message, std::string_view id,
                            std::span<const std::string_view> candidates, Lang lang) {
    const std::string suggestion = did_you_mean(id, candidates);
    if (!suggestion.empty())
        message += trf(lang, "diag.did_you_mean", fmt::arg("suggestion", suggestion));
    return message;
}

/// Writes the edited text after checking that it reads back as exactly `expected`: the
/// editor works on bytes, and a bug there must never reach the user's file. `lock` names
/// the file to replace: a symbolic link (a dotfiles folder, a synced drive) stays a link.
void write_back(const Loaded& loaded, const EditLock& lock, const std::string& edited,
                const DoneDates& expected, const Context& ctx) {
    DoneDates reread;
    try {
        reread = parse_input(edited, loaded.path, loaded.input.today, ctx.lang).done;
    } catch (const InputError& e) {
        throw std::logic_error("the edited file does not read back: " + e.describe(Lang::en));
    }
    if (reread != expected)
        throw std::logic_error("the edited file reads back a different done list");
    write_output(lock.target(), edited, ctx.lang);
}

/// What was done is told only once the file is safely written. When standard output
/// fails after the file was changed, the report goes to standard error and the run still
/// succeeds: exit code 3 promises an unchanged file.
void report(std::string& lines, const Loaded& loaded, bool changed, const Context& ctx) {
    if (ctx.quiet) return;
    lines += trf(ctx.lang, changed ? "progress.done.written" : "progress.done.no_change",
                 fmt::arg("file", terminal_text(loaded.path)));
    lines += '\n';
    try {
        write_output("-", lines, ctx.lang);
    } catch (const OutputError& e) {
        if (!changed) throw;
        lines += trf(ctx.lang, "progress.error.report_failed", fmt::arg("problem", e.what()),
                     fmt::arg("file", loaded.path));
        lines += '\n';
        write_standard_error(lines);
    }
}

void add_line(std::string& lines, std::string line) {
    lines += line;
    lines += '\n';
}

Day day_done(const DoneOptions& options, const Input& input, const Context& ctx) {
    if (options.on.empty()) return input.today;
    const auto day = parse_iso_date(options.on);
    if (!day || !in_supported_range(*day)) {
        throw UsageError(
            trf(ctx.lang, "progress.error.bad_on", fmt::arg("value", terminal_text(options.on))));
    }
    if (*day > input.today) {
        throw UsageError(trf(ctx.lang, "progress.error.on_future",
                             fmt::arg("date", format_iso(*day)),
                             fmt::arg("today", format_iso(input.today))));
    }
    return *day;
}

/// The ids ticked in a Markdown checklist that are not done yet. Unknown ids are collected
/// in `problems`; ticked tasks the plan already counts as done keep their recorded date.
std::vector<std::string> ticked_ids(const std::string& path, const Input& input,
                                    std::span<const std::string_view> known,
                                    std::vector<std::string>& problems, std::string& lines,
                                    const Context& ctx) {
    const std::string markdown = read_input_text(path, ctx.lang);
    const Plan plan = build_plan(input);
    std::vector<std::string> out;
    std::size_t ticked = 0, already = 0, left_alone = 0;
    for (const TaskTick& tick : read_task_ticks(markdown)) {
        if (!tick.ticked) {
            if (input.done.contains(tick.id)) ++left_alone;
            continue;
        }
        ++ticked;
        if (!task_id::is_known(input, tick.id)) {
            problems.push_back(with_suggestion(
                trf(ctx.lang, "progress.error.unknown_task_line",
                    fmt::arg("file", terminal_text(path)), fmt::arg("line", tick.line),
                    fmt::arg("id", terminal_text(tick.id))),
                tick.id, known, ctx.lang));
            continue;
        }
        const Task* task = plan.find(tick.id);
        if (task != nullptr && task->status == TaskStatus::done) {
            ++already;
        } else {
            out.push_back(tick.id);
        }
    }
    if (problems.empty()) {
        add_line(lines,
                 trf(ctx.lang, "progress.done.markdown", fmt::arg("file", terminal_text(path)),
                     fmt::arg("ticked", ticked), fmt::arg("already", already)));
        if (left_alone > 0) {
            add_line(lines, trf(ctx.lang, "progress.done.markdown_unticked",
                                fmt::arg("count", left_alone)));
        }
    }
    return out;
}

/// Tasks recorded as done while a task they depend on is not: recorded all the same (the
/// user may have had a reason), with a warning on standard error naming what is still open.
void warn_out_of_order(const Input& input, const std::vector<DoneChange>& changes,
                       const DoneDates& now_done, const Context& ctx) {
    if (changes.empty()) return;
    const Plan plan = build_plan(input);
    std::string warnings;
    for (const DoneChange& change : changes) {
        if (input.done.contains(change.id)) continue;  // only a new record can be out of order
        const Task* task = plan.find(change.id);
        if (task == nullptr) continue;
        std::vector<std::string> open;
        for (const Text& before : task->depends_on) {
            const Task* first = plan.find(before);
            const bool done = now_done.contains(before) ||
                              (first != nullptr && first->status == TaskStatus::done);
            if (!done) open.emplace_back(before);
        }
        if (open.empty()) continue;
        warnings += trf(ctx.lang, "progress.done.before_prerequisites",
                        fmt::arg("id", terminal_text(change.id)),
                        fmt::arg("tasks", terminal_text(fmt::format("{}", fmt::join(open, ", ")))));
        warnings += '\n';
    }
    if (!warnings.empty()) write_standard_error(warnings);
}

int run_done(const DoneOptions& options, Context& ctx) {
    if (options.ids.empty() && options.from_markdown.empty()) {
        throw UsageError(text(ctx, "progress.error.no_ids"));
    }
    if (options.input == "-") throw UsageError(text(ctx, "progress.error.stdin"));
    const auto lock = lock_for_edit(options.input, ctx);
    const Loaded loaded = load_for_edit(options.input, ctx);
    adopt_file_language(loaded.input, ctx);
    const Input& input = loaded.input;
    const Day on = day_done(options, input, ctx);

    const std::vector<std::string> known_list = task_id::known_ids(input);
    const std::vector<std::string_view> known(known_list.begin(), known_list.end());
    std::vector<std::string> problems;
    std::vector<std::string> ids;
    std::string lines;
    for (const auto& id : unique(options.ids)) {
        if (task_id::is_known(input, id)) {
            ids.push_back(id);
        } else {
            problems.push_back(with_suggestion(
                trf(ctx.lang, "progress.error.unknown_task", fmt::arg("id", terminal_text(id))), id,
                known, ctx.lang));
        }
    }
    if (!options.from_markdown.empty()) {
        for (auto& id : ticked_ids(options.from_markdown, input, known, problems, lines, ctx)) {
            if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(std::move(id));
        }
    }
    if (!problems.empty()) {
        problems.push_back(
            trf(ctx.lang, "progress.hint.ids", fmt::arg("file", terminal_text(loaded.path))));
        throw UsageError(fmt::format("{}", fmt::join(problems, "\n")));
    }

    std::vector<DoneChange> changes;
    DoneDates expected = input.done;
    const std::string date_text = format_date_long(ctx.lang, on);
    for (const auto& id : ids) {
        const auto recorded = input.done.find(id);
        if (recorded != input.done.end() && options.on.empty()) {
            // Saying `done` again is no reason to forget the day it was done: only --on moves it.
            add_line(lines, trf(ctx.lang, "progress.done.kept", fmt::arg("id", id),
                                fmt::arg("date", format_date_long(ctx.lang, recorded->second))));
            continue;
        }
        if (recorded == input.done.end()) {
            add_line(lines, trf(ctx.lang, "progress.done.recorded", fmt::arg("id", id),
                                fmt::arg("date", date_text)));
        } else if (recorded->second != on) {
            add_line(lines, trf(ctx.lang, "progress.done.updated", fmt::arg("id", id),
                                fmt::arg("old", format_date_long(ctx.lang, recorded->second)),
                                fmt::arg("date", date_text)));
        } else {
            add_line(lines, trf(ctx.lang, "progress.done.unchanged", fmt::arg("id", id),
                                fmt::arg("date", date_text)));
            continue;
        }
        changes.push_back({id, on});
        expected[id] = on;
    }
    const std::string edited = edit_done(loaded.text, changes);
    const bool changed = edited != loaded.text;
    if (changed) write_back(loaded, *lock, edited, expected, ctx);
    report(lines, loaded, changed, ctx);
    warn_out_of_order(input, changes, expected, ctx);
    return to_int(ExitCode::ok);
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

int run_undo(const DoneOptions& options, Context& ctx) {
    const std::vector<std::string> ids = unique(options.ids);
    if (options.input == "-") throw UsageError(text(ctx, "progress.error.stdin"));
    const auto lock = lock_for_edit(options.input, ctx);
    const Loaded loaded = load_for_undo(options.input, ids, ctx);
    adopt_file_language(loaded.input, ctx);
    const Input& input = loaded.input;
    std::vector<std::string_view> recorded;
    for (const auto& [id, day] : input.done) recorded.push_back(id);

    std::vector<std::string> problems;
    for (const auto& id : ids) {
        if (input.done.contains(id) || contains(loaded.unreadable, id)) continue;
        if (recorded.empty()) {
            problems.push_back(trf(ctx.lang, "progress.error.nothing_recorded",
                                   fmt::arg("id", terminal_text(id)),
                                   fmt::arg("file", terminal_text(loaded.path))));
        } else {
            problems.push_back(with_suggestion(
                trf(ctx.lang, "progress.error.not_recorded", fmt::arg("id", terminal_text(id)),
                    fmt::arg("file", terminal_text(loaded.path))),
                id, recorded, ctx.lang));
        }
    }
    if (!problems.empty()) throw UsageError(fmt::format("{}", fmt::join(problems, "\n")));

    std::vector<DoneChange> changes;
    DoneDates expected = input.done;
    std::string lines;
    for (const auto& id : ids) {
        if (contains(loaded.unreadable, id)) {
            add_line(lines, trf(ctx.lang, "progress.undo.removed_unreadable",
                                fmt::arg("id", terminal_text(id))));
        } else {
            add_line(lines, trf(ctx.lang, "progress.undo.removed", fmt::arg("id", id),
                                fmt::arg("date", format_date_long(ctx.lang, input.done.at(id)))));
        }
        changes.push_back({id, std::nullopt});
        expected.erase(id);
    }
    const std::string edited = edit_done(loaded.text, changes);
    write_back(loaded, *lock, edited, expected, ctx);
    report(lines, loaded, true, ctx);
    return to_int(ExitCode::ok);
}

}  // namespace

void setup_done(CLI::App& app, Context& ctx) {
    auto options = std::make_shared<DoneOptions>();
    CLI::App* done = add_command(app, "done", "progress.done.description", ctx);
    done->footer(text(ctx, "progress.done.footer"));
    add_input_argument(*done, options->input, ctx);
    done->add_option("TASK-ID", options->ids, text(ctx, "progress.opt.ids"))->type_name("");
    done->add_option("--on", options->on, text(ctx, "progress.opt.on"))->type_name("YYYY-MM-DD");
    done->add_option("--from-markdown", options->from_markdown,
                     text(ctx, "progress.opt.from_markdown"))
        ->type_name("PLAN.md");
    add_global_options(*done, ctx);
    done->callback([options, &ctx] { ctx.exit_code = run_done(*options, ctx); });

    auto undo_options = std::make_shared<DoneOptions>();
    CLI::App* undo = add_command(app, "undo", "progress.undo.description", ctx);
    undo->footer(text(ctx, "progress.undo.footer"));
    add_input_argument(*undo, undo_options->input, ctx);
    undo->add_option("TASK-ID", undo_options->ids, text(ctx, "progress.opt.undo_ids"))
        ->required()
        ->type_name("");
    add_global_options(*undo, ctx);
    undo->callback([undo_options, &ctx] { ctx.exit_code = run_undo(*undo_options, ctx); });
}

}  // namespace handover::cli
