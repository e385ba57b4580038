// Diffing two plans, reading an earlier plan back from its JSON, and the two renderings of
// a diff. Ids are the join key because they are a documented, stable contract.
#include "handover/plan_diff.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "handover/diagnostics.hpp"
#include "handover/labels.hpp"
#include "handover/terminal_text.hpp"
#include "lookup.hpp"

namespace handover {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

TaskChange change_of(const Task* old_task, const Task* new_task) {
    const Task& any = new_task != nullptr ? *new_task : *old_task;
    TaskChange c;
    c.id = any.id;
    c.title = any.title;
    c.client = any.client;
    if (old_task != nullptr) {
        c.old_date = old_task->date;
        c.old_status = old_task->status;
    }
    if (new_task != nullptr) {
        c.new_date = new_task->date;
        c.new_status = new_task->status;
        c.why = new_task->why;
    }
    return c;
}

/// Warnings are the same when they say the same kind of thing about the same client and
/// task; the message joins the key only for plan-wide warnings (one per week, say).
using WarningKey =
    std::tuple<std::string_view, std::string_view, std::string_view, std::string_view>;

WarningKey warning_key(const Warning& w) {
    const bool addressed = !w.client.empty() || !w.task.empty();
    return {to_string(w.code), w.client, w.task,
            addressed ? std::string_view() : std::string_view(w.message)};
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

// ---- reading plan JSON ------------------------------------------------------------------

class PlanReader {
  public:
    PlanReader(const std::string& file, Lang lang) : file_(file), lang_(lang) {}

    Plan read(const Json& root) {
        Plan plan;
        if (!root.is_object()) {
            expected("", "progress.json.type.object");
            fail();
        }
        const Json* version = member(root, "", "schema_version", true);
        if (version != nullptr &&
            (!version->is_number_integer() || version->get<long long>() != 1)) {
            report("/schema_version",
                   trf(lang_, "progress.json.schema_version", fmt::arg("found", version->dump())));
            fail();
        }
        if (auto day = date(root, "", "today", true)) plan.today = *day;
        if (auto day = date(root, "", "last_day", true)) plan.last_day = *day;
        if (const Json* tasks = array(root, "", "tasks")) {
            for (std::size_t i = 0; i < tasks->size(); ++i) {
                read_task((*tasks)[i], fmt::format("/tasks/{}", i), plan);
            }
        }
        if (const Json* warnings = array(root, "", "warnings")) {
            for (std::size_t i = 0; i < warnings->size(); ++i) {
                read_warning((*warnings)[i], fmt::format("/warnings/{}", i), plan);
            }
        }
        if (!diagnostics_.empty()) fail();
        return plan;
    }

  private:
    [[noreturn]] void fail() { throw InputError(file_, std::move(diagnostics_)); }

    void report(std::string pointer, std::string message) {
        diagnostics_.push_back({std::move(pointer), {}, std::move(message), {}});
    }

    void expected(const std::string& pointer, std::string_view type_key) {
        report(pointer,
               trf(lang_, "progress.json.expected", fmt::arg("expected", tr(lang_, type_key))));
    }

    const Json* member(const Json& object, const std::string& at, const char* key, bool required) {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required) report(at, trf(lang_, "progress.json.missing", fmt::arg("key", key)));
            return nullptr;
        }
        return &*it;
    }

    const Json* array(const Json& object, const std::string& at, const char* key) {
        const Json* value = member(object, at, key, true);
        if (value != nullptr && !value->is_array()) {
            expected(at + "/" + key, "progress.json.type.array");
            return nullptr;
        }
        return value;
    }

    std::optional<std::string> text(const Json& object, const std::string& at, const char* key,
                                    bool required) {
        const Json* value = member(object, at, key, required);
        if (value == nullptr || value->is_null()) return std::nullopt;
        if (!value->is_string()) {
            expected(at + "/" + key, "progress.json.type.string");
            return std::nullopt;
        }
        return value->get<std::string>();
    }

    std::optional<Day> date(const Json& object, const std::string& at, const char* key,
                            bool required) {
        const Json* value = member(object, at, key, required);
        if (value == nullptr || value->is_null()) return std::nullopt;
        if (value->is_string()) {
            if (auto day = parse_iso_date(value->get<std::string>())) return day;
        }
        expected(at + "/" + key, "progress.json.type.date");
        return std::nullopt;
    }

    /// A text read from the file, kept in the plan's pool (see text_pool.hpp).
    static std::optional<Text> kept(const Plan& plan, const std::optional<std::string>& value) {
        if (!value) return std::nullopt;
        return plan.text(*value);
    }

    /// The task's kind: its `kind` when the file gives one, else the kind its id names
    /// (`acme/notify`, `interview/2026-12-03`, `consult-manager`).
    TaskKind kind(const Json& value, const std::string& at, std::string_view id) {
        if (auto name = text(value, at, "kind", false)) {
            if (auto known = task_kind_from_string(*name)) return *known;
            expected(at + "/kind", "progress.json.type.kind");
            return TaskKind::consult_manager;
        }
        const auto slash = id.find('/');
        if (slash == std::string_view::npos) return task_kind_from_string(id).value_or(TaskKind{});
        if (auto last = task_kind_from_string(id.substr(slash + 1))) return *last;
        return task_kind_from_string(id.substr(0, slash)).value_or(TaskKind{});
    }

    void read_task(const Json& value, const std::string& at, Plan& plan) {
        if (!value.is_object()) {
            expected(at, "progress.json.type.object");
            return;
        }
        Task t;
        t.id = kept(plan, text(value, at, "id", true)).value_or("");
        t.title = kept(plan, text(value, at, "title", false)).value_or(t.id);
        t.kind = kind(value, at, t.id);
        t.client = kept(plan, text(value, at, "client", false)).value_or(Text());
        t.date = date(value, at, "date", false);
        t.why = kept(plan, text(value, at, "why", false)).value_or("");
        if (auto rule = text(value, at, "rule", false)) {
            if (auto known = rule_from_string(*rule)) {
                t.rule = *known;
            } else {
                expected(at + "/rule", "progress.json.type.rule");
            }
        }
        if (const Json* step = member(value, at, "step", false);
            step && step->is_number_integer()) {
            t.step = step->get<int>();
        }
        if (const Json* hours = member(value, at, "hours", false); hours && hours->is_number()) {
            t.hours = hours->get<double>();
        }
        if (auto method = text(value, at, "method", false)) t.method = method_from_string(*method);
        const std::string status = text(value, at, "status", false).value_or("todo");
        if (status == "done") {
            t.status = TaskStatus::done;
        } else if (status == "unscheduled") {
            t.status = TaskStatus::unscheduled;
        } else if (status != "todo") {
            expected(at + "/status", "progress.json.type.status");
        }
        if (t.id.empty()) return;
        // Tasks are matched by id; a plan that names one twice cannot be compared.
        if (!seen_ids_.insert(t.id).second) {
            report(at + "/id", trf(lang_, "progress.json.duplicate_id", fmt::arg("id", t.id)));
            return;
        }
        plan.tasks.push_back(std::move(t));
    }

    void read_warning(const Json& value, const std::string& at, Plan& plan) {
        if (!value.is_object()) {
            expected(at, "progress.json.type.object");
            return;
        }
        Warning w;
        std::optional<WarningCode> code;
        if (auto name = text(value, at, "code", true)) {
            code = warning_code_from_string(*name);
            if (!code) expected(at + "/code", "progress.json.type.code");
        }
        if (code) w.code = *code;
        w.client = kept(plan, text(value, at, "client", false)).value_or(Text());
        w.task = kept(plan, text(value, at, "task", false)).value_or(Text());
        w.message = kept(plan, text(value, at, "message", false)).value_or("");
        const std::string severity = text(value, at, "severity", false).value_or("warning");
        if (severity == "error") {
            w.severity = Severity::error;
        } else if (severity == "info") {
            w.severity = Severity::info;
        } else if (severity != "warning") {
            expected(at + "/severity", "progress.json.type.severity");
        }
        if (code) plan.warnings.push_back(std::move(w));
    }

    const std::string& file_;
    Lang lang_;
    std::vector<Diagnostic> diagnostics_;
    std::set<std::string_view> seen_ids_;  // views of texts in the plan being read
};

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

OrderedJson date_json(const std::optional<Day>& day) {
    return day ? OrderedJson(format_iso(*day)) : OrderedJson(nullptr);
}

OrderedJson change_json(const TaskChange& c) {
    OrderedJson out;
    out["id"] = c.id;
    out["title"] = c.title;
    out["client"] = c.client ? OrderedJson(*c.client) : OrderedJson(nullptr);
    out["old_date"] = date_json(c.old_date);
    out["new_date"] = date_json(c.new_date);
    out["old_status"] = c.old_status ? OrderedJson(to_string(*c.old_status)) : OrderedJson(nullptr);
    out["new_status"] = c.new_status ? OrderedJson(to_string(*c.new_status)) : OrderedJson(nullptr);
    out["why"] = c.why;
    return out;
}

OrderedJson warning_json(const Warning& w) {
    OrderedJson out;
    out["code"] = to_string(w.code);
    out["severity"] = to_string(w.severity);
    out["client"] = !w.client.empty() ? OrderedJson(w.client) : OrderedJson(nullptr);
    out["task"] = !w.task.empty() ? OrderedJson(w.task) : OrderedJson(nullptr);
    out["message"] = w.message;
    return out;
}

}  // namespace

bool PlanDiff::empty() const {
    return old_last_day == new_last_day && moved.empty() && appeared.empty() &&
           disappeared.empty() && warnings_appeared.empty() && warnings_disappeared.empty();
}

PlanDiff diff_plans(const Plan& old_plan, const Plan& new_plan) {
    PlanDiff diff;
    diff.old_today = old_plan.today;
    diff.new_today = new_plan.today;
    diff.old_last_day = old_plan.last_day;
    diff.new_last_day = new_plan.last_day;

    const ById<Task> old_tasks(old_plan.tasks);
    std::set<std::string_view> in_new;
    for (const Task& t : new_plan.tasks) {
        in_new.insert(t.id);
        const Task* before = old_tasks.find(t.id);
        if (before == nullptr) {
            diff.appeared.push_back(change_of(nullptr, &t));
        } else if (before->date != t.date || before->status != t.status) {
            diff.moved.push_back(change_of(before, &t));
        }
    }
    for (const Task& t : old_plan.tasks) {
        if (!in_new.contains(t.id)) diff.disappeared.push_back(change_of(&t, nullptr));
    }
    sort_by(diff.moved, &TaskChange::new_date);
    sort_by(diff.appeared, &TaskChange::new_date);
    sort_by(diff.disappeared, &TaskChange::old_date);

    // Each new warning takes the earliest old one with its key that is still unmatched.
    // Equal keys keep their insertion order in a multimap, so lower_bound (not find, which
    // may return any of them) is the earliest.
    std::multimap<WarningKey, std::size_t> unmatched;
    for (std::size_t i = 0; i < old_plan.warnings.size(); ++i) {
        unmatched.emplace(warning_key(old_plan.warnings[i]), i);
    }
    std::vector<bool> matched(old_plan.warnings.size(), false);
    for (const Warning& w : new_plan.warnings) {
        const WarningKey key = warning_key(w);
        const auto old = unmatched.lower_bound(key);
        if (old == unmatched.end() || old->first != key) {
            diff.warnings_appeared.push_back(w);
            continue;
        }
        matched[old->second] = true;
        unmatched.erase(old);
    }
    for (std::size_t i = 0; i < old_plan.warnings.size(); ++i) {
        if (!matched[i]) diff.warnings_disappeared.push_back(old_plan.warnings[i]);
    }
    return diff;
}

Plan plan_from_json(std::string_view text, const std::string& file, Lang lang) {
    Json root;
    try {
        root = Json::parse(text, nullptr, true, true);
    } catch (const Json::parse_error& e) {
        throw InputError(
            file, {{{}, {}, trf(lang, "progress.json.not_json", fmt::arg("byte", e.byte)), {}}});
    } catch (const Json::exception&) {
        // A number out of range (1e400) is the other way the text can fail to be JSON.
        throw InputError(file, {{{}, {}, std::string(tr(lang, "progress.json.bad_number")), {}}});
    }
    return PlanReader(file, lang).read(root);
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
        for (const Warning& w : diff.warnings_appeared) out += warning_line(lang, w, "  + ");
    }
    if (!diff.warnings_disappeared.empty()) {
        out += "\n" + section(lang, "progress.diff.warnings_disappeared",
                              diff.warnings_disappeared.size());
        for (const Warning& w : diff.warnings_disappeared) out += warning_line(lang, w, "  - ");
    }
    return out;
}

std::string render_diff_json(const PlanDiff& diff) {
    OrderedJson out;
    out["schema_version"] = 1;
    out["old"] = {{"today", format_iso(diff.old_today)},
                  {"last_day", format_iso(diff.old_last_day)}};
    out["new"] = {{"today", format_iso(diff.new_today)},
                  {"last_day", format_iso(diff.new_last_day)}};
    const auto changes = [](const std::vector<TaskChange>& list) {
        OrderedJson array = OrderedJson::array();
        for (const TaskChange& c : list) array.push_back(change_json(c));
        return array;
    };
    const auto warnings = [](const std::vector<Warning>& list) {
        OrderedJson array = OrderedJson::array();
        for (const Warning& w : list) array.push_back(warning_json(w));
        return array;
    };
    out["moved"] = changes(diff.moved);
    out["appeared"] = changes(diff.appeared);
    out["disappeared"] = changes(diff.disappeared);
    out["warnings_appeared"] = warnings(diff.warnings_appeared);
    out["warnings_disappeared"] = warnings(diff.warnings_disappeared);
    return out.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

}  // namespace handover
