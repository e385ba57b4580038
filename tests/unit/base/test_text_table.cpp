// Columns laid out by display width: Japanese text takes two columns a character.
#include <catch2/catch.hpp>
#include <string>

#include "handover/base/text_table.hpp"

using handover::Align;
using handover::TableColumn;
using handover::TextTable;

TEST_CASE("text table: double-width text is padded by the columns it takes") {
    TextTable table({Align::left, Align::left});
    table.add_row({"日本語", "ja"});
    table.add_row({"abc", "en"});
    table.add_row({"カ", "x"});
    CHECK(table.render("  ") ==
          "  日本語  ja\n"
          "  abc     en\n"
          "  カ      x\n");
}

TEST_CASE("text table: a right-aligned column pads on the left, the last left one not at all") {
    TextTable table({Align::right, Align::left}, " | ");
    table.add_row({"1.5時間", "a"});
    table.add_row({"2h", ""});
    table.add_row({"10h"});
    CHECK(table.render() ==
          "1.5時間 | a\n"
          "     2h | \n"
          "    10h | \n");
}

TEST_CASE("text table: an empty table renders nothing") {
    CHECK(TextTable({Align::left}).render("  ").empty());
}

TEST_CASE("table column: the width grows to the widest cell, up to its maximum") {
    TableColumn column(Align::left, 6);
    column.measure("ab");
    CHECK(column.width() == 2);
    column.measure("株式会社アクメ");  // 14 columns
    CHECK(column.width() == 6);
    CHECK(column.cell("ab") == "ab    ");
    CHECK(column.cell("株式") == "株式  ");
    // Cut between characters, never inside a double-width one, and padded to the width.
    CHECK(column.cell("株式会社アクメ") == "株式… ");

    TableColumn hours(Align::right);
    hours.measure("12h");
    CHECK(hours.cell("1h") == " 1h");
    hours.set_width(5);
    CHECK(hours.cell("時間") == " 時間");
}
