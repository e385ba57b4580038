// Names of the output options, the audience filter, and the dispatch to each renderer.
#include "handover/render/render.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <iterator>
#include <set>
#include <utility>
#include <vector>

#include "render_summary.hpp"

namespace handover {
namespace {

constexpr std::array<std::pair<Format, std::string_view>, 6> k_formats{{
    {Format::text, "text"},
    {Format::markdown, "markdown"},
    {Format::json, "json"},
    {Format::ics, "ics"},
    {Format::csv, "csv"},
    {Format::crm, "crm"},
}};

constexpr std::array<std::pair<Audience, std::string_view>, 3> k_audiences{{
    {Audience::self, "self"},
    {Audience::manager, "manager"},
    {Audience::successor, "successor"},
}};

constexpr std::array<std::pair<GroupBy, std::string_view>, 3> k_group_bys{{
    {GroupBy::date, "date"},
    {GroupBy::step, "step"},
    {GroupBy::client, "client"},
}};

template <typename E, std::size_t N>
std::optional<E> from_name(const std::array<std::pair<E, std::string_view>, N>& table,
                           std::string_view text) {
    for (const auto& [value, name] : table) {
        if (name == text) return value;
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view to_name(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
    for (const auto& [candidate, name] : table) {
        if (candidate == value) return name;
    }
    return table.front().second;
}

// Overload warnings describe the weekly load, which exists only because of the job search.

}  // namespace

std::optional<Format> format_from_string(std::string_view text) {
    return from_name(k_formats, text);
}
std::optional<Audience> audience_from_string(std::string_view text) {
    return from_name(k_audiences, text);
}
std::optional<GroupBy> group_by_from_string(std::string_view text) {
    return from_name(k_group_bys, text);
}
std::string_view to_string(Format format) {
    return to_name(k_formats, format);
}
std::string_view to_string(Audience audience) {
    return to_name(k_audiences, audience);
}
std::string_view to_string(GroupBy group_by) {
    return to_name(k_group_bys, group_by);
}

Plan for_audience(const Plan& plan, Audience audience) {
    Plan out = plan;
    if (audience == Audience::self) return out;
    out.for_others = true;

    std::set<std::string_view> removed;  // ids of tasks in `plan`, which outlives this
    for (const Task& task : plan.tasks) {
        if (task.job_search) removed.insert(task.id);
    }
    std::erase_if(out.tasks, [](const Task& task) { return task.job_search; });
    std::vector<Text> kept;
    for (Task& task : out.tasks) {
        if (std::none_of(task.depends_on.begin(), task.depends_on.end(),
                         [&](const Text& id) { return removed.contains(id); })) {
            continue;
        }
        kept.clear();
        std::copy_if(task.depends_on.begin(), task.depends_on.end(), std::back_inserter(kept),
                     [&](const Text& id) { return !removed.contains(id); });
        task.depends_on = out.list(kept);
    }
    out.load.clear();
    std::erase_if(out.warnings, [&](const Warning& warning) {
        return warning.code == WarningCode::week_overloaded ||
               (!warning.task.empty() && removed.contains(warning.task));
    });
    // Private notes live only in Input::Client::notes (ClientPlan carries none), so the
    // filtered plan cannot leak them; a renderer that prints notes from the Input must
    // check options.audience itself.
    return out;
}

IdleReviews::IdleReviews(const Plan& plan) {
    for (const Task& task : plan.tasks) {
        if (task.kind == TaskKind::weekly_review && task.status == TaskStatus::unscheduled) {
            ids_.insert(task.id);
        }
    }
    if (ids_.empty()) return;
    // A review that found no room in an open week is work still to place: it has a warning.
    for (const Warning& warning : plan.warnings) {
        if (!warning.task.empty()) ids_.erase(warning.task);
    }
}

bool IdleReviews::contains(const Task& task) const {
    return !ids_.empty() && task.kind == TaskKind::weekly_review && ids_.contains(task.id);
}

std::vector<std::string> summary_counts(const Plan& plan, Lang lang, const IdleReviews* left_out) {
    const std::size_t skipped = left_out ? left_out->size() : 0;
    const auto count = [&](TaskStatus s) {
        return std::count_if(plan.tasks.begin(), plan.tasks.end(),
                             [&](const Task& t) { return t.status == s; });
    };
    const auto severity = [&](Severity s) {
        return std::count_if(plan.warnings.begin(), plan.warnings.end(),
                             [&](const Warning& w) { return w.severity == s; });
    };
    return {trf(lang, "render.summary.tasks", fmt::arg("tasks", plan.tasks.size() - skipped),
                fmt::arg("done", count(TaskStatus::done)),
                fmt::arg("unscheduled",
                         static_cast<std::size_t>(count(TaskStatus::unscheduled)) - skipped)),
            trf(lang, "render.summary.clients", fmt::arg("clients", plan.clients.size())),
            trf(lang, "render.summary.problems", fmt::arg("errors", severity(Severity::error)),
                fmt::arg("warnings", severity(Severity::warning)),
                fmt::arg("infos", severity(Severity::info)))};
}

namespace {

/// Every format written to `out` a chunk at a time (text_sink.hpp).
void write_format(const Plan& seen, const Input& input, const RenderOptions& options,
                  TextSink& out) {
    switch (options.format) {
        case Format::text:
            return write_text(seen, input, options, out);
        case Format::markdown:
            return write_markdown(seen, input, options, out);
        case Format::json:
            return write_json(seen, options.lang, out);
        case Format::ics:
            return write_ics(seen, input, options, out);
        case Format::csv:
            return write_csv(seen, input, options, out);
        case Format::crm:
            return write_crm(seen, options, out);
    }
    write_text(seen, input, options, out);
}

}  // namespace

std::string render(const Plan& plan, const Input& input, const RenderOptions& options) {
    return collect([&](TextSink& sink) { render_to(plan, input, options, sink); });
}

void render_to(const Plan& plan, const Input& input, const RenderOptions& options, TextSink& out) {
    const auto write = [&](const Plan& seen) { write_format(seen, input, options, out); };
    // The user's own view is the plan itself; copying it would cost a full plan's memory.
    if (options.audience == Audience::self) {
        write(plan);
    } else {
        write(for_audience(plan, options.audience));
    }
}

}  // namespace handover
