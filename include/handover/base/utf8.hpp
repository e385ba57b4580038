#pragma once
// UTF-8, read and written in one place. Input text is not trusted to be well formed, so the
// decoder never throws and never reads past the text: a byte that does not start a
// well-formed sequence comes back alone, marked invalid, and a caller moves on by one byte.

#include <cstddef>
#include <string>
#include <string_view>

namespace handover {

/// One character read from UTF-8 text.
struct Utf8Char {
    char32_t cp = 0;         ///< the code point; the byte itself when not valid
    std::size_t length = 1;  ///< bytes read: 1 to 4
    bool valid = false;      ///< false for a byte that does not start a well-formed sequence
};

/// The character that starts at byte `pos` (which must be inside `text`). An invalid or
/// truncated sequence, an overlong form, a UTF-16 surrogate or a value past U+10FFFF yields
/// its first byte alone. Inline: the JSON writer and the width of Japanese text call it for
/// every character.
inline Utf8Char decode_utf8(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) return {lead, 1, true};
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2, cp = lead & 0x1Fu, min = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3, cp = lead & 0x0Fu, min = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4, cp = lead & 0x07u, min = 0x10000;
    } else {
        return {lead, 1, false};
    }
    if (pos + length > text.size()) return {lead, 1, false};
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0) != 0x80) return {lead, 1, false};
        cp = (cp << 6) | (next & 0x3Fu);
    }
    // Overlong forms, UTF-16 surrogates and values past Unicode are not characters.
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {lead, 1, false};
    return {cp, length, true};
}

/// True for the second to fourth byte of a sequence: never the start of a character, so
/// text may be cut before it only by cutting a character in two.
inline bool is_utf8_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

/// Appends `cp` (a Unicode scalar value: not a surrogate, at most U+10FFFF) as UTF-8.
void append_utf8(std::string& out, char32_t cp);

/// Characters (not bytes) in `text`: every byte that does not continue a sequence counts
/// one, so damaged text is counted as the decoder reads it.
std::size_t count_utf8_characters(std::string_view text);

}  // namespace handover
