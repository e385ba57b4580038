#include "jsonc_scan.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "handover/base/utf8.hpp"
#include "handover/progress/done_edit.hpp"  // DoneEditError

namespace handover::jsonc {

void Scanner::fail(std::size_t pos, std::string_view expected) const {
    throw DoneEditError(
        fmt::format("cannot edit {}: expected {} at byte {}", subject_, expected, pos));
}

std::size_t Scanner::skip_blank(std::size_t pos) const {
    while (pos < text_.size()) {
        if (is_blank(text_[pos])) {
            ++pos;
        } else if (text_[pos] == '/' && at(pos + 1) == '/') {
            const std::size_t end = line_comment_end(text_, pos + 2);
            pos = end == std::string_view::npos ? text_.size() : end + 1;
        } else if (text_[pos] == '/' && at(pos + 1) == '*') {
            const std::size_t end = text_.find("*/", pos + 2);
            if (end == std::string_view::npos) fail(pos, "the end of the comment");
            pos = end + 2;
        } else {
            break;
        }
    }
    return pos;
}

std::size_t Scanner::skip_string(std::size_t pos) const {
    for (std::size_t i = pos + 1; i < text_.size(); ++i) {
        if (text_[i] == '\\') {
            ++i;
        } else if (text_[i] == '"') {
            return i + 1;
        }
    }
    fail(pos, "the end of the string");
}

std::size_t Scanner::skip_value(std::size_t pos) const {
    int depth = 0;
    do {
        pos = skip_blank(pos);
        const char c = at(pos);
        if (c == '"') {
            pos = skip_string(pos);
        } else if (c == '{' || c == '[') {
            ++depth;
            ++pos;
        } else if (c == '}' || c == ']') {
            if (depth == 0) fail(pos, "a value");
            --depth;
            ++pos;
        } else if (c == ',' || c == ':') {
            if (depth == 0) fail(pos, "a value");
            ++pos;
        } else if (c == '\0' && pos >= text_.size()) {
            fail(pos, "a value");
        } else {
            // A number or a literal: up to the next delimiter.
            const std::size_t begin = pos;
            while (pos < text_.size() && !is_blank(text_[pos]) && text_[pos] != ',' &&
                   text_[pos] != '}' && text_[pos] != ']' && text_[pos] != '/') {
                ++pos;
            }
            if (pos == begin) fail(pos, "a value");
        }
    } while (depth > 0);
    return pos;
}

std::string Scanner::decode_string(std::size_t begin, std::size_t end) const {
    std::string out;
    for (std::size_t i = begin + 1; i + 1 < end; ++i) {
        const char c = text_[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = at(++i);
        switch (e) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                std::uint32_t cp = hex4(i + 1);
                i += 4;
                if (cp >= 0xD800 && cp < 0xDC00 && at(i + 1) == '\\' && at(i + 2) == 'u') {
                    const std::uint32_t low = hex4(i + 3);
                    if (low >= 0xDC00 && low < 0xE000) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        i += 6;
                    }
                }
                append_utf8(out, cp);
                break;
            }
            default:
                out += e;
                break;  // `"`, `\`, `/`
        }
    }
    return out;
}

Object Scanner::read_object(std::size_t open) const {
    if (at(open) != '{') fail(open, "'{'");
    Object object;
    object.open = open;
    std::size_t pos = skip_blank(open + 1);
    if (at(pos) == '}') {
        object.close = pos;
        return object;
    }
    while (true) {
        if (at(pos) != '"') fail(pos, "a key");
        Member m;
        m.key_begin = pos;
        m.key_end = skip_string(pos);
        m.key = decode_string(m.key_begin, m.key_end);
        pos = skip_blank(m.key_end);
        if (at(pos) != ':') fail(pos, "':'");
        m.value_begin = skip_blank(pos + 1);
        m.value_end = skip_value(m.value_begin);
        pos = skip_blank(m.value_end);
        if (at(pos) == ',') {
            m.comma = pos;
            object.members.push_back(std::move(m));
            pos = skip_blank(pos + 1);
            continue;
        }
        object.members.push_back(std::move(m));
        if (at(pos) != '}') fail(pos, "',' or '}'");
        object.close = pos;
        return object;
    }
}

Array Scanner::read_array(std::size_t open) const {
    if (at(open) != '[') fail(open, "'['");
    Array array;
    array.open = open;
    std::size_t pos = skip_blank(open + 1);
    if (at(pos) == ']') {
        array.close = pos;
        return array;
    }
    while (true) {
        Element e;
        e.begin = pos;
        e.end = skip_value(pos);
        pos = skip_blank(e.end);
        if (at(pos) == ',') {
            e.comma = pos;
            array.elements.push_back(e);
            pos = skip_blank(pos + 1);
            continue;
        }
        array.elements.push_back(e);
        if (at(pos) != ']') fail(pos, "',' or ']'");
        array.close = pos;
        return array;
    }
}

Object Scanner::top_level() const {
    const std::size_t pos = text_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    return read_object(skip_blank(pos));
}

std::uint32_t Scanner::hex4(std::size_t pos) const {
    std::uint32_t value = 0;
    for (std::size_t i = pos; i < pos + 4; ++i) {
        const char c = at(i);
        value <<= 4;
        if (c >= '0' && c <= '9') {
            value |= static_cast<std::uint32_t>(c - '0');
        } else if (c >= 'a' && c <= 'f') {
            value |= static_cast<std::uint32_t>(c - 'a' + 10);
        } else if (c >= 'A' && c <= 'F') {
            value |= static_cast<std::uint32_t>(c - 'A' + 10);
        } else {
            fail(i, "a hex digit");
        }
    }
    return value;
}

// ---- layout ------------------------------------------------------------------------------

std::string_view line_ending(std::string_view text) {
    const std::size_t newline = text.find('\n');
    return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r' ? "\r\n"
                                                                                         : "\n";
}

std::size_t line_start(std::string_view text, std::size_t pos) {
    const std::size_t newline = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

bool starts_line(std::string_view text, std::size_t pos) {
    for (std::size_t i = line_start(text, pos); i < pos; ++i) {
        if (!is_space(text[i])) return false;
    }
    return true;
}

bool opens_line(std::string_view text, std::size_t pos) {
    std::size_t i = line_start(text, pos);
    while (i < pos) {
        if (is_space(text[i])) {
            ++i;
        } else if (text.substr(i, 2) == "/*") {
            const std::size_t end = text.find("*/", i + 2);
            if (end == std::string_view::npos || end > pos) return false;
            i = end + 2;
        } else {
            return false;
        }
    }
    return true;
}

std::string indent_of_line(std::string_view text, std::size_t pos) {
    std::size_t i = line_start(text, pos);
    const std::size_t begin = i;
    while (i < text.size() && is_space(text[i])) ++i;
    return std::string(text.substr(begin, i - begin));
}

std::string indent_unit(std::string_view text, const Object& top) {
    for (const Member& m : top.members) {
        if (!starts_line(text, m.key_begin)) continue;
        std::string indent = indent_of_line(text, m.key_begin);
        if (!indent.empty()) return indent;
    }
    return "  ";
}

std::string colon_style(std::string_view text, const Member& m) {
    const std::string_view between = text.substr(m.key_end, m.value_begin - m.key_end);
    const bool plain =
        std::all_of(between.begin(), between.end(), [](char c) { return is_space(c) || c == ':'; });
    return plain ? std::string(between) : ": ";
}

std::size_t end_of_quiet_line(std::string_view text, std::size_t pos) {
    while (pos < text.size()) {
        const char c = text[pos];
        if (is_space(c) || c == '\r') {
            ++pos;
        } else if (c == '\n') {
            return pos + 1;
        } else if (c == '/' && pos + 1 < text.size() && text[pos + 1] == '/') {
            // The comment stops at its CR or LF, as the parser's does, not at a later LF
            // that may lie past the closing brace; the loop then steps over a CR.
            pos = line_comment_end(text, pos + 2);
        } else if (c == '/' && pos + 1 < text.size() && text[pos + 1] == '*') {
            const std::size_t end = text.find("*/", pos + 2);
            if (end == std::string_view::npos) return std::string_view::npos;
            if (text.substr(pos, end - pos).find('\n') != std::string_view::npos) {
                return std::string_view::npos;
            }
            pos = end + 2;
        } else {
            return std::string_view::npos;
        }
    }
    return std::string_view::npos;
}

bool only_blank_and_comma(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return is_blank(c) || c == ','; });
}

std::string apply(std::string_view text, std::vector<Splice> splices) {
    // One pass front to back, each splice's offsets those of the original text: an import
    // into a file of thousands of clients makes tens of thousands of splices.
    std::stable_sort(splices.begin(), splices.end(),
                     [](const Splice& a, const Splice& b) { return a.pos < b.pos; });
    std::size_t size = text.size();
    for (const Splice& s : splices) size += s.text.size();
    std::string out;
    out.reserve(size);
    std::size_t copied = 0;
    for (const Splice& s : splices) {
        if (s.pos < copied || s.pos + s.length > text.size()) {
            throw DoneEditError(fmt::format("cannot edit: overlapping changes at byte {}", s.pos));
        }
        out.append(text.substr(copied, s.pos - copied));
        out += s.text;
        copied = s.pos + s.length;
    }
    out.append(text.substr(copied));
    return out;
}

// ---- edits -------------------------------------------------------------------------------

Layout layout_of(std::string_view text, const Object& top) {
    Layout layout;
    layout.eol = line_ending(text);
    layout.unit = indent_unit(text, top);
    const std::size_t first = top.members.empty() ? top.close : top.members.front().key_begin;
    layout.multiline = text.substr(top.open, first - top.open).find('\n') != std::string_view::npos;
    return layout;
}

const Member* find_member(const Object& object, std::string_view key) {
    // The parser refuses duplicate keys; the last one would be the one it kept.
    const Member* found = nullptr;
    for (const Member& m : object.members) {
        if (m.key == key) found = &m;
    }
    return found;
}

std::string join(std::span<const std::string> parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += separator;
        out += parts[i];
    }
    return out;
}

std::vector<Splice> append_members(std::string_view text, const Object& object,
                                   std::span<const std::string> members, const Layout& layout) {
    const Member& last = object.members.back();
    if (opens_line(text, last.key_begin)) {
        const std::string indent = indent_of_line(text, last.key_begin);
        const std::string joined = join(members, fmt::format(",{}{}", layout.eol, indent));
        // A comment after the last value stays on its line; the comma goes before it.
        const std::size_t next_line = end_of_quiet_line(text, last.value_end);
        if (next_line != std::string_view::npos) {
            return {{last.value_end, 0, ","},
                    {next_line, 0, fmt::format("{}{}{}", indent, joined, layout.eol)}};
        }
        return {{last.value_end, 0, fmt::format(",{}{}{}", layout.eol, indent, joined)}};
    }
    // Inline: the same gap as before the last member (`{"a":1,"b":2}` or `{ "a": 1, "b": 2 }`).
    std::size_t gap = last.key_begin;
    while (gap > 0 && is_space(text[gap - 1])) --gap;
    const std::string_view spacing = text.substr(gap, last.key_begin - gap);
    return {{last.value_end, 0,
             fmt::format(",{}{}", spacing, join(members, fmt::format(",{}", spacing)))}};
}

std::vector<Splice> append_member(std::string_view text, const Object& object,
                                  const std::string& member, const Layout& layout) {
    return append_members(text, object, std::span<const std::string>(&member, 1), layout);
}

std::vector<Splice> fill_empty(std::string_view text, const Object& object,
                               std::span<const std::string> members, const std::string& indent,
                               const Layout& layout) {
    const std::string_view inside = text.substr(object.open + 1, object.close - object.open - 1);
    const std::string inner = indent + layout.unit;
    const std::string one_per_line = join(members, fmt::format(",{}{}", layout.eol, inner));
    if (std::all_of(inside.begin(), inside.end(), is_blank)) {
        // `{ }` in a file laid out over lines becomes one entry per line, which reads and
        // diffs best; in a one-line file it stays on one line.
        const bool multiline = layout.multiline || inside.find('\n') != std::string_view::npos;
        const std::string one_line = join(members, ", ");
        std::string replacement = multiline        ? fmt::format("{}{}{}{}{}", layout.eol, inner,
                                                                 one_per_line, layout.eol, indent)
                                  : inside.empty() ? one_line
                                                   : fmt::format(" {} ", one_line);
        return {{object.open + 1, inside.size(), std::move(replacement)}};
    }
    // Only comments inside: they stay where they are, the entry goes after them.
    std::size_t gap = object.close;
    while (gap > object.open + 1 && is_blank(text[gap - 1])) --gap;
    const std::string_view before_close = text.substr(gap, object.close - gap);
    const std::size_t newline = before_close.rfind('\n');
    if (newline != std::string_view::npos) {
        return {{gap + newline + 1, 0, fmt::format("{}{}{}", inner, one_per_line, layout.eol)}};
    }
    const std::string one_line = join(members, ", ");
    return {{object.close, 0, before_close.empty() ? one_line : one_line + " "}};
}

std::vector<Splice> fill_empty(std::string_view text, const Object& object,
                               const std::string& member, const std::string& indent,
                               const Layout& layout) {
    return fill_empty(text, object, std::span<const std::string>(&member, 1), indent, layout);
}

}  // namespace handover::jsonc
