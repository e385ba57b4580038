#pragma once
// RFC 5545 text rules: how a value is escaped and how a content line is folded.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace handover::ics {

/// Longest physical line, in octets, without its CRLF (RFC 5545 section 3.1).
inline constexpr std::size_t k_max_line_octets = 75;

/// A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and comma are escaped, every
/// line break (CRLF, CR or LF) becomes `\n`, and other control characters are dropped, since
/// the grammar forbids them. Tabs stay. The result never contains a raw CR or LF, so a value
/// cannot end its property and start another.
std::string escape_text(std::string_view text);

/// One content line, folded: parts longer than 75 octets continue on a new line that starts
/// with a space. A fold never splits a UTF-8 character. Lines are joined with CRLF and the
/// result ends with CRLF.
std::string fold_line(std::string_view line);

/// `NAME:value` as a folded content line; `value` must already be escaped where needed.
std::string content_line(std::string_view name, std::string_view value);

/// Undoes folding (RFC 5545 section 3.1): removes every CRLF followed by a space or tab.
std::string unfold(std::string_view text);

/// 64-bit FNV-1a: a small, stable hash for UIDs that must survive re-export.
std::uint64_t fnv1a64(std::string_view data);

}  // namespace handover::ics
