#include <catch2/catch.hpp>

#include "handover/render/plan_texts.hpp"

using namespace handover;

namespace {

Day ymd(int year, unsigned month, unsigned day) {
    return Day{date::year{year} / date::month{month} / date::day{day}};
}

/// A plan made by the engine's rules of wording (not read back), with one client.
Plan small_plan() {
    Plan plan;
    plan.today = ymd(2026, 11, 30);
    plan.last_day = ymd(2026, 12, 25);
    plan.manager = "Ken Tanaka";
    ClientPlan client;
    client.id = "acme";
    client.name = "ACME Corp";
    client.successor = "Hana Mori";
    client.expected_close = ymd(2026, 12, 10);
    plan.clients = {client};
    WeekLoad week;
    week.week = "2026-W49";
    week.monday = ymd(2026, 11, 30);
    week.planned_hours = 9;
    week.available_hours = 8;
    week.interview_hours = 2;
    plan.load = {week};
    return plan;
}

}  // namespace

TEST_CASE("plan_texts: every kind of task has a title in both languages") {
    const Plan plan = small_plan();
    for (const TaskKind kind : k_task_kinds) {
        Task task;
        task.id = "acme/notify";
        task.kind = kind;
        task.client = "acme";
        task.client_at = 0;
        for (const Lang lang : {Lang::en, Lang::ja}) {
            INFO(to_string(kind) << " " << to_string(lang));
            CHECK(!task_title(lang, plan, task).empty());
        }
    }
    Task notify;
    notify.kind = TaskKind::notify;
    notify.client_at = 0;
    CHECK(task_title(Lang::en, plan, notify) == "Tell ACME Corp you are leaving");
    Task share;
    share.kind = TaskKind::share_handover;
    CHECK(task_title(Lang::en, plan, share) ==
          "Go through the handover documents with the successor and Ken Tanaka");
}

TEST_CASE("plan_texts: every warning code, in every form, has a message in both languages") {
    const Plan plan = small_plan();
    for (const WarningCode code : k_warning_codes) {
        for (const WarningForm form :
             {WarningForm::main, WarningForm::consult, WarningForm::review,
              WarningForm::without_notify, WarningForm::late, WarningForm::policy}) {
            Warning w;
            w.code = code;
            w.form = form;
            w.client = "acme";
            w.client_at = 0;
            w.task = "weekly-review/2026-W49";
            w.number = code == WarningCode::incomplete_handover ? missing::contact : 0;
            w.first = ymd(2026, 11, 30);
            w.second = ymd(2026, 12, 4);
            w.third = ymd(2026, 12, 8);
            for (const Lang lang : {Lang::en, Lang::ja}) {
                INFO(to_string(code)
                     << " form " << static_cast<int>(form) << " " << to_string(lang));
                CHECK(!warning_message(lang, plan, w).empty());
            }
        }
    }
}

TEST_CASE("plan_texts: a plan read back says what its file says") {
    Plan plan = small_plan();
    plan.worded = true;
    Task task;
    task.kind = TaskKind::notify;
    task.client_at = 0;
    task.subject = "Call them";
    CHECK(task_title(Lang::ja, plan, task) == "Call them");
    const Warning w =
        worded_warning(WarningCode::no_successor, Severity::warning, "acme", Text(), "As written");
    CHECK(warning_message(Lang::ja, plan, w) == "As written");
}
