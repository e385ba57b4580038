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
     "Errors only: no confirmations (init, import, done, undo); results and exit codes are "
     "unchanged",
     "エラーのみを表示します(init・import・done・undo "
     "の確認メッセージを省きます。結果と終了コードは"
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
     "(default: self; with --with-docs: successor)",
     "計画の読み手。manager と successor では転職活動と非公開メモを除きます(既定: self。"
     "--with-docs を指定した場合は successor)"},
    {"cli.opt.audience_next",
     "Who reads the list; manager and successor lists leave out the job search (default: self)",
     "一覧の読み手。manager と successor では転職活動を除きます(既定: self)"},
    {"cli.opt.group_by", "Markdown: group the tasks by date, step or client (default: date)",
     "Markdown: タスクを日付・ステップ・顧客のどれでまとめるか(既定: date)"},
    {"cli.opt.with_docs",
     "Markdown: add a handover document for each client, written for the successor (the whole "
     "output is then the successor's unless --audience says otherwise; --audience self adds "
     "your private notes, marked as private)",
     "Markdown: 後任者向けの引き継ぎ資料を顧客ごとに追加します(--audience を指定しない限り、"
     "出力全体が後任者向けになります。--audience self では非公開メモも、非公開と明記して含めます)"},
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
    {"cli.opt.import_source",
     "The export to read: CSV or tab-separated text, in UTF-8, Shift_JIS or UTF-16; - reads "
     "standard input",
     "読み込む書き出しファイル(CSV・タブ区切り。UTF-8・Shift_JIS・UTF-16)。- "
     "を指定すると標準入力から読み込みます"},
    {"cli.opt.import_output", "New file to write (default: clients.json); - prints it instead",
     "新しく作成するファイル(既定: clients.json)。- を指定すると標準出力に表示します"},
    {"cli.opt.into",
     "Update the clients of this clients.json in place, keeping everything else in it",
     "この clients.json の顧客を更新します(それ以外の内容はそのまま残します)"},
    {"cli.opt.dry_run", "Show how the export is read and what would change; write nothing",
     "書き出しの読み取り方と変更内容を表示するだけで、何も書き込みません"},
    {"cli.opt.map", "Assign columns yourself: \"Header=field,...\" (a client field, or ignore)",
     "列の割り当てを指定します: \"見出し=項目,...\"(顧客の項目名、または ignore)"},
    {"cli.opt.stage", "Add stage values: \"Value=stage,...\" (prospect ... dormant, won or lost)",
     "フェーズの値の意味を指定します: \"値=段階,...\"(段階は prospect〜dormant、won、lost "
     "のいずれか。例: --stage \"Aヨミ=closing\")"},
    {"cli.opt.encoding", "The export's encoding (UTF-8, CP932, UTF-16LE...); default: detected",
     "書き出しの文字コード(UTF-8・CP932・UTF-16LE など)。既定では自動で判別します"},
    {"cli.opt.date_order",
     "How to read a date such as 12/08/2026: mdy or dmy (default: from the other dates)",
     "12/08/2026 のような日付の読み方: mdy または dmy(既定: ほかの日付から判断します)"},
    {"cli.opt.last_day", "Your last working day, for the new file (YYYY-MM-DD)",
     "新しいファイルに記入する最終出社日(YYYY-MM-DD)"},
    {"cli.opt.me", "Your name, for the new file", "新しいファイルに記入するご自身の氏名"},
    {"cli.opt.manager", "Your manager's name, for the new file",
     "新しいファイルに記入する上司の氏名"},
    {"cli.opt.successor", "Your successor's name, for the new file",
     "新しいファイルに記入する後任者の氏名"},
    {"cli.opt.force", "Replace FILE if it already exists", "FILE が既にある場合も上書きします"},
    {"cli.opt.jurisdiction",
     "Set the new file up for Japan, the US or the UK: holidays, currency, notice period and "
     "example clients (default: JP with --lang ja, US otherwise)",
     "新しいファイルを日本・米国・英国のいずれに合わせるかを指定します。祝日、通貨、予告期間、"
     "記入例の顧客が変わります(既定: --lang ja では JP、それ以外では US)"},
    {"cli.opt.import_jurisdiction",
     "Set the new file up for Japan, the US or the UK: holidays, currency, notice period "
     "(default: from the amounts' $, £ or ¥, else JP with --lang ja, US otherwise)",
     "新しいファイルを日本・米国・英国のいずれに合わせるかを指定します。祝日、通貨、予告期間が"
     "変わります(既定: 金額の $・£・¥ から判断し、なければ --lang ja では JP、それ以外では "
     "US)"},
    {"cli.opt.init_output", "File to write (default: clients.json); - prints it instead",
     "書き込むファイル(既定: clients.json)。- を指定すると標準出力に表示します"},
    {"cli.opt.year", "The year, 2000 to 2099 (default: this year, or the year of --today)",
     "対象の年(2000〜2099。既定: 今年、--today 指定時はその年)"},
    {"cli.opt.holidays_format", "Output format (default: text)", "出力形式(既定: text)"},
    {"cli.opt.calendar",
     "The holiday calendar: JP Japan, US federal, GB-EAW England and Wales, GB-SCT Scotland, "
     "GB-NIR Northern Ireland (default: JP)",
     "祝日カレンダー: JP 日本、US 米国の連邦祝日、GB-EAW イングランドおよびウェールズ、GB-SCT "
     "スコットランド、GB-NIR 北アイルランド(既定: JP)"},

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
    {"cli.import.description",
     "Make clients.json from a CRM or spreadsheet export (CSV or tab-separated text)",
     "CRM や表計算ソフトから書き出した顧客一覧(CSV・タブ区切り)から clients.json を作成します"},
    {"cli.import.footer",
     "Examples:\n"
     "  handover import deals.csv                 Write clients.json from the export\n"
     "  handover import deals.csv --dry-run       Show how the columns are read; write nothing\n"
     "  handover import deals.csv --into clients.json\n"
     "                                            Add new clients, update the others in place\n"
     "  handover import list.csv --map \"Firm=name\" --stage \"Hot=closing\"\n"
     "\n"
     "Headers and stage values are read through the tables in docs/import.md.",
     "使用例:\n"
     "  handover import deals.csv                 書き出しから clients.json を作成します\n"
     "  handover import deals.csv --dry-run       列の読み取り方を表示します(書き込みません)\n"
     "  handover import deals.csv --into clients.json\n"
     "                                            新しい顧客を追加し、既存の顧客を更新します\n"
     "  handover import list.csv --map \"得意先=name\" --stage \"A見込=closing\"\n"
     "\n"
     "見出しとフェーズの値は docs/import.md の対応表で読み取ります。"},
    {"cli.holidays.description",
     "List the public holidays of a year: Japanese, US federal or UK bank holidays",
     "日本の祝日、米国の連邦祝日、英国のバンクホリデーを年ごとに表示します"},
    {"cli.init.footer",
     "Examples:\n"
     "  handover init                          Write clients.json here (refused if it exists)\n"
     "  handover init -o work/clients.json --lang ja\n"
     "  handover init --jurisdiction GB        A starter for the UK: bank holidays, pounds\n"
     "  handover init -o - | less              Read the starter file without writing it",
     "使用例:\n"
     "  handover init                          この場所に clients.json "
     "を作成します(既存の場合は中止します)\n"
     "  handover init -o work/clients.json --lang ja\n"
     "  handover init --jurisdiction US        "
     "米国向けのひな形(米国の祝日、米ドル建て)を作成します\n"
     "  handover init -o - | less              ファイルを作らずにひな形を表示します"},
    {"cli.holidays.footer",
     "Examples:\n"
     "  handover holidays                      This year's holidays (the year of --today, if "
     "given)\n"
     "  handover holidays --year 2027 --lang ja\n"
     "  handover holidays --calendar US --year 2026\n"
     "                                         US federal holidays, on the days observed\n"
     "  handover holidays --calendar GB-SCT -y 2027\n"
     "                                         Scotland's bank holidays with substitute days\n"
     "  handover holidays -y 2027 -f json | jq -r '.[].date'",
     "使用例:\n"
     "  handover holidays                      今年の祝日(--today 指定時はその年)を表示します\n"
     "  handover holidays --year 2027 --lang ja\n"
     "  handover holidays --calendar US --year 2026\n"
     "                                         米国の連邦祝日を振替後の日付で表示します\n"
     "  handover holidays --calendar GB-SCT -y 2027\n"
     "                                         "
     "スコットランドのバンクホリデーを振替休日とともに表示します\n"
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
    {"cli.import.read",
     "Read {source} ({encoding}, {delimiter}-separated); rows under the header: {rows}",
     "{source} を読み込みました({encoding}、{delimiter}区切り、見出しの下に {rows} 行)"},
    {"cli.import.read_stdin",
     "Read standard input ({encoding}, {delimiter}-separated); rows under the header: {rows}",
     "標準入力から読み込みました({encoding}、{delimiter}区切り、見出しの下に {rows} 行)"},
    {"cli.import.title_left_out",
     "The header is on line {line}; the lines above it look like a title and were left out "
     "(line {titles})",
     "見出しは {line} 行目です。その上の行は表題とみなし、取り込みませんでした({titles} 行目)"},
    {"cli.import.and_more", " and {count} more", " ほか {count} 列"},
    {"cli.import.delimiter.comma", "comma", "カンマ"},
    {"cli.import.delimiter.tab", "tab", "タブ"},
    {"cli.import.delimiter.semicolon", "semicolon", "セミコロン"},
    {"cli.import.columns", "Columns:", "列の割り当て:"},
    {"cli.import.column", "  column {column} {header} -> {field}",
     "  {column}列目 {header} → {field}"},
    {"cli.import.column_option", "  column {column} {header} -> {field} (--map)",
     "  {column}列目 {header} → {field}(--map で指定)"},
    {"cli.import.column_unused", "(not imported)", "(取り込みません)"},
    {"cli.import.column_same_as", "(not imported: column {column} feeds the same field)",
     "(取り込みません。{column}列目と同じ項目です)"},
    {"cli.import.doubled", "Not imported, as an earlier column feeds the same field: {columns}",
     "同じ項目の列が先にあるため取り込まなかった列: {columns}"},
    {"cli.import.doubled_column", "column {column} {header} (column {used} is used)",
     "{column}列目 {header}({used}列目を使用)"},
    {"cli.import.list_separator", ", ", "、"},
    {"cli.import.unused",
     "Not imported, as no client field matches: {columns}; to import one, use --map "
     "\"Header=field\"",
     "対応する項目がないため取り込まなかった列: {columns}。取り込む場合は --map "
     "\"見出し=項目\" でご指定ください"},
    {"cli.import.footer_left_out", "Left out the report footer from line {line} ({count} lines)",
     "{line}行目からのレポートのフッター({count} 行)は取り込みませんでした"},
    {"cli.import.client_added", "  + {id}  {name}: {summary} (rows: {lines})",
     "  + {id}  {name}: {summary}({lines} 行)"},
    {"cli.import.several_owners",
     "The {header} column names {count} owners ({values}): the export holds other people's "
     "deals too; export your own only (filter by owner), or delete the others' rows",
     "「{header}」の列に {count} 人の担当者がいます({values})。ほかの方の商談も含まれています。"
     "ご自身の担当分だけを書き出すか(所有者で絞り込み)、ほかの方の行を削除してください"},
    {"cli.import.several_currencies",
     "The {header} column names {count} currencies ({values}); value keeps no currency, so the "
     "amounts are added and compared as one: convert them to yours in the export, or fix the "
     "values in the file",
     "「{header}」の列に {count} 種類の通貨があります({values})。value は通貨を持たないため、"
     "同じ通貨として合計・比較されます。書き出し側で自社の通貨に換算するか、作成後のファイル"
     "で金額をご修正ください"},
    {"cli.import.change", "{field} {before} -> {value}", "{field} {before} → {value}"},
    {"cli.import.change_set", "{field} -> {value}", "{field} → {value}"},
    {"cli.import.change_added", "{field}: lines added", "{field}: 行を追加"},
    {"cli.import.client_changed", "  ~ {id}  {name}: {fields}", "  ~ {id}  {name}: {fields}"},
    {"cli.import.summary",
     "{file}: {added} added, {changed} updated, {unchanged} unchanged; {kept} not in the export "
     "and left as they are",
     "{file}: 追加 {added} 社、更新 {changed} 社、変更なし {unchanged} 社。取り込みに含まれない "
     "{kept} 社は元のままです"},
    {"cli.import.dry_run", "Dry run: nothing was written",
     "確認のみのため、何も書き込んでいません"},
    {"cli.import.dry_run_new", "Dry run: {count} clients would go into {path}; nothing was written",
     "確認のみです。{count} 社を {path} に書き込む予定で、まだ何も書き込んでいません"},
    {"cli.import.dry_run_new_one",
     "Dry run: {count} client would go into {path}; nothing was written",
     "確認のみです。{count} 社を {path} に書き込む予定で、まだ何も書き込んでいません"},
    {"cli.import.nothing_to_do", "Nothing to change: the file already holds what the export says",
     "変更はありません。ファイルの内容は取り込みと同じです"},
    {"cli.import.saved", "Saved {file}. Next: handover check {file}",
     "{file} を保存しました。続けて handover check {file} で確認してください"},
    {"cli.import.written", "Wrote {path}: {count} clients from {rows} rows",
     "{path} を作成しました({rows} 行から {count} 社)"},
    {"cli.import.written_one", "Wrote {path}: {count} client from {rows} rows",
     "{path} を作成しました({rows} 行から {count} 社)"},
    {"cli.import.example.me", "your name (me.name, or --me)",
     "ご自身の氏名(me.name。--me でも指定できます)"},
    {"cli.import.example.manager", "your manager's name (manager.name, or --manager)",
     "上司の氏名(manager.name。--manager でも指定できます)"},
    {"cli.import.example.successor", "your successor's name (successor.name, or --successor)",
     "後任者の氏名(successor.name。--successor でも指定できます)"},
    {"cli.import.example.last_day", "your last day (last_day, or --last-day)",
     "最終出社日(last_day。--last-day でも指定できます)"},
    {"cli.import.still_examples",
     "Still the starter's examples: {fields}; fill them in (your contact details, time off and "
     "interviews are there as comments to turn on), then run: handover check {path}",
     "記入例のままの項目: {fields}。ご記入のうえ(連絡先・休暇・面接の予定は、コメントを外すと"
     "使えます)、handover check {path} を実行してください"},
    {"cli.import.next_check",
     "Your contact details, time off and interviews are there as comments to turn on; then "
     "run: handover check {path}",
     "連絡先・休暇・面接の予定は、コメントを外すと使えます。ご確認のうえ handover check {path} "
     "を実行してください"},
    {"cli.import.no_rows",
     "no client rows under the header: is the export taken from an empty view or report?",
     "見出しの下に顧客の行がありません。空のビューやレポートから書き出していないかご確認ください"},
    {"cli.import.into_stdin", "--into needs a file to update, not standard input",
     "--into には標準入力ではなく、更新するファイルをご指定ください"},
    {"cli.import.into_and_output",
     "--into updates a file in place and -o writes a new one: give only one of them",
     "--into は既存のファイルを更新し、-o "
     "は新しいファイルを作成します。どちらか一方のみご指定ください"},
    {"cli.import.into_is_source", "--into names the export itself; give your clients.json",
     "--into に書き出しファイル自体が指定されています。clients.json をご指定ください"},
    {"cli.import.currency_sets",
     "The amounts are in {currency}: the new file is set up for {jurisdiction} with currency "
     "{currency}; --jurisdiction US, GB or JP chooses another",
     "金額が {currency} 建てのため、新しいファイルを {jurisdiction} 向け(通貨 {currency})に"
     "設定します。別の国向けにする場合は --jurisdiction に US、GB、JP のいずれかをご指定ください"},
    {"cli.import.currency_kept",
     "The amounts are in {currency}: the new file keeps currency {currency} rather than "
     "{jurisdiction}'s {default}",
     "金額が {currency} 建てのため、新しいファイルの通貨は {jurisdiction} の既定({default})"
     "ではなく {currency} にします"},
    {"cli.import.fill_with_into", "{option} fills in a new file; with --into, edit {file} yourself",
     "{option} は新しく作成するファイルに記入するためのものです。--into の場合は {file} "
     "を直接編集してください"},
    {"cli.import.bad_last_day",
     "--last-day wants a date as YYYY-MM-DD (or YYYY/MM/DD), {today} or later: \"{value}\"",
     "--last-day には {today} 以降の日付を YYYY-MM-DD(または YYYY/MM/DD)の形でご指定ください: "
     "\"{value}\""},
    {"cli.holidays.title", "{calendar} in {year}: {count}", "{year} 年の{calendar}: {count} 日"},
    {"cli.holidays.calendar_jp", "Japanese national holidays", "日本の祝日"},
    {"cli.holidays.calendar_us", "US federal holidays", "米国の連邦祝日"},
    {"cli.holidays.calendar_gb_eaw", "UK bank holidays (England and Wales)",
     "英国のバンクホリデー(イングランドおよびウェールズ)"},
    {"cli.holidays.calendar_gb_sct", "UK bank holidays (Scotland)",
     "英国のバンクホリデー(スコットランド)"},
    {"cli.holidays.calendar_gb_nir", "UK bank holidays (Northern Ireland)",
     "英国のバンクホリデー(北アイルランド)"},

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
