// The texts of `handover import` (English and Japanese side by side): reading an export
// (import_table.cpp) and mapping its columns and values (import_map.cpp).
// Messages never end with a full stop: format_diagnostic may append a did-you-mean.
#include "handover/input/messages.hpp"

namespace handover::messages {
namespace {

constexpr Message k_table[] = {
    // ---- Reading an export: encodings, delimiters, quoting (import_table.cpp) ----------
    {"import.place.line", "line {line}", "{line}行目"},
    {"import.place.cell", "line {line}, column {column} ({header})",
     "{line}行目 {column}列目 ({header})"},

    // ---- Mapping columns and values to clients (import_map.cpp) -------------------------
    {"import.history.won", "won", "成立"},
    {"import.history.lost", "lost", "不成立"},
};

}  // namespace

std::span<const Message> import() {
    return k_table;
}

}  // namespace handover::messages
