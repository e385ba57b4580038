#include "handover/input/import_table.hpp"

#include <fmt/format.h>

namespace handover {

std::string table_place(std::size_t line, std::size_t column, std::string_view header, Lang lang) {
    if (column == 0) return trf(lang, "import.place.line", fmt::arg("line", line));
    return trf(lang, "import.place.cell", fmt::arg("line", line), fmt::arg("column", column),
               fmt::arg("header", header));
}

}  // namespace handover
