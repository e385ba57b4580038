#include "handover/base/text_table.hpp"

#include <algorithm>
#include <utility>

#include "handover/base/text_width.hpp"

namespace handover {

void TableColumn::measure(std::string_view cell) {
    width_ = std::max(width_, std::min(max_width_, display_width(cell)));
}

std::string TableColumn::cell(std::string_view cell) const {
    // The text view lays out a cell per task: the width is measured once.
    const std::size_t width = display_width(cell);
    if (width > width_) {
        const std::string fitted = truncate_to_width(cell, width_);
        return align_ == Align::left ? pad_right(fitted, width_) : pad_left(fitted, width_);
    }
    std::string out;
    out.reserve(cell.size() + (width_ - width));
    if (align_ == Align::right) out.append(width_ - width, ' ');
    out.append(cell);
    if (align_ == Align::left) out.append(width_ - width, ' ');
    return out;
}

TextTable::TextTable(std::vector<Align> columns, std::string gap) : gap_(std::move(gap)) {
    for (const Align align : columns) columns_.emplace_back(align);
}

void TextTable::add_row(std::vector<std::string> cells) {
    cells.resize(columns_.size());
    for (std::size_t i = 0; i < columns_.size(); ++i) columns_[i].measure(cells[i]);
    rows_.push_back(std::move(cells));
}

std::string TextTable::render(std::string_view indent) const {
    std::string out;
    for (const std::vector<std::string>& row : rows_) {
        out += indent;
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out += gap_;
            const bool unpadded = i + 1 == row.size() && columns_[i].align() == Align::left;
            out += unpadded ? row[i] : columns_[i].cell(row[i]);
        }
        out += '\n';
    }
    return out;
}

}  // namespace handover
