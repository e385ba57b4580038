// terminal_text(): every character a terminal would obey is shown as an escape, on both
// sides of every range boundary, and ordinary text (Japanese, emoji) passes unchanged.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "handover/base/terminal_text.hpp"
#include "handover/base/text_width.hpp"

namespace {

using handover::decode_utf8;
using handover::is_terminal_unsafe;
using handover::LineBreaks;
using handover::terminal_text;

/// The UTF-8 encoding of one code point of the Basic Multilingual Plane, by way of a JSON
/// string escape.
std::string utf8(char32_t cp) {
    const std::string literal = fmt::format("\"\\u{:04X}\"", static_cast<unsigned>(cp));
    return nlohmann::json::parse(literal).get<std::string>();
}

/// What terminal_text makes of `a<cp>b`.
std::string around(char32_t cp, LineBreaks breaks = LineBreaks::escaped) {
    return terminal_text("a" + utf8(cp) + "b", breaks);
}

bool escaped(char32_t cp, const std::string& form) {
    return around(cp) == "a" + form + "b";
}

bool unchanged(char32_t cp) {
    return around(cp) == "a" + utf8(cp) + "b";
}

}  // namespace

TEST_CASE("terminal_text: printable ASCII, Japanese and emoji pass unchanged") {
    CHECK(terminal_text("") == "");
    CHECK(terminal_text("Acme Corp. ~ 100% (a\\b)") == "Acme Corp. ~ 100% (a\\b)");
    CHECK(terminal_text("株式会社アクメ 山田 太郎 様、よろしくお願いいたします。") ==
          "株式会社アクメ 山田 太郎 様、よろしくお願いいたします。");
    CHECK(terminal_text("ｶﾀｶﾅ ＡＢＣ ｱｲｳ") == "ｶﾀｶﾅ ＡＢＣ ｱｲｳ");
    CHECK(terminal_text("🎉 👨‍👩‍👧 ✅ 🇯🇵") ==
          "🎉 👨‍👩‍👧 ✅ 🇯🇵");  // ZWJ U+200D stays
    CHECK(terminal_text("é café naïve") == "é café naïve");
}

TEST_CASE("terminal_text: C0 controls are escaped, U+001F and U+0020 on either side") {
    CHECK(escaped(0x00, "\\u0000"));
    CHECK(escaped(0x07, "\\u0007"));  // BEL
    CHECK(escaped(0x08, "\\u0008"));
    CHECK(escaped(0x0B, "\\u000B"));
    CHECK(escaped(0x0C, "\\u000C"));
    CHECK(escaped(0x0D, "\\u000D"));  // a lone CR would move the cursor home
    CHECK(escaped(0x1B, "\\u001B"));  // ESC
    CHECK(escaped(0x1F, "\\u001F"));
    CHECK(unchanged(0x20));
    CHECK(unchanged(0x21));
    CHECK(terminal_text(std::string("a\0b", 3)) == "a\\u0000b");
}

TEST_CASE("terminal_text: DEL is escaped, U+007E before it is not") {
    CHECK(unchanged(0x7E));
    CHECK(escaped(0x7F, "\\u007F"));
}

TEST_CASE("terminal_text: C1 controls are escaped, U+009F and U+00A0 on either side") {
    CHECK(escaped(0x80, "\\u0080"));
    CHECK(escaped(0x85, "\\u0085"));  // NEL
    CHECK(escaped(0x9B, "\\u009B"));  // CSI, ESC [ on many terminals
    CHECK(escaped(0x9D, "\\u009D"));  // OSC
    CHECK(escaped(0x9F, "\\u009F"));
    CHECK(unchanged(0xA0));
    CHECK(unchanged(0xA9));
}

TEST_CASE("terminal_text: bidi controls and invisible format characters are escaped") {
    CHECK(unchanged(0x061B));
    CHECK(escaped(0x061C, "\\u061C"));  // Arabic letter mark
    CHECK(unchanged(0x061D));
    CHECK(unchanged(0x200A));  // hair space
    CHECK(escaped(0x200B, "\\u200B"));
    CHECK(escaped(0x200E, "\\u200E"));  // LRM
    CHECK(escaped(0x200F, "\\u200F"));  // RLM
    CHECK(unchanged(0x2010));           // hyphen
    CHECK(unchanged(0x2027));
    CHECK(escaped(0x2028, "\\u2028"));  // line separator
    CHECK(escaped(0x2029, "\\u2029"));  // paragraph separator
    CHECK(escaped(0x202A, "\\u202A"));  // LRE
    CHECK(escaped(0x202D, "\\u202D"));  // LRO
    CHECK(escaped(0x202E, "\\u202E"));  // RLO
    CHECK(unchanged(0x202F));           // narrow no-break space
    CHECK(unchanged(0x205F));
    CHECK(escaped(0x2060, "\\u2060"));  // word joiner
    CHECK(escaped(0x2064, "\\u2064"));
    CHECK(unchanged(0x2065));
    CHECK(escaped(0x2066, "\\u2066"));  // LRI
    CHECK(escaped(0x2067, "\\u2067"));  // RLI
    CHECK(escaped(0x2068, "\\u2068"));  // FSI
    CHECK(escaped(0x2069, "\\u2069"));  // PDI
    CHECK(unchanged(0x206A));
    CHECK(unchanged(0xFEFE));
    CHECK(escaped(0xFEFF, "\\uFEFF"));
    CHECK(unchanged(0xFF01));  // fullwidth exclamation mark
}

TEST_CASE("terminal_text: the zero width joiner of emoji sequences is kept") {
    // U+200D builds emoji such as 👩‍💼; U+200B-200C and U+200E-200F around it are escaped.
    CHECK(escaped(0x200C, "\\u200C"));
    CHECK(unchanged(0x200D));
    CHECK(escaped(0x200E, "\\u200E"));
    CHECK(terminal_text("👩‍💼 営業担当") == "👩‍💼 営業担当");
}

TEST_CASE("terminal_text: bytes that are not UTF-8 are shown as \\xNN") {
    CHECK(terminal_text("a\xFF"
                        "b") == "a\\xFFb");
    CHECK(terminal_text("\xC3") == "\\xC3");                             // truncated sequence
    CHECK(terminal_text("\xC3(") == "\\xC3(");                           // bad continuation
    CHECK(terminal_text("\xC0\xAF") == "\\xC0\\xAF");                    // overlong '/'
    CHECK(terminal_text("\xED\xA0\x80") == "\\xED\\xA0\\x80");           // UTF-16 surrogate
    CHECK(terminal_text("\xF4\x90\x80\x80") == "\\xF4\\x90\\x80\\x80");  // past U+10FFFF
    CHECK(terminal_text("\x80"
                        "abc") == "\\x80abc");
    // A C1 control written as two bytes is a character, escaped as one.
    CHECK(terminal_text("\xC2\x9B"
                        "31m") == "\\u009B31m");
}

TEST_CASE("terminal_text: terminal attacks come out as plain visible text") {
    CHECK(terminal_text("\x1b]52;c;SGVsbG8=\x07") == "\\u001B]52;c;SGVsbG8=\\u0007");
    CHECK(terminal_text("\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\") ==
          "\\u001B]8;;https://evil.example/\\u001B\\click\\u001B]8;;\\u001B\\");
    CHECK(terminal_text("\x1b[2J\x1b[H") == "\\u001B[2J\\u001B[H");
    CHECK(terminal_text("paid\r\x1b[Kunpaid") == "paid\\u000D\\u001B[Kunpaid");
    CHECK(terminal_text("abc\u202Efdp.exe") == "abc\\u202Efdp.exe");
}

TEST_CASE("terminal_text: what happens to TAB, LF and CR LF depends on the caller") {
    const std::string text = "a\tb\nc\r\nd\re";
    CHECK(terminal_text(text) == "a\\u0009b\\u000Ac\\u000D\\u000Ad\\u000De");
    CHECK(terminal_text(text, LineBreaks::escaped) == terminal_text(text));
    CHECK(terminal_text(text, LineBreaks::spaces) == "a b c d\\u000De");
    CHECK(terminal_text(text, LineBreaks::kept) == "a\tb\nc\nd\\u000De");
    // Every other control is escaped whatever the caller allows.
    for (const LineBreaks breaks : {LineBreaks::spaces, LineBreaks::kept}) {
        CHECK(around(0x1B, breaks) == "a\\u001Bb");
        CHECK(around(0x0B, breaks) == "a\\u000Bb");
        CHECK(around(0x9B, breaks) == "a\\u009Bb");
        CHECK(around(0x2028, breaks) == "a\\u2028b");
    }
}

TEST_CASE("terminal_text: cleaning is idempotent, and the result is safe to print") {
    std::string every;
    for (char32_t cp = 0; cp < 0x300; ++cp) every += utf8(cp);
    for (char32_t cp = 0x2000; cp < 0x2070; ++cp) every += utf8(cp);
    every += "\xFF\xC3\xED\xA0\x80" + utf8(0xFEFF) + utf8(0x061C);
    for (const LineBreaks breaks : {LineBreaks::escaped, LineBreaks::spaces, LineBreaks::kept}) {
        const std::string once = terminal_text(every, breaks);
        CHECK(terminal_text(once, breaks) == once);
        for (std::size_t pos = 0; pos < once.size();) {
            const auto c = decode_utf8(once, pos);
            REQUIRE(c.valid);
            const bool layout = breaks == LineBreaks::kept && (c.cp == '\t' || c.cp == '\n');
            if (!layout) CHECK_FALSE(is_terminal_unsafe(c.cp));
            pos += c.length;
        }
    }
}
