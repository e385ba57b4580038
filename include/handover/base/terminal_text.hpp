#pragma once
// Text from outside the program (client names, notes, ids typed on the command line, file
// names, lines of a Markdown file) made safe to show in a terminal. A terminal obeys some
// characters instead of showing them: ESC starts sequences that can write the clipboard
// (OSC 52), hide a link (OSC 8) or clear the screen; CR and BEL move the cursor or ring;
// C1 controls such as U+009B act as ESC [ on many terminals; bidi controls reorder what
// the reader sees. Every such character is shown as an escape instead, so damaged or
// hostile text is visible for what it is and never drives the terminal.
//
// The escapes, one form each:
//   `\uXXXX`  a character that is escaped: C0 controls U+0000-001F, DEL U+007F, C1
//             controls U+0080-009F, and the invisible format characters that can
//             disguise text: U+061C, U+200B-200C, U+200E-200F, U+2028-202E,
//             U+2060-2064, U+2066-2069, U+FEFF (four upper-case hex digits: `\u001B`,
//             `\u202E`). The zero width joiner U+200D is kept: it is part of emoji such
//             as 👩‍💼 and moves nothing on its own;
//   `\xNN`    a byte that is not part of well-formed UTF-8 (always 0x80 or above).
// A backslash in the text is left as it is: the escapes are for reading, not for parsing.

#include <string>
#include <string_view>

namespace handover {

/// What terminal_text() does with TAB, LF and CR LF, the characters that are layout.
enum class LineBreaks {
    escaped,  ///< shown as `\u0009`, `\u000A` like any control: a value quoted in a message
    spaces,   ///< each TAB, LF or CR LF becomes one space: a cell or line of a view
    kept,     ///< TAB and LF kept, CR LF becomes LF: text of several lines
};

/// True for a valid code point that terminal_text() shows as `\uXXXX` whatever the
/// LineBreaks (TAB and LF included).
bool is_terminal_unsafe(char32_t cp);

/// The text with every character a terminal would obey shown as an escape (see above).
/// Printable text, Japanese and emoji included, comes back unchanged.
std::string terminal_text(std::string_view text, LineBreaks breaks = LineBreaks::escaped);

/// A text of the input or the plan as one line of a terminal list: terminal_text() with
/// line breaks and tabs turned into spaces.
inline std::string terminal_line(std::string_view text) {
    return terminal_text(text, LineBreaks::spaces);
}

}  // namespace handover
