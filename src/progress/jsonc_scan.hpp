#pragma once
// A small scanner over JSON with comments that knows where things are (byte offsets), not
// what they mean: enough to find the top-level object, its members and the elements of an
// array. Edits are splices at those offsets, so every byte outside them survives as the
// user wrote it. Shared by the editors of `done` (done_edit.cpp) and of `clients`
// (clients_edit.cpp); internal to the progress layer.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace handover::jsonc {

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

struct Element {
    std::size_t begin = 0;
    std::size_t end = 0;               ///< just after the value
    std::optional<std::size_t> comma;  ///< the comma after the value, if any
};

struct Array {
    std::size_t open = 0;   ///< `[`
    std::size_t close = 0;  ///< `]`
    std::vector<Element> elements;
};

struct Splice {
    std::size_t pos = 0;
    std::size_t length = 0;
    std::string text;
};

/// The whitespace of JSON, which is also all that nlohmann's lexer skips.
inline bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
inline bool is_space(char c) {
    return c == ' ' || c == '\t';
}

/// Where a `//` comment that starts at `pos` ends: at the CR or LF that closes its line
/// (npos at the end of the text). nlohmann ends it at either, so a file with old Mac line
/// endings has short comments, not one that runs to the end of the file.
inline std::size_t line_comment_end(std::string_view text, std::size_t pos) {
    return text.find_first_of("\r\n", pos);
}

class Scanner {
  public:
    /// `subject` names what is being edited in the DoneEditError a broken text raises.
    explicit Scanner(std::string_view text, std::string_view subject = "done")
        : text_(text), subject_(subject) {}

    std::string_view text() const { return text_; }

    [[noreturn]] void fail(std::size_t pos, std::string_view expected) const;

    char at(std::size_t pos) const { return pos < text_.size() ? text_[pos] : '\0'; }

    /// The next byte that is neither whitespace nor inside a comment.
    std::size_t skip_blank(std::size_t pos) const;
    /// `pos` is at the opening quote; returns the position after the closing one.
    std::size_t skip_string(std::size_t pos) const;
    /// Any JSON value; nesting is counted, not recursed into, so depth costs no stack.
    std::size_t skip_value(std::size_t pos) const;
    std::string decode_string(std::size_t begin, std::size_t end) const;

    /// The members of the object whose `{` is at `open`.
    Object read_object(std::size_t open) const;
    /// The elements of the array whose `[` is at `open`.
    Array read_array(std::size_t open) const;
    /// The object that is the whole text (after a UTF-8 BOM, blanks and comments).
    Object top_level() const;

  private:
    std::uint32_t hex4(std::size_t pos) const;

    std::string_view text_;
    std::string_view subject_;
};

// ---- layout: what the file already looks like --------------------------------------------

/// The file's own line ending, judged by its first line.
std::string_view line_ending(std::string_view text);
std::size_t line_start(std::string_view text, std::size_t pos);
/// True when only spaces and tabs come before `pos` on its line.
bool starts_line(std::string_view text, std::size_t pos);
/// Like starts_line, but a `/* comment */` before `pos` on the line is allowed: the member
/// still has a line of its own for the purpose of putting the next one on a new line.
bool opens_line(std::string_view text, std::size_t pos);
std::string indent_of_line(std::string_view text, std::size_t pos);
/// One level of indentation: the indent of the first top-level key that starts a line.
std::string indent_unit(std::string_view text, const Object& top);
/// How the user writes `"key": value`: the bytes between a key and its value, unless a
/// comment or a line break sits there.
std::string colon_style(std::string_view text, const Member& m);
/// The position after the line break that ends the line `pos` is on, when nothing but
/// spaces and comments follows `pos` on that line; npos otherwise.
std::size_t end_of_quiet_line(std::string_view text, std::size_t pos);
bool only_blank_and_comma(std::string_view text);
/// The text with the splices made; they must not overlap.
std::string apply(std::string_view text, std::vector<Splice> splices);

// ---- edits -------------------------------------------------------------------------------

struct Layout {
    std::string_view eol;
    std::string unit;
    bool multiline = true;  ///< the top-level object spans lines
};

Layout layout_of(std::string_view text, const Object& top);

/// The member that the parser keeps for `key` (the last one), or null.
const Member* find_member(const Object& object, std::string_view key);

/// The parts with `separator` between them (a member per line: `",\n" + indent`).
std::string join(std::span<const std::string> parts, std::string_view separator);

/// Adds members (`"key": value` texts) after the last one of a non-empty object, copying
/// how its last member sits.
std::vector<Splice> append_members(std::string_view text, const Object& object,
                                   std::span<const std::string> members, const Layout& layout);
std::vector<Splice> append_member(std::string_view text, const Object& object,
                                  const std::string& member, const Layout& layout);

/// Adds the first members of an empty object. `indent` is the indentation of the line that
/// holds the object's key, so members go one level deeper.
std::vector<Splice> fill_empty(std::string_view text, const Object& object,
                               std::span<const std::string> members, const std::string& indent,
                               const Layout& layout);
std::vector<Splice> fill_empty(std::string_view text, const Object& object,
                               const std::string& member, const std::string& indent,
                               const Layout& layout);

}  // namespace handover::jsonc
