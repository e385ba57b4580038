// Reading a plan back from its `--format json` output: what `diff --against` and
// `next --against` compare today's plan with. The writer is plan_json_write.cpp.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>

#include "handover/base/diagnostics.hpp"
#include "handover/render/plan_json.hpp"

namespace handover {
namespace {

using Json = nlohmann::json;

class PlanReader {
  public:
    PlanReader(const std::string& file, Lang lang) : file_(file), lang_(lang) {}

    Plan read(const Json& root) {
        Plan plan;
        plan.worded = true;
        if (!root.is_object()) {
            expected("", "progress.json.type.object");
            fail();
        }
        const Json* version = member(root, "", "schema_version", true);
        // 1: the plans of the planning rules version 1, whose tasks have no `with`.
        if (version != nullptr && (!version->is_number_integer() || version->get<long long>() < 1 ||
                                   version->get<long long>() > k_plan_schema_version)) {
            report("/schema_version",
                   trf(lang_, "progress.json.schema_version", fmt::arg("found", version->dump())));
            fail();
        }
        if (auto day = date(root, "", "today", true)) plan.today = *day;
        if (auto day = date(root, "", "last_day", true)) plan.last_day = *day;
        // Plans written before the takeover day was part of the contract take over the day
        // after the last day.
        if (auto day = date(root, "", "takeover_day", false)) {
            plan.takeover_day = *day;
        } else {
            plan.takeover_day = plan.last_day + date::days{1};
        }
        // Plans written before amounts carried their currency have none: their values were yen.
        if (auto code = text(root, "", "currency", false)) {
            const auto* known = std::find(k_currency_names.begin(), k_currency_names.end(), *code);
            if (known == k_currency_names.end()) {
                expected("/currency", "progress.json.type.currency");
            } else {
                plan.currency =
                    static_cast<Currency>(std::distance(k_currency_names.begin(), known));
            }
        }
        // The language the texts are in (English when the file does not say).
        if (auto name = text(root, "", "lang", false)) {
            if (const auto lang = lang_from_string(*name)) {
                plan.worded_lang = *lang;
            } else {
                expected("/lang", "progress.json.type.lang");
            }
        }
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

    /// The task's `with`, as Task::with bits; none when the task has no `with` (version 1).
    std::uint8_t with(const Json& value, const std::string& at) {
        const Json* names = member(value, at, "with", false);
        if (names == nullptr || names->is_null()) return 0;
        if (!names->is_array()) {
            expected(at + "/with", "progress.json.type.with");
            return 0;
        }
        std::uint8_t bits = 0;
        for (const Json& name : *names) {
            const auto known = name.is_string()
                                   ? std::find(k_with_names.begin(), k_with_names.end(),
                                               name.get_ref<const std::string&>())
                                   : k_with_names.end();
            if (known == k_with_names.end()) {
                expected(at + "/with", "progress.json.type.with");
                return 0;
            }
            bits |= static_cast<std::uint8_t>(1U << (known - k_with_names.begin()));
        }
        return bits;
    }

    void read_task(const Json& value, const std::string& at, Plan& plan) {
        if (!value.is_object()) {
            expected(at, "progress.json.type.object");
            return;
        }
        Task t;
        t.id = kept(plan, text(value, at, "id", true)).value_or("");
        t.subject = kept(plan, text(value, at, "title", false)).value_or(t.id);
        t.kind = kind(value, at, t.id);
        t.client = kept(plan, text(value, at, "client", false)).value_or(Text());
        t.date = date(value, at, "date", false);
        t.note = kept(plan, text(value, at, "why", false)).value_or("");
        if (const Json* points = member(value, at, "talking_points", false);
            points && points->is_array()) {
            std::vector<std::string> said;
            for (const Json& point : *points) {
                if (point.is_string()) said.push_back(point.get<std::string>());
            }
            if (!said.empty()) plan.worded_points.emplace(t.id.str(), std::move(said));
        }
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
        t.with = with(value, at);
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
        // A warning about several clients, as write_warning() writes it: more than one, or
        // a list without a `client` (BUSINESS_CLOSURE lists even a single client so).
        if (const Json* clients = member(value, at, "clients", false);
            clients != nullptr && clients->is_array() &&
            (clients->size() > 1 || (w.client.empty() && !clients->empty()))) {
            std::vector<Text> ids;
            for (const Json& id : *clients) {
                if (id.is_string()) ids.push_back(plan.text(id.get<std::string>()));
            }
            w.several = true;
            w.client_at = static_cast<std::uint32_t>(plan.warning_clients.size());
            plan.warning_clients.push_back(plan.list(ids));
        }
        w.task = kept(plan, text(value, at, "task", false)).value_or(Text());
        w.worded = kept(plan, text(value, at, "message", false)).value_or("");
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

}  // namespace

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

}  // namespace handover
