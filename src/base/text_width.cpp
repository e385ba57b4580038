#include "handover/base/text_width.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

namespace handover {
namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// East Asian Wide (W) and Fullwidth (F) blocks, condensed from Unicode's EastAsianWidth.txt;
// emoji with default emoji presentation are W there too.
constexpr std::array k_wide{
    Range{0x1100, 0x115F},   Range{0x231A, 0x231B},   Range{0x2329, 0x232A},
    Range{0x23E9, 0x23EC},   Range{0x23F0, 0x23F0},   Range{0x23F3, 0x23F3},
    Range{0x25FD, 0x25FE},   Range{0x2614, 0x2615},   Range{0x2648, 0x2653},
    Range{0x267F, 0x267F},   Range{0x2693, 0x2693},   Range{0x26A1, 0x26A1},
    Range{0x26AA, 0x26AB},   Range{0x26BD, 0x26BE},   Range{0x26C4, 0x26C5},
    Range{0x26CE, 0x26CE},   Range{0x26D4, 0x26D4},   Range{0x26EA, 0x26EA},
    Range{0x26F2, 0x26F3},   Range{0x26F5, 0x26F5},   Range{0x26FA, 0x26FA},
    Range{0x26FD, 0x26FD},   Range{0x2705, 0x2705},   Range{0x270A, 0x270B},
    Range{0x2728, 0x2728},   Range{0x274C, 0x274C},   Range{0x274E, 0x274E},
    Range{0x2753, 0x2755},   Range{0x2757, 0x2757},   Range{0x2795, 0x2797},
    Range{0x27B0, 0x27B0},   Range{0x27BF, 0x27BF},   Range{0x2B1B, 0x2B1C},
    Range{0x2B50, 0x2B50},   Range{0x2B55, 0x2B55},   Range{0x2E80, 0x303E},
    Range{0x3041, 0x33FF},   Range{0x3400, 0x4DBF},   Range{0x4E00, 0x9FFF},
    Range{0xA000, 0xA4CF},   Range{0xA960, 0xA97F},   Range{0xAC00, 0xD7A3},
    Range{0xF900, 0xFAFF},   Range{0xFE10, 0xFE19},   Range{0xFE30, 0xFE6F},
    Range{0xFF00, 0xFF60},   Range{0xFFE0, 0xFFE6},   Range{0x16FE0, 0x16FE4},
    Range{0x17000, 0x18CFF}, Range{0x1B000, 0x1B2FF}, Range{0x1F004, 0x1F004},
    Range{0x1F0CF, 0x1F0CF}, Range{0x1F18E, 0x1F18E}, Range{0x1F191, 0x1F19A},
    Range{0x1F200, 0x1F202}, Range{0x1F210, 0x1F23B}, Range{0x1F240, 0x1F248},
    Range{0x1F250, 0x1F251}, Range{0x1F260, 0x1F265}, Range{0x1F300, 0x1F64F},
    Range{0x1F680, 0x1F6FF}, Range{0x1F7E0, 0x1F7EB}, Range{0x1F90C, 0x1F9FF},
    Range{0x1FA70, 0x1FAFF}, Range{0x20000, 0x2FFFD}, Range{0x30000, 0x3FFFD},
};

// Combining marks (Mn, Me) of the common scripts, and format characters that take no column.
constexpr std::array k_zero{
    Range{0x0300, 0x036F},   Range{0x0483, 0x0489},   Range{0x0591, 0x05BD},
    Range{0x05BF, 0x05BF},   Range{0x05C1, 0x05C2},   Range{0x05C4, 0x05C5},
    Range{0x05C7, 0x05C7},   Range{0x0610, 0x061A},   Range{0x064B, 0x065F},
    Range{0x0670, 0x0670},   Range{0x06D6, 0x06DC},   Range{0x06DF, 0x06E4},
    Range{0x06E7, 0x06E8},   Range{0x06EA, 0x06ED},   Range{0x0900, 0x0902},
    Range{0x093A, 0x093A},   Range{0x093C, 0x093C},   Range{0x0941, 0x0948},
    Range{0x094D, 0x094D},   Range{0x0951, 0x0957},   Range{0x0E31, 0x0E31},
    Range{0x0E34, 0x0E3A},   Range{0x0E47, 0x0E4E},   Range{0x1AB0, 0x1AFF},
    Range{0x1DC0, 0x1DFF},   Range{0x200B, 0x200F},   Range{0x202A, 0x202E},
    Range{0x2060, 0x2064},   Range{0x20D0, 0x20F0},   Range{0x302A, 0x302D},
    Range{0x3099, 0x309A},   Range{0xFE00, 0xFE0F},   Range{0xFE20, 0xFE2F},
    Range{0xFEFF, 0xFEFF},   Range{0xE0001, 0xE0001}, Range{0xE0020, 0xE007F},
    Range{0xE0100, 0xE01EF},
};

template <std::size_t N>
bool in_ranges(const std::array<Range, N>& ranges, char32_t cp) {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), cp,
                               [](char32_t value, const Range& r) { return value < r.first; });
    if (it == ranges.begin()) return false;
    return cp <= std::prev(it)->last;
}

int width_of(const Utf8Char& d) {
    return d.valid ? codepoint_width(d.cp) : 1;
}

bool is_control(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

// Closing punctuation stays with the character before it (Japanese line-breaking custom:
// a line never starts with `。` or `」`).
bool closes(char32_t cp) {
    switch (cp) {
        case U'、':
        case U'。':
        case U'，':
        case U'．':
        case U'」':
        case U'』':
        case U'）':
        case U'】':
        case U'！':
        case U'？':
        case U'ー':
        case U'…':
        case U')':
        case U'.':
        case U',':
        case U'!':
        case U'?':
        case U':':
        case U';':
            return true;
        default:
            return false;
    }
}

// Opening brackets stay with the character after them: a line never ends with `(` or `「`.
bool opens(char32_t cp) {
    switch (cp) {
        case U'(':
        case U'[':
        case U'「':
        case U'『':
        case U'（':
        case U'【':
            return true;
        default:
            return false;
    }
}

/// A run of the text's own bytes (segments never copy: what the wrapper keeps together is
/// always contiguous in the source).
struct Segment {
    std::string_view text;
    std::size_t width = 0;
    bool after_space = false;
};

// Units the wrapper will not split unless a single one is wider than a line: words between
// spaces, and each wide character on its own (Japanese has no spaces to break at).
std::vector<Segment> segments(std::string_view text) {
    std::vector<Segment> out;
    bool pending_space = false;
    bool open_word = false;  // the last segment can still grow with narrow characters
    bool glue = false;       // the last segment ends with an opening bracket
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char d = decode_utf8(text, pos);
        const std::string_view bytes = text.substr(pos, d.length);
        pos += d.length;
        const int w = width_of(d);
        if (d.valid && d.cp == ' ') {
            pending_space = true;
            open_word = false;
            glue = false;
            continue;
        }
        const bool attach = !out.empty() && !pending_space &&
                            (glue || w == 0 || (d.valid && closes(d.cp)) || (open_word && w == 1));
        if (attach) {
            out.back().text =
                std::string_view(out.back().text.data(), out.back().text.size() + bytes.size());
            out.back().width += static_cast<std::size_t>(w);
            if (w == 2) open_word = false;
            if (w != 0) glue = d.valid && opens(d.cp);
            continue;
        }
        out.push_back({bytes, static_cast<std::size_t>(w), pending_space});
        pending_space = false;
        open_word = (w == 1);
        glue = d.valid && opens(d.cp);
    }
    return out;
}

/// True when wrapping would give `text` back unchanged as its one line: it fits, and it has
/// no spaces that wrapping would drop (leading, trailing) or fold (doubled) and no
/// characters single_line() would turn into spaces.
bool wraps_to_itself(std::string_view text, std::size_t width) {
    if (text.empty() || text.front() == ' ' || text.back() == ' ') return false;
    if (text.find("  ") != std::string_view::npos) return false;
    std::size_t used = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char d = decode_utf8(text, pos);
        if (!d.valid || is_control(d.cp)) return false;
        used += static_cast<std::size_t>(codepoint_width(d.cp));
        if (used > width) return false;
        pos += d.length;
    }
    return true;
}

}  // namespace

bool is_printable_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7F;
    });
}

int codepoint_width(char32_t cp) {
    if (cp == 0 || is_control(cp)) return 0;
    if (cp < 0x300) return 1;
    // Kanji and katakana, most of any Japanese text: wide, and no combining marks among
    // them (the kana voicing marks U+3099-309A sit just below this range).
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x30A0 && cp <= 0x30FF)) return 2;
    if (in_ranges(k_zero, cp)) return 0;
    if (in_ranges(k_wide, cp)) return 2;
    return 1;
}

std::size_t display_width(std::string_view text) {
    if (is_printable_ascii(text)) return text.size();
    std::size_t total = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char d = decode_utf8(text, pos);
        total += static_cast<std::size_t>(width_of(d));
        pos += d.length;
    }
    return total;
}

std::string single_line(std::string_view text) {
    if (is_printable_ascii(text)) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char d = decode_utf8(text, pos);
        if (d.valid && is_control(d.cp)) {
            // CR LF is one break, not two spaces.
            if (!(d.cp == '\n' && !out.empty() && pos > 0 && text[pos - 1] == '\r')) out += ' ';
        } else {
            out.append(text.substr(pos, d.length));
        }
        pos += d.length;
    }
    return out;
}

std::string pad_right(std::string_view text, std::size_t width) {
    std::string out(text);
    const std::size_t w = display_width(text);
    if (w < width) out.append(width - w, ' ');
    return out;
}

std::string pad_left(std::string_view text, std::size_t width) {
    const std::size_t w = display_width(text);
    std::string out = w < width ? std::string(width - w, ' ') : std::string();
    out += text;
    return out;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) return std::string(text);
    if (width == 0) return std::string();
    const std::size_t room = width - 1;  // one column for the ellipsis
    std::string out;
    std::size_t used = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const Utf8Char d = decode_utf8(text, pos);
        const auto w = static_cast<std::size_t>(width_of(d));
        if (used + w > room) break;
        out.append(text.substr(pos, d.length));
        used += w;
        pos += d.length;
    }
    out += "…";
    return out;
}

std::vector<std::string> wrap_to_width(std::string_view text, std::size_t width) {
    width = std::max<std::size_t>(width, 2);  // room for one wide character
    if (wraps_to_itself(text, width)) return {std::string(text)};
    std::vector<std::string> lines;
    std::string line;
    std::size_t used = 0;
    auto flush = [&] {
        if (!line.empty()) lines.push_back(line);
        line.clear();
        used = 0;
    };
    for (const Segment& seg : segments(text)) {
        const std::size_t gap = (seg.after_space && !line.empty()) ? 1 : 0;
        if (used + gap + seg.width <= width) {
            if (gap) line += ' ';
            line += seg.text;
            used += gap + seg.width;
            continue;
        }
        flush();
        if (seg.width <= width) {
            line = seg.text;
            used = seg.width;
            continue;
        }
        // A word longer than a line (a URL, a 5,000-character name): cut between characters.
        for (std::size_t pos = 0; pos < seg.text.size();) {
            const Utf8Char d = decode_utf8(seg.text, pos);
            const auto w = static_cast<std::size_t>(width_of(d));
            if (used + w > width) flush();
            line.append(seg.text, pos, d.length);
            used += w;
            pos += d.length;
        }
    }
    flush();
    return lines;
}

}  // namespace handover
