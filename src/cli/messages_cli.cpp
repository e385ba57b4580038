// The cli texts of the message catalogue (English and Japanese side by side): help, the
// `check` summary, and the errors the command-line layer reports itself.
#include "handover/cli/catalogue.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    // Help: the program, CLI11's labels and group names.
    {"cli.app.description",
     "Plan a salesperson's resignation handover: when and how to tell each client, the "
     "handover documents, and the introduction of the successor, all dated and explained.",
     "退職・転職する営業担当者のための引き継ぎ計画ツールです。各顧客へいつ・どのように報告するか、"
     "引き継ぎ資料、後任者の紹介までを、日付と理由付きで計画します。"},
    {"cli.app.footer",
     "Examples:\n"
     "  handover init                          Write a starter clients.json to fill in\n"
     "  handover check clients.json            Validate it and test whether the plan fits\n"
     "  handover plan clients.json             Print the plan in the terminal\n"
     "  handover plan clients.json -o handover.ics\n"
     "                                         Export the dated tasks to a calendar\n"
     "  handover plan clients.json --format markdown --audience successor -o handover.md\n"
     "                                         A checklist to give your successor\n"
     "  handover drafts clients.json --client acme\n"
     "                                         Draft what to tell one client\n"
     "  handover next clients.json             Today's work and the coming week, overdue first\n"
     "  handover done clients.json acme/notify Record a task as done today\n"
     "  handover diff before.json clients.json What a change moved, and why\n"
     "  handover holidays --year 2026          The Japanese national holidays of 2026\n"
     "  cat clients.json | handover check -    Read standard input\n"
     "\n"
     "Exit codes: 0 success; 1 the plan has errors (with --strict: any warning);\n"
     "2 usage or input error; 3 an output could not be written.\n"
     "Run \"handover help COMMAND\" or \"handover COMMAND --help\" for the options of a "
     "command.",
     "使用例:\n"
     "  handover init                          記入用の clients.json のひな形を作成します\n"
     "  handover check clients.json            入力を検証し、計画が期限内に収まるか確認します\n"
     "  handover plan clients.json             計画を端末に表示します\n"
     "  handover plan clients.json -o handover.ics\n"
     "                                         日付の決まったタスクをカレンダー形式で書き出します\n"
     "  handover plan clients.json --format markdown --audience successor -o handover.md\n"
     "                                         後任者にお渡しするチェックリストを作成します\n"
     "  handover drafts clients.json --client acme\n"
     "                                         1 社分の報告文の下書きを作成します\n"
     "  handover next clients.json             本日と今後 1 "
     "週間の作業を、遅れているものから表示します\n"
     "  handover done clients.json acme/notify タスクを本日完了として記録します\n"
     "  handover diff before.json clients.json 変更で何がどう動いたか、その理由を表示します\n"
     "  handover holidays --year 2026          2026 年の日本の祝日を表示します\n"
     "  cat clients.json | handover check -    標準入力から読み込みます\n"
     "\n"
     "終了コード: 0 成功、1 計画にエラーがあります(--strict 指定時は警告があれば 1)、\n"
     "2 使い方または入力の誤り、3 出力ファイルを書き込めませんでした。\n"
     "各コマンドのオプションは \"handover help コマンド\" または \"handover コマンド --help\" "
     "でご確認いただけます。"},
    {"cli.help.usage", "Usage", "使い方"},
    {"cli.help.options_badge", "OPTIONS", "オプション"},
    {"cli.help.command_badge", "COMMAND", "コマンド"},
    {"cli.help.arguments", "Arguments", "引数"},
    {"cli.help.required", "REQUIRED", "必須"},
    {"cli.help.options", "Options", "オプション"},
    {"cli.help.commands", "Commands", "コマンド"},
    {"cli.help.global_options", "Global options (before or after the command)",
     "共通オプション(コマンドの前後どちらにも指定できます)"},

    // Help: one line per option.
    {"cli.opt.help", "Show this help and exit", "このヘルプを表示して終了します"},
    {"cli.opt.version", "Show the version and exit", "バージョンを表示して終了します"},
    {"cli.opt.lang", "Language of messages and output (default: from LC_ALL, LC_MESSAGES, LANG)",
     "メッセージと出力の言語(既定: 環境変数 LC_ALL、LC_MESSAGES、LANG から判断します)"},
    {"cli.opt.today",
     "Plan as if today were this day (default: the file's today, else the local date)",
     "この日を「今日」として計画します(既定: ファイルの today、なければ本日の日付)"},
    {"cli.opt.no_pager",
     "Print long output on a terminal directly instead of through $PAGER (default: less -FRX)",
     "端末への長い出力を $PAGER(既定: less -FRX)を通さずにそのまま表示します"},
    {"cli.opt.quiet",
     "Errors only: no confirmations (init, done, undo); results and exit codes are unchanged",
     "エラーのみを表示します(init・done・undo の確認メッセージを省きます。結果と終了コードは"
     "変わりません)"},
    {"cli.opt.input", "The input file (clients.json); - reads standard input",
     "入力ファイル(clients.json)。- を指定すると標準入力から読み込みます"},
    {"cli.opt.input_default",
     "The input file; - reads standard input (default: $HANDOVER_FILE, else ./clients.json)",
     "入力ファイル。- を指定すると標準入力から読み込みます(既定: $HANDOVER_FILE、"
     "なければ ./clients.json)"},
    {"cli.opt.output", "Write to FILE instead of standard output; the file is replaced atomically",
     "標準出力の代わりに FILE へ書き込みます(途中で失敗しても元のファイルは壊れません)"},
    {"cli.opt.strict", "Exit with status 1 on any warning, not only on errors",
     "エラーだけでなく警告が 1 件でもあれば終了コード 1 で終了します"},
    {"cli.opt.format",
     "Output format; md is short for markdown (default: from the extension of -o FILE, else text)",
     "出力形式。md は markdown の略です(既定: -o FILE の拡張子から判断し、それ以外は text)"},
    {"cli.opt.audience",
     "Who reads the plan; manager and successor plans leave out the job search and private notes "
     "(default: self)",
     "計画の読み手。manager と successor では転職活動と個人メモを除きます(既定: self)"},
    {"cli.opt.group_by", "Markdown: group the tasks by date, step or client (default: date)",
     "Markdown: タスクを日付・ステップ・顧客のどれでまとめるか(既定: date)"},
    {"cli.opt.with_docs", "Markdown: add a handover-document outline for each client",
     "Markdown: 顧客ごとの引き継ぎ資料のひな形を追加します"},
    {"cli.opt.with_drafts", "Markdown: add the message drafts for each client",
     "Markdown: 顧客ごとの報告文の下書きを追加します"},
    {"cli.opt.excel",
     "CSV: a spreadsheet for people: headers, methods and statuses in the chosen language, "
     "with a byte order mark",
     "CSV: 表計算ソフト向けに、見出し・方法・状態を指定の言語で書き、BOM を付けます"},
    {"cli.opt.no_why", "Text and Markdown: leave out the reason under each task",
     "テキストと Markdown: 各タスクの下に表示する理由を省きます"},
    {"cli.opt.color",
     "Colour in the text format: auto means only on a terminal and without NO_COLOR "
     "(default: auto)",
     "text 形式の色付け。auto は端末への出力で NO_COLOR が未設定の場合のみ(既定: auto)"},
    {"cli.opt.client", "Only the client with this id", "この ID の顧客だけを対象にします"},
    {"cli.opt.force", "Replace FILE if it already exists", "FILE が既にある場合も上書きします"},
    {"cli.opt.init_output", "File to write (default: clients.json); - prints it instead",
     "書き込むファイル(既定: clients.json)。- を指定すると標準出力に表示します"},
    {"cli.opt.year", "The year, 2000 to 2099 (default: this year, or the year of --today)",
     "対象の年(2000〜2099。既定: 今年、--today 指定時はその年)"},
    {"cli.opt.holidays_format", "Output format (default: text)", "出力形式(既定: text)"},

    // Help: the commands.
    {"cli.plan.description", "Build the dated handover plan and print or export it",
     "日付入りの引き継ぎ計画を作成し、表示または書き出します"},
    {"cli.plan.footer",
     "Examples:\n"
     "  handover plan clients.json --today 2026-11-20\n"
     "  handover plan clients.json --with-docs -o handover.md\n"
     "  handover plan clients.json --excel -o tasks.csv\n"
     "  handover plan clients.json -o handover.ics\n"
     "  handover plan clients.json --format json | jq .warnings\n"
     "\n"
     "Without --format, the extension of -o FILE chooses the format (.md, .markdown, .json, "
     ".ics,\n"
     ".csv, .txt).\n"
     "Colour appears only on a terminal and never when NO_COLOR is set, unless --color always.\n"
     "Exit codes: 0 the plan fits; 1 it has errors (with --strict: any warning), and is still\n"
     "written; 2 usage or input error; 3 the output could not be written.",
     "使用例:\n"
     "  handover plan clients.json --today 2026-11-20\n"
     "  handover plan clients.json --with-docs -o handover.md\n"
     "  handover plan clients.json --excel -o tasks.csv\n"
     "  handover plan clients.json -o handover.ics\n"
     "  handover plan clients.json --format json | jq .warnings\n"
     "\n"
     "--format を省略すると、-o FILE の拡張子(.md、.markdown、.json、.ics、.csv、.txt)から\n"
     "出力形式を判断します。\n"
     "色が付くのは端末への出力で NO_COLOR が未設定の場合のみです(--color always で常に付きます)。\n"
     "終了コード: 0 計画は期限内に収まります、1 計画にエラーがあります(--strict 指定時は警告でも "
     "1。\n"
     "計画は出力されます)、2 使い方または入力の誤り、3 出力を書き込めませんでした。"},
    {"cli.plan.not_feasible",
     "handover: the plan has {errors} and does not work as it stands; see the warnings in the "
     "plan",
     "handover: 計画に{errors}あり、このままでは実行できません。計画内の警告をご確認ください"},
    {"cli.plan.strict_warnings", "handover: --strict: the plan has {warnings}",
     "handover: --strict: 計画に{warnings}あります"},
    {"cli.check.description",
     "Validate the input and test whether the plan fits; prints a summary, not the plan",
     "入力を検証し、計画が期限内に収まるか確認します(計画ではなく概要を表示します)"},
    {"cli.check.footer",
     "Examples:\n"
     "  handover check clients.json\n"
     "  handover check clients.json --strict --today 2026-12-01\n"
     "  cat clients.json | handover check -\n"
     "\n"
     "Exit codes: 0 the plan fits; 1 it has errors (with --strict: any warning);\n"
     "2 usage or input error.",
     "使用例:\n"
     "  handover check clients.json\n"
     "  handover check clients.json --strict --today 2026-12-01\n"
     "  cat clients.json | handover check -\n"
     "\n"
     "終了コード: 0 計画は期限内に収まります、1 計画にエラーがあります(--strict 指定時は警告でも "
     "1)、\n"
     "2 使い方または入力の誤り。"},
    {"cli.init.description", "Write a commented starter clients.json to fill in",
     "記入用のコメント付き clients.json のひな形を作成します"},
    {"cli.holidays.description", "List the built-in Japanese national holidays of a year",
     "内蔵している日本の祝日を年ごとに表示します"},
    {"cli.init.footer",
     "Examples:\n"
     "  handover init                          Write clients.json here (refused if it exists)\n"
     "  handover init -o work/clients.json --lang ja\n"
     "  handover init -o - | less              Read the starter file without writing it",
     "使用例:\n"
     "  handover init                          この場所に clients.json "
     "を作成します(既存の場合は中止します)\n"
     "  handover init -o work/clients.json --lang ja\n"
     "  handover init -o - | less              ファイルを作らずにひな形を表示します"},
    {"cli.holidays.footer",
     "Examples:\n"
     "  handover holidays                      This year's holidays (the year of --today, if "
     "given)\n"
     "  handover holidays --year 2027 --lang ja\n"
     "  handover holidays -y 2027 -f json | jq -r '.[].date'",
     "使用例:\n"
     "  handover holidays                      今年の祝日(--today 指定時はその年)を表示します\n"
     "  handover holidays --year 2027 --lang ja\n"
     "  handover holidays -y 2027 -f json | jq -r '.[].date'"},
    {"cli.schema.footer",
     "Examples:\n"
     "  handover schema -o clients.schema.json\n"
     "  Then point your editor at it, e.g. in clients.json: \"$schema\": \"./clients.schema.json\"",
     "使用例:\n"
     "  handover schema -o clients.schema.json\n"
     "  エディタから参照するには clients.json に \"$schema\": \"./clients.schema.json\" "
     "と記入します"},
    {"cli.help.description", "Show the help of a command (or of handover)",
     "コマンド(または handover 全体)のヘルプを表示します"},
    {"cli.help.footer",
     "Examples:\n"
     "  handover help plan                     The same as handover plan --help\n"
     "  handover help                          The same as handover --help",
     "使用例:\n"
     "  handover help plan                     handover plan --help と同じです\n"
     "  handover help                          handover --help と同じです"},
    {"cli.opt.help_command", "The command to explain", "ヘルプを表示するコマンド"},
    {"cli.schema.description", "Print the JSON Schema of the input file, for editors",
     "入力ファイルの JSON Schema を表示します(エディタでの入力補完・検証用)"},
    {"cli.drafts.description",
     "Draft what to tell each client: an email, or talking points for a meeting or call",
     "顧客ごとの報告文の下書き(メール本文、または面談・電話での話の要点)を作成します"},
    {"cli.drafts.footer",
     "Examples:\n"
     "  handover drafts clients.json\n"
     "  handover drafts clients.json --client acme -o acme.txt",
     "使用例:\n"
     "  handover drafts clients.json\n"
     "  handover drafts clients.json --client acme -o acme.txt"},

    // The `check` summary.
    {"cli.check.title", "{file}: {clients}, last day {last_day}, today {today}",
     "{file}: {clients}、最終出社日 {last_day}、本日 {today}"},
    // Counts: English says "1 client" and "2 clients"; Japanese counts the same way for both.
    {"cli.check.clients.one", "1 client", "顧客 1 社"},
    {"cli.check.clients.other", "{n} clients", "顧客 {n} 社"},
    {"cli.check.errors.one", "1 error", "エラー 1 件"},
    {"cli.check.errors.other", "{n} errors", "エラー {n} 件"},
    {"cli.check.warnings.one", "1 warning", "警告 1 件"},
    {"cli.check.warnings.other", "{n} warnings", "警告 {n} 件"},
    {"cli.check.notes.one", "1 note", "お知らせ 1 件"},
    {"cli.check.notes.other", "{n} notes", "お知らせ {n} 件"},
    {"cli.check.by_stage", "Clients by stage:", "段階別の顧客数:"},
    {"cli.check.working_days", "Working days left", "残りの営業日"},
    {"cli.check.working_days_value", "{days} (today through the last day)",
     "{days} 日(本日から最終出社日まで)"},
    {"cli.check.hours", "Handover hours", "引き継ぎに使える時間"},
    {"cli.check.hours_value", "{hours} h", "{hours} 時間"},
    {"cli.check.tasks", "Tasks", "タスク"},
    {"cli.check.tasks_value", "{total} ({done} done, {unscheduled} unscheduled)",
     "{total} 件(完了 {done} 件、日程未定 {unscheduled} 件)"},
    {"cli.check.warnings", "Findings", "指摘事項"},
    {"cli.check.warnings_value", "{errors}, {warnings}, {infos}", "{errors}、{warnings}、{infos}"},
    {"cli.check.errors_heading", "Errors:", "エラー:"},
    {"cli.check.warnings_heading", "Warnings:", "警告:"},
    {"cli.check.notes_heading", "Notes:", "お知らせ:"},
    {"cli.check.ok", "OK: the plan fits before the last day.",
     "OK: 計画は最終出社日までに収まります。"},
    {"cli.check.not_feasible",
     "Not feasible: fix the errors above (or move the last day), then check again.",
     "このままでは実行できない計画です。上記のエラーを解消して(または最終出社日を見直して)"
     "から、もう一度確認してください。"},
    {"cli.check.strict_failed", "Warnings found (--strict): review them, then check again.",
     "警告があります(--strict)。内容を見直してから、もう一度確認してください。"},
    {"cli.stdin", "standard input", "標準入力"},

    // `init` and `holidays`.
    {"cli.init.exists",
     "{path} already exists; use --force to replace it, or -o to choose another file",
     "{path} は既に存在します。上書きする場合は --force を、別のファイルにする場合は -o "
     "をご指定ください"},
    {"cli.init.written", "Wrote {path}. Fill in your clients, then run: handover check {path}",
     "{path} を作成しました。顧客情報をご記入のうえ、handover check {path} を実行してください"},
    {"cli.holidays.title", "Japanese national holidays in {year}: {count}",
     "{year} 年の日本の祝日: {count} 日"},

    // Errors the command-line layer reports.
    {"cli.error.prefix", "handover: error: {message}", "handover: エラー: {message}"},
    {"cli.error.internal",
     "handover: internal error: {message} (this is a bug in handover, not in your input; "
     "please report it)",
     "handover: 内部エラー: {message}(入力の誤りではなく handover の不具合です。"
     "お手数ですがご報告ください)"},
    {"cli.hint.help", "Run \"{command} --help\" for usage.",
     "使い方は \"{command} --help\" でご確認いただけます。"},
    {"cli.error.no_command", "a command is required: {commands}",
     "コマンドをご指定ください: {commands}"},
    {"cli.error.unknown_command", "unknown command \"{command}\"; the commands are: {commands}",
     "\"{command}\" というコマンドはありません。使えるコマンド: {commands}"},
    {"cli.error.unknown_option", "unknown option \"{option}\"",
     "\"{option}\" というオプションはありません"},
    {"cli.error.extra_argument", "unexpected argument \"{argument}\"",
     "余分な引数 \"{argument}\" が指定されています"},
    {"cli.error.required", "missing {what}", "{what} をご指定ください"},
    {"cli.error.needs_value", "{option} needs a value", "{option} には値をご指定ください"},
    {"cli.error.bad_value", "{option} \"{value}\" is not a valid value",
     "{option} に指定された \"{value}\" は使用できません"},
    {"cli.error.bad_choice", "\"{value}\" is not one of: {choices}",
     "\"{value}\" は指定できません。次のいずれかをご指定ください: {choices}"},
    {"cli.error.bad_today",
     "--today \"{value}\" is not a date; expected YYYY-MM-DD between 2000-01-01 and 2099-12-31, "
     "e.g. 2026-11-20",
     "--today \"{value}\" は日付として読めません。2000-01-01〜2099-12-31 の YYYY-MM-DD 形式"
     "(例: 2026-11-20)でご指定ください"},
    {"cli.error.bad_year", "--year {year} is outside the supported years {min} to {max}",
     "--year {year} は対応範囲外です。{min}〜{max} の年をご指定ください"},
    {"cli.error.output_is_folder", "cannot write {path}: it is a folder; give a file name",
     "{path} はフォルダのため書き込めません。ファイル名をご指定ください"},
    {"cli.error.output_is_input",
     "refusing to write the output over the input file {path}; choose another file name",
     "出力先 {path} "
     "は入力ファイルと同じため、書き込みを中止しました。別のファイル名をご指定ください"},
    {"cli.error.cannot_write", "cannot write {path} ({reason}); no file was changed",
     "{path} に書き込めませんでした({reason})。ファイルは変更されていません"},
    {"cli.error.hard_links",
     "cannot write {path}: the file has {links} names (hard links), and replacing it would leave "
     "the other names with the old content; write to a new file name, or remove the other links "
     "first",
     "{path} には {links} 個の名前(ハードリンク)があるため、書き込みを中止しました。置き換えると"
     "ほかの名前には古い内容が残ってしまいます。別のファイル名をご指定いただくか、"
     "ほかのリンクを先に削除してください"},
    {"cli.error.empty_output",
     "-o needs a file name; write -o - for standard output, or leave -o out",
     "-o にはファイル名をご指定ください(標準出力に書く場合は -o - とするか、-o "
     "を省略してください)"},
    {"cli.error.stdout", "cannot write to standard output: {reason}",
     "標準出力に書き込めませんでした: {reason}"},
    {"cli.error.unknown_client", "no client has the id \"{id}\"",
     "ID が \"{id}\" の顧客は見つかりません"},
    {"cli.error.known_clients", " (the client ids are: {ids})", "(顧客 ID の一覧: {ids})"},
    {"cli.error.no_input",
     "no input file: FILE was not given, $HANDOVER_FILE is not set, and there is no "
     "./clients.json here; name the file, or write a starter one with \"handover init\"",
     "入力ファイルがありません。FILE の指定がなく、$HANDOVER_FILE も設定されておらず、"
     "この場所に ./clients.json もありません。ファイルをご指定いただくか、"
     "\"handover init\" でひな形を作成してください"},
    {"cli.error.no_input_env",
     "no input file: FILE was not given, and {path} (from $HANDOVER_FILE) does not exist; name "
     "the file, or correct $HANDOVER_FILE",
     "入力ファイルがありません。FILE の指定がなく、$HANDOVER_FILE が指す {path} "
     "も存在しません。ファイルをご指定いただくか、$HANDOVER_FILE を修正してください"},
    {"cli.error.unknown_extension",
     "cannot tell the output format from the name {path}; give --format, or end the file name "
     "with one of {extensions}",
     "出力ファイル名 {path} から出力形式を判断できません。--format をご指定いただくか、"
     "ファイル名の末尾を {extensions} のいずれかにしてください"},
    {"cli.error.flag_not_for_format",
     "{option} applies to the {formats} format only, and this run writes {format}; leave "
     "{option} out or choose a format it applies to",
     "{option} は {formats} 形式でのみ使用できますが、今回の出力形式は {format} です。"
     "{option} を外すか、対応する形式をご指定ください"},
    {"cli.error.format_from_name", " (the format was taken from the extension of {path})",
     "(出力形式は {path} の拡張子から判断しました)"},
};

}  // namespace

std::span<const Message> cli() {
    return k_table;
}

}  // namespace handover::messages
