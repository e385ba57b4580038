#include "handover/base/markdown_escape.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "handover/base/text_width.hpp"

namespace handover {
namespace {

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(' ');
    return text.substr(first, last - first + 1);
}

// Inline markup anywhere in a line: code, emphasis, links, HTML, tables, strikethrough,
// entities and GitHub's `$` maths.
bool is_inline_markup(char c) {
    switch (c) {
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '<':
        case '>':
        case '|':
        case '~':
        case '&':
        case '$':
            return true;
        default:
            return false;
    }
}

// A line starting with these can become a heading, a list item or a setext underline.
bool opens_block(std::string_view text) {
    if (text.empty()) return false;
    const char c = text.front();
    if (c == '#' || c == '-' || c == '+' || c == '=') return true;
    std::size_t digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) {
        ++digits;
    }
    return digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')');
}

bool starts_with_keyword(std::string_view text) {
    // Statements of the gantt grammar; a label that starts with one is read as it.
    static constexpr std::array<std::string_view, 17> keywords{
        "accdescr",    "acctitle",     "axisformat", "click",       "dateformat",
        "displaymode", "excludes",     "gantt",      "includes",    "inclusiveenddates",
        "section",     "tickinterval", "title",      "todaymarker", "topaxis",
        "weekday",     "weekend"};
    std::string lower;
    for (char c : text.substr(0, 20)) {
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return std::any_of(keywords.begin(), keywords.end(),
                       [&](std::string_view k) { return lower.starts_with(k); });
}

}  // namespace

std::string markdown_escape(std::string_view text) {
    const std::string line = single_line(text);
    const std::string_view body = trim(line);
    std::string out;
    out.reserve(body.size() + body.size() / 8 + 2);
    if (opens_block(body)) {
        // Escaping the digit run's end is what stops `2025. first order` from numbering.
        if (std::isdigit(static_cast<unsigned char>(body.front()))) {
            const auto end = body.find_first_not_of("0123456789");
            out.append(body.substr(0, end));
            out += '\\';
            out += body[end];
            for (char c : body.substr(end + 1)) {
                if (is_inline_markup(c)) out += '\\';
                out += c;
            }
            return out;
        }
        out += '\\';
    }
    for (char c : body) {
        if (is_inline_markup(c)) out += '\\';
        out += c;
    }
    return out;
}

std::string mermaid_label(std::string_view text) {
    const std::string line = single_line(text);
    std::string out;
    out.reserve(line.size());
    for (char c : line) {
        switch (c) {
            case ':':
                out += "∶";
                break;
            case ';':
                out += ',';
                break;
            case '#':
                out += "＃";
                break;
            case '%':
                out += "％";
                break;
            case '&':
                out += "＆";
                break;
            case '`':
                out += '\'';
                break;
            case '<':
                out += "‹";
                break;
            case '>':
                out += "›";
                break;
            default:
                out += c;
        }
    }
    // Runs of spaces collapse: the chart would show them anyway as one.
    std::string collapsed;
    for (char c : trim(out)) {
        if (c == ' ' && !collapsed.empty() && collapsed.back() == ' ') continue;
        collapsed += c;
    }
    if (collapsed.empty()) return "-";
    // A zero-width space in front keeps the keyword from matching and is invisible.
    if (starts_with_keyword(collapsed)) collapsed.insert(0, "\u200B");
    return collapsed;
}

std::string code_fence_for(std::string_view text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (char c : text) {
        run = (c == '`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

}  // namespace handover
