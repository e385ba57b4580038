#include "handover/base/terminal_text.hpp"

#include <fmt/format.h>

#include "handover/base/text_width.hpp"

namespace handover {

bool is_terminal_unsafe(char32_t cp) {
    if (cp < 0x20 || cp == 0x7F) return true;  // C0 controls, DEL
    if (cp < 0x80) return false;
    if (cp <= 0x9F) return true;  // C1 controls
    if (cp < 0x061C) return false;
    return cp == 0x061C                       // Arabic letter mark
           || cp == 0x200B || cp == 0x200C    // zero width space, non-joiner
           || cp == 0x200E || cp == 0x200F    // LRM, RLM
           || (cp >= 0x2028 && cp <= 0x202E)  // line and paragraph separators, bidi embeddings
           || (cp >= 0x2060 && cp <= 0x2064)  // word joiner, invisible operators
           || (cp >= 0x2066 && cp <= 0x2069)  // bidi isolates
           || cp == 0xFEFF;                   // zero width no-break space (BOM)
}

std::string terminal_text(std::string_view text, LineBreaks breaks) {
    if (is_printable_ascii(text)) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char c = decode_utf8(text, pos);
        pos += c.length;
        if (!c.valid) {
            out += fmt::format("\\x{:02X}", static_cast<unsigned>(c.cp));
            continue;
        }
        if (!is_terminal_unsafe(c.cp)) {
            out.append(text.substr(pos - c.length, c.length));
            continue;
        }
        const bool crlf = c.cp == '\r' && pos < text.size() && text[pos] == '\n';
        if (breaks != LineBreaks::escaped && (c.cp == '\t' || c.cp == '\n' || crlf)) {
            if (crlf) ++pos;  // CR LF is one break
            out += breaks == LineBreaks::spaces ? ' ' : (c.cp == '\t' ? '\t' : '\n');
            continue;
        }
        out += fmt::format("\\u{:04X}", static_cast<unsigned>(c.cp));
    }
    return out;
}

}  // namespace handover
