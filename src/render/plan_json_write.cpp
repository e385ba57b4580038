// The plan's `--format json`, the machine contract of SPEC section 4 (schema_version 2),
// written with the one JSON writer (base/json_writer.hpp). Key order and layout are part of
// the contract (2-space indent, `[]` for empty arrays, whole hours as `1.0`).
#include <array>
#include <cmath>
#include <span>

#include "handover/input/schema.hpp"
#include "handover/render/plan_json.hpp"
#include "handover/render/plan_texts.hpp"
#include "handover/render/render.hpp"

namespace handover {

// ---- the plan -----------------------------------------------------------------------------

void write_warning(JsonObject& w, Lang lang, const Plan& plan, const Warning& warning) {
    write_warning(w, warning, warning_message(lang, plan, warning), plan.clients_of(warning));
    // PLAN_DOES_NOT_FIT: what would make the plan fit, each change alone (null: none found);
    // the clients to announce by email or hand over are the warning's `clients`.
    if (warning.code == WarningCode::plan_does_not_fit && plan.fit) {
        const FitAdvice& fit = *plan.fit;
        JsonObject f = w.object("fit");
        f.date("last_day", fit.last_day);
        if (fit.last_day)
            f.integer("extra_working_days", fit.extra_days);
        else
            f.null("extra_working_days");
        if (fit.hours_per_day)
            f.number("hours_per_day", *fit.hours_per_day);
        else
            f.null("hours_per_day");
        if (fit.clients > 0)
            f.string("clients_by", fit.by_email ? "email" : "manager");
        else
            f.null("clients_by");
        f.close();
    }
}

void write_warning(JsonObject& w, const Warning& warning, std::string_view message,
                   TextList clients) {
    w.string("code", to_string(warning.code));
    w.string("severity", to_string(warning.severity));
    w.optional_string("client", warning.client);
    // Every client the cause affects: the one of `client`, or the list of a warning about
    // several, or none.
    if (!clients.empty()) {
        w.strings("clients", clients);
    } else if (!warning.client.empty()) {
        w.strings("clients", std::array<std::string_view, 1>{std::string_view(warning.client)});
    } else {
        w.strings("clients", std::array<std::string_view, 0>{});
    }
    w.optional_string("task", warning.task);
    w.string("message", message);
}

namespace {

void write_task(JsonObject& w, Lang lang, const Plan& plan, const Task& task) {
    w.string("id", task.id);
    w.integer("step", task.step);
    w.string("kind", to_string(task.kind));
    w.string("title", task_title(lang, plan, task));
    w.optional_string("client", task.client);
    w.date("date", task.date);
    w.number("hours", task.hours);
    w.key("method");
    if (task.method)
        w.string_value(to_string(*task.method));
    else
        w.null_value();
    w.strings("depends_on", task.depends_on);
    w.string("status", to_string(task.status));
    w.string("why", task_why(lang, plan, task));
    w.string("rule", to_string(task.rule));
    w.boolean("meeting", task.meeting);
    // Who else takes part, in the order of k_with_names.
    std::array<std::string_view, k_with_names.size()> with{};
    std::size_t count = 0;
    for (std::size_t bit = 0; bit < k_with_names.size(); ++bit) {
        if ((task.with >> bit) & 1U) with[count++] = k_with_names[bit];
    }
    w.strings("with", std::span<const std::string_view>(with.data(), count));
    if (task.kind == TaskKind::notify || task.kind == TaskKind::consult_manager)
        w.strings("talking_points", talking_points(lang, plan, task));
}

void write_client(JsonObject& w, Lang lang, const Plan& plan, const ClientPlan& client) {
    w.string("id", client.id);
    w.string("name", client.name);
    w.string("stage", to_string(client.stage));
    w.string("method", to_string(client.method));
    w.string("method_reason", method_reason(lang, plan, client));
    // Money as the input writes it: a whole amount without a decimal point (`240000`), a
    // fractional one as the shortest number that reads back the same (`1250.5`).
    if (client.value == std::floor(client.value) && std::fabs(client.value) <= k_max_amount) {
        w.integer("value", static_cast<long long>(client.value));
    } else {
        w.number("value", client.value);
    }
    w.string("successor", client.successor);
    w.integer("priority", client.priority);
    w.date("expected_close", client.expected_close);
    w.date("notify_date", client.notify_date);
    w.date("introduce_date", client.introduce_date);
    w.boolean("change_averse", client.change_averse);
}

void write_load(JsonObject& w, const WeekLoad& week) {
    w.string("week", week.week);
    w.date("monday", week.monday);
    w.number("planned_hours", week.planned_hours);
    w.number("available_hours", week.available_hours);
    w.number("interview_hours", week.interview_hours);
    w.integer("interviews", week.interviews);
    w.integer("meetings", week.meetings);
}

/// The whole document, through `out`.
void write_document(const Plan& plan, Lang lang, BufferedSink& out) {
    JsonObject w(out);
    w.integer("schema_version", k_plan_schema_version);
    w.date("today", plan.today);
    w.date("last_day", plan.last_day);
    w.date("end_date", plan.end_date);
    w.date("support_until", plan.support_until);
    w.date("disclose_from", plan.disclose_from);
    w.date("takeover_day", plan.takeover_day);
    w.string("lang", to_string(lang));
    w.string("me", plan.me);
    w.string("manager", plan.manager);
    w.string("successor", plan.successor);
    w.string("currency", to_string(plan.currency));
    w.objects("tasks", plan.tasks, [&](JsonObject& element, const Task& task) {
        write_task(element, lang, plan, task);
    });
    w.objects("clients", plan.clients, [&](JsonObject& element, const ClientPlan& client) {
        write_client(element, lang, plan, client);
    });
    w.objects("warnings", plan.warnings, [&](JsonObject& element, const Warning& warning) {
        write_warning(element, lang, plan, warning);
    });
    w.objects("load", plan.load, write_load);
    w.close();
    out += '\n';
}

}  // namespace

// Input is unused: everything the contract names is in the plan, and the input's private
// notes must never reach this output.
std::string render_json(const Plan& plan, const Input& /*input*/, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_json(plan, options.lang, sink); });
}

void write_json(const Plan& plan, Lang lang, TextSink& sink) {
    BufferedSink out(sink);
    write_document(plan, lang, out);
    out.finish();
}

}  // namespace handover
