#include "handover/base/csv_text.hpp"

namespace handover::csv {

std::string neutralize(std::string_view cell) {
    std::string out;
    if (cell.empty()) return out;
    switch (cell.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
        case '\n':
            out.reserve(cell.size() + 1);
            out += '\'';
            break;
        default:
            break;
    }
    // A NUL ends the text for many readers (C strings, some spreadsheet importers), which
    // would cut the cell and shift the rest of the record: it is shown as U+FFFD instead.
    for (std::size_t nul; (nul = cell.find('\0')) != std::string_view::npos;) {
        out.append(cell.substr(0, nul));
        out += k_replacement_character;
        cell.remove_prefix(nul + 1);
    }
    out.append(cell);
    return out;
}

std::string quote(std::string_view field) {
    if (field.find_first_of("\",\r\n") == std::string_view::npos) return std::string(field);
    std::string out;
    out.reserve(field.size() + 2);
    out += '"';
    for (const char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string row(const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        out += quote(neutralize(cells[i]));
    }
    out += "\r\n";
    return out;
}

}  // namespace handover::csv
