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
     "のいずれか、または iconv が扱える名前(iconv -l で確認できます)を指定してください"},
    {"import.read.unknown_encoding_detected",
     "cannot tell the encoding; name it with --encoding (UTF-8, CP932 for Shift_JIS, UTF-16LE "
     "or UTF-16BE)",
     "文字コードを判別できません。--encoding で指定してください(UTF-8、Shift_JIS の場合は "
     "CP932、UTF-16LE、UTF-16BE など)"},
    {"import.read.undecodable",
     "the text cannot be read as {encoding}: a byte on this line is not valid in it; if the file "
     "is in another encoding, name it with --encoding",
     "{encoding} として読み込めません。この行に {encoding} "
     "では不正なバイトがあります。別の文字コードで"
     "保存されている場合は --encoding で指定してください"},
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
    {"import.history.won", "won", "成立"},
    {"import.history.lost", "lost", "不成立"},
};

}  // namespace

std::span<const Message> import() {
    return k_table;
}

}  // namespace handover::messages
