#pragma once
// RFC 4180 text rules for the CSV exports, plus the guard spreadsheet tools need.

#include <string>
#include <string_view>
#include <vector>

namespace handover::csv {

/// The UTF-8 byte order mark: Excel reads a CSV as UTF-8 only when the file starts with it.
inline constexpr std::string_view k_utf8_bom = "\xEF\xBB\xBF";

/// What a NUL in a cell becomes (U+FFFD REPLACEMENT CHARACTER, in UTF-8).
inline constexpr std::string_view k_replacement_character = "\xEF\xBF\xBD";

/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and some
/// tools also after a leading tab, CR or LF), so a client name such as `=HYPERLINK(...)` could
/// run code or leak data when the file is opened. Such cells get a leading `'`, which the
/// tools read as "this is text" (OWASP's CSV-injection advice). Every cell of the exports
/// passes through here, numbers included; they come out unchanged because hours and steps
/// are never negative, so no number is ever turned into text by the guard. A NUL (which
/// a JSON input can carry as `\u0000`) never reaches the file: each one is replaced with
/// U+FFFD, visibly, rather than dropped, so that the text around it stays apart and the
/// reader sees that something was there.
std::string neutralize(std::string_view cell);

/// RFC 4180 quoting: a field containing `"`, `,`, CR or LF is put in double quotes, with
/// each inner quote doubled; other fields are written as they are.
std::string quote(std::string_view field);

/// One record: every cell neutralized and quoted, joined by commas, ended by CRLF.
std::string row(const std::vector<std::string>& cells);

}  // namespace handover::csv
