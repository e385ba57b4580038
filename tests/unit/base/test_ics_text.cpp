#include <catch2/catch.hpp>
#include <string>

#include "handover/base/ics_text.hpp"
#include "support/export_fixture.hpp"

namespace {

using handover::export_test::crlf_lines;
using handover::export_test::valid_utf8;
namespace ics = handover::ics;

}  // namespace

TEST_CASE("ics_text: escape_text escapes backslash, semicolon and comma") {
    CHECK(ics::escape_text("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(ics::escape_text("plain: text") == "plain: text");
    CHECK(ics::escape_text("") == "");
}

TEST_CASE("ics_text: escape_text turns every line break into \\n") {
    CHECK(ics::escape_text("a\r\nb") == "a\\nb");
    CHECK(ics::escape_text("a\nb") == "a\\nb");
    CHECK(ics::escape_text("a\rb") == "a\\nb");
    CHECK(ics::escape_text("a\n\nb") == "a\\n\\nb");
    CHECK(ics::escape_text("a\r\n\r\nb") == "a\\n\\nb");
}

TEST_CASE("ics_text: escape_text drops control characters but keeps tabs") {
    CHECK(ics::escape_text(std::string("a\x01\x1b\x7f"
                                       "b",
                                       5)) == "ab");
    CHECK(ics::escape_text(std::string("a\0b", 3)) == "ab");
    CHECK(ics::escape_text("a\tb") == "a\tb");
}

TEST_CASE("ics_text: escape_text keeps hostile text inside one value") {
    const std::string escaped = ics::escape_text("Evil\r\nBEGIN:VEVENT\r\nSUMMARY:x");
    CHECK(escaped == "Evil\\nBEGIN:VEVENT\\nSUMMARY:x");
    CHECK(escaped.find_first_of("\r\n") == std::string::npos);
}

TEST_CASE("ics_text: escape_text leaves UTF-8 untouched") {
    CHECK(ics::escape_text("株式会社アクメ、様") == "株式会社アクメ、様");
}

TEST_CASE("ics_text: fold_line leaves lines of up to 75 octets alone") {
    CHECK(ics::fold_line("SUMMARY:x") == "SUMMARY:x\r\n");
    const std::string exact(75, 'a');
    CHECK(ics::fold_line(exact) == exact + "\r\n");
    CHECK(ics::fold_line("") == "\r\n");
}

TEST_CASE("ics_text: fold_line folds ASCII at 75 octets, then 74 after the space") {
    const std::string line(76, 'a');
    CHECK(ics::fold_line(line) == std::string(75, 'a') + "\r\n a\r\n");

    const std::string longer(75 + 74 + 10, 'b');
    CHECK(ics::fold_line(longer) == std::string(75, 'b') + "\r\n " + std::string(74, 'b') +
                                        "\r\n " + std::string(10, 'b') + "\r\n");
}

TEST_CASE("ics_text: fold_line never splits a Japanese character") {
    std::string line = "DESCRIPTION:";
    for (int i = 0; i < 40; ++i) line += "引き継ぎ計画、";
    const std::string folded = ics::fold_line(line);

    const auto lines = crlf_lines(folded);
    REQUIRE(lines);
    REQUIRE(lines->size() > 1);
    for (std::size_t i = 0; i < lines->size(); ++i) {
        const std::string& physical = (*lines)[i];
        INFO("line " << i << ": " << physical);
        CHECK(physical.size() <= ics::k_max_line_octets);
        if (i > 0) CHECK(physical.front() == ' ');
        const std::string content = i > 0 ? physical.substr(1) : physical;
        CHECK(valid_utf8(content));
        // A fold is only taken when the next character would not fit.
        if (i + 1 < lines->size()) CHECK(physical.size() > ics::k_max_line_octets - 3);
    }
    CHECK(ics::unfold(folded) == line + "\r\n");
}

TEST_CASE("ics_text: fold_line handles 4-octet characters and mixed widths") {
    std::string line = "SUMMARY:";
    for (int i = 0; i < 30; ++i) line += "a😀é日";
    const std::string folded = ics::fold_line(line);
    const auto lines = crlf_lines(folded);
    REQUIRE(lines);
    for (std::size_t i = 0; i < lines->size(); ++i) {
        const std::string& physical = (*lines)[i];
        CHECK(physical.size() <= ics::k_max_line_octets);
        CHECK(valid_utf8(i > 0 ? physical.substr(1) : physical));
    }
    CHECK(ics::unfold(folded) == line + "\r\n");
}

TEST_CASE("ics_text: fold_line still makes progress on malformed UTF-8") {
    const std::string line(200, '\x80');
    const auto lines = crlf_lines(ics::fold_line(line));
    REQUIRE(lines);
    for (const std::string& physical : *lines) CHECK(physical.size() <= ics::k_max_line_octets);
    CHECK(ics::unfold(ics::fold_line(line)) == line + "\r\n");
}

TEST_CASE("ics_text: content_line joins name and value and folds the whole line") {
    CHECK(ics::content_line("UID", "x@handover") == "UID:x@handover\r\n");
    const std::string value(100, 'v');
    const std::string line = ics::content_line("SUMMARY", value);
    CHECK(line.substr(0, 75) == "SUMMARY:" + std::string(67, 'v'));
    CHECK(ics::unfold(line) == "SUMMARY:" + value + "\r\n");
}

TEST_CASE("ics_text: unfold accepts a space or a tab after the break") {
    CHECK(ics::unfold("ab\r\n c\r\n\td\r\n") == "abcd\r\n");
    CHECK(ics::unfold("ab\r\nc") == "ab\r\nc");
}

TEST_CASE("ics_text: fnv1a64 matches the published test vectors") {
    CHECK(ics::fnv1a64("") == 0xcbf29ce484222325ULL);
    CHECK(ics::fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
    CHECK(ics::fnv1a64("foobar") == 0x85944171f73967e8ULL);
}
