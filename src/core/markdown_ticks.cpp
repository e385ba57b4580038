// A line-by-line reader, no Markdown parser: the lines it looks for are the ones
// render_markdown writes, and anything else in the file (notes the user added, headings,
// the gantt chart) is simply not a task line.
#include "handover/markdown_ticks.hpp"

namespace handover {
namespace {

constexpr std::string_view k_id_open = "<!-- id:";
constexpr std::string_view k_id_close = "-->";

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

/// ``` and ~~~ open and close fenced code blocks (CommonMark allows up to three spaces).
bool is_fence(std::string_view line) {
    const std::string_view t = trim(line);
    return t.starts_with("```") || t.starts_with("~~~");
}

/// `[ ]`, `[x]` or `[X]` after a list marker; returns false when the line is no task.
bool read_box(std::string_view line, bool& ticked) {
    const std::string_view t = trim(line);
    if (t.size() < 6) return false;
    if (t[0] != '-' && t[0] != '*' && t[0] != '+') return false;
    if (t[1] != ' ') return false;
    const std::string_view rest = trim(t.substr(1));
    if (rest.size() < 3 || rest[0] != '[' || rest[2] != ']') return false;
    if (rest[1] == 'x' || rest[1] == 'X') {
        ticked = true;
    } else if (rest[1] == ' ') {
        ticked = false;
    } else {
        return false;
    }
    return true;
}

/// The id of a trailing `<!-- id: TASK-ID -->`, or empty.
std::string read_id(std::string_view line) {
    const std::string_view t = trim(line);
    if (!t.ends_with(k_id_close)) return {};
    const auto open = t.rfind(k_id_open);
    if (open == std::string_view::npos) return {};
    const std::size_t from = open + k_id_open.size();
    const std::string_view id = trim(t.substr(from, t.size() - k_id_close.size() - from));
    if (id.empty() || id.find_first_of(" \t") != std::string_view::npos) return {};
    return std::string(id);
}

}  // namespace

std::vector<TaskTick> read_task_ticks(std::string_view markdown) {
    std::vector<TaskTick> out;
    bool in_fence = false;
    std::size_t number = 0;
    std::size_t pos = 0;
    while (pos < markdown.size()) {
        // CommonMark ends a line at LF, CRLF or a lone CR. A file saved with CR endings
        // must not read as one line, which would pair its first box with its last id.
        const std::size_t end = markdown.find_first_of("\r\n", pos);
        const std::string_view line = markdown.substr(
            pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (end == std::string_view::npos) {
            pos = markdown.size();
        } else if (markdown[end] == '\r' && end + 1 < markdown.size() &&
                   markdown[end + 1] == '\n') {
            pos = end + 2;
        } else {
            pos = end + 1;
        }
        ++number;
        if (is_fence(line)) {
            in_fence = !in_fence;
            continue;
        }
        if (in_fence) continue;
        bool ticked = false;
        if (!read_box(line, ticked)) continue;
        std::string id = read_id(line);
        if (id.empty()) continue;
        out.push_back(TaskTick{number, std::move(id), ticked});
    }
    return out;
}

}  // namespace handover
