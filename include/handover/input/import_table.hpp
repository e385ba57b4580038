#pragma once
// The first half of `handover import` (docs/import.md): the bytes of a CRM or spreadsheet
// export turned into a table of UTF-8 cells, each row knowing the line it starts on.
// Encodings are detected (a BOM, then uchardet) and converted with iconv; delimiters are
// detected; quoting follows RFC 4180 through libcsv. The second half, what the columns
// mean, is import_map.hpp.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "handover/base/i18n.hpp"

namespace handover {

/// How to read an export; every member empty or zero means "detect".
struct TableOptions {
    /// `--encoding`: an iconv name (`UTF-8`, `CP932`, `SHIFT_JIS`, `UTF-16LE`, ...), matched
    /// without regard to case; empty: detect.
    std::string encoding;
};

struct TableRow {
    std::size_t line = 0;            ///< 1-based line of the decoded text the row starts on
    std::vector<std::string> cells;  ///< as many as the header has (short rows are padded)
};

struct Table {
    std::string encoding;         ///< what was read, as shown to the user ("Shift_JIS (CP932)")
    char delimiter = ',';         ///< ',', '\t' or ';'
    std::size_t header_line = 0;  ///< 1-based
    std::vector<std::string> header;
    std::vector<TableRow> rows;  ///< data rows, blank rows left out
    /// Lines of a report footer that were left out (Salesforce ends a report with a blank
    /// line and single-cell lines such as "Confidential Information - Do Not Distribute").
    std::vector<std::size_t> footer_lines;
    /// Lines above the header that were left out as a title (a report's name, the date it
    /// was run): rows with fewer than two cells of text before the first row with two.
    std::vector<std::size_t> title_lines;
};

/// Reads an export. `file` names it in errors ("-" for standard input).
///
/// Rules a user may meet (docs/import.md):
/// - Encoding, unless named: a BOM (UTF-8, UTF-16LE, UTF-16BE); UTF-16 without a BOM told by
///   its NUL bytes; valid UTF-8 (ASCII too); else uchardet: Shift_JIS is read as CP932 and
///   EUC-JP as EUC-JP-MS (the supersets Windows writes); any other answer, or none: CP932 if
///   the bytes are valid in it, else an error asking for `--encoding`. A BOM is removed.
/// - Delimiter: the most frequent of tab, comma and semicolon outside quotes on the first
///   line with text; a tie goes to tab, then comma, then semicolon; none at all: tab for
///   UTF-16, comma otherwise.
/// - Line breaks: CR LF, LF and a lone CR each end a line; inside a cell each is kept as "\n".
/// - Cells: control characters other than line break and tab removed (C0, DEL, C1); spaces
///   around them trimmed (ASCII space, tab and line break, U+3000, U+00A0). Formulas stay
///   text; Excel's text-protected `="00123"` (written quoted or not) is the text `00123`.
/// - The header is the first row with text; an empty header cell stays "" (table_place names
///   such a column by its number). Rows whose cells are all empty are left out.
/// - Footer: when the header has two or more named columns, the rows after the last blank
///   line that each have text in the first cell only are a footer, not data.
///
/// Throws InputError
/// (exit 2) with a Diagnostic whose pointer names the line and column, worded in `lang`:
/// an empty file, an encoding that cannot be read or converted, an unterminated quote, a
/// row with more non-empty cells than the header.
Table read_table(std::string_view bytes, const TableOptions& options, const std::string& file,
                 Lang lang);

/// The Diagnostic pointer for a place in an export, in `lang`: "line 12, column 3 (Stage)",
/// 「12行目 3列目 (フェーズ)」; `column` 0 names the line only, an empty `header` the line and
/// column ("line 12, column 3"). Shared by both halves.
std::string table_place(std::size_t line, std::size_t column, std::string_view header, Lang lang);

}  // namespace handover
