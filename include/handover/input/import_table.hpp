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
};

/// Reads an export. `file` names it in errors ("-" for standard input). Throws InputError
/// (exit 2) with a Diagnostic whose pointer names the line and column, worded in `lang`:
/// an empty file, an encoding that cannot be read or converted, an unterminated quote, a
/// row with more non-empty cells than the header.
Table read_table(std::string_view bytes, const TableOptions& options, const std::string& file,
                 Lang lang);

/// The Diagnostic pointer for a place in an export, in `lang`: "line 12, column 3 (Stage)",
/// 「12行目 3列目 (フェーズ)」; `column` 0 names the line only. Shared by both halves.
std::string table_place(std::size_t line, std::size_t column, std::string_view header, Lang lang);

}  // namespace handover
