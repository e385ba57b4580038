#include "handover/cli/conventions.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
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

DefaultInput default_input(const char* handover_file_env) {
    if (handover_file_env != nullptr && *handover_file_env != '\0') {
        return {handover_file_env, true};
    }
    return {"./clients.json", false};
}

std::string pager_command(const char* pager_env) {
    if (pager_env == nullptr) return std::string(k_default_pager);
    std::string_view pager = pager_env;
    while (!pager.empty() && pager.front() == ' ') pager.remove_prefix(1);
    while (!pager.empty() && pager.back() == ' ') pager.remove_suffix(1);
    if (pager == "cat") return {};
    return std::string(pager);
}

std::string_view plan_audience(std::optional<std::string_view> given, bool with_docs) {
    if (given) return *given;
    return with_docs ? "successor" : "self";
}

bool should_page(bool stdout_is_terminal, bool no_pager, std::string_view pager, int rows,
                 std::size_t lines) {
    if (!stdout_is_terminal || no_pager || pager.empty() || rows <= 0) return false;
    return lines > static_cast<std::size_t>(rows);
}

}  // namespace handover::cli
