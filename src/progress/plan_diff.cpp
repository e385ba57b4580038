// Diffing two plans, and the two renderings of a diff (the JSON one through the plan_json
// writer). Ids are the join key because they are a documented, stable contract.
#include "handover/progress/plan_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "handover/base/diagnostics.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/base/text_width.hpp"
#include "handover/render/labels.hpp"
#include "handover/render/lookup.hpp"
#include "handover/render/plan_json.hpp"
#include "handover/render/plan_texts.hpp"

namespace handover {
namespace {

TaskChange change_of(Lang lang, const Plan& old_plan, const Task* old_task, const Plan& new_plan,
                     const Task* new_task) {
    const Task& any = new_task != nullptr ? *new_task : *old_task;
    TaskChange c;
    c.id = any.id;
    c.title = task_title(lang, new_task != nullptr ? new_plan : old_plan, any);
    // No client is null in the JSON, as in the plan's own JSON, not an empty string.
    if (!any.client.empty()) c.client = std::string(any.client);
    if (old_task != nullptr) {
        c.old_date = old_task->date;
        c.old_status = old_task->status;
    }
    if (new_task != nullptr) {
        c.new_date = new_task->date;
        c.new_status = new_task->status;
        c.why = task_why(lang, new_plan, *new_task);
    }
    return c;
}

std::optional<std::string> date_value(const std::optional<Day>& day) {
    if (!day) return std::nullopt;
    return format_iso(*day);
}

std::optional<std::string> text_value(std::string_view text) {
    if (text.empty()) return std::nullopt;
    return std::string(text);
}

/// The input fields a plan keeps of a client, old against new, in the file's key order.
std::vector<FieldChange> field_changes(const ClientPlan& old_client, const ClientPlan& new_client) {
    std::vector<FieldChange> out;
    const auto compare = [&](std::string_view field, std::optional<std::string> before,
                             std::optional<std::string> after, bool is_date) {
        if (before != after) {
            out.push_back({std::string(field), std::move(before), std::move(after), is_date});
        }
    };
    compare("name", text_value(old_client.name), text_value(new_client.name), false);
    compare("stage", std::string(to_string(old_client.stage)),
            std::string(to_string(new_client.stage)), false);
    compare("expected_close", date_value(old_client.expected_close),
            date_value(new_client.expected_close), true);
    compare("change_averse", std::string(old_client.change_averse ? "true" : "false"),
            std::string(new_client.change_averse ? "true" : "false"), false);
    compare("successor", text_value(old_client.successor), text_value(new_client.successor), false);
    // Not a key of the file but what the rules made of it (preferred_method, value, ...).
    compare("method", std::string(to_string(old_client.method)),
            std::string(to_string(new_client.method)), false);
    return out;
}

std::vector<ClientChange> client_changes(const Plan& old_plan, const Plan& new_plan) {
    std::vector<ClientChange> out;
    // A plan read back from JSON has no clients to compare with.
    if (old_plan.worded || new_plan.worded) return out;
    std::map<std::string_view, const ClientPlan*> old_clients;
    for (const ClientPlan& c : old_plan.clients) old_clients.emplace(c.id, &c);
    std::set<std::string_view> in_new;
    for (const ClientPlan& c : new_plan.clients) {
        in_new.insert(c.id);
        const auto before = old_clients.find(c.id);
        if (before == old_clients.end()) {
            out.push_back({std::string(c.id), ClientChange::Kind::added, {}});
            continue;
        }
        auto fields = field_changes(*before->second, c);
        if (!fields.empty()) {
            out.push_back({std::string(c.id), ClientChange::Kind::changed, std::move(fields)});
        }
    }
    for (const ClientPlan& c : old_plan.clients) {
        if (!in_new.contains(c.id)) {
            out.push_back({std::string(c.id), ClientChange::Kind::removed, {}});
        }
    }
    return out;
}

std::string_view to_string(ClientChange::Kind kind) {
    switch (kind) {
        case ClientChange::Kind::changed:
            return "changed";
        case ClientChange::Kind::added:
            return "added";
        case ClientChange::Kind::removed:
            return "removed";
    }
    return "changed";
}

/// A field's value for a person: a date as the task dates are shown, "none" when unset.
std::string value_text(Lang lang, const FieldChange& f, const std::optional<std::string>& value) {
    if (!value) return std::string(tr(lang, "progress.diff.unset"));
    if (f.is_date) {
        if (const auto day = parse_iso_date(*value)) return format_date_short(lang, *day);
    }
    return terminal_line(*value);
}

/// Warnings are the same when they say the same kind of thing about the same client and
/// task; the message (`wording`, in one language for both plans) joins the key only for
/// plan-wide warnings (one per week, say).
using WarningKey =
    std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>;

/// Whether a warning's client and task (or its code alone) tell it apart from the others.
/// LAST_DAY_PASSED is one per plan: its wording (a count, a language) is no part of it.
/// PLAN_DOES_NOT_FIT and DISCLOSURE_LATE too: their advice is their wording.
bool addressed(const Warning& w) {
    return !w.client.empty() || !w.task.empty() || w.code == WarningCode::last_day_passed ||
           w.code == WarningCode::plan_does_not_fit || w.code == WarningCode::disclosure_late;
}

WarningKey warning_key(const Warning& w, const std::vector<std::string>& several,
                       std::string_view wording) {
    if (addressed(w)) return {to_string(w.code), w.client, w.task, std::string_view()};
    // A warning about several clients is told apart by them, in any language.
    if (const auto at = several_clients_at(w, several.size()))
        return {to_string(w.code), w.client, w.task, several[*at]};
    return {to_string(w.code), w.client, w.task, wording};
}

/// The messages the keys compare: a plan read back keeps the words of its file, in the
/// file's language, so a fresh plan's warnings are worded in that language too (an English
/// plan.json against `--lang ja` would otherwise change every plan-wide warning). `shown`
/// are the messages worded in the diff's language, used when the languages agree. Only the
/// warnings that warning_key() tells apart by their message are worded again.
std::vector<std::string_view> key_wordings(Lang key_lang, Lang lang, const Plan& plan,
                                           const std::vector<Warning>& shown, TextPool& pool) {
    std::vector<std::string_view> out;
    out.reserve(shown.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const Warning& w = shown[i];
        if (plan.worded || key_lang == lang) {
            out.emplace_back(w.worded);
        } else if (addressed(w) || w.several) {
            out.emplace_back();
        } else {
            out.emplace_back(pool.intern(warning_message(key_lang, plan, plan.warnings[i])));
        }
    }
    return out;
}

/// The plan's warnings with their messages worded, kept in `pool`; the clients of a warning
/// about several are copied into `lists` and the warning numbered after them.
std::vector<Warning> worded_warnings(Lang lang, const Plan& plan, TextPool& pool,
                                     std::vector<TextList>& lists) {
    std::vector<Warning> out = plan.warnings;
    std::vector<Text> ids;
    for (Warning& w : out) {
        w.worded = pool.intern(warning_message(lang, plan, w));
        const TextList clients = plan.clients_of(w);
        if (clients.empty()) continue;
        ids.clear();
        for (const Text& id : clients) ids.push_back(pool.intern(id));
        w.several = true;
        w.client_at = static_cast<std::uint32_t>(lists.size());
        lists.push_back(pool.intern_list(ids));
    }
    return out;
}

/// Unscheduled last, then by date; the order among equals is kept.
void sort_by(std::vector<TaskChange>& changes, std::optional<Day> TaskChange::*date) {
    std::stable_sort(changes.begin(), changes.end(),
                     [date](const TaskChange& a, const TaskChange& b) {
                         const auto& da = a.*date;
                         const auto& db = b.*date;
                         return std::make_tuple(!da.has_value(), da.value_or(Day{})) <
                                std::make_tuple(!db.has_value(), db.value_or(Day{}));
                     });
}

// ---- rendering ----------------------------------------------------------------------------

/// Where a task stands on one side: its date, `done on` its date, unscheduled, or absent.
std::string side_text(Lang lang, const std::optional<Day>& date,
                      const std::optional<TaskStatus>& status) {
    if (!status) return std::string(tr(lang, "progress.diff.absent"));
    if (*status == TaskStatus::done && date) {
        return trf(lang, "progress.diff.done_on", fmt::arg("date", format_date_short(lang, *date)));
    }
    if (!date) return std::string(tr(lang, "status.unscheduled"));
    return format_date_short(lang, *date);
}

std::string section(Lang lang, std::string_view heading_key, std::size_t count) {
    return trf(lang, heading_key, fmt::arg("count", count)) + "\n";
}

void write_change(JsonObject& out, const TaskChange& c) {
    out.string("id", c.id);
    out.string("title", c.title);
    out.string_or_null("client", c.client);
    out.date("old_date", c.old_date);
    out.date("new_date", c.new_date);
    out.string_or_null("old_status",
                       c.old_status ? std::optional(to_string(*c.old_status)) : std::nullopt);
    out.string_or_null("new_status",
                       c.new_status ? std::optional(to_string(*c.new_status)) : std::nullopt);
    out.string("why", c.why);
}

}  // namespace

bool PlanDiff::empty() const {
    return old_last_day == new_last_day && clients.empty() && moved.empty() && appeared.empty() &&
           disappeared.empty() && warnings_appeared.empty() && warnings_disappeared.empty();
}

PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan, Lang lang) {
    PlanDiff diff;
    diff.old_today = old_plan.today;
    diff.new_today = new_plan.today;
    diff.old_last_day = old_plan.last_day;
    diff.new_last_day = new_plan.last_day;
    diff.clients = client_changes(old_plan, new_plan);

    const ById<Task> old_tasks(old_plan.tasks);
    std::set<std::string_view> in_new;
    for (const Task& t : new_plan.tasks) {
        in_new.insert(t.id);
        const Task* before = old_tasks.find(t.id);
        if (before == nullptr) {
            diff.appeared.push_back(change_of(lang, old_plan, nullptr, new_plan, &t));
        } else if (before->date != t.date || before->status != t.status) {
            diff.moved.push_back(change_of(lang, old_plan, before, new_plan, &t));
        }
    }
    for (const Task& t : old_plan.tasks) {
        if (!in_new.contains(t.id))
            diff.disappeared.push_back(change_of(lang, old_plan, &t, new_plan, nullptr));
    }
    sort_by(diff.moved, &TaskChange::new_date);
    sort_by(diff.appeared, &TaskChange::new_date);
    sort_by(diff.disappeared, &TaskChange::old_date);

    // Each new warning takes the earliest old one with its key that is still unmatched.
    // Equal keys keep their insertion order in a multimap, so lower_bound (not find, which
    // may return any of them) is the earliest.
    const std::vector<Warning> old_warnings =
        worded_warnings(lang, old_plan, *diff.pool, diff.warning_clients);
    const std::vector<Warning> new_warnings =
        worded_warnings(lang, new_plan, *diff.pool, diff.warning_clients);
    // The client lists of warnings about several, as one text each, for the keys.
    std::vector<std::string> several;
    for (const TextList& ids : diff.warning_clients) {
        std::string& joined = several.emplace_back();
        for (const Text& id : ids) (joined += id) += '\n';
    }
    const Lang key_lang = old_plan.worded   ? old_plan.worded_lang
                          : new_plan.worded ? new_plan.worded_lang
                                            : lang;
    const std::vector<std::string_view> old_wordings =
        key_wordings(key_lang, lang, old_plan, old_warnings, *diff.pool);
    const std::vector<std::string_view> new_wordings =
        key_wordings(key_lang, lang, new_plan, new_warnings, *diff.pool);
    std::multimap<WarningKey, std::size_t> unmatched;
    for (std::size_t i = 0; i < old_warnings.size(); ++i) {
        unmatched.emplace(warning_key(old_warnings[i], several, old_wordings[i]), i);
    }
    std::vector<bool> matched(old_warnings.size(), false);
    for (std::size_t i = 0; i < new_warnings.size(); ++i) {
        const Warning& w = new_warnings[i];
        const WarningKey key = warning_key(w, several, new_wordings[i]);
        const auto old = unmatched.lower_bound(key);
        if (old == unmatched.end() || old->first != key) {
            diff.warnings_appeared.push_back(w);
            continue;
        }
        matched[old->second] = true;
        unmatched.erase(old);
    }
    for (std::size_t i = 0; i < old_warnings.size(); ++i) {
        if (!matched[i]) diff.warnings_disappeared.push_back(old_warnings[i]);
    }
    return diff;
}

std::string render_diff_text(const PlanDiff& diff, Lang lang, std::string_view old_name,
                             std::string_view new_name) {
    std::string out = trf(lang, "progress.diff.title", fmt::arg("old", terminal_line(old_name)),
                          fmt::arg("new", terminal_line(new_name))) +
                      "\n";
    if (diff.old_last_day != diff.new_last_day) {
        out += trf(lang, "progress.diff.last_day",
                   fmt::arg("old", format_date_long(lang, diff.old_last_day)),
                   fmt::arg("new", format_date_long(lang, diff.new_last_day))) +
               "\n";
    }
    if (diff.old_today != diff.new_today) {
        out += trf(lang, "progress.diff.today",
                   fmt::arg("old", format_date_long(lang, diff.old_today)),
                   fmt::arg("new", format_date_long(lang, diff.new_today))) +
               "\n";
    }
    if (diff.empty()) return out + std::string(tr(lang, "progress.diff.none")) + "\n";

    // What changed in the input comes first: it is why the tasks below moved.
    if (!diff.clients.empty()) {
        out += "\n" + section(lang, "progress.diff.clients", diff.clients.size());
        for (const ClientChange& c : diff.clients) {
            const std::string id = terminal_line(c.id);
            if (c.kind == ClientChange::Kind::added) {
                out += fmt::format("  {}  {}\n", id, tr(lang, "progress.diff.client_added"));
                continue;
            }
            if (c.kind == ClientChange::Kind::removed) {
                out += fmt::format("  {}  {}\n", id, tr(lang, "progress.diff.client_removed"));
                continue;
            }
            bool first = true;
            for (const FieldChange& f : c.fields) {
                out += fmt::format("  {:<{}}  {} {}\n", first ? id : std::string(),
                                   display_width(id), f.field,
                                   trf(lang, "progress.diff.arrow",
                                       fmt::arg("old", value_text(lang, f, f.old_value)),
                                       fmt::arg("new", value_text(lang, f, f.new_value))));
                first = false;
            }
        }
    }

    if (!diff.moved.empty()) {
        out += "\n" + section(lang, "progress.diff.moved", diff.moved.size());
        for (const TaskChange& c : diff.moved) {
            out += fmt::format("  {}  {}\n", terminal_line(c.id),
                               trf(lang, "progress.diff.arrow",
                                   fmt::arg("old", side_text(lang, c.old_date, c.old_status)),
                                   fmt::arg("new", side_text(lang, c.new_date, c.new_status))));
            out += fmt::format("      {}\n", terminal_line(c.title));
            if (!c.why.empty())
                out += fmt::format("      {}\n", trf(lang, "progress.diff.why",
                                                     fmt::arg("why", terminal_line(c.why))));
        }
    }
    if (!diff.appeared.empty()) {
        out += "\n" + section(lang, "progress.diff.appeared", diff.appeared.size());
        for (const TaskChange& c : diff.appeared) {
            out += fmt::format("  {}  {}\n", terminal_line(c.id),
                               side_text(lang, c.new_date, c.new_status));
            out += fmt::format("      {}\n", terminal_line(c.title));
            if (!c.why.empty())
                out += fmt::format("      {}\n", trf(lang, "progress.diff.why",
                                                     fmt::arg("why", terminal_line(c.why))));
        }
    }
    if (!diff.disappeared.empty()) {
        out += "\n" + section(lang, "progress.diff.disappeared", diff.disappeared.size());
        for (const TaskChange& c : diff.disappeared) {
            out += fmt::format("  {}  {}\n", terminal_line(c.id),
                               trf(lang, "progress.diff.was",
                                   fmt::arg("date", side_text(lang, c.old_date, c.old_status))));
            out += fmt::format("      {}\n", terminal_line(c.title));
        }
    }
    if (!diff.warnings_appeared.empty()) {
        out +=
            "\n" + section(lang, "progress.diff.warnings_appeared", diff.warnings_appeared.size());
        for (const Warning& w : diff.warnings_appeared)
            out += warning_line(lang, w, w.worded, "  + ");
    }
    if (!diff.warnings_disappeared.empty()) {
        out += "\n" + section(lang, "progress.diff.warnings_disappeared",
                              diff.warnings_disappeared.size());
        for (const Warning& w : diff.warnings_disappeared)
            out += warning_line(lang, w, w.worded, "  - ");
    }
    return out;
}

std::string render_diff_json(const PlanDiff& diff) {
    return json_object_text([&](JsonObject& out) {
        out.integer("schema_version", 1);
        JsonObject old_side = out.object("old");
        old_side.date("today", diff.old_today);
        old_side.date("last_day", diff.old_last_day);
        old_side.close();
        JsonObject new_side = out.object("new");
        new_side.date("today", diff.new_today);
        new_side.date("last_day", diff.new_last_day);
        new_side.close();
        out.objects("clients", diff.clients, [](JsonObject& element, const ClientChange& c) {
            element.string("client", c.id);
            element.string("change", to_string(c.kind));
            element.objects("fields", c.fields, [](JsonObject& field, const FieldChange& f) {
                field.string("field", f.field);
                field.string_or_null("old", f.old_value
                                                ? std::optional<std::string_view>(*f.old_value)
                                                : std::nullopt);
                field.string_or_null("new", f.new_value
                                                ? std::optional<std::string_view>(*f.new_value)
                                                : std::nullopt);
            });
        });
        out.objects("moved", diff.moved, write_change);
        out.objects("appeared", diff.appeared, write_change);
        out.objects("disappeared", diff.disappeared, write_change);
        const auto worded = [&](JsonObject& element, const Warning& w) {
            const auto at = several_clients_at(w, diff.warning_clients.size());
            write_warning(element, w, w.worded, at ? diff.warning_clients[*at] : TextList{});
        };
        out.objects("warnings_appeared", diff.warnings_appeared, worded);
        out.objects("warnings_disappeared", diff.warnings_disappeared, worded);
    });
}

}  // namespace handover
