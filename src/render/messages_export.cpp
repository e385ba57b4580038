// The export (JSON, iCalendar, CSV, CRM) texts of the catalogue, English and Japanese side by side.
#include "handover/render/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    // Step names, used as calendar categories.
    {"export.step.1", "Step 1: Manager", "ステップ1: 上司への相談"},
    {"export.step.2", "Step 2: Timing", "ステップ2: お伝えする時期"},
    {"export.step.3", "Step 3: Notify", "ステップ3: お客様へのご報告"},
    {"export.step.4", "Step 4: Handover", "ステップ4: 引き継ぎの準備"},
    {"export.step.5", "Step 5: Introduce", "ステップ5: 後任者のご紹介"},
    {"export.step.6", "Step 6: Job search", "ステップ6: 転職活動との両立"},

    // iCalendar.
    {"export.ics.calendar_name", "Handover plan: {me}", "引き継ぎ計画（{me}）"},
    {"export.ics.summary_client", "{title} ({client})", "{title}（{client}）"},
    {"export.ics.summary_done", "✓ {summary}", "✓ {summary}"},
    {"export.ics.why", "Why: {why}", "理由: {why}"},
    {"export.ics.method", "Method: {method}", "方法: {method}"},
    {"export.ics.value", "Value: {value}", "金額: {value}"},
    {"export.ics.hours", "Time needed: {hours} h", "所要時間: {hours}時間"},
    {"export.ics.talking_points", "Talking points:", "お伝えする内容:"},
    {"export.ics.point", "- {point}", "・{point}"},
    {"export.ics.task_id", "Task: {id}", "タスクID: {id}"},
    {"export.ics.reminder", "Next working day: {summary}", "次の営業日の予定: {summary}"},
    {"export.ics.last_day", "Last working day", "最終出社日"},
    {"export.ics.last_day_description",
     "Your last day in the office; every handover task is planned on or before it.",
     "最終出社日です。引き継ぎのタスクはすべてこの日までに予定しております。"},

    // CSV headers of `--excel`, the spreadsheet for people; the plain CSV's header is the
    // machine names in every language (render_csv.cpp).
    {"export.csv.column.id", "Task ID", "タスクID"},
    {"export.csv.column.step", "Step", "ステップ"},
    {"export.csv.column.kind", "Kind", "種類"},
    {"export.csv.column.title", "Title", "タスク"},
    {"export.csv.column.client", "Client ID", "顧客ID"},
    {"export.csv.column.client_name", "Client", "顧客名"},
    {"export.csv.column.date", "Date", "予定日"},
    {"export.csv.column.hours", "Hours", "所要時間"},
    {"export.csv.column.method", "Method", "方法"},
    {"export.csv.column.status", "Status", "状態"},
    {"export.csv.column.why", "Why", "理由"},
    {"export.csv.column.value", "Value", "金額"},
    {"export.csv.column.currency", "Currency", "通貨"},
    {"export.status.todo", "to do", "未着手"},
    {"export.status.done", "done", "完了"},
    {"export.status.unscheduled", "unscheduled", "日程未定"},

    // CRM owner-change file.
    {"export.crm.column.client_id", "client_id", "顧客ID"},
    {"export.crm.column.client_name", "client_name", "顧客名"},
    {"export.crm.column.from_owner", "from_owner", "現担当者"},
    {"export.crm.column.to_owner", "to_owner", "新担当者"},
    {"export.crm.column.effective_date", "effective_date", "変更日"},
    {"export.crm.column.stage", "stage", "商談段階"},
    {"export.crm.column.open_deal", "open_deal", "進行中の商談"},
    {"export.crm.column.expected_close", "expected_close", "契約予定日"},
    {"export.crm.column.value", "value", "金額"},
    {"export.crm.column.currency", "currency", "通貨"},
    {"export.crm.yes", "yes", "あり"},
    {"export.crm.no", "no", "なし"},
};

}  // namespace

std::span<const Message> exporters() {
    return k_table;
}

}  // namespace handover::messages
