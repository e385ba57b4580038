#include "handover/csv_text.hpp"

namespace handover::csv {

std::string neutralize(std::string_view cell) {
    if (cell.empty()) return std::string();
    switch (cell.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r':
            break;
        default:
            return std::string(cell);
    }
    std::string out;
    out.reserve(cell.size() + 1);
    out += '\'';
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
