#include "handover/cli/conventions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace handover::cli {

FormatFromName format_from_name(std::string_view path) {
    const auto slash = path.find_last_of('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    // A leading dot is a hidden file's name (`.plan`), not an extension.
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == name.size()) return {};
    std::string extension(name.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> k_extensions{{
        {"md", "markdown"},
        {"markdown", "markdown"},
        {"json", "json"},
        {"ics", "ics"},
        {"csv", "csv"},
        {"txt", "text"},
    }};
    for (const auto& [ext, format] : k_extensions) {
        if (extension == ext) return {format, true};
    }
    return {std::nullopt, true};
}

}  // namespace handover::cli
