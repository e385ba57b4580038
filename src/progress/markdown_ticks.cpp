// The block structure of CommonMark, as far as it decides which lines are list items: the
// containers (block quotes, list items) a line continues or opens, and the leaves whose
// lines are no list items at all (fenced and indented code, HTML blocks). The parsing
// strategy is the specification's own (appendix "A parsing strategy"): each line first
// continues the open blocks it can, then opens new ones, and a paragraph takes the rest.
// Inline markup matters only for the id comment at the end of a task line.
#include "handover/progress/markdown_ticks.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace handover {
namespace {

constexpr std::string_view k_id_open = "<!-- id:";
constexpr std::string_view k_comment_close = "-->";
constexpr std::size_t k_code_indent = 4;

bool is_space(char c) {
    return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t") == std::string_view::npos;
}

char lower(char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

bool contains_nocase(std::string_view text, std::string_view what) {
    return std::search(text.begin(), text.end(), what.begin(), what.end(),
                       [](char a, char b) { return lower(a) == lower(b); }) != text.end();
}

/// The line with tabs expanded to the next multiple of four columns, so that an index is a
/// column, as CommonMark counts indentation.
std::string_view expand_tabs(std::string_view line, std::string& buffer) {
    if (line.find('\t') == std::string_view::npos) return line;
    buffer.clear();
    for (const char c : line) {
        if (c == '\t') {
            buffer.append(4 - buffer.size() % 4, ' ');
        } else {
            buffer += c;
        }
    }
    return buffer;
}

std::size_t run_of(std::string_view text, std::size_t from, char c) {
    const std::size_t end = text.find_first_not_of(c, from);
    return (end == std::string_view::npos ? text.size() : end) - from;
}

// ---- leaf block starts ---------------------------------------------------------------------
// Each takes the line from its first non-space character, indented at most three columns.

bool atx_heading(std::string_view text) {
    const std::size_t hashes = run_of(text, 0, '#');
    return hashes >= 1 && hashes <= 6 && (hashes == text.size() || is_space(text[hashes]));
}

/// Three or more `*`, `-` or `_`, spaces between them allowed, nothing else.
bool thematic_break(std::string_view text) {
    const char c = text.empty() ? '\0' : text.front();
    if (c != '*' && c != '-' && c != '_') return false;
    std::size_t count = 0;
    for (const char x : text) {
        if (x == c) {
            ++count;
        } else if (!is_space(x)) {
            return false;
        }
    }
    return count >= 3;
}

/// A run of `=` or `-` and spaces after it, under a paragraph: the paragraph is a heading.
bool setext_underline(std::string_view text) {
    const char c = text.empty() ? '\0' : text.front();
    return (c == '=' || c == '-') && blank(text.substr(run_of(text, 0, c)));
}

struct Fence {
    char c = '\0';
    std::size_t length = 0;  ///< 0: no fence
};

/// ``` or ~~~ (three or more); a backtick fence's info string has no backtick.
Fence opening_fence(std::string_view text) {
    const char c = text.empty() ? '\0' : text.front();
    if (c != '`' && c != '~') return {};
    const std::size_t length = run_of(text, 0, c);
    if (length < 3) return {};
    if (c == '`' && text.find('`', length) != std::string_view::npos) return {};
    return {c, length};
}

bool closes_fence(std::string_view text, const Fence& fence) {
    const std::size_t length = run_of(text, 0, fence.c);
    return length >= fence.length && blank(text.substr(length));
}

// HTML blocks, CommonMark 0.31 section 4.6: the kind (1 to 7) decides how the block ends.

constexpr std::array<std::string_view, 4> k_raw_tags{"pre", "script", "style", "textarea"};

// Block-level tag names (kind 6), lower case and sorted; `source` from earlier versions of
// the specification too, as GitHub follows one of them.
constexpr std::array<std::string_view, 63> k_block_tags{
    "address",  "article",  "aside",    "base",       "basefont", "blockquote", "body",   "caption",
    "center",   "col",      "colgroup", "dd",         "details",  "dialog",     "dir",    "div",
    "dl",       "dt",       "fieldset", "figcaption", "figure",   "footer",     "form",   "frame",
    "frameset", "h1",       "h2",       "h3",         "h4",       "h5",         "h6",     "head",
    "header",   "hr",       "html",     "iframe",     "legend",   "li",         "link",   "main",
    "menu",     "menuitem", "nav",      "noframes",   "ol",       "optgroup",   "option", "p",
    "param",    "search",   "section",  "source",     "summary",  "table",      "tbody",  "td",
    "tfoot",    "th",       "thead",    "title",      "tr",       "track",      "ul"};
static_assert(std::is_sorted(k_block_tags.begin(), k_block_tags.end()));

bool ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

/// The tag name at `at` (a letter, then letters, digits and `-`), lower case.
std::string tag_name(std::string_view text, std::size_t& at) {
    std::string name;
    if (at >= text.size() || !ascii_letter(text[at])) return name;
    while (at < text.size() &&
           (ascii_letter(text[at]) || ascii_digit(text[at]) || text[at] == '-')) {
        name += lower(text[at++]);
    }
    return name;
}

std::size_t skip_spaces(std::string_view text, std::size_t at) {
    while (at < text.size() && is_space(text[at])) ++at;
    return at;
}

/// Attributes, optional `/` and `>` of an opening tag whose name ends at `at`; the index
/// after the `>`, or npos.
std::size_t open_tag_rest(std::string_view text, std::size_t at) {
    constexpr auto npos = std::string_view::npos;
    while (true) {
        const std::size_t name = skip_spaces(text, at);
        if (name == at || name >= text.size()) break;  // an attribute needs a space first
        const char c = text[name];
        if (!(ascii_letter(c) || c == '_' || c == ':')) break;
        at = name + 1;
        while (at < text.size() && (ascii_letter(text[at]) || ascii_digit(text[at]) ||
                                    std::string_view("_.:-").find(text[at]) != npos)) {
            ++at;
        }
        const std::size_t eq = skip_spaces(text, at);
        if (eq >= text.size() || text[eq] != '=') continue;
        std::size_t value = skip_spaces(text, eq + 1);
        if (value >= text.size()) return npos;
        if (text[value] == '"' || text[value] == '\'') {
            const std::size_t close = text.find(text[value], value + 1);
            if (close == npos) return npos;
            at = close + 1;
        } else {
            const std::size_t end = text.find_first_of(" \t\"'=<>`", value);
            if (end == value) return npos;
            at = end == npos ? text.size() : end;
        }
    }
    at = skip_spaces(text, at);
    if (at < text.size() && text[at] == '/') ++at;
    return at < text.size() && text[at] == '>' ? at + 1 : npos;
}

/// The kind of HTML block `text` opens, or 0. Kind 7 cannot interrupt a paragraph.
int html_block_start(std::string_view text, bool may_interrupt_paragraph) {
    if (!text.starts_with('<')) return 0;
    if (text.starts_with("<!--")) return 2;
    if (text.starts_with("<?")) return 3;
    if (text.starts_with("<![CDATA[")) return 5;
    if (text.size() > 2 && text[1] == '!' && ascii_letter(text[2])) return 4;
    const bool closing = text.starts_with("</");
    std::size_t at = closing ? 2 : 1;
    const std::string name = tag_name(text, at);
    if (name.empty()) return 0;
    const std::string_view after = text.substr(at);
    const bool raw = std::find(k_raw_tags.begin(), k_raw_tags.end(), name) != k_raw_tags.end();
    if (!closing && raw && (after.empty() || is_space(after[0]) || after[0] == '>')) return 1;
    if (std::binary_search(k_block_tags.begin(), k_block_tags.end(), name) &&
        (after.empty() || is_space(after[0]) || after.starts_with('>') ||
         after.starts_with("/>"))) {
        return 6;
    }
    if (!may_interrupt_paragraph) return 0;
    std::size_t end = std::string_view::npos;
    if (!closing) {
        end = open_tag_rest(text, at);
    } else if (const std::size_t close = skip_spaces(text, at);
               close < text.size() && text[close] == '>') {
        end = close + 1;
    }
    return end != std::string_view::npos && blank(text.substr(end)) ? 7 : 0;
}

/// Kinds 1 to 5 end on the line holding their end mark; 6 and 7 at a blank line.
bool html_block_ends(int kind, std::string_view text) {
    switch (kind) {
        case 1:
            return std::any_of(k_raw_tags.begin(), k_raw_tags.end(), [&](std::string_view tag) {
                return contains_nocase(text, "</" + std::string(tag) + ">");
            });
        case 2:
            return text.find("-->") != std::string_view::npos;
        case 3:
            return text.find("?>") != std::string_view::npos;
        case 4:
            return text.find('>') != std::string_view::npos;
        case 5:
            return text.find("]]>") != std::string_view::npos;
        default:
            return false;
    }
}

// ---- list items and the task line ----------------------------------------------------------

struct ListMarker {
    std::size_t width = 0;  ///< columns from the marker to the item's content; 0: no marker
    bool empty = false;     ///< nothing after the marker on its line
    bool code = false;      ///< five or more spaces after the marker: the content is code
};

/// `-`, `+`, `*`, or 1 to 9 digits and `.` or `)`, then a space or the end of the line.
/// Under an open paragraph, only a non-empty item, and of numbered ones only `1.`, starts.
ListMarker list_marker(std::string_view text, bool interrupts_paragraph) {
    std::size_t marker = 0;
    if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '*')) {
        marker = 1;
    } else {
        const std::size_t digits = std::min(text.find_first_not_of("0123456789"), text.size());
        if (digits == 0 || digits > 9 || digits == text.size()) return {};
        if (text[digits] != '.' && text[digits] != ')') return {};
        if (interrupts_paragraph && text.substr(0, digits).find_first_not_of('0') != digits - 1)
            return {};
        if (interrupts_paragraph && text[digits - 1] != '1') return {};
        marker = digits + 1;
    }
    if (marker < text.size() && !is_space(text[marker])) return {};
    ListMarker out;
    out.empty = blank(text.substr(marker));
    if (out.empty && interrupts_paragraph) return {};
    const std::size_t spaces = run_of(text, marker, ' ');
    out.code = !out.empty && spaces > k_code_indent;
    out.width = marker + (out.empty || out.code ? 1 : spaces);
    return out;
}

/// Whether `at` in `text` is outside code spans and not backslash-escaped, reading the
/// inline text from its start. The lengths of backtick runs before `at` that no run on
/// this line closes go into `open_runs`: a later line of the paragraph may close them.
bool inline_markup_at(std::string_view text, std::size_t at, std::vector<std::size_t>& open_runs) {
    std::size_t i = 0;
    while (i < at) {
        if (text[i] == '\\') {
            i += 2;
        } else if (text[i] == '`') {
            const std::size_t length = run_of(text, i, '`');
            // A code span ends at the next run of exactly as many backticks.
            std::size_t close = i + length;
            while (close < text.size()) {
                close = text.find('`', close);
                if (close == std::string_view::npos) break;
                const std::size_t run = run_of(text, close, '`');
                if (run == length) break;
                close += run;
            }
            if (close == std::string_view::npos || close >= text.size()) {
                open_runs.push_back(length);
                i += length;  // no end on this line: plain backticks, unless one comes later
            } else if (close > at) {
                return false;
            } else {
                i = close + length;
            }
        } else {
            ++i;
        }
    }
    return i == at;
}

/// The id of the `<!-- id: TASK-ID -->` comment that ends `text`, or empty; `open_runs` as
/// for inline_markup_at().
std::string trailing_id(std::string_view text, std::vector<std::size_t>& open_runs) {
    const std::string_view t = trim(text);
    if (!t.ends_with(k_comment_close)) return {};
    const auto open = t.rfind(k_id_open);
    if (open == std::string_view::npos || !inline_markup_at(t, open, open_runs)) return {};
    // The comment ends at its first `-->`, which must be the last.
    if (t.find(k_comment_close, open + 4) != t.size() - k_comment_close.size()) return {};
    const std::size_t from = open + k_id_open.size();
    const std::string_view id = trim(t.substr(from, t.size() - k_comment_close.size() - from));
    if (id.empty() || id.find_first_of(" \t") != std::string_view::npos) return {};
    return std::string(id);
}

/// `[ ]`, `[x]` or `[X]` and a space: the start of a task-list item's first paragraph.
bool read_box(std::string_view text, bool& ticked) {
    if (text.size() < 4 || text[0] != '[' || text[2] != ']' || !is_space(text[3])) return false;
    if (text[1] != ' ' && text[1] != 'x' && text[1] != 'X') return false;
    ticked = text[1] != ' ';
    return true;
}

// ---- the block structure -------------------------------------------------------------------

enum class Kind { document, quote, item, paragraph, fence, indented_code, html };

struct Block {
    Kind kind;
    std::size_t serial = 0;  ///< tells blocks at the same depth apart over time
    std::size_t width = 0;   ///< item: its content's indent; fence: the fence's own indent
    Fence fence{};           ///< fence: how it opened
    int html = 0;            ///< html: its kind, 1 to 7
    bool has_child = false;  ///< item: holds a block (an empty item ends at a blank line)
};

/// Leaves whose lines are their content, not Markdown: a line inside opens nothing.
bool holds_raw_lines(Kind kind) {
    return kind == Kind::fence || kind == Kind::indented_code || kind == Kind::html;
}

class BlockReader {
  public:
    explicit BlockReader(std::vector<TaskTick>& out) : out_(out) {}

    void read(std::string_view raw, std::size_t number) {
        read_line(raw, number);
        // A task whose id comment may sit in a code span waits for its paragraph's end.
        if (pending_ && (open_.empty() || open_.back().serial != pending_paragraph_)) {
            flush_pending();
        }
    }

    /// Called after the last line.
    void flush_pending() {
        if (pending_) out_.push_back(std::move(*pending_));
        pending_.reset();
    }

  private:
    static constexpr std::size_t npos = std::string_view::npos;

    void read_line(std::string_view raw, std::size_t number) {
        line_ = expand_tabs(raw, tabs_);
        pos_ = 0;
        nonspace_ = npos;
        // A run of blank lines does what its first one does; skipping the rest keeps a
        // deeply nested document from being walked once per blank line.
        const bool blank_line = blank(line_);
        if (blank_line && previous_blank_) return;
        previous_blank_ = blank_line;

        std::size_t matched = continue_open_blocks();
        if (matched == npos) return;  // a closing fence
        if (matched > 0 && holds_raw_lines(open_[matched - 1].kind)) {
            Block& leaf = open_.back();
            if (leaf.kind == Kind::html && html_block_ends(leaf.html, rest(0))) open_.pop_back();
            return;
        }
        // Only a paragraph takes lines its containers did not continue ("lazy" lines).
        bool lazy = matched < open_.size() && !blank_here() && open_.back().kind == Kind::paragraph;
        fresh_item_ = npos;
        if (open_new_blocks(matched, lazy)) return;
        if (lazy) return continue_paragraph();
        close_from(matched, false);
        const Kind tip = open_.empty() ? Kind::document : open_.back().kind;
        if (tip == Kind::paragraph) return continue_paragraph();
        if (holds_raw_lines(tip) || blank_here()) return;
        open_block(open_.size(), Block{Kind::paragraph});
        if (fresh_item_ != npos && fresh_item_ + 2 == open_.size()) {
            read_task(rest(indent_here()), number);
        }
    }

    /// The rest of the line is more text of the open paragraph: a backtick run in it may
    /// close a code span that holds the pending task's id comment.
    void continue_paragraph() {
        if (!pending_ || open_.back().serial != pending_paragraph_) return;
        const std::string_view text = rest(0);
        for (std::size_t at = text.find('`'); at != npos; at = text.find('`', at)) {
            const std::size_t run = run_of(text, at, '`');
            if (std::find(open_runs_.begin(), open_runs_.end(), run) != open_runs_.end()) {
                pending_.reset();
                return;
            }
            at += run;
        }
    }

    /// How many of the open blocks the line continues, consuming their markers and
    /// indentation; npos when it closes the open fence and is done.
    std::size_t continue_open_blocks() {
        std::size_t matched = 0;
        for (; matched < open_.size(); ++matched) {
            Block& b = open_[matched];
            const std::size_t indent = indent_here();
            const bool is_blank = blank_here();
            if (b.kind == Kind::quote) {
                if (indent >= k_code_indent || !rest(indent).starts_with('>')) break;
                skip_quote_marker(indent);
            } else if (b.kind == Kind::item) {
                if (is_blank && !b.has_child) break;
                if (!is_blank && indent < b.width) break;
                pos_ = is_blank ? line_.size() : pos_ + b.width;
            } else if (b.kind == Kind::paragraph) {
                if (is_blank) break;
            } else if (b.kind == Kind::fence) {
                if (indent < k_code_indent && closes_fence(rest(indent), b.fence)) {
                    open_.pop_back();  // the fence is the innermost open block
                    return npos;
                }
            } else if (b.kind == Kind::indented_code) {
                if (!is_blank && indent < k_code_indent) break;
                pos_ = std::min(pos_ + k_code_indent, line_.size());
            } else if (b.kind == Kind::html) {
                if (is_blank && b.html >= 6) break;
            }
        }
        return matched;
    }

    /// Opens the blocks that start on the line after the `matched` ones it continued, in
    /// the specification's order, and counts them into `matched`. True when the line was a
    /// whole leaf of its own: a heading, a thematic break, a fence's or an HTML block's
    /// first line. A list item opened with content on the line goes into fresh_item_.
    bool open_new_blocks(std::size_t& matched, bool& lazy) {
        Kind container = matched == 0 ? Kind::document : open_[matched - 1].kind;
        bool tip_paragraph = !open_.empty() && open_.back().kind == Kind::paragraph;
        while (true) {
            const std::size_t indent = indent_here();
            const std::string_view text = rest(indent);
            // A paragraph the line continues (not lazily) cannot be interrupted by all.
            const bool paragraph = container == Kind::paragraph;
            if (indent >= k_code_indent) {
                if (!blank_here() && !tip_paragraph) {
                    open_block(matched, Block{Kind::indented_code});
                    matched = open_.size();
                    lazy = false;
                }
                return false;
            }
            ListMarker marker;
            if (text.starts_with('>')) {
                open_block(matched, Block{Kind::quote});
                skip_quote_marker(indent);
            } else if (atx_heading(text)) {
                close_from(matched, true);
                return true;
            } else if (const Fence fence = opening_fence(text); fence.length > 0) {
                Block b{Kind::fence};
                b.width = indent;
                b.fence = fence;
                open_block(matched, b);
                return true;
            } else if (const int kind = html_block_start(text, !paragraph && !lazy); kind != 0) {
                Block b{Kind::html};
                b.html = kind;
                open_block(matched, b);
                if (html_block_ends(kind, text)) open_.pop_back();
                return true;
            } else if (paragraph && setext_underline(text)) {
                open_.pop_back();  // the paragraph was a heading
                return true;
            } else if (thematic_break(text)) {
                close_from(matched, true);
                return true;
            } else if (marker = list_marker(text, paragraph); marker.width > 0) {
                Block b{Kind::item};
                b.width = indent + marker.width;
                // GitHub shows a box only in an item that starts its line: not in a block
                // quote, not after another item's marker on the same line.
                const bool starts_line = blank(line_.substr(0, pos_ + indent));
                open_block(matched, b);
                pos_ = std::min(pos_ + b.width, line_.size());
                fresh_item_ = marker.empty || marker.code || !starts_line ? npos : open_.size() - 1;
            } else {
                return false;
            }
            matched = open_.size();
            container = open_.back().kind;
            tip_paragraph = false;
            lazy = false;
        }
    }

    /// Spaces from pos_ to the next other character. Found once per stretch of spaces: a
    /// line nested a thousand items deep is asked at each of them.
    std::size_t indent_here() {
        if (nonspace_ == npos || nonspace_ < pos_) {
            nonspace_ = std::min(line_.find_first_not_of(' ', pos_), line_.size());
        }
        return nonspace_ - pos_;
    }

    bool blank_here() { return pos_ + indent_here() == line_.size(); }

    std::string_view rest(std::size_t indent) const { return line_.substr(pos_ + indent); }

    void skip_quote_marker(std::size_t indent) {
        pos_ += indent + 1;
        if (pos_ < line_.size() && line_[pos_] == ' ') ++pos_;
    }

    /// Closes the blocks from `first` on (those the line did not continue). A block
    /// starting after them is a child of the one they were in, and ends its paragraph.
    void close_from(std::size_t first, bool adds_child) {
        if (first < open_.size()) open_.resize(first);
        if (!adds_child || open_.empty()) return;
        if (open_.back().kind == Kind::paragraph) open_.pop_back();
        if (!open_.empty()) open_.back().has_child = true;
    }

    void open_block(std::size_t matched, const Block& block) {
        close_from(matched, true);
        open_.push_back(block);
        open_.back().serial = ++serials_;
        if (block.kind == Kind::indented_code) pos_ += k_code_indent;
    }

    void read_task(std::string_view text, std::size_t number) {
        bool ticked = false;
        if (!read_box(text, ticked)) return;
        flush_pending();
        open_runs_.clear();
        std::string id = trailing_id(text.substr(3), open_runs_);
        if (id.empty()) return;
        TaskTick tick{number, std::move(id), ticked};
        if (open_runs_.empty()) {
            out_.push_back(std::move(tick));
        } else {
            pending_ = std::move(tick);
            pending_paragraph_ = open_.back().serial;
        }
    }

    std::vector<TaskTick>& out_;
    std::vector<Block> open_;  ///< the open blocks, outermost first
    std::string tabs_;
    std::string_view line_;
    std::size_t pos_ = 0;
    std::size_t nonspace_ = npos;    ///< cache of indent_here(): pos_ + indent, or npos
    std::size_t fresh_item_ = npos;  ///< a list item opened on this line with content
    bool previous_blank_ = false;
    std::size_t serials_ = 0;
    std::optional<TaskTick> pending_;     ///< a task line with backticks left open before its id
    std::size_t pending_paragraph_ = 0;   ///< the serial of that task's paragraph
    std::vector<std::size_t> open_runs_;  ///< the lengths of those backtick runs
};

}  // namespace

std::vector<TaskTick> read_task_ticks(std::string_view markdown) {
    std::vector<TaskTick> out;
    BlockReader reader(out);
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
        reader.read(line, ++number);
    }
    reader.flush_pending();
    return out;
}

}  // namespace handover
