// `--format json`: the machine contract of SPEC section 4 (schema_version 1). Key order is
// part of the contract, so every object is an ordered_json built in the documented order.
#include <nlohmann/json.hpp>

#include "handover/render.hpp"

namespace handover {
namespace {

using Json = nlohmann::ordered_json;

constexpr int k_schema_version = 1;

Json date_or_null(const std::optional<Day>& day) {
    return day ? Json(format_iso(*day)) : Json(nullptr);
}

Json text_or_null(const std::optional<std::string>& text) {
    return text ? Json(*text) : Json(nullptr);
}

Json task_json(const Task& task) {
    Json out;
    out["id"] = task.id;
    out["step"] = task.step;
    out["kind"] = task.kind;
    out["title"] = task.title;
    out["client"] = text_or_null(task.client);
    out["date"] = date_or_null(task.date);
    // Always a double, so whole hours print as `1.0`: one shape for every value.
    out["hours"] = task.hours;
    out["method"] = task.method ? Json(to_string(*task.method)) : Json(nullptr);
    out["depends_on"] = Json::array();
    for (const std::string& id : task.depends_on) out["depends_on"].push_back(id);
    out["status"] = to_string(task.status);
    out["why"] = task.why;
    out["rule"] = task.rule;
    out["meeting"] = task.meeting;
    if (task.kind == "notify") {
        out["talking_points"] = Json::array();
        for (const std::string& point : task.talking_points) {
            out["talking_points"].push_back(point);
        }
    }
    return out;
}

Json client_json(const ClientPlan& client) {
    Json out;
    out["id"] = client.id;
    out["name"] = client.name;
    out["stage"] = to_string(client.stage);
    out["method"] = to_string(client.method);
    out["method_reason"] = client.method_reason;
    out["successor"] = client.successor;
    out["priority"] = client.priority;
    out["expected_close"] = date_or_null(client.expected_close);
    out["notify_date"] = date_or_null(client.notify_date);
    out["introduce_date"] = date_or_null(client.introduce_date);
    out["change_averse"] = client.change_averse;
    return out;
}

Json warning_json(const Warning& warning) {
    Json out;
    out["code"] = warning.code;
    out["severity"] = to_string(warning.severity);
    out["client"] = text_or_null(warning.client);
    out["task"] = text_or_null(warning.task);
    out["message"] = warning.message;
    return out;
}

Json load_json(const WeekLoad& week) {
    Json out;
    out["week"] = week.week;
    out["monday"] = format_iso(week.monday);
    out["planned_hours"] = week.planned_hours;
    out["available_hours"] = week.available_hours;
    out["interview_hours"] = week.interview_hours;
    out["interviews"] = week.interviews;
    out["meetings"] = week.meetings;
    return out;
}

template <typename T, typename F>
Json array_of(const std::vector<T>& items, F&& convert) {
    Json out = Json::array();
    for (const T& item : items) out.push_back(convert(item));
    return out;
}

}  // namespace

// Input is unused: everything the contract names is in the plan, and the input's private
// notes must never reach this output.
std::string render_json(const Plan& plan, const Input& /*input*/,
                        const RenderOptions& /*options*/) {
    Json out;
    out["schema_version"] = k_schema_version;
    out["today"] = format_iso(plan.today);
    out["last_day"] = format_iso(plan.last_day);
    out["end_date"] = date_or_null(plan.end_date);
    out["support_until"] = date_or_null(plan.support_until);
    out["disclose_from"] = date_or_null(plan.disclose_from);
    out["lang"] = to_string(plan.lang);
    out["me"] = plan.me;
    out["manager"] = plan.manager;
    out["successor"] = plan.successor;
    out["tasks"] = array_of(plan.tasks, task_json);
    out["clients"] = array_of(plan.clients, client_json);
    out["warnings"] = array_of(plan.warnings, warning_json);
    out["load"] = array_of(plan.load, load_json);
    // Replace invalid UTF-8 rather than throw: the text comes from validated input, and a
    // renderer is a total function.
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace handover
