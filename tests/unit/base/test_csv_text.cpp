#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "handover/base/csv_text.hpp"
#include "support/export_fixture.hpp"

namespace {

using handover::export_test::read_csv;
namespace csv = handover::csv;

}  // namespace

TEST_CASE("csv_text: quote leaves plain fields alone") {
    CHECK(csv::quote("acme") == "acme");
    CHECK(csv::quote("") == "");
    CHECK(csv::quote("株式会社アクメ") == "株式会社アクメ");
    CHECK(csv::quote("a b;c") == "a b;c");
}

TEST_CASE("csv_text: quote wraps fields with a comma, quote, CR or LF") {
    CHECK(csv::quote("a,b") == "\"a,b\"");
    CHECK(csv::quote("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv::quote("\"") == "\"\"\"\"");
    CHECK(csv::quote("a\nb") == "\"a\nb\"");
    CHECK(csv::quote("a\rb") == "\"a\rb\"");
}

TEST_CASE("csv_text: neutralize guards cells a spreadsheet would run as formulas") {
    CHECK(csv::neutralize("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
    CHECK(csv::neutralize("+1") == "'+1");
    CHECK(csv::neutralize("-2") == "'-2");
    CHECK(csv::neutralize("@SUM(A1:A2)") == "'@SUM(A1:A2)");
    CHECK(csv::neutralize("\t=1") == "'\t=1");
    CHECK(csv::neutralize("\r=1") == "'\r=1");
    CHECK(csv::neutralize("\n=1") == "'\n=1");
    CHECK(csv::neutralize("\n") == "'\n");
}

TEST_CASE("csv_text: neutralize leaves a LF after the first character alone") {
    CHECK(csv::neutralize("a\n=1") == "a\n=1");
}

TEST_CASE("csv_text: neutralize replaces every NUL with U+FFFD") {
    using namespace std::string_literals;
    const std::string replacement(csv::k_replacement_character);
    CHECK(replacement == "\xEF\xBF\xBD");
    CHECK(csv::neutralize("a\0b"s) == "a" + replacement + "b");
    CHECK(csv::neutralize("\0"s) == "\xEF\xBF\xBD");
    CHECK(csv::neutralize("\0\0x\0"s) == "\xEF\xBF\xBD\xEF\xBF\xBDx\xEF\xBF\xBD");
    // The replacement does not start a formula, and a formula after it is not one either.
    CHECK(csv::neutralize("\0=1"s) == "\xEF\xBF\xBD=1");
    // A guarded cell keeps its guard and loses its NUL.
    CHECK(csv::neutralize("=1\0"s) == "'=1\xEF\xBF\xBD");
    CHECK(csv::row({"a\0b"s}).find('\0') == std::string::npos);
}

TEST_CASE("csv_text: neutralize leaves ordinary cells alone") {
    CHECK(csv::neutralize("") == "");
    CHECK(csv::neutralize("a=b") == "a=b");
    CHECK(csv::neutralize("1.5") == "1.5");
    CHECK(csv::neutralize("2026-12-01") == "2026-12-01");
    CHECK(csv::neutralize(" =1") == " =1");
}

TEST_CASE("csv_text: row joins with commas and ends with CRLF") {
    CHECK(csv::row({"a", "b", "c"}) == "a,b,c\r\n");
    CHECK(csv::row({}) == "\r\n");
    CHECK(csv::row({"", ""}) == ",\r\n");
    CHECK(csv::row({"=1+1", "x,y"}) == "'=1+1,\"x,y\"\r\n");
}

TEST_CASE("csv_text: rows read back through an RFC 4180 reader") {
    const std::vector<std::vector<std::string>> table{
        {"id", "name", "note"},
        {"acme", "ACME, Inc.", "said \"yes\""},
        {"two-lines", "line 1\r\nline 2", "lf\nonly"},
        {"", "株式会社アクメ", ""},
        {"=HYPERLINK(\"http://x\")", "+1", "@SUM"},
    };
    std::string text;
    for (const auto& cells : table) text += csv::row(cells);

    const auto parsed = read_csv(text);
    REQUIRE(parsed);
    REQUIRE(parsed->size() == table.size());
    for (std::size_t r = 0; r < table.size(); ++r) {
        REQUIRE((*parsed)[r].size() == table[r].size());
        for (std::size_t c = 0; c < table[r].size(); ++c) {
            CHECK((*parsed)[r][c] == csv::neutralize(table[r][c]));
        }
    }
}

TEST_CASE("csv_text: the byte order mark is the UTF-8 one") {
    CHECK(csv::k_utf8_bom == "\xEF\xBB\xBF");
}
