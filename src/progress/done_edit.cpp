// A small scanner over JSON with comments that knows where things are (byte offsets), not
// what they mean: enough to find the top-level `done` object and its entries. Edits are
// splices at those offsets, so every byte outside them survives as the user wrote it.
#include "handover/progress/done_edit.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "handover/base/json_writer.hpp"  // json_string(), the one JSON string escaper
#include "handover/base/utf8.hpp"

namespace handover {
namespace {

struct Member {
    std::string key;  ///< decoded, so `"d\u006fne"` is `done` as the parser sees it
    std::size_t key_begin = 0;
    std::size_t key_end = 0;  ///< just after the closing quote
    std::size_t value_begin = 0;
    std::size_t value_end = 0;
    std::optional<std::size_t> comma;  ///< the comma after the value, if any
};

struct Object {
    std::size_t open = 0;   ///< `{`
    std::size_t close = 0;  ///< `}`
    std::vector<Member> members;
};

struct Splice {
    std::size_t pos = 0;
    std::size_t length = 0;
    std::string text;
};

/// The whitespace of JSON, which is also all that nlohmann's lexer skips.
bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool is_space(char c) {
    return c == ' ' || c == '\t';
}

/// Where a `//` comment that starts at `pos` ends: at the CR or LF that closes its line
/// (npos at the end of the text). nlohmann ends it at either, so a file with old Mac line
/// endings has short comments, not one that runs to the end of the file.
std::size_t line_comment_end(std::string_view text, std::size_t pos) {
    return text.find_first_of("\r\n", pos);
}

class Scanner {
  public:
    explicit Scanner(std::string_view text) : text_(text) {}

    std::string_view text() const { return text_; }

    [[noreturn]] void fail(std::size_t pos, std::string_view expected) const {
        throw DoneEditError(fmt::format("cannot edit done: expected {} at byte {}", expected, pos));
    }

    char at(std::size_t pos) const { return pos < text_.size() ? text_[pos] : '\0'; }

    /// The next byte that is neither whitespace nor inside a comment.
    std::size_t skip_blank(std::size_t pos) const {
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

    /// `pos` is at the opening quote; returns the position after the closing one.
    std::size_t skip_string(std::size_t pos) const {
        for (std::size_t i = pos + 1; i < text_.size(); ++i) {
            if (text_[i] == '\\') {
                ++i;
            } else if (text_[i] == '"') {
                return i + 1;
            }
        }
        fail(pos, "the end of the string");
    }

    /// Any JSON value; nesting is counted, not recursed into, so depth costs no stack.
    std::size_t skip_value(std::size_t pos) const {
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

    std::string decode_string(std::size_t begin, std::size_t end) const {
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

    /// The members of the object whose `{` is at `open`.
    Object read_object(std::size_t open) const {
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

    Object top_level() const {
        std::size_t pos = text_.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        return read_object(skip_blank(pos));
    }

  private:
    std::uint32_t hex4(std::size_t pos) const {
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

    std::string_view text_;
};

// ---- layout: what the file already looks like --------------------------------------------

/// The file's own line ending, judged by its first line.
std::string_view line_ending(std::string_view text) {
    const std::size_t newline = text.find('\n');
    return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r' ? "\r\n"
                                                                                         : "\n";
}

std::size_t line_start(std::string_view text, std::size_t pos) {
    const std::size_t newline = pos == 0 ? std::string_view::npos : text.rfind('\n', pos - 1);
    return newline == std::string_view::npos ? 0 : newline + 1;
}

/// True when only spaces and tabs come before `pos` on its line.
bool starts_line(std::string_view text, std::size_t pos) {
    for (std::size_t i = line_start(text, pos); i < pos; ++i) {
        if (!is_space(text[i])) return false;
    }
    return true;
}

/// Like starts_line, but a `/* comment */` before `pos` on the line is allowed: the member
/// still has a line of its own for the purpose of putting the next one on a new line.
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

/// One level of indentation: the indent of the first top-level key that starts a line.
std::string indent_unit(std::string_view text, const Object& top) {
    for (const Member& m : top.members) {
        if (!starts_line(text, m.key_begin)) continue;
        std::string indent = indent_of_line(text, m.key_begin);
        if (!indent.empty()) return indent;
    }
    return "  ";
}

/// How the user writes `"key": value`: the bytes between a key and its value, unless a
/// comment or a line break sits there.
std::string colon_style(std::string_view text, const Member& m) {
    const std::string_view between = text.substr(m.key_end, m.value_begin - m.key_end);
    const bool plain =
        std::all_of(between.begin(), between.end(), [](char c) { return is_space(c) || c == ':'; });
    return plain ? std::string(between) : ": ";
}

/// The position after the line break that ends the line `pos` is on, when nothing but
/// spaces and comments follows `pos` on that line; npos otherwise.
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
    // Back to front, so that each splice's offsets are still those of the original text.
    std::sort(splices.begin(), splices.end(),
              [](const Splice& a, const Splice& b) { return a.pos > b.pos; });
    std::string out(text);
    for (const Splice& s : splices) out.replace(s.pos, s.length, s.text);
    return out;
}

// ---- edits -------------------------------------------------------------------------------

struct Layout {
    std::string_view eol;
    std::string unit;
    bool multiline = true;  ///< the top-level object spans lines
};

/// Adds a member as the last one of a non-empty object, copying how its last member sits.
std::vector<Splice> append_member(std::string_view text, const Object& object,
                                  const std::string& member, const Layout& layout) {
    const Member& last = object.members.back();
    if (opens_line(text, last.key_begin)) {
        const std::string indent = indent_of_line(text, last.key_begin);
        // A comment after the last value stays on its line; the comma goes before it.
        const std::size_t next_line = end_of_quiet_line(text, last.value_end);
        if (next_line != std::string_view::npos) {
            return {{last.value_end, 0, ","},
                    {next_line, 0, fmt::format("{}{}{}", indent, member, layout.eol)}};
        }
        return {{last.value_end, 0, fmt::format(",{}{}{}", layout.eol, indent, member)}};
    }
    // Inline: the same gap as before the last member (`{"a":1,"b":2}` or `{ "a": 1, "b": 2 }`).
    std::size_t gap = last.key_begin;
    while (gap > 0 && is_space(text[gap - 1])) --gap;
    const std::string_view spacing = text.substr(gap, last.key_begin - gap);
    return {{last.value_end, 0, fmt::format(",{}{}", spacing, member)}};
}

/// Adds the first member of an empty object. `indent` is the indentation of the line that
/// holds the object's key, so members go one level deeper.
std::vector<Splice> fill_empty(std::string_view text, const Object& object,
                               const std::string& member, const std::string& indent,
                               const Layout& layout) {
    const std::string_view inside = text.substr(object.open + 1, object.close - object.open - 1);
    const std::string inner = indent + layout.unit;
    if (std::all_of(inside.begin(), inside.end(), is_blank)) {
        // `{ }` in a file laid out over lines becomes one entry per line, which reads and
        // diffs best; in a one-line file it stays on one line.
        const bool multiline = layout.multiline || inside.find('\n') != std::string_view::npos;
        std::string replacement =
            multiline ? fmt::format("{}{}{}{}{}", layout.eol, inner, member, layout.eol, indent)
            : inside.empty() ? member
                             : fmt::format(" {} ", member);
        return {{object.open + 1, inside.size(), std::move(replacement)}};
    }
    // Only comments inside: they stay where they are, the entry goes after them.
    std::size_t gap = object.close;
    while (gap > object.open + 1 && is_blank(text[gap - 1])) --gap;
    const std::string_view before_close = text.substr(gap, object.close - gap);
    const std::size_t newline = before_close.rfind('\n');
    if (newline != std::string_view::npos) {
        return {{gap + newline + 1, 0, fmt::format("{}{}{}", inner, member, layout.eol)}};
    }
    return {{object.close, 0, before_close.empty() ? member : member + " "}};
}

std::vector<Splice> remove_member(std::string_view text, const Object& object, std::size_t i) {
    const auto& members = object.members;
    const Member& m = members[i];
    const bool has_next = i + 1 < members.size();
    std::vector<Splice> splices;
    // The comma that separated this member from a neighbour goes with it (npos: none).
    constexpr std::size_t none = std::string_view::npos;
    std::size_t comma = none;
    if (has_next) {
        comma = m.comma.value_or(none);
    } else if (i > 0) {
        comma = members[i - 1].comma.value_or(none);
    }

    if (starts_line(text, m.key_begin)) {
        std::size_t end = m.value_end;
        while (end < text.size() && is_space(text[end])) ++end;
        if (has_next && comma == end) {
            ++end;
            comma = none;
            while (end < text.size() && is_space(text[end])) ++end;
        }
        std::size_t line_end = end;
        if (line_end < text.size() && text[line_end] == '\r') ++line_end;
        if (line_end < text.size() && text[line_end] == '\n') {
            const std::size_t begin = line_start(text, m.key_begin);
            splices.push_back({begin, line_end + 1 - begin, ""});
        } else {
            // Something shares the line (a comment, the closing brace): it stays.
            splices.push_back({m.key_begin, end - m.key_begin, ""});
        }
    } else if (has_next && only_blank_and_comma(
                               text.substr(m.value_end, members[i + 1].key_begin - m.value_end))) {
        splices.push_back({m.key_begin, members[i + 1].key_begin - m.key_begin, ""});
        comma = none;
    } else if (!has_next && i > 0 &&
               only_blank_and_comma(
                   text.substr(members[i - 1].value_end, m.key_begin - members[i - 1].value_end))) {
        const std::size_t begin = members[i - 1].value_end;
        splices.push_back({begin, m.value_end - begin, ""});
        comma = none;
    } else {
        std::size_t begin = m.key_begin;
        std::size_t end = m.value_end;
        if (!has_next && i == 0 && begin > 0 && is_space(text[begin - 1])) {
            while (end < text.size() && is_space(text[end])) ++end;  // `{ "a": 1 }` -> `{ }`
        }
        splices.push_back({begin, end - begin, ""});
    }
    if (comma != none) splices.push_back({comma, 1, ""});
    return splices;
}

const Member* find_member(const Object& object, std::string_view key) {
    // The parser refuses duplicate keys; the last one would be the one it kept.
    const Member* found = nullptr;
    for (const Member& m : object.members) {
        if (m.key == key) found = &m;
    }
    return found;
}

Layout layout_of(std::string_view text, const Object& top) {
    Layout layout;
    layout.eol = line_ending(text);
    layout.unit = indent_unit(text, top);
    const std::size_t first = top.members.empty() ? top.close : top.members.front().key_begin;
    layout.multiline = text.substr(top.open, first - top.open).find('\n') != std::string_view::npos;
    return layout;
}

std::string apply_change(std::string_view text, const DoneChange& change) {
    const Scanner scanner(text);
    const Object top = scanner.top_level();
    const Layout layout = layout_of(text, top);
    const Member* done = find_member(top, "done");

    if (!change.date) {
        if (done == nullptr) return std::string(text);
        const Object entries = scanner.read_object(done->value_begin);
        for (std::size_t i = entries.members.size(); i-- > 0;) {
            if (entries.members[i].key == change.id) {
                return apply(text, remove_member(text, entries, i));
            }
        }
        return std::string(text);
    }

    const std::string value = json_string(format_iso(*change.date));
    if (done == nullptr) {
        const std::string colon =
            top.members.empty() ? ": " : colon_style(text, top.members.back());
        const std::string entry = json_string(change.id) + colon + value;
        const std::string indent =
            top.members.empty() ? layout.unit : indent_of_line(text, top.members.back().key_begin);
        const std::string object = layout.multiline
                                       ? fmt::format("{{{}{}{}{}{}{}}}", layout.eol, indent,
                                                     layout.unit, entry, layout.eol, indent)
                                       : fmt::format("{{{}}}", entry);
        const std::string member = json_string("done") + colon + object;
        if (top.members.empty()) return apply(text, fill_empty(text, top, member, "", layout));
        return apply(text, append_member(text, top, member, layout));
    }

    const Object entries = scanner.read_object(done->value_begin);
    if (const Member* existing = find_member(entries, change.id)) {
        return apply(text,
                     {{existing->value_begin, existing->value_end - existing->value_begin, value}});
    }
    if (entries.members.empty()) {
        const std::string entry = json_string(change.id) + colon_style(text, *done) + value;
        return apply(
            text, fill_empty(text, entries, entry, indent_of_line(text, done->key_begin), layout));
    }
    const std::string entry =
        json_string(change.id) + colon_style(text, entries.members.back()) + value;
    return apply(text, append_member(text, entries, entry, layout));
}

}  // namespace

std::string edit_done(std::string_view text, std::span<const DoneChange> changes) {
    std::string current(text);
    for (const DoneChange& change : changes) current = apply_change(current, change);
    return current;
}

}  // namespace handover
