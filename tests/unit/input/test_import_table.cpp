// Tests of src/input/import_table.cpp: an export's bytes read into a table of UTF-8 cells.
// Encoded inputs are made here with iconv from UTF-8 literals, so each test shows the text.
#include <iconv.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/input/import_table.hpp"

using namespace handover;

namespace {

using Cells = std::vector<std::string>;

Table read(std::string_view bytes, std::string encoding = {}) {
    return read_table(bytes, TableOptions{std::move(encoding)}, "export.csv", Lang::en);
}

/// The one error reading `bytes` gives, as the user sees it.
std::string error_of(std::string_view bytes, std::string encoding = {}, Lang lang = Lang::en) {
    try {
        read_table(bytes, TableOptions{std::move(encoding)}, "export.csv", lang);
    } catch (const InputError& error) {
        CHECK(error.file() == "export.csv");
        REQUIRE(error.diagnostics().size() == 1);
        return format_diagnostic("export.csv", error.diagnostics().front(), lang);
    }
    FAIL("no error");
    return {};
}

/// `text` (UTF-8) in encoding `to`, converted by iconv.
std::string encode(std::string_view text, const char* to) {
    iconv_t cd = iconv_open(to, "UTF-8");
    REQUIRE(cd != reinterpret_cast<iconv_t>(-1));
    std::string out(text.size() * 4 + 8, '\0');
    char* in = const_cast<char*>(text.data());
    std::size_t in_left = text.size();
    char* dest = out.data();
    std::size_t dest_left = out.size();
    const std::size_t result = iconv(cd, &in, &in_left, &dest, &dest_left);
    iconv_close(cd);
    REQUIRE(result != static_cast<std::size_t>(-1));
    out.resize(out.size() - dest_left);
    return out;
}

const std::string k_japanese =
    "会社名,担当者,フェーズ,金額,備考\n"
    "株式会社山田製作所,山田 太郎,提案,1200000,来月の定例会で見積りを提出する予定です\n"
    "有限会社佐藤商事,佐藤 花子,交渉,800000,先方の決裁者は部長です①\n"
    "東京物産株式会社,鈴木 一郎,受注,2500000,納品は十二月の第二週～第三週を希望\n";

const Cells k_japanese_last = {"東京物産株式会社", "鈴木 一郎", "受注", "2500000",
                               "納品は十二月の第二週～第三週を希望"};

}  // namespace

TEST_CASE("plain UTF-8 and ASCII are read as UTF-8", "[import_table]") {
    const Table ascii = read("Company,Stage\nAcme,Proposal\n");
    CHECK(ascii.encoding == "UTF-8");
    CHECK(ascii.delimiter == ',');
    CHECK(ascii.header_line == 1);
    CHECK(ascii.header == Cells{"Company", "Stage"});
    REQUIRE(ascii.rows.size() == 1);
    CHECK(ascii.rows[0].line == 2);
    CHECK(ascii.rows[0].cells == Cells{"Acme", "Proposal"});

    const Table japanese = read(k_japanese);
    CHECK(japanese.encoding == "UTF-8");
    REQUIRE(japanese.rows.size() == 3);
    CHECK(japanese.rows[2].cells == k_japanese_last);
}

TEST_CASE("a UTF-8 byte order mark is named and removed", "[import_table]") {
    const Table table = read(
        "\xEF\xBB\xBF"
        "Company,Stage\nAcme,Proposal\n");
    CHECK(table.encoding == "UTF-8 (BOM)");
    CHECK(table.header == Cells{"Company", "Stage"});
    const Table named = read(
        "\xEF\xBB\xBF"
        "Company,Stage\nAcme,Proposal\n",
        "utf-8");
    CHECK(named.encoding == "UTF-8 (BOM)");
    CHECK(named.header.front() == "Company");
}

TEST_CASE("Shift_JIS is detected and read as CP932", "[import_table]") {
    // ① and ～ exist in CP932 (what Excel writes) but not in plain Shift_JIS.
    const Table table = read(encode(k_japanese, "CP932"));
    CHECK(table.encoding == "Shift_JIS (CP932)");
    CHECK(table.header == Cells{"会社名", "担当者", "フェーズ", "金額", "備考"});
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[1].cells[4] == "先方の決裁者は部長です①");
    CHECK(table.rows[2].cells == k_japanese_last);
}

TEST_CASE("a short Shift_JIS file that uchardet cannot place is tried as CP932", "[import_table]") {
    const Table table = read(encode("会社\nＡ\n", "CP932"));
    CHECK(table.encoding == "Shift_JIS (CP932)");
    CHECK(table.header == Cells{"会社"});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells == Cells{"Ａ"});
}

TEST_CASE("EUC-JP is detected and read with the Windows characters", "[import_table]") {
    const Table table =
        read(encode(k_japanese + k_japanese.substr(k_japanese.find('\n') + 1), "EUC-JP-MS"));
    CHECK(table.encoding == "EUC-JP");
    REQUIRE(table.rows.size() == 6);
    CHECK(table.rows[0].cells[0] == "株式会社山田製作所");
}

TEST_CASE("UTF-16 with a byte order mark, tab-separated as Excel writes it", "[import_table]") {
    const std::string text = "会社名\tフェーズ\r\n株式会社山田製作所\t提案\r\n";
    const Table le = read("\xFF\xFE" + encode(text, "UTF-16LE"));
    CHECK(le.encoding == "UTF-16LE (BOM)");
    CHECK(le.delimiter == '\t');
    CHECK(le.header == Cells{"会社名", "フェーズ"});
    REQUIRE(le.rows.size() == 1);
    CHECK(le.rows[0].cells == Cells{"株式会社山田製作所", "提案"});
    CHECK(le.rows[0].line == 2);

    const Table be = read("\xFE\xFF" + encode(text, "UTF-16BE"));
    CHECK(be.encoding == "UTF-16BE (BOM)");
    CHECK(be.rows.at(0).cells == Cells{"株式会社山田製作所", "提案"});
}

TEST_CASE("UTF-16 without a byte order mark is told by its NUL bytes", "[import_table]") {
    const std::string text = "Company\tStage\nAcme\tProposal\n";
    CHECK(read(encode(text, "UTF-16LE")).encoding == "UTF-16LE");
    CHECK(read(encode(text, "UTF-16BE")).encoding == "UTF-16BE");
    CHECK(read(encode(text, "UTF-16BE")).rows.at(0).cells == Cells{"Acme", "Proposal"});
    // A single-column UTF-16 file has no delimiter to count: tab, as Excel's Unicode text.
    CHECK(read(encode("Company\nAcme\n", "UTF-16LE")).delimiter == '\t');
}

TEST_CASE("an encoding named with --encoding is used, in any case", "[import_table]") {
    const std::string cp932 = encode(k_japanese, "CP932");
    CHECK(read(cp932, "cp932").encoding == "Shift_JIS (CP932)");
    CHECK(read(cp932, "Windows-31J").rows.at(2).cells == k_japanese_last);
    CHECK(read(encode("会社\nＡ\n", "SHIFT_JIS"), "sjis").encoding == "Shift_JIS");
    CHECK(read(encode(k_japanese, "UTF-16LE"), "utf-16le").encoding == "UTF-16LE");
    // A named UTF-16LE file that starts with a BOM: the BOM is not a character of the header.
    const Table bom = read("\xFF\xFE" + encode("Company\tStage\n", "UTF-16LE"), "UTF-16LE");
    CHECK(bom.encoding == "UTF-16LE (BOM)");
    CHECK(bom.header == Cells{"Company", "Stage"});
    // Latin-1 bytes are not UTF-8, and the user says what they are.
    CHECK(read("Company\nCaf\xE9\n", "ISO-8859-1").rows.at(0).cells == Cells{"Café"});
}

TEST_CASE("an unknown encoding name is an error with a did-you-mean", "[import_table]") {
    CHECK(error_of("a\n", "UTF-9") ==
          "export.csv: unknown encoding \"UTF-9\"; use UTF-8, CP932 (Shift_JIS), UTF-16LE or "
          "UTF-16BE, or another name that iconv knows (iconv -l); did you mean \"UTF-8\"?");
    CHECK(error_of("a\n", "cp923").ends_with("did you mean \"CP932\"?"));
}

TEST_CASE("bytes that the encoding cannot read name the line", "[import_table]") {
    CHECK(error_of("Company\nAcme\nBad \xFF byte\n", "UTF-8") ==
          "export.csv: line 3: the text cannot be read as UTF-8: a byte on this line is not "
          "valid in it; if the file is in another encoding, name it with --encoding");
    // Shift_JIS on the third line of a file named UTF-8 (CR LF counts as one line).
    CHECK(error_of("Company\r\nAcme\r\n" + encode("会社", "CP932") + "\r\n", "UTF-8")
              .starts_with("export.csv: line 3: the text cannot be read as UTF-8"));
    // A byte CP932 has no character for, in a file named CP932.
    CHECK(error_of(encode("会社\n株式会社\n", "CP932") + "\x80\n", "CP932")
              .starts_with("export.csv: line 3: the text cannot be read as Shift_JIS (CP932)"));
    // A UTF-16 file cut in the middle of a character.
    CHECK(error_of("\xFF\xFE" + encode("a\nb\n", "UTF-16LE") + "c")
              .starts_with("export.csv: line 3: the text cannot be read as UTF-16LE (BOM)"));
}

TEST_CASE("bytes that no guess can read ask for --encoding", "[import_table]") {
    // 0x8D is in neither CP932 nor Windows-1252.
    CHECK(error_of("Company\n\x8d\x8d\x81\n") ==
          "export.csv: cannot tell the encoding; name it with --encoding (UTF-8, CP932 for "
          "Shift_JIS, WINDOWS-1252, UTF-16LE or UTF-16BE)");
}

TEST_CASE("a Western export in Windows-1252 is read as such, not as Shift_JIS", "[import_table]") {
    // What Excel in the UK or the US saves as "CSV": £ is 0xA3 and é 0xE9, bytes that
    // CP932 would read as half-width katakana without an error.
    const Table table = read(
        "Company,Amount,Notes\nCaf\xe9 Rouge Ltd,\"\xa3"
        "75,000\",Zo\xeb\n"
        "Bront\xeb & Sons,\"\xa3"
        "12,500\",D\xe9"
        "cor\n");
    CHECK(table.encoding == "Windows-1252");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells == Cells{"Café Rouge Ltd", "£75,000", "Zoë"});
    CHECK(table.rows[1].cells == Cells{"Brontë & Sons", "£12,500", "Décor"});
}

TEST_CASE("an empty file is an error", "[import_table]") {
    const std::string empty =
        "export.csv: the file is empty; expected a header row, then one "
        "row per deal or client";
    CHECK(error_of("") == empty);
    CHECK(error_of(" \r\n\t\n") == empty);
    CHECK(error_of("\xEF\xBB\xBF") == empty);
    CHECK(error_of("\xEF\xBB\xBF\n\xE3\x80\x80\n") == empty);
    CHECK(error_of("\xFF\xFE") == empty);
    CHECK(error_of(",,,\n\"\",\n") ==
          "export.csv: every cell of the file is empty; expected a header row, then one row per "
          "deal or client");
    // The first character of text is enough.
    CHECK(read("a").header == Cells{"a"});
}

TEST_CASE("the delimiter is the most frequent outside quotes on the header line",
          "[import_table]") {
    CHECK(read("a,b,c\n1,2,3\n").delimiter == ',');
    CHECK(read("a\tb\tc\n1\t2\t3\n").rows.at(0).cells == Cells{"1", "2", "3"});
    CHECK(read("a\tb\tc\n").delimiter == '\t');
    CHECK(read("a;b;c\n1;2,5;3\n").rows.at(0).cells == Cells{"1", "2,5", "3"});
    CHECK(read("a;b;c\n").delimiter == ';');
    // Commas inside quotes do not count.
    CHECK(read("\"Amount (USD, EUR, JPY)\";Stage\n").delimiter == ';');
    // More commas than semicolons.
    CHECK(read("a;b,c,d\n").delimiter == ',');
    // Blank and delimiter-only lines before the header are not the header.
    CHECK(read("\n,,,\na,b\n").header == Cells{"a", "b"});
    CHECK(read("\n;;;\n\"\";\na;b\n").header == Cells{"a", "b"});
    // No delimiter at all: one column, comma.
    const Table one_column = read("Company\n\"Acme, Inc.\"\n");
    CHECK(one_column.delimiter == ',');
    CHECK(one_column.rows.at(0).cells == Cells{"Acme, Inc."});
}

TEST_CASE("a tie goes to tab, then comma, then semicolon", "[import_table]") {
    CHECK(read("a\tb,c\n").delimiter == '\t');
    CHECK(read("a\tb;c\n").delimiter == '\t');
    CHECK(read("a,b;c\n").delimiter == ',');
    CHECK(read("a,b;c\tx,y;z\td\n").delimiter == '\t');
}

TEST_CASE("quoted cells hold delimiters, quotes and line breaks", "[import_table]") {
    const Table table = read(
        "Company,Notes,Stage\n"
        "\"Acme, Inc.\",\"He said \"\"soon\"\"\",Proposal\n"
        "Beta,\"first line\r\nsecond line\nthird line\",Won\n"
        "Gamma,plain,Lost\n");
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].cells == Cells{"Acme, Inc.", "He said \"soon\"", "Proposal"});
    CHECK(table.rows[1].cells == Cells{"Beta", "first line\nsecond line\nthird line", "Won"});
    CHECK(table.rows[1].line == 3);
    // The row after a cell of three lines starts three lines later.
    CHECK(table.rows[2].line == 6);
    CHECK(table.rows[2].cells == Cells{"Gamma", "plain", "Lost"});
}

TEST_CASE("CR LF, LF and a lone CR all end a line", "[import_table]") {
    for (const std::string eol : {"\n", "\r\n", "\r"}) {
        const Table table = read("Company,Stage" + eol + "Acme,Won" + eol + eol + "Beta,Lost");
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].cells == Cells{"Acme", "Won"});
        CHECK(table.rows[1].line == 4);
        CHECK(table.rows[1].cells == Cells{"Beta", "Lost"});
    }
}

TEST_CASE("blank rows are left out and the header is the first row with text", "[import_table]") {
    const Table table = read("\n,,\n  \nCompany,Stage\n\nAcme,Won\n,\n\"\",\"\"\nBeta,Lost\n");
    CHECK(table.header_line == 4);
    CHECK(table.header == Cells{"Company", "Stage"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].line == 6);
    CHECK(table.rows[1].line == 9);
    CHECK(table.footer_lines.empty());
}

TEST_CASE("a header row alone is a table without rows", "[import_table]") {
    const Table table = read("Company,Stage\n");
    CHECK(table.header == Cells{"Company", "Stage"});
    CHECK(table.rows.empty());
}

TEST_CASE("short rows are padded; extra cells are allowed only when empty", "[import_table]") {
    const Table table = read("Company,Stage,Amount\nAcme\nBeta,Won\nGamma,Lost,5,,\n");
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].cells == Cells{"Acme", "", ""});
    CHECK(table.rows[1].cells == Cells{"Beta", "Won", ""});
    CHECK(table.rows[2].cells == Cells{"Gamma", "Lost", "5"});

    CHECK(error_of("Company,Stage\nAcme,Won\nBeta,Lost,,x,\n") ==
          "export.csv: line 3, column 4: the row has 4 cells, the header has 2; remove the extra "
          "cells or give the column a header");
    CHECK(error_of("Company,Stage\nAcme,Won,x\n")
              .starts_with("export.csv: line 2, column 3: the row has 3 cells, the header has 2"));
}

TEST_CASE("an empty header cell is allowed and named by its number", "[import_table]") {
    const Table table = read("Company,,Stage\nAcme,note,Won\n");
    CHECK(table.header == Cells{"Company", "", "Stage"});
    CHECK(table.rows.at(0).cells == Cells{"Acme", "note", "Won"});
    CHECK(table_place(2, 2, "", Lang::en) == "line 2, column 2");
    CHECK(table_place(2, 2, "", Lang::ja) == "2行目 2列目");
}

TEST_CASE("table_place names a line or a cell", "[import_table]") {
    CHECK(table_place(12, 0, "", Lang::en) == "line 12");
    CHECK(table_place(12, 0, "Stage", Lang::ja) == "12行目");
    CHECK(table_place(12, 3, "Stage", Lang::en) == "line 12, column 3 (Stage)");
    CHECK(table_place(12, 3, "フェーズ", Lang::ja) == "12行目 3列目 (フェーズ)");
}

TEST_CASE("a quoted cell that is never closed names the line where it opens", "[import_table]") {
    CHECK(error_of("Company,Notes\nAcme,fine\nBeta,\"open\nGamma,x\nDelta,y\n") ==
          "export.csv: line 3, column 2 (Notes): a quoted cell that is never closed: the quote "
          "that opens here has no closing quote");
    // A cell that closed on a later line does not move the place of the one left open.
    CHECK(error_of("Company,Notes\n\"Acme\",\"two\nlines\",\n\"Beta\nrest\n")
              .starts_with("export.csv: line 4, column 1 (Company): a quoted cell"));
    CHECK(error_of("Company,Notes\nAcme,\"a\n\"\"b\"\" \nc")
              .starts_with("export.csv: line 2, column 2 (Notes): a quoted cell"));
}

TEST_CASE("a quote out of place names its line and column", "[import_table]") {
    CHECK(error_of("Company,Stage\nAcme,Won\nBeta,Pro\"posal\n") ==
          "export.csv: line 3, column 2 (Stage): a quote out of place: a cell with a quote in "
          "it must be enclosed in quotes, and each quote inside written twice (\"\")");
    CHECK(error_of("Company,Stage\n\"Acme\" Inc,Won\n")
              .starts_with("export.csv: line 2, column 1 (Company): a quote out of place"));
    // Text after the closing quote of a cell that spans lines.
    CHECK(error_of("Company,Notes\nAcme,\"one\ntwo\" three\n") ==
          "export.csv: line 3, column 2 (Notes): a quote out of place in the quoted cell that "
          "began on line 2: a quote inside a quoted cell must be written twice (\"\"), and the "
          "closing quote must end the cell");
}

TEST_CASE("errors are worded in Japanese", "[import_table]") {
    CHECK(
        error_of("Company,Stage\nBeta,Pro\"posal\n", {}, Lang::ja) ==
        "export.csv: 2行目 2列目 (Stage): 引用符の位置が不正です。引用符を含むセルは全体を引用符で"
        "囲み、中の引用符は 2 つ重ねて (\"\") 記述してください");
    CHECK(error_of("Company,Stage\nAcme,Won,x\n", {}, Lang::ja) ==
          "export.csv: 2行目 3列目: この行には 3 個のセルがありますが、見出しは 2 列です。余分な"
          "セルを削除するか、その列に見出しを付けてください");
}

TEST_CASE("a report footer after a blank line is left out", "[import_table]") {
    const Table salesforce = read(
        "\"Account Name\",\"Stage\",\"Amount\"\n"
        "\"Acme\",\"Proposal\",\"1000\"\n"
        "\"Beta\",\"Closed Won\",\"2000\"\n"
        "\n"
        "\"Confidential Information - Do Not Distribute\"\n"
        "\"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.\"\n");
    REQUIRE(salesforce.rows.size() == 2);
    CHECK(salesforce.rows[1].cells == Cells{"Beta", "Closed Won", "2000"});
    CHECK(salesforce.footer_lines == std::vector<std::size_t>{5, 6});

    // The blank line may be a row of empty cells; the footer may be padded with delimiters.
    const Table japanese = read("会社名,フェーズ\n株式会社山田,提案\n,\n機密情報 - 配布禁止,\n");
    CHECK(japanese.rows.size() == 1);
    CHECK(japanese.footer_lines == std::vector<std::size_t>{4});

    // A header and a footer only: no rows.
    const Table none = read("Company,Stage\n\nConfidential Information - Do Not Distribute\n");
    CHECK(none.rows.empty());
    CHECK(none.footer_lines == std::vector<std::size_t>{3});
}

TEST_CASE("single-cell rows are data unless a blank line sets them apart at the end",
          "[import_table]") {
    // Without a blank line before them they are clients with a name only.
    const Table no_gap = read("Company,Stage\nAcme,Won\nBeta\nGamma\n");
    CHECK(no_gap.rows.size() == 3);
    CHECK(no_gap.footer_lines.empty());
    // A single-cell row before the blank line is data; the ones after it are the footer.
    const Table gap = read("Company,Stage\nAcme,Won\nBeta\n\nConfidential\n");
    CHECK(gap.rows.size() == 2);
    CHECK(gap.footer_lines == std::vector<std::size_t>{5});
    // A row of two cells after the blank line: it is data, and so is all before it.
    const Table data = read("Company,Stage\nAcme,Won\n\nNote\nBeta,Lost\n");
    CHECK(data.rows.size() == 3);
    CHECK(data.footer_lines.empty());
    // A one-column file cannot tell a footer from data.
    const Table one_column = read("Company\nAcme\n\nBeta\n");
    CHECK(one_column.rows.size() == 2);
    CHECK(one_column.footer_lines.empty());
    const Table one_named = read("Company,,\nAcme\n\nBeta\n");
    CHECK(one_named.rows.size() == 2);
    CHECK(one_named.footer_lines.empty());
    const Table two_named = read("Company,,Stage\nAcme\n\nBeta\n");
    CHECK(two_named.rows.size() == 1);
    CHECK(two_named.footer_lines == std::vector<std::size_t>{4});
}

TEST_CASE("cells are trimmed and control characters removed", "[import_table]") {
    const Table table = read(
        "Company,Notes\n"
        "  Acme \xE3\x80\x80,\x01one\x7F\ttwo\xC2\x85\x1B\n"
        "\xE3\x80\x80\xC2\xA0"
        "Beta,\" quoted \"\n");
    CHECK(table.rows.at(0).cells == Cells{"Acme", "one\ttwo"});
    CHECK(table.rows.at(1).cells == Cells{"Beta", "quoted"});
}

TEST_CASE("bidirectional overrides and isolates are taken out of cells", "[import_table]") {
    // U+202E (RIGHT-TO-LEFT OVERRIDE) would show "Evil Corp" reversed in the documents;
    // U+2066..U+2069 are the isolates, U+202A..U+202E the embeddings and overrides.
    const std::string rlo = "\xE2\x80\xAE";
    const std::string lri = "\xE2\x81\xA6";
    const std::string pdi = "\xE2\x81\xA9";
    const std::string lre = "\xE2\x80\xAA";
    const std::string pdf = "\xE2\x80\xAC";
    const std::string rlm = "\xE2\x80\x8F";  // a mark, not an override: it stays
    const Table table = read("Company,Notes\nEvil" + rlo + " Corp," + lri + "a" + pdi + " " + lre +
                             "b" + pdf + "\n" + rlm + "Beta,x\n");
    CHECK(table.rows.at(0).cells == Cells{"Evil Corp", "a b"});
    CHECK(table.rows.at(1).cells == Cells{rlm + "Beta", "x"});
}

TEST_CASE("formulas are kept as text; =\"00123\" is the text 00123", "[import_table]") {
    const Table table = read(
        "Company,Link,Sum,Code\n"
        "Acme,\"=HYPERLINK(\"\"https://example.com\"\",\"\"site\"\")\",=1+1,=\"00123\"\n"
        "Beta,x,=SUM(A1:A2),\"=\"\"00456\"\"\"\n"
        "Gamma,x,y, =\"0,7\" \n");
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows[0].cells ==
          Cells{"Acme", "=HYPERLINK(\"https://example.com\",\"site\")", "=1+1", "00123"});
    CHECK(table.rows[1].cells == Cells{"Beta", "x", "=SUM(A1:A2)", "00456"});
    CHECK(table.rows[2].cells == Cells{"Gamma", "x", "y", "0,7"});
    // In a row that continues a multi-line cell too.
    const Table continued = read("Company,Notes,Code\nAcme,\"a\nb\",=\"007\"\n");
    CHECK(continued.rows.at(0).cells == Cells{"Acme", "a\nb", "007"});
}

TEST_CASE("ten thousand rows are read with their lines", "[import_table]") {
    // Not timed: reading is linear (one pass per stage), measured by hand.
    std::string text = "Company,Contact,Stage,Close Date,Amount,Notes\n";
    for (int i = 0; i < 10000; ++i) {
        text += "\"Company " + std::to_string(i) + ", Inc.\",Person " + std::to_string(i) +
                ",Proposal,2026-12-08,1200000,";
        text += (i % 100 == 0) ? "\"two\nlines\"\n" : "one line\n";
    }
    const Table table = read(text);
    REQUIRE(table.rows.size() == 10000);
    CHECK(table.rows.back().cells.front() == "Company 9999, Inc.");
    CHECK(table.rows.back().line == 10000 + 1 + 100);
}

TEST_CASE("rows above the first row of two cells are a title, left out and named",
          "[import_table]") {
    // An Excel 顧客管理表 with its title in A1, an empty row, then the header.
    const Table sheet = read(
        "顧客管理表（2026年11月時点）,,,\n,,,\n顧客名,担当者,状況,金額\n"
        "株式会社青葉,青木 様,既存,100\n");
    CHECK(sheet.header_line == 3);
    CHECK(sheet.header == Cells{"顧客名", "担当者", "状況", "金額"});
    CHECK(sheet.title_lines == std::vector<std::size_t>{1});
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0].line == 4);
    // A formatted report: the title and the date it was run, a blank line, a tab header. The
    // title lines have no tab, so they do not decide the delimiter either.
    const Table report =
        read("Pipeline report\n\"As of 2026-11-20\"\n\nCompany\tStage\nAcme\tactive\n");
    CHECK(report.delimiter == '\t');
    CHECK(report.header_line == 4);
    CHECK(report.title_lines == std::vector<std::size_t>{1, 2});
    CHECK(report.rows.at(0).cells == Cells{"Acme", "active"});
    // The first row with two cells is the header even when one cell of it is empty.
    const Table one_empty = read("Company,,Stage\nAcme,,active\n");
    CHECK(one_empty.header_line == 1);
    CHECK(one_empty.title_lines.empty());
    // A file of one column has no row of two cells: its first row is the header.
    const Table single = read("Company\nAcme\nBeta\n");
    CHECK(single.header == Cells{"Company"});
    CHECK(single.rows.size() == 2);
    CHECK(single.title_lines.empty());
}

TEST_CASE("Excel's sep= line names the delimiter and is no row", "[import_table]") {
    const Table table = read("sep=;\r\nCompany;Stage;Amount\r\nAcme;active;100\r\n");
    CHECK(table.delimiter == ';');
    CHECK(table.header == Cells{"Company", "Stage", "Amount"});
    CHECK(table.header_line == 2);
    CHECK(table.rows.at(0).line == 3);
    CHECK(table.rows.at(0).cells == Cells{"Acme", "active", "100"});
    // Without the line, the same text is read by detection; a cell that merely starts with
    // "sep=" is data.
    CHECK(read("sep=x,Stage\nAcme,active\n").header == Cells{"sep=x", "Stage"});
}

TEST_CASE("one accented letter in an English list is read as Windows-1252", "[import_table]") {
    // Too little text for a guess; not CP932 (0xE9 0x0A is no CP932 pair).
    const Table table = read("Company,Stage\nCaf\xe9,active\n");
    CHECK(table.encoding == "Windows-1252");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells == Cells{"Café", "active"});
}

TEST_CASE("a Shift_JIS list with one character outside plain Shift_JIS is still CP932",
          "[import_table]") {
    // 﨑 (0xFA 0xB1 in CP932) made uchardet guess Windows-1252; the bytes stand in pairs.
    const Table table = read(
        "\x8c\xda\x8b\x71\x96\xbc,\x92\x53\x93\x96\x8e\xd2\n"
        "A\x8e\xd0,\x8e\x52\xfa\xb1\n");
    CHECK(table.encoding == "Shift_JIS (CP932)");
    CHECK(table.header == Cells{"顧客名", "担当者"});
    CHECK(table.rows.at(0).cells == Cells{"A社", "山﨑"});
}
