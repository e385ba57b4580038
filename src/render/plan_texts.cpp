#include "handover/render/plan_texts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "handover/engine/task_ids.hpp"
#include "handover/render/labels.hpp"

namespace handover {
namespace {

const ClientPlan* client_at(const Plan& plan, std::uint32_t at) {
    return at < plan.clients.size() ? &plan.clients[at] : nullptr;
}

std::string_view client_name(const Plan& plan, std::uint32_t at) {
    const ClientPlan* client = client_at(plan, at);
    return client != nullptr ? std::string_view(client->name) : std::string_view();
}

std::string_view manager_name(Lang lang, const Plan& plan) {
    return plan.manager.empty() ? tr(lang, "engine.your_manager") : std::string_view(plan.manager);
}

std::string date_text(Lang lang, Day day) {
    return format_date_long(lang, day);
}

/// The notification window from `start` to `end`. A window that closed before it could
/// open (late disclosure, a late start) is named by its end only ("from the 25th to the
/// 20th" would read as a mistake), and one that ended before today by today.
std::string window_text(Lang lang, const Plan& plan, Day start, Day end) {
    if (end < plan.today) {
        return trf(lang, "engine.window_before_today",
                   fmt::arg("today", date_text(lang, plan.today)));
    }
    if (end < start) return trf(lang, "engine.window_ended", fmt::arg("end", date_text(lang, end)));
    return trf(lang, "engine.window", fmt::arg("start", date_text(lang, start)),
               fmt::arg("end", date_text(lang, end)));
}

std::string missing_text(Lang lang, int bits) {
    std::string out;
    const auto add = [&](int bit, std::string_view text) {
        if ((bits & bit) == 0) return;
        if (!out.empty()) out += tr(lang, "engine.list_separator");
        out += text;
    };
    add(missing::contact, tr(lang, "engine.missing.contact"));
    add(missing::history, tr(lang, "engine.missing.history"));
    add(missing::events, tr(lang, "engine.missing.events"));
    return out;
}

}  // namespace

std::string_view method_reason(Lang lang, const ClientPlan& client) {
    return label(lang, client.method_reason);
}

std::string_view day_note_text(Lang lang, const DayNote& note) {
    const std::string& name = lang == Lang::ja ? note.name_ja : note.name;
    switch (note.kind) {
        case DayNote::Kind::day_off:
            return {};
        case DayNote::Kind::holiday:
            return name.empty() ? tr(lang, "engine.day.holiday") : std::string_view(name);
        case DayNote::Kind::blocked:
            return name.empty() ? tr(lang, "engine.day.blocked") : std::string_view(name);
    }
    return {};
}

std::string_view successor_name(Lang lang, const Plan& plan, std::uint32_t at) {
    const ClientPlan* client = client_at(plan, at);
    if (client != nullptr && !client->successor.empty()) return client->successor;
    if (client == nullptr && !plan.successor.empty()) return plan.successor;
    return tr(lang, "engine.the_successor");
}

std::string task_title(Lang lang, const Plan& plan, const Task& task) {
    if (plan.worded) return task.subject.str();
    const std::string_view client = client_name(plan, task.client_at);
    switch (task.kind) {
        case TaskKind::consult_manager:
            return trf(lang, "engine.title.consult", fmt::arg("manager", manager_name(lang, plan)));
        case TaskKind::decide_timing:
            return std::string(tr(lang, "engine.title.decide_timing"));
        case TaskKind::decide_method:
            return std::string(tr(lang, "engine.title.decide_method"));
        case TaskKind::interview:
            if (task.subject.empty())
                return std::string(tr(lang, "engine.title.interview_unnamed"));
            return trf(lang, "engine.title.interview", fmt::arg("company", task.subject));
        case TaskKind::handover_doc:
            return trf(lang, "engine.title.handover_doc", fmt::arg("client", client));
        case TaskKind::notify:
            return trf(lang, "engine.title.notify", fmt::arg("client", client));
        case TaskKind::introduce:
            return trf(lang, "engine.title.introduce", fmt::arg("client", client),
                       fmt::arg("successor", successor_name(lang, plan, task.client_at)));
        case TaskKind::follow_up:
            return trf(lang, "engine.title.follow_up", fmt::arg("client", client),
                       fmt::arg("successor", successor_name(lang, plan, task.client_at)));
        case TaskKind::share_handover:
            return trf(lang, "engine.title.share",
                       fmt::arg("successor", successor_name(lang, plan, k_no_client)),
                       fmt::arg("manager", manager_name(lang, plan)));
        case TaskKind::weekly_review:
            return std::string(tr(lang, "engine.title.weekly_review"));
    }
    return task.id.str();
}

std::string warning_message(Lang lang, const Plan& plan, const Warning& w) {
    if (plan.worded) return w.worded.str();
    const std::string_view client = client_name(plan, w.client_at);
    const ClientPlan* cp = client_at(plan, w.client_at);
    const std::string close =
        cp != nullptr && cp->expected_close ? date_text(lang, *cp->expected_close) : std::string();
    switch (w.code) {
        case WarningCode::over_capacity:
            switch (w.form) {
                case WarningForm::consult:
                    return std::string(tr(lang, "engine.warn.no_room_consult"));
                case WarningForm::review:
                    return trf(lang, "engine.warn.no_room_review",
                               fmt::arg("week", task_id::week_of(w.task)));
                case WarningForm::main:
                case WarningForm::without_notify:
                case WarningForm::late:
                case WarningForm::policy:
                    break;
            }
            {
                Task task;
                task.id = w.task;
                task.kind = static_cast<TaskKind>(w.number);
                task.client_at = w.client_at;
                return trf(lang, "engine.warn.no_room_task",
                           fmt::arg("task", task_title(lang, plan, task)));
            }
        case WarningCode::no_time_to_notify:
            return trf(lang, "engine.warn.no_time_to_notify", fmt::arg("client", client));
        case WarningCode::notify_late:
            return trf(lang, "engine.warn.notify_late", fmt::arg("client", client),
                       fmt::arg("date", date_text(lang, w.third)),
                       fmt::arg("window", window_text(lang, plan, w.first, w.second)));
        case WarningCode::no_time_for_intro:
            if (w.form == WarningForm::without_notify) {
                return trf(lang, "engine.warn.no_intro_without_notify", fmt::arg("client", client));
            }
            if (w.form == WarningForm::late) {
                return trf(lang, "engine.warn.intro_late", fmt::arg("client", client),
                           fmt::arg("date", date_text(lang, w.second)),
                           fmt::arg("deadline", date_text(lang, w.first)));
            }
            return trf(lang, "engine.warn.no_time_for_intro", fmt::arg("client", client),
                       fmt::arg("deadline", date_text(lang, w.first)));
        case WarningCode::notice_too_short: {
            const auto days = (w.second - w.first).count();
            if (w.form == WarningForm::policy) {
                return trf(lang, "engine.warn.notice_policy", fmt::arg("days", days),
                           fmt::arg("told", date_text(lang, w.first)),
                           fmt::arg("end", date_text(lang, w.second)),
                           fmt::arg("notice", w.number));
            }
            return trf(lang, "engine.warn.notice_legal", fmt::arg("days", days),
                       fmt::arg("told", date_text(lang, w.first)),
                       fmt::arg("end", date_text(lang, w.second)));
        }
        case WarningCode::no_successor:
            return trf(lang, "engine.warn.no_successor", fmt::arg("client", client));
        case WarningCode::method_too_weak:
            return trf(lang, "engine.warn.method_too_weak", fmt::arg("client", client),
                       fmt::arg("method", cp != nullptr ? label(lang, cp->method) : ""),
                       fmt::arg("wanted", label(lang, static_cast<Method>(w.number))));
        case WarningCode::close_date_passed:
            return trf(lang, "engine.warn.close_date_passed", fmt::arg("client", client),
                       fmt::arg("close", close));
        case WarningCode::incomplete_handover:
            return trf(lang, "engine.warn.incomplete", fmt::arg("client", client),
                       fmt::arg("missing", missing_text(lang, w.number)));
        case WarningCode::deal_closes_late:
            return trf(lang, "engine.warn.deal_closes_late", fmt::arg("client", client),
                       fmt::arg("close", close),
                       fmt::arg("successor", successor_name(lang, plan, w.client_at)));
        case WarningCode::deal_after_departure:
            return trf(lang, "engine.warn.deal_after_departure", fmt::arg("client", client),
                       fmt::arg("close", close),
                       fmt::arg("successor", successor_name(lang, plan, w.client_at)));
        case WarningCode::last_day_passed:
            return trf(lang, "engine.warn.last_day_passed",
                       fmt::arg("last_day", date_text(lang, w.first)), fmt::arg("count", w.number));
        case WarningCode::week_overloaded: {
            const auto week = std::find_if(plan.load.begin(), plan.load.end(),
                                           [&](const WeekLoad& l) { return l.monday == w.first; });
            if (week == plan.load.end()) return std::string();
            return trf(
                lang, "engine.warn.week_overloaded", fmt::arg("week", week->week),
                fmt::arg("load", fmt::format("{:g}", week->planned_hours + week->interview_hours)),
                fmt::arg("room", fmt::format("{:g}", week->available_hours)),
                fmt::arg("interviews", fmt::format("{:g}", week->interview_hours)));
        }
    }
    return std::string();
}

}  // namespace handover
