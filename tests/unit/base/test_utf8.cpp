#include <catch2/catch.hpp>
#include <string>

#include "handover/base/utf8.hpp"

using handover::append_utf8;
using handover::count_utf8_characters;
using handover::decode_utf8;

TEST_CASE("utf8: each length of sequence decodes, at both ends of its range") {
    struct Case {
        std::string bytes;
        char32_t cp;
    };
    for (const Case& c : {Case{"\x7F", 0x7F}, Case{"\xC2\x80", 0x80}, Case{"\xDF\xBF", 0x7FF},
                          Case{"\xE0\xA0\x80", 0x800}, Case{"\xEF\xBF\xBF", 0xFFFF},
                          Case{"\xF0\x90\x80\x80", 0x10000}, Case{"\xF4\x8F\xBF\xBF", 0x10FFFF}}) {
        const auto got = decode_utf8(c.bytes, 0);
        CHECK(got.valid);
        CHECK(got.cp == c.cp);
        CHECK(got.length == c.bytes.size());
        std::string again;
        append_utf8(again, c.cp);
        CHECK(again == c.bytes);
    }
}

TEST_CASE("utf8: what is not a character comes back as its first byte, invalid") {
    for (const std::string& bad : {
             std::string("\xC1\xBF"),          // overlong: U+007F in two bytes
             std::string("\xE0\x9F\xBF"),      // overlong: U+07FF in three
             std::string("\xF0\x8F\xBF\xBF"),  // overlong: U+FFFF in four
             std::string("\xED\xA0\x80"),      // U+D800, a surrogate
             std::string("\xED\xBF\xBF"),      // U+DFFF, a surrogate
             std::string("\xF4\x90\x80\x80"),  // U+110000, past Unicode
             std::string("\x80"),              // a continuation byte alone
             std::string("\xE3\x81"),          // cut short
             std::string("\xE3\x41\x81"),      // a continuation that is not one
             std::string("\xFF"),
         }) {
        const auto got = decode_utf8(bad, 0);
        CHECK_FALSE(got.valid);
        CHECK(got.length == 1);
        CHECK(got.cp == static_cast<unsigned char>(bad[0]));
    }
    // The neighbours of the surrogates are characters.
    CHECK(decode_utf8("\xED\x9F\xBF", 0).valid);  // U+D7FF
    CHECK(decode_utf8("\xEE\x80\x80", 0).valid);  // U+E000
}

TEST_CASE("utf8: characters are counted as the decoder reads them") {
    CHECK(count_utf8_characters("") == 0);
    CHECK(count_utf8_characters("abc") == 3);
    CHECK(count_utf8_characters("引き継ぎ") == 4);
    CHECK(count_utf8_characters("a\x80") == 1);  // a stray continuation byte continues "a"
    CHECK(handover::is_utf8_continuation('\x80'));
    CHECK(handover::is_utf8_continuation('\xBF'));
    CHECK_FALSE(handover::is_utf8_continuation('\xC0'));
    CHECK_FALSE(handover::is_utf8_continuation('\x7F'));
}
