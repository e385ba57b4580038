// The texts of daily use (English and Japanese side by side): `done`, `undo`, `next` and
// `diff`, and the reading of an earlier plan's JSON.
#include "handover/progress/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    // Help.
    {"progress.done.description",
     "Record tasks as done in the input file (only its done list changes)",
     "タスクを完了として入力ファイルに記録します(変更するのは done の部分だけです)"},
    {"progress.done.footer",
     "Examples:\n"
     "  handover done clients.json consult-manager\n"
     "  handover done clients.json acme/notify acme/handover-doc --on 2026-12-03\n"
     "  handover done clients.json --from-markdown handover.md\n"
     "                        Record the boxes ticked in a checklist from --format markdown\n"
     "The file is rewritten atomically; comments, order and spacing stay as they are.",
     "使用例:\n"
     "  handover done clients.json consult-manager\n"
     "  handover done clients.json acme/notify acme/handover-doc --on 2026-12-03\n"
     "  handover done clients.json --from-markdown handover.md\n"
     "                        --format markdown のチェックリストで付けたチェックを記録します\n"
     "ファイルは安全に置き換えられ、コメント・キーの順序・空白はそのまま残ります。"},
    {"progress.undo.description", "Take back tasks recorded as done",
     "完了として記録したタスクを取り消します"},
    {"progress.undo.footer",
     "Example:\n"
     "  handover undo clients.json acme/notify\n"
     "The task is planned again from today.",
     "使用例:\n"
     "  handover undo clients.json acme/notify\n"
     "取り消したタスクは、今日から改めて計画されます。"},
    {"progress.next.description", "What to do today and in the coming days, overdue work first",
     "今日と今後数日のうちに行うことを、遅れているタスクから順に表示します"},
    {"progress.next.footer",
     "Examples:\n"
     "  handover next clients.json\n"
     "  handover next clients.json --days 14 --against last-week.json\n"
     "Exit status 1 when something is overdue or the plan is not feasible.",
     "使用例:\n"
     "  handover next clients.json\n"
     "  handover next clients.json --days 14 --against last-week.json\n"
     "遅れているタスクがある場合、または計画が期限内に収まらない場合は終了コード 1 を返します。"},
    {"progress.diff.description", "What a change to the input moved in the plan, and why",
     "入力の変更によって計画の何が動いたかと、その理由を表示します"},
    {"progress.diff.footer",
     "Examples:\n"
     "  handover diff old.json clients.json\n"
     "  handover plan clients.json --format json -o plan.json   (keep today's plan)\n"
     "  handover diff --against plan.json clients.json          (later: what changed since)",
     "使用例:\n"
     "  handover diff old.json clients.json\n"
     "  handover plan clients.json --format json -o plan.json   (今日の計画を保存します)\n"
     "  handover diff --against plan.json clients.json          (後日、その後の変化を確認します)"},
    {"progress.opt.ids", "Task ids as the plan shows them, e.g. acme/notify",
     "計画に表示されるタスク ID(例: acme/notify)"},
    {"progress.opt.undo_ids", "Task ids to take back", "取り消すタスクの ID"},
    {"progress.opt.on", "The day the work was done (default: today; never after today)",
     "作業を終えた日(既定: 今日。今日より後の日付は指定できません)"},
    {"progress.opt.from_markdown",
     "Also record the tasks ticked in this checklist written by --format markdown",
     "--format markdown で書き出したチェックリストでチェック済みのタスクも記録します"},
    {"progress.opt.days", "How many days after today to include (default: 7)",
     "今日から何日先までを表示するか(既定: 7)"},
    {"progress.opt.against_next",
     "An earlier plan (--format json output): tasks it dated before today and not done are overdue",
     "以前の計画(--format json "
     "の出力)。そこで今日より前に予定され、まだ完了していないタスクを遅れとみなします"},
    {"progress.opt.against_diff",
     "Compare with an earlier plan (--format json output) instead of an older input file",
     "古い入力ファイルの代わりに、以前の計画(--format json の出力)と比べます"},
    {"progress.opt.diff_files", "OLD NEW: two input files; with --against, only NEW",
     "OLD NEW: 2 つの入力ファイル。--against を指定した場合は NEW のみ"},
    {"progress.opt.format", "Output format (default: text)", "出力形式(既定: text)"},

    // done and undo.
    {"progress.done.recorded", "{id}: recorded as done on {date}",
     "{id}: {date} に完了として記録しました"},
    {"progress.done.updated", "{id}: date changed from {old} to {date}",
     "{id}: 完了日を {old} から {date} に変更しました"},
    {"progress.done.unchanged", "{id}: already recorded as done on {date}",
     "{id}: すでに {date} に完了として記録されています"},
    {"progress.done.kept",
     "{id}: already recorded as done on {date}; that date is kept (give --on DATE to change it)",
     "{id}: すでに {date} に完了として記録されているため、その日付のままにしました"
     "(変更する場合は --on で日付を指定してください)"},
    {"progress.done.before_prerequisites",
     "handover: warning: {id} is recorded as done, but what comes before it is not done yet: "
     "{tasks}",
     "handover: 警告: {id} を完了として記録しましたが、先に行うはずの次のタスクがまだ完了して"
     "いません: {tasks}"},
    {"progress.done.markdown", "{file}: {ticked} ticked task(s), {already} of them already done",
     "{file}: チェック済みのタスクが {ticked} 件あり、うち {already} 件は完了済みです"},
    {"progress.done.markdown_unticked",
     "{count} task(s) without a tick stay recorded as done; take one back with \"handover undo\"",
     "チェックの付いていない {count} 件のタスクは完了の記録をそのまま残しました。"
     "取り消す場合は \"handover undo\" をお使いください"},
    {"progress.done.written", "Updated {file}.", "{file} を更新しました。"},
    {"progress.done.no_change", "{file} is unchanged.", "{file} は変更していません。"},
    {"progress.undo.removed_unreadable", "{id}: entry taken out (it named no task of this plan)",
     "{id}: この計画にないタスクを指していたため、記録を削除しました"},
    {"progress.undo.removed", "{id}: no longer recorded as done (was {date})",
     "{id}: 完了の記録を取り消しました(記録されていた日付: {date})"},

    // Errors of the command line.
    {"progress.error.stdin",
     "done and undo write the input file back, so FILE must be a file, not standard input",
     "done と undo は入力ファイルを書き換えるため、FILE "
     "には標準入力ではなくファイルを指定してください"},
    {"progress.error.busy",
     "{file} is being changed by another handover command (done, undo, import) that has not "
     "finished "
     "within {seconds} seconds; nothing was written, please try again",
     "{file} は別の handover コマンド(done・undo・import)が変更中で、{seconds} "
     "秒待っても終わりません"
     "でした。何も書き込んでいませんので、もう一度お試しください"},
    {"progress.error.not_regular",
     "{file} is not an ordinary file (a folder, a pipe or a device), so it cannot be edited in "
     "place; give the clients.json file itself",
     "{file} は通常のファイルではない(フォルダ・パイプ・デバイス)ため、書き換えられません。"
     "clients.json のファイルそのものをご指定ください"},
    {"progress.error.report_failed", "{problem}; the changes above were saved to {file}",
     "{problem}。上記の変更は {file} に保存済みです"},
    {"progress.error.no_ids", "name at least one task id, or give --from-markdown PLAN.md",
     "タスク ID を 1 つ以上指定するか、--from-markdown PLAN.md を指定してください"},
    {"progress.error.unknown_task", "\"{id}\" is not a task of this plan",
     "「{id}」はこの計画のタスクではありません"},
    {"progress.error.unknown_task_line", "{file}:{line}: \"{id}\" is not a task of this plan",
     "{file}:{line}: 「{id}」はこの計画のタスクではありません"},
    {"progress.hint.ids",
     "Nothing was written. `handover next {file}` shows the ids of the tasks ahead, "
     "`handover plan {file}` every task's id",
     "ファイルは変更していません。これからのタスクのIDは `handover next {file}`、"
     "すべてのタスクのIDは `handover plan {file}` で確認できます"},
    {"progress.error.not_recorded", "\"{id}\" is not recorded as done in {file}",
     "「{id}」は {file} に完了として記録されていません"},
    {"progress.error.nothing_recorded",
     "\"{id}\" is not recorded as done: {file} records no task as done yet",
     "「{id}」は完了として記録されていません。{file} にはまだ完了の記録がありません"},
    {"progress.error.bad_on", "--on {value}: expected a date as YYYY-MM-DD between 2000 and 2099",
     "--on {value}: 2000〜2099 年の日付を YYYY-MM-DD の形式で指定してください"},
    {"progress.error.on_future",
     "--on {date} is after today ({today}); work can be recorded for today or earlier",
     "--on {date} は今日({today})より後の日付です。記録できるのは今日以前に終えた作業です"},
    {"progress.error.days", "--days {value}: expected a whole number from 0 to {max}",
     "--days {value}: 0〜{max} の整数を指定してください"},
    {"progress.error.diff_args",
     "diff compares two input files (OLD NEW), or an earlier plan given with --against and one "
     "input file",
     "diff には 2 つの入力ファイル(OLD NEW)、または --against で以前の計画と 1 つの入力ファイルを"
     "指定してください"},
    {"progress.error.two_stdin", "only one of the two sides can be read from standard input",
     "標準入力から読み込めるのは片方だけです"},

    // Reading an earlier plan (--against).
    {"progress.json.not_json",
     "not a plan written by --format json: the JSON is broken near byte {byte}",
     "--format json で書き出した計画ではありません: {byte} バイト目付近で JSON が壊れています"},
    {"progress.json.schema_version",
     "schema_version {found} is not one this version reads (expected 1 or 2)",
     "schema_version {found} には対応していません(対応しているのは 1 と 2 です)"},
    {"progress.json.missing", "missing key \"{key}\"", "キー「{key}」がありません"},
    {"progress.json.duplicate_id",
     "the task id \"{id}\" appears twice; a plan names each task once",
     "タスクID「{id}」が重複しています。handover が出力した計画では各タスクは一度しか現れません"},
    {"progress.json.bad_number", "a number is out of range; this is not a plan written by handover",
     "範囲外の数値が含まれています。handover が出力した計画ではありません"},
    {"progress.json.expected", "expected {expected}", "{expected}である必要があります"},
    {"progress.json.type.object", "an object", "オブジェクト"},
    {"progress.json.type.array", "an array", "配列"},
    {"progress.json.type.string", "a string or null", "文字列または null"},
    {"progress.json.type.date", "a date as YYYY-MM-DD or null", "YYYY-MM-DD 形式の日付または null"},
    {"progress.json.type.status", "one of todo, done, unscheduled",
     "todo、done、unscheduled のいずれか"},
    {"progress.json.type.kind", "a task kind such as notify or introduce",
     "notify や introduce などのタスクの種類"},
    {"progress.json.type.rule", "a rule name such as window or late",
     "window や late などのルール名"},
    {"progress.json.type.code", "a warning code such as NOTIFY_LATE",
     "NOTIFY_LATE などの警告コード"},
    {"progress.json.type.with", "a list of \"successor\" and \"manager\"",
     "\"successor\" と \"manager\" の配列"},
    {"progress.json.type.currency", "one of JPY, USD, GBP, EUR", "JPY、USD、GBP、EUR のいずれか"},
    {"progress.json.type.lang", "en or ja", "en、ja のいずれか"},
    {"progress.json.type.severity", "one of info, warning, error",
     "info、warning、error のいずれか"},

    // next.
    {"progress.next.title", "To do from {from} to {until}", "{from} から {until} までに行うこと"},
    {"progress.next.overdue_closed",
     "Not done by the last day ({count}):", "最終出社日までに完了していないタスク({count} 件):"},
    {"progress.next.overdue", "Overdue ({count}), planned again from today:",
     "遅れているタスク({count} 件)。今日から改めて計画しました:"},
    {"progress.next.was_planned", "was planned for {planned}, now {now}",
     "当初の予定は {planned}、新しい予定は {now} です"},
    {"progress.next.now", "past its deadline; now planned for {now}",
     "本来の期限に間に合っていません。新しい予定は {now} です"},
    {"progress.next.why", "why: {why}", "理由: {why}"},
    {"progress.next.today_heading", "{date} (today)", "{date}(今日)"},
    {"progress.next.day_heading", "{date}", "{date}"},
    {"progress.next.hours", "({hours} h)", "({hours} 時間)"},
    {"progress.next.nothing", "Nothing planned for these days.",
     "この期間に予定されているタスクはありません。"},
    {"progress.next.errors",
     "The plan is not feasible ({count}):", "計画が期限内に収まっていません({count} 件):"},

    // diff.
    {"progress.diff.title", "Changes from {old} to {new}", "{old} から {new} への変更"},
    {"progress.diff.last_day", "Last day: {old} -> {new}", "最終出社日: {old} → {new}"},
    {"progress.diff.today", "Today: {old} -> {new}", "今日の日付: {old} → {new}"},
    {"progress.diff.none", "No differences: both give the same plan.",
     "違いはありません。どちらも同じ計画になります。"},
    {"progress.diff.clients", "Changed in the input ({count}):", "入力で変わった顧客({count} 社):"},
    {"progress.diff.client_added", "new client", "新しい顧客"},
    {"progress.diff.client_removed", "client removed", "削除された顧客"},
    {"progress.diff.unset", "none", "なし"},
    {"progress.diff.moved", "Moved ({count}):", "日程が変わったタスク({count} 件):"},
    {"progress.diff.appeared", "New in the plan ({count}):", "新たに加わったタスク({count} 件):"},
    {"progress.diff.disappeared",
     "No longer in the plan ({count}):", "計画からなくなったタスク({count} 件):"},
    {"progress.diff.warnings_appeared", "New warnings ({count}):", "新たな警告({count} 件):"},
    {"progress.diff.warnings_disappeared",
     "Warnings no longer raised ({count}):", "解消した警告({count} 件):"},
    {"progress.diff.arrow", "{old} -> {new}", "{old} → {new}"},
    {"progress.diff.why", "why: {why}", "理由: {why}"},
    {"progress.diff.was", "was {date}", "以前は {date}"},
    {"progress.diff.done_on", "done {date}", "{date} 完了"},
    {"progress.diff.absent", "not in the plan", "計画になし"},
};

}  // namespace

std::span<const Message> progress() {
    return k_table;
}

}  // namespace handover::messages
