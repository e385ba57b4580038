#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "handover/base/text_width.hpp"

namespace {

using handover::display_width;
using handover::pad_left;
using handover::pad_right;
using handover::single_line;
using handover::truncate_to_width;
using handover::wrap_to_width;

std::string join(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& line : lines) out += line;
    return out;
}

}  // namespace

TEST_CASE("text_width: ASCII takes one column per character") {
    CHECK(display_width("") == 0);
    CHECK(display_width("Globex Corporation") == 18);
}

TEST_CASE("text_width: Japanese and fullwidth characters take two columns") {
    CHECK(display_width("株式会社アクメ") == 14);
    CHECK(display_width("佐藤 優") == 7);
    CHECK(display_width("ＡＢ") == 4);            // fullwidth Latin
    CHECK(display_width("2026年12月1日") == 13);  // mixed
    CHECK(display_width("한국") == 4);            // Hangul syllables
    CHECK(display_width("😀") == 2);               // emoji presentation
    CHECK(display_width("ｱｸﾒ") == 3);             // halfwidth katakana stay narrow
}

TEST_CASE("text_width: combining marks and zero-width characters take no column") {
    CHECK(display_width("e\xCC\x81") == 1);                 // e + U+0301
    CHECK(display_width("\xE3\x81\x8B\xE3\x82\x99") == 2);  // か + U+3099 (dakuten)
    CHECK(display_width("a\xE2\x80\x8B"
                        "b") == 2);  // zero-width space
    CHECK(display_width("\xEF\xBB\xBF"
                        "abc") == 3);  // byte order mark
}

TEST_CASE("text_width: invalid UTF-8 bytes count one column each") {
    CHECK(display_width("\xFF\xFE") == 2);
    CHECK(display_width("\xE3\x81") == 2);      // truncated sequence
    CHECK(display_width("\xC0\xAF") == 2);      // overlong '/'
    CHECK(display_width("\xED\xA0\x80") == 3);  // UTF-16 surrogate
    CHECK(display_width("a\x80"
                        "b") == 3);  // stray continuation byte
}

TEST_CASE("text_width: pad by display width") {
    CHECK(pad_right("アクメ", 8) == "アクメ  ");
    CHECK(pad_right("acme", 8) == "acme    ");
    CHECK(pad_left("0.5h", 6) == "  0.5h");
    CHECK(pad_right("株式会社アクメ", 4) == "株式会社アクメ");  // never cuts
    CHECK(display_width(pad_right("山田商店", 20)) == display_width(pad_right("Globex", 20)));
}

TEST_CASE("text_width: truncate never cuts a character") {
    CHECK(truncate_to_width("株式会社アクメ", 14) == "株式会社アクメ");
    CHECK(truncate_to_width("株式会社アクメ", 7) == "株式会…");
    // Five columns is not enough for a third wide character and the ellipsis.
    CHECK(truncate_to_width("株式会社アクメ", 6) == "株式…");
    CHECK(truncate_to_width("Globex Corporation", 6) == "Globe…");
    CHECK(truncate_to_width("abc", 0).empty());
    const std::string long_name(5000, 'x');
    CHECK(display_width(truncate_to_width(long_name, 24)) == 24);
}

TEST_CASE("text_width: single_line turns breaks and control characters into spaces") {
    CHECK(single_line("a\nb") == "a b");
    CHECK(single_line("a\r\nb") == "a b");
    CHECK(single_line("a\tb") == "a b");
    CHECK(single_line("\x1b[31mred") == " [31mred");  // no terminal escape survives
    CHECK(single_line("株式会社\nアクメ") == "株式会社 アクメ");
    CHECK(single_line("a\xE2\x80\xA8"
                      "b") == "a b");  // U+2028 line separator
}

TEST_CASE("text_width: wrap English at spaces") {
    const auto lines = wrap_to_width("Share the handover documents with the manager", 20);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "Share the handover");
    CHECK(lines[1] == "documents with the");
    CHECK(lines[2] == "manager");
}

TEST_CASE("text_width: wrap Japanese between characters, keeping closing punctuation") {
    const std::string text =
        "山田商店に最終出社日までに後任をご紹介できません。上司に相談してください。";
    const auto lines = wrap_to_width(text, 10);
    CHECK(join(lines) == text);  // nothing lost, nothing inserted
    for (const std::string& line : lines) {
        CHECK(display_width(line) <= 10);
        CHECK_FALSE(line.starts_with("。"));
    }
}

TEST_CASE("text_width: wrap keeps an opening bracket with what follows") {
    const auto lines = wrap_to_width("2026年12月31日(木)", 14);
    for (const std::string& line : lines) CHECK_FALSE(line.ends_with("("));
}

TEST_CASE("text_width: wrap cuts an overlong word between characters") {
    const std::string name(5000, 'x');
    const auto lines = wrap_to_width(name, 80);
    CHECK(lines.size() == 63);
    CHECK(join(lines) == name);
    const auto wide = wrap_to_width("アアアアア", 3);  // odd width: one wide character a line
    CHECK(wide == std::vector<std::string>{"ア", "ア", "ア", "ア", "ア"});
}

TEST_CASE("text_width: text that fits comes back as one line, spaces folded as in any wrap") {
    // Fits as it is: unchanged.
    CHECK(wrap_to_width("Tell 株式会社アクメ about it", 40) ==
          std::vector<std::string>{"Tell 株式会社アクメ about it"});
    CHECK(wrap_to_width("株式会社アクメ", 14) == std::vector<std::string>{"株式会社アクメ"});
    // Fits, but with spaces a wrap drops or folds: the same as wrapping at any width.
    CHECK(wrap_to_width("  leading", 40) == std::vector<std::string>{"leading"});
    CHECK(wrap_to_width("trailing  ", 40) == std::vector<std::string>{"trailing"});
    CHECK(wrap_to_width("double  space", 40) == std::vector<std::string>{"double space"});
    CHECK(wrap_to_width(" ", 40).empty());
    CHECK(wrap_to_width("", 40).empty());
    // One column too many: wrapped.
    CHECK(wrap_to_width("株式会社アクメ", 13).size() == 2);
    CHECK(wrap_to_width("abc def", 6) == std::vector<std::string>{"abc", "def"});
    CHECK(wrap_to_width("abc def", 7) == std::vector<std::string>{"abc def"});
    // Invalid bytes take the long way and still count one column each.
    CHECK(wrap_to_width("a\xFF"
                        "b",
                        3) == std::vector<std::string>{"a\xFF"
                                                       "b"});
}

TEST_CASE("text_width: kana and kanji are wide, the voicing marks below them take no column") {
    CHECK(display_width("アイウエオ") == 10);  // katakana
    CHECK(display_width("漢字") == 4);
    CHECK(display_width("\xE3\x82\x99") == 0);  // U+3099 combining voiced sound mark
    CHECK(display_width("ー") == 2);            // U+30FC prolonged sound mark
}
