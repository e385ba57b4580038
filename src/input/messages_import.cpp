// The texts of `handover import` (English and Japanese side by side): reading an export
// (import_table.cpp) and mapping its columns and values (import_map.cpp).
// Messages never end with a full stop: format_diagnostic may append a did-you-mean.
#include "handover/input/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    // ---- Reading an export: encodings, delimiters, quoting (import_table.cpp) ----------
    {"import.place.line", "line {line}", "{line}行目"},
    {"import.place.cell", "line {line}, column {column} ({header})",
     "{line}行目 {column}列目 ({header})"},
    {"import.read.place_column", "line {line}, column {column}", "{line}行目 {column}列目"},
    {"import.read.empty",
     "the file is empty; expected a header row, then one row per deal or client",
     "ファイルが空です。見出しの行と、商談または顧客ごとの行が必要です"},
    {"import.read.no_text",
     "every cell of the file is empty; expected a header row, then one row per deal or client",
     "ファイルのセルがすべて空です。見出しの行と、商談または顧客ごとの行が必要です"},
    {"import.read.unknown_encoding",
     "unknown encoding \"{encoding}\"; use UTF-8, CP932 (Shift_JIS), UTF-16LE or UTF-16BE, "
     "or another name that iconv knows (iconv -l)",
     "文字コード \"{encoding}\" は使用できません。UTF-8、CP932 (Shift_JIS)、UTF-16LE、UTF-16BE "
     "のいずれか、または iconv が扱える名前(iconv -l で確認できます)をご指定ください"},
    {"import.read.unknown_encoding_detected",
     "cannot tell the encoding; name it with --encoding (UTF-8, CP932 for Shift_JIS, "
     "WINDOWS-1252, UTF-16LE or UTF-16BE)",
     "文字コードを判別できません。--encoding でご指定ください(UTF-8、Shift_JIS の場合は "
     "CP932、英語版 Excel の場合は WINDOWS-1252、UTF-16LE、UTF-16BE など)"},
    {"import.read.undecodable",
     "the text cannot be read as {encoding}: a byte on this line is not valid in it; if the file "
     "is in another encoding, name it with --encoding",
     "{encoding} として読み込めません。この行に {encoding} では読めないバイトがあります。"
     "別の文字コードで保存されている場合は --encoding でご指定ください"},
    {"import.read.unclosed_quote",
     "a quoted cell that is never closed: the quote that opens here has no closing quote",
     "引用符で囲まれたセルが閉じていません。ここで始まる引用符に対応する閉じ引用符がありません"},
    {"import.read.bad_quote",
     "a quote out of place: a cell with a quote in it must be enclosed in quotes, and each quote "
     "inside written twice (\"\")",
     "引用符の位置が不正です。引用符を含むセルは全体を引用符で囲み、中の引用符は 2 つ重ねて "
     "(\"\") 記述してください"},
    {"import.read.bad_quote_since",
     "a quote out of place in the quoted cell that began on line {line}: a quote inside a quoted "
     "cell must be written twice (\"\"), and the closing quote must end the cell",
     "{line}行目で始まる引用符で囲まれたセルの中で、引用符の位置が不正です。セル内の引用符は 2 "
     "つ重ねて (\"\") 記述し、閉じ引用符はセルの末尾に置いてください"},
    {"import.read.too_many_cells",
     "the row has {count} cells, the header has {header_count}; remove the extra cells or give "
     "the column a header",
     "この行には {count} 個のセルがありますが、見出しは {header_count} 列です。余分なセルを削除"
     "するか、その列に見出しを付けてください"},

    // ---- Mapping columns and values to clients (import_map.cpp) -------------------------
    {"import.history.won", "won", "受注"},
    {"import.history.lost", "lost", "失注"},
    {"import.map.no_name",
     "no column looks like a company name; the columns are: {headers}; name it with --map "
     "\"Header=name\"",
     "会社名の列が見つかりません。列名: {headers}。--map \"列名=name\" のようにご指定ください"},
    {"import.map.option_header",
     "--map \"{entry}\": the file has no column \"{header}\"; its columns are: {headers}",
     "--map \"{entry}\": ファイルに「{header}」という列はありません。列名: {headers}"},
    {"import.map.option_field",
     "--map \"{entry}\": \"{field}\" is not a field; expected one of: {fields}",
     "--map \"{entry}\": 「{field}」という項目はありません。次のいずれかをご指定ください: "
     "{fields}"},
    {"import.map.option_stage",
     "--stage \"{entry}\": \"{stage}\" is not a stage; expected one of: {stages}",
     "--stage \"{entry}\": 「{stage}」という段階はありません。次のいずれかをご指定ください: "
     "{stages}"},
    {"import.map.assignment_map",
     "--map expects \"Header=field\" pairs such as --map \"Firm=name\", separated by commas; "
     "found \"{item}\"",
     "--map には \"見出し=項目\"(例: --map \"得意先=name\")をカンマ区切りでご指定ください。"
     "ご指定の値: 「{item}」"},
    {"import.map.assignment_stage",
     "--stage expects \"Value=stage\" pairs such as --stage \"Hot=closing\", separated by "
     "commas; found \"{item}\"",
     "--stage には \"値=段階\"(例: --stage \"Aヨミ=closing\")をカンマ区切りでご指定ください。"
     "ご指定の値: 「{item}」"},
    {"import.map.name_empty",
     "no company name: if this is another deal of the company above, fill in its name; if the "
     "row is not needed, delete it",
     "会社名が空です。上の行と同じ会社の商談であれば会社名をご入力ください。不要な行であれば"
     "削除してください"},
    {"import.map.note_deal", "{deal} ({outcome}): {note}", "{deal}({outcome}): {note}"},
    {"import.map.note_outcome", "{outcome}: {note}", "{outcome}: {note}"},
    {"import.map.skipped_empty_one", "Skipped 1 row with no company or deal data (line {lines})",
     "会社名や商談の内容が空の 1 行({lines}行目)は読み飛ばしました"},
    {"import.map.skipped_empty",
     "Skipped {count} rows with no company or deal data (lines {lines})",
     "会社名や商談の内容が空の {count} 行({lines}行目)は読み飛ばしました"},
    {"import.map.totals_one", "Left out the totals row on line {lines}",
     "{lines}行目の合計の行は顧客として取り込みませんでした"},
    {"import.map.totals", "Left out {count} totals rows, on lines {lines}",
     "合計の行 {count} 行({lines}行目)は顧客として取り込みませんでした"},
    {"import.map.note_rows_one", "Left out the note row on line {lines}",
     "{lines}行目の注記の行は顧客として取り込みませんでした"},
    {"import.map.note_rows", "Left out {count} note rows, on lines {lines}",
     "注記の行 {count} 行({lines}行目)は顧客として取り込みませんでした"},
    {"import.map.mixed_currencies",
     "The amounts are in more than one currency ({currencies}); value keeps no currency, so "
     "they are added and compared as one: convert them to yours in the export, or fix the "
     "values in the file",
     "金額に複数の通貨があります({currencies})。value は通貨を持たないため、同じ通貨として"
     "合計・比較されます。書き出し側で自社の通貨に換算するか、作成後のファイルで金額を"
     "ご修正ください"},
    {"import.map.currency_at", "{currency} from line {line}", "{currency}: {line}行目から"},
    {"import.map.list_separator", ", ", "、"},
    {"import.map.no_stage_column",
     "The file has no stage column: every client is written as an existing account (active); "
     "if the list holds deals, name its stage column with --map \"Column=stage\"",
     "フェーズの列がないため、すべての顧客を既存の取引先 (active) として書き込みます。"
     "商談の一覧であれば、--map \"列名=stage\" でフェーズの列をご指定ください"},
    {"import.map.dates_unused",
     "No date of column {column} ({header}) was used: a close date is taken only from an open "
     "deal (prospect to closing), or from a row without a stage of a client with no open deal",
     "{column}列目 ({header}) の日付はどれも使われていません。完了予定日は、進行中の商談 "
     "(prospect〜closing) の行か、進行中の商談がない顧客のフェーズが空の行からのみ取り込みます"},
    {"import.map.stage_unknown",
     "the table of stages does not know \"{value}\"; the stages are: {known} (the --stage "
     "command below says which one it is)",
     "「{value}」は段階の対応表にありません。段階は {known} のいずれかです(下記の --stage "
     "でご指定ください)"},
    {"import.map.stage_summary",
     "The {header} column has {count} values the table does not know: {values}. Say what each "
     "one means and run again with --stage \"{pairs}\", each guess checked and each ? "
     "replaced by a stage (prospect, proposal, negotiation, closing, active, renewal, dormant, "
     "won, lost)",
     "「{header}」の列に、対応表にない値が {count} 種類あります({values})。それぞれの段階を "
     "--stage \"{pairs}\" のように指定して再実行してください。推測した段階はご確認のうえ、? "
     "の箇所には段階をご記入ください(prospect=見込み、proposal=提案、negotiation=交渉、"
     "closing=契約直前、active=取引中、renewal=更新予定、dormant=休眠、won=受注、lost=失注)"},
    {"import.map.stage_summary_one",
     "The {header} column has {count} value the table does not know: {values}. Say what it "
     "means and run again with --stage \"{pairs}\", the guess checked or the ? replaced by a "
     "stage (prospect, proposal, negotiation, closing, active, renewal, dormant, won, lost)",
     "「{header}」の列に、対応表にない値が {count} 種類あります({values})。段階を --stage "
     "\"{pairs}\" のように指定して再実行してください。推測した段階はご確認のうえ、? の箇所には"
     "段階をご記入ください(prospect=見込み、proposal=提案、negotiation=交渉、closing=契約直前、"
     "active=取引中、renewal=更新予定、dormant=休眠、won=受注、lost=失注)"},
    {"import.map.date_format",
     "cannot read \"{value}\" as a date; write it as 2026-12-08 or 12/08/2026",
     "「{value}」を日付として読み取れません。2026/12/08 のように西暦でご入力ください"},
    {"import.map.date_unreal",
     "cannot read \"{value}\" as a date: no such day on the calendar; check the month and the "
     "day",
     "「{value}」は暦にない日付のため読み取れません。月と日をご確認ください"},
    {"import.map.date_range",
     "cannot take \"{value}\": dates run from {min} to {max}; check the year",
     "「{value}」は扱える範囲({min}年〜{max}年)の外の日付です。年をご確認ください"},
    {"import.map.date_ambiguous",
     "\"{value}\" may be month/day or day/month and no date of this column tells which; name "
     "the order with --date-order mdy or --date-order dmy",
     "「{value}」は月/日とも日/月とも読め、この列の日付からはどちらか判断できません。"
     "--date-order mdy(月/日)または --date-order dmy(日/月)でご指定ください"},
    {"import.map.date_mixed",
     "\"{value}\" and \"{other}\" on line {line} put the day and the month in different "
     "orders; name the order with --date-order mdy or --date-order dmy",
     "「{value}」と {line}行目の「{other}」とで日と月の順序が異なります。"
     "--date-order mdy(月/日)または --date-order dmy(日/月)でご指定ください"},
    {"import.map.amount",
     "cannot read \"{value}\" as an amount; write a number such as 3,000,000 or $3,000,000 "
     "(leave the cell empty if unknown)",
     "「{value}」を金額として読み取れません。1,200,000 や 120万円 のように数字でご入力ください"
     "(未定の場合は空欄にしてください)"},
    {"import.map.amount_negative",
     "cannot take \"{value}\" as an amount: it is below zero; write zero or more",
     "「{value}」は負の金額のため取り込めません。0 以上の金額をご入力ください"},
    {"import.map.amount_too_large",
     "cannot take \"{value}\" as an amount: it is larger than any contract; write at most "
     "1,000,000,000,000,000",
     "「{value}」は大きすぎるため取り込めません。1,000,000,000,000,000 以下の金額をご入力ください"},
    {"import.map.amount_sum_too_large",
     "the deals of \"{name}\" add up to more than 1,000,000,000,000,000; check the amounts",
     "「{name}」の商談の合計金額が 1,000,000,000,000,000 を超えています。金額をご確認ください"},
    {"import.map.choice", "cannot read \"{value}\" here; write one of: {choices}",
     "「{value}」は読み取れません。次のいずれかでご入力ください: {choices}"},
    {"import.map.id_invalid",
     "cannot use \"{id}\" as an id: write 1 to {max} characters from a-z, 0-9, '_' and '-', "
     "without \"--\"",
     "「{id}」は id として使えません。a-z、0-9、'_'、'-' の 1〜{max} 文字でご入力ください"
     "(\"--\" は使えません)"},
    {"import.map.id_conflict",
     "\"{name}\" has the id \"{id}\" here but \"{other}\" on line {line}; give one company "
     "one id",
     "「{name}」の id がここでは「{id}」、{line}行目では「{other}」です。1 社には 1 つの id "
     "をご入力ください"},
    {"import.map.id_taken",
     "the id \"{id}\" of \"{name}\" is also the id of \"{other}\" on line {line}; give each "
     "company its own",
     "「{name}」の id「{id}」は {line}行目の「{other}」と重複しています。会社ごとに別の id "
     "をご入力ください"},
};

}  // namespace

std::span<const Message> import() {
    return k_table;
}

}  // namespace handover::messages
