#pragma once
// Columns of the terminal views (the plan's text view, `next`, `diff`, `check`, `holidays`)
// laid out in one way: widths in display columns, so a Japanese label (two columns a
// character) lines up with an English one, padding on the side the column is aligned to.
//
// Cells are laid out as they are given. Text from outside the program (client names,
// titles, file names) must already have been through terminal_line(): a view also puts
// its own words, dates and colour codes into cells, and only the caller knows which text
// is which. display_width() of an escaped text is the width the terminal shows.

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace handover {

enum class Align { left, right };

/// One column: its alignment, and a width that grows to the widest cell measured, up to
/// `max_width`.
class TableColumn {
  public:
    explicit TableColumn(Align align = Align::left,
                         std::size_t max_width = std::numeric_limits<std::size_t>::max())
        : align_(align), max_width_(max_width) {}

    /// Widens the column to hold `cell` (up to its maximum).
    void measure(std::string_view cell);
    /// Sets the width outright (a column that takes the room the others leave).
    void set_width(std::size_t width) { width_ = width; }
    std::size_t width() const { return width_; }
    Align align() const { return align_; }

    /// `cell` padded with spaces to the column's width on the side opposite its alignment;
    /// a cell wider than the column is cut to it, ending in `…`.
    std::string cell(std::string_view cell) const;

  private:
    Align align_;
    std::size_t max_width_;
    std::size_t width_ = 0;
};

/// A small table: rows of cells, each column as wide as its widest cell, `gap` between
/// columns. A last column aligned left is not padded, so lines carry no trailing spaces.
class TextTable {
  public:
    explicit TextTable(std::vector<Align> columns, std::string gap = "  ");

    /// One row; a row with fewer cells than columns leaves the rest empty.
    void add_row(std::vector<std::string> cells);
    /// Every row on its own line, each after `indent`.
    std::string render(std::string_view indent = "") const;

  private:
    std::vector<TableColumn> columns_;
    std::string gap_;
    std::vector<std::vector<std::string>> rows_;
};

}  // namespace handover
