// The engine already plans everything not done from today, so an overdue task has its new
// date in today's plan; this file only decides which tasks to call overdue and lists them.
#include "handover/progress/next_list.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>

#include "handover/base/terminal_text.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/lookup.hpp"
#include "handover/render/plan_json.hpp"
#include "handover/render/plan_texts.hpp"

namespace handover {
namespace {

/// The warnings that mean "its rule can no longer be met": the work is behind.
bool is_late_warning(const Warning& w) {
    return w.code == WarningCode::notify_late || w.code == WarningCode::no_time_for_intro;
}

/// The warnings and errors (not the notes) about each task, in the plan's order: indexed
/// once, since a plan with many clients has many of both.
class TaskWarnings {
  public:
    TaskWarnings(const Plan& plan, Lang lang) {
        for (const Warning& w : plan.warnings) {
            if (!w.task.empty() && w.severity != Severity::info) {
                Warning& worded = by_task_[w.task].emplace_back(w);
                worded.worded = plan.text(warning_message(lang, plan, w));
            }
        }
    }

    std::vector<Warning> about(std::string_view id) const {
        const auto it = by_task_.find(id);
        return it == by_task_.end() ? std::vector<Warning>{} : it->second;
    }

  private:
    std::unordered_map<std::string_view, std::vector<Warning>> by_task_;
};

std::string task_line(Lang lang, const NextItem& item) {
    const Task& t = item.task;
    if (t.hours > 0) {
        return fmt::format(
            "  - {} {}  [{}]\n", terminal_line(item.title),
            trf(lang, "progress.next.hours", fmt::arg("hours", fmt::format("{:g}", t.hours))),
            terminal_line(t.id));
    }
    return fmt::format("  - {}  [{}]\n", terminal_line(item.title), terminal_line(t.id));
}

void write_worded(JsonObject& out, const Warning& w) {
    write_warning(out, w, w.worded);
}

void write_item(JsonObject& out, const NextItem& item, bool overdue) {
    const Task& t = item.task;
    out.string("id", t.id);
    out.string("title", item.title);
    out.optional_string("client", t.client);
    out.date("date", t.date);
    if (overdue) out.date("planned_date", item.planned);
    out.number("hours", t.hours);
    out.string("status", to_string(t.status));
    out.string("why", item.why);
    out.objects("warnings", item.warnings, write_worded);
}

}  // namespace

NextList build_next_list(const Plan& plan, Lang lang, int days, const Plan* earlier) {
    NextList list;
    list.pool = plan.pool;
    list.today = plan.today;
    list.days = std::max(0, days);
    list.until = plan.today + date::days{list.days};
    list.basis = earlier != nullptr ? OverdueBasis::earlier_plan : OverdueBasis::late_rules;

    std::set<std::string_view> late;
    if (earlier == nullptr) {
        for (const Warning& w : plan.warnings) {
            if (!w.task.empty() && is_late_warning(w)) late.insert(w.task);
        }
    }
    const TaskWarnings warnings(plan, lang);
    const std::optional<ById<Task>> earlier_tasks =
        earlier != nullptr ? std::optional<ById<Task>>(earlier->tasks) : std::nullopt;
    std::set<std::string_view> overdue_ids;
    // After the last day every task not done is overdue: nothing is planned any more.
    const bool closed = plan.today > plan.last_day;
    list.closed = closed;
    for (const Task& t : plan.tasks) {
        if (t.status == TaskStatus::done) continue;
        NextItem item{t, std::nullopt, warnings.about(t.id), Text(), Text()};
        if (closed) {
            if (earlier_tasks) {
                if (const Task* before = earlier_tasks->find(t.id)) item.planned = before->date;
            }
        } else if (earlier_tasks) {
            const Task* before = earlier_tasks->find(t.id);
            if (before == nullptr || !before->date || *before->date >= plan.today) continue;
            item.planned = before->date;
        } else if (!late.contains(t.id)) {
            continue;
        }
        overdue_ids.insert(t.id);
        list.overdue.push_back(std::move(item));
    }
    std::stable_sort(list.overdue.begin(), list.overdue.end(),
                     [](const NextItem& a, const NextItem& b) {
                         const auto& da = a.task.date;
                         const auto& db = b.task.date;
                         return std::make_tuple(!da.has_value(), da.value_or(Day{})) <
                                std::make_tuple(!db.has_value(), db.value_or(Day{}));
                     });

    for (const Task& t : plan.tasks) {
        if (t.status != TaskStatus::todo || !t.date || overdue_ids.contains(t.id)) continue;
        if (*t.date < plan.today || *t.date > list.until) continue;
        list.upcoming.push_back(NextItem{t, std::nullopt, warnings.about(t.id), Text(), Text()});
    }
    std::stable_sort(
        list.upcoming.begin(), list.upcoming.end(),
        [](const NextItem& a, const NextItem& b) { return *a.task.date < *b.task.date; });

    for (const Warning& w : plan.warnings) {
        if (w.severity != Severity::error) continue;
        list.errors.push_back(w);
        list.errors.back().worded = plan.text(warning_message(lang, plan, w));
    }
    for (auto* items : {&list.overdue, &list.upcoming}) {
        for (NextItem& item : *items) {
            item.title = plan.text(task_title(lang, plan, item.task));
            item.why = plan.text(task_why(lang, plan, item.task));
        }
    }
    return list;
}

std::string render_next_text(const NextList& list, Lang lang) {
    std::string out =
        trf(lang, "progress.next.title", fmt::arg("from", format_date_long(lang, list.today)),
            fmt::arg("until", format_date_long(lang, list.until))) +
        "\n";
    std::set<std::string> shown_keys;
    const auto remember = [&](const Warning& w) {
        shown_keys.insert(fmt::format("{}|{}|{}", to_string(w.code), w.task, w.worded));
    };

    if (!list.overdue.empty()) {
        out +=
            "\n" +
            (list.closed
                 ? trf(lang, "progress.next.overdue_closed", fmt::arg("count", list.overdue.size()))
                 : trf(lang, "progress.next.overdue", fmt::arg("count", list.overdue.size()))) +
            "\n";
        for (const NextItem& item : list.overdue) {
            out += task_line(lang, item);
            if (list.closed) {
                // Nothing is planned again after the last day: the reason says so.
                if (!item.why.empty()) {
                    out +=
                        "      " +
                        trf(lang, "progress.next.why", fmt::arg("why", terminal_line(item.why))) +
                        "\n";
                }
                continue;
            }
            const std::string now = item.task.date ? format_date_long(lang, *item.task.date)
                                                   : std::string(tr(lang, "status.unscheduled"));
            if (item.planned) {
                out += "      " +
                       trf(lang, "progress.next.was_planned",
                           fmt::arg("planned", format_date_long(lang, *item.planned)),
                           fmt::arg("now", now)) +
                       "\n";
            } else {
                out += "      " + trf(lang, "progress.next.now", fmt::arg("now", now)) + "\n";
            }
            if (!item.why.empty()) {
                out += "      " +
                       trf(lang, "progress.next.why", fmt::arg("why", terminal_line(item.why))) +
                       "\n";
            }
            for (const Warning& w : item.warnings) {
                out += warning_line(lang, w, w.worded, "      ! ");
                remember(w);
            }
        }
    }

    std::optional<Day> current;
    if (!list.upcoming.empty()) out += "\n";
    for (const NextItem& item : list.upcoming) {
        const Day day = *item.task.date;
        if (!current || *current != day) {
            current = day;
            out += day == list.today ? trf(lang, "progress.next.today_heading",
                                           fmt::arg("date", format_date_long(lang, day)))
                                     : trf(lang, "progress.next.day_heading",
                                           fmt::arg("date", format_date_long(lang, day)));
            out += "\n";
        }
        out += task_line(lang, item);
        for (const Warning& w : item.warnings) {
            out += warning_line(lang, w, w.worded, "      ! ");
            remember(w);
        }
    }
    if (list.upcoming.empty() && list.overdue.empty()) {
        out += "\n" + std::string(tr(lang, "progress.next.nothing")) + "\n";
    }

    std::string errors;
    std::size_t count = 0;
    for (const Warning& w : list.errors) {
        if (shown_keys.contains(fmt::format("{}|{}|{}", to_string(w.code), w.task, w.worded)))
            continue;
        errors += warning_line(lang, w, w.worded, "  ! ");
        ++count;
    }
    if (count > 0) {
        out += "\n" + trf(lang, "progress.next.errors", fmt::arg("count", count)) + "\n" + errors;
    }
    return out;
}

std::string render_next_json(const NextList& list) {
    const auto items = [](bool overdue) {
        return [overdue](JsonObject& out, const NextItem& item) { write_item(out, item, overdue); };
    };
    return json_object_text([&](JsonObject& out) {
        out.integer("schema_version", 1);
        out.date("today", list.today);
        out.date("until", list.until);
        out.integer("days", list.days);
        out.string("overdue_basis",
                   list.basis == OverdueBasis::earlier_plan ? "earlier-plan" : "late-rules");
        out.objects("overdue", list.overdue, items(true));
        out.objects("upcoming", list.upcoming, items(false));
        out.objects("errors", list.errors, write_worded);
    });
}

}  // namespace handover
