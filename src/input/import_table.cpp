// Reading an export (docs/import.md): bytes -> decoded UTF-8 text -> rows of cells.
//
// 1. Encoding: `--encoding`, else a BOM, else UTF-16 told by its NUL bytes, else valid UTF-8,
//    else uchardet's guess (Shift_JIS read as CP932, the superset Excel writes; EUC-JP as
//    EUC-JP-MS, likewise), else CP932 or Windows-1252 as the bytes suggest (a Western
//    guess of uchardet's is checked, since one 﨑 makes it take Shift_JIS for Windows-1252).
//    iconv converts; its stopping point names the line of a bad byte.
// 2. Line breaks become "\n" (CR LF and a lone CR alike), so a cell's own line breaks too.
// 3. The delimiter is the most frequent of tab, comma and semicolon outside quotes on the
//    first line with text; a tie goes to tab, then comma, then semicolon (a tab is never
//    typed into a header by accident, and the comma is the standard). No delimiter at all:
//    tab for UTF-16 (Excel's "Unicode text"), else comma.
// 4. libcsv (strict) parses the text one line at a time, so every row knows the line it
//    starts on without a second pass: a line that starts outside quotes starts a row.
// 5. Rows are cleaned, the header found, a report footer set aside, short rows padded.
#include "handover/input/import_table.hpp"

#include <csv.h>
#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <stdexcept>

#include "handover/base/diagnostics.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/utf8.hpp"

namespace handover {
namespace {

[[noreturn]] void fail(const std::string& file, std::string pointer, std::string message,
                       std::string suggestion = {}) {
    throw InputError(
        file, {Diagnostic{std::move(pointer), {}, std::move(message), std::move(suggestion)}});
}

std::string ascii_upper(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

/// 1 + the line breaks in `text` (after normalisation, or raw UTF-8 / ASCII-compatible).
std::size_t lines_before_end(std::string_view text) {
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// ---- Decoding -------------------------------------------------------------------------

struct Decoded {
    std::string text;  // UTF-8, BOM removed, line breaks not yet normalised
    std::string name;  // Table::encoding
    bool utf16 = false;
};

/// The offset of the first byte of `text` that is not well-formed UTF-8, if any.
std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        // ASCII runs are the common case: step over them without decoding.
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const Utf8Char ch = decode_utf8(text, pos);
        if (!ch.valid) return pos;
        pos += ch.length;
    }
    return std::nullopt;
}

/// Converts `bytes` from `from` to UTF-8 into `out`. On a byte that cannot be converted
/// (or a truncated sequence at the end) returns false with `out` holding what was
/// converted before it. Throws std::invalid_argument when iconv does not know `from`.
bool convert(std::string_view bytes, const char* from, std::string& out) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) throw std::invalid_argument(from);
    const std::unique_ptr<void, int (*)(iconv_t)> closer(cd, iconv_close);
    out.clear();
    out.resize(bytes.size() * 2 + 16);
    // iconv's interface takes char**, not const char**; it does not write the input.
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    std::size_t written = 0;
    while (true) {
        char* dest = out.data() + written;
        std::size_t dest_left = out.size() - written;
        const std::size_t result = iconv(cd, &in, &in_left, &dest, &dest_left);
        written = static_cast<std::size_t>(dest - out.data());
        if (result != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        out.resize(written);
        return false;  // EILSEQ: a bad byte; EINVAL: the text ends inside a character
    }
    out.resize(written);
    return true;
}

/// A UTF-16 file without a BOM, told by its NUL bytes: text that is mostly ASCII has a NUL
/// in every other byte. Returns "UTF-16LE", "UTF-16BE" or nothing.
const char* utf16_without_bom(std::string_view bytes) {
    const std::size_t sample = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
    if (sample < 4) return nullptr;
    std::size_t even = 0;
    std::size_t odd = 0;
    for (std::size_t i = 0; i < sample; ++i) {
        if (bytes[i] == '\0') ++((i % 2 == 0) ? even : odd);
    }
    const std::size_t units = sample / 2;
    if (odd * 2 >= units && even * 8 < units) return "UTF-16LE";
    if (even * 2 >= units && odd * 8 < units) return "UTF-16BE";
    return nullptr;
}

/// True when most bytes above 0x7F stand next to another one, as the two bytes of a
/// Shift_JIS character and characters side by side do; an accented letter of Windows-1252
/// stands alone between ASCII letters ("Café", "Brontë").
bool mostly_paired_high_bytes(std::string_view bytes) {
    std::size_t high = 0;
    std::size_t paired = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80) continue;
        ++high;
        const bool before = i > 0 && static_cast<unsigned char>(bytes[i - 1]) >= 0x80;
        const bool after = i + 1 < bytes.size() && static_cast<unsigned char>(bytes[i + 1]) >= 0x80;
        if (before || after) ++paired;
    }
    return high > 0 && paired * 2 > high;
}

/// The name shown for an encoding the user named.
std::string display_name(const std::string& upper) {
    if (upper == "CP932" || upper == "MS932" || upper == "WINDOWS-31J" || upper == "SJIS-WIN") {
        return "Shift_JIS (CP932)";
    }
    if (upper == "SHIFT_JIS" || upper == "SHIFT-JIS" || upper == "SJIS") return "Shift_JIS";
    if (upper == "UTF8") return "UTF-8";
    return upper;
}

std::string uchardet_guess(std::string_view bytes) {
    const std::unique_ptr<uchardet, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    if (!detector) return {};
    if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return {};
    uchardet_data_end(detector.get());
    const char* charset = uchardet_get_charset(detector.get());
    return charset == nullptr ? std::string{} : ascii_upper(charset);
}

class Decoder {
  public:
    Decoder(const std::string& file, Lang lang) : file_(file), lang_(lang) {}

    Decoded decode(std::string_view bytes, const std::string& named) {
        if (!named.empty()) return decode_named(bytes, named);
        if (bytes.starts_with("\xEF\xBB\xBF")) return utf8(bytes.substr(3), "UTF-8 (BOM)");
        if (bytes.starts_with("\xFF\xFE")) {
            return with(bytes.substr(2), "UTF-16LE", "UTF-16LE (BOM)", true);
        }
        if (bytes.starts_with("\xFE\xFF")) {
            return with(bytes.substr(2), "UTF-16BE", "UTF-16BE (BOM)", true);
        }
        if (const char* utf16 = utf16_without_bom(bytes)) return with(bytes, utf16, utf16, true);
        if (!first_invalid_utf8(bytes)) return {std::string(bytes), "UTF-8", false};

        const std::string guess = uchardet_guess(bytes);
        if (guess == "SHIFT_JIS" || guess == "CP932" || guess == "WINDOWS-31J") {
            return with(bytes, "CP932", "Shift_JIS (CP932)", false);
        }
        // EUC-JP-MS: EUC-JP with the characters Windows adds (①, ～), as CP932 is to Shift_JIS.
        if (guess == "EUC-JP") return with(bytes, "EUC-JP-MS", "EUC-JP", false);
        // A UTF-8 file with a damaged byte: say where, rather than guess again.
        if (guess == "UTF-8" || guess == "ASCII") return utf8(bytes, "UTF-8");
        // Otherwise the choice is between the two code pages Excel saves "CSV" in: CP932 in
        // Japan, Windows-1252 in the US and Europe. uchardet alone is not enough: it takes a
        // Shift_JIS list for Windows-1252 when one character lies outside plain Shift_JIS
        // (山﨑, ①, №), and has no guess for an English list with one "Café". The bytes
        // tell: Japanese text is runs of bytes above 0x7F (two per character, characters
        // side by side), Western text an accented letter alone among ASCII ones.
        Decoded out{{}, "Shift_JIS (CP932)", false};
        const bool western =
            guess == "WINDOWS-1252" || guess == "ISO-8859-1" || guess == "ISO-8859-15";
        if ((!western || mostly_paired_high_bytes(bytes)) && convert(bytes, "CP932", out.text)) {
            return out;
        }
        out = Decoded{{}, "Windows-1252", false};
        if (convert(bytes, "WINDOWS-1252", out.text)) return out;
        fail(file_, {}, std::string(tr(lang_, "import.read.unknown_encoding_detected")));
    }

  private:
    Decoded decode_named(std::string_view bytes, const std::string& named) {
        const std::string upper = ascii_upper(named);
        if (upper == "UTF-8" || upper == "UTF8") {
            if (bytes.starts_with("\xEF\xBB\xBF")) return utf8(bytes.substr(3), "UTF-8 (BOM)");
            return utf8(bytes, "UTF-8");
        }
        const bool utf16 =
            upper.starts_with("UTF-16") || upper.starts_with("UTF16") || upper.starts_with("UCS-2");
        Decoded out{{}, display_name(upper), utf16};
        bool ok = false;
        try {
            ok = convert(bytes, upper.c_str(), out.text);
        } catch (const std::invalid_argument&) {
            static constexpr std::array<std::string_view, 10> known = {
                "UTF-8",  "CP932",    "SHIFT_JIS", "SJIS",       "EUC-JP",
                "UTF-16", "UTF-16LE", "UTF-16BE",  "ISO-8859-1", "WINDOWS-1252"};
            fail(file_, {}, trf(lang_, "import.read.unknown_encoding", fmt::arg("encoding", named)),
                 did_you_mean(upper, known));
        }
        if (!ok) undecodable(out.text, out.name);
        if (out.text.starts_with("\xEF\xBB\xBF")) {
            out.text.erase(0, 3);
            out.name += " (BOM)";
        }
        return out;
    }

    Decoded utf8(std::string_view bytes, std::string name) {
        if (const auto bad = first_invalid_utf8(bytes)) {
            undecodable(bytes.substr(0, *bad), "UTF-8");
        }
        return {std::string(bytes), std::move(name), false};
    }

    Decoded with(std::string_view bytes, const char* from, std::string name, bool utf16) {
        Decoded out{{}, std::move(name), utf16};
        if (!convert(bytes, from, out.text)) undecodable(out.text, out.name);
        if (out.text.starts_with("\xEF\xBB\xBF")) out.text.erase(0, 3);
        return out;
    }

    /// `before`: the decoded text up to the bad byte.
    [[noreturn]] void undecodable(std::string_view before, const std::string& name) {
        fail(file_, table_place(lines_before_end(before), 0, {}, lang_),
             trf(lang_, "import.read.undecodable", fmt::arg("encoding", name)));
    }

    const std::string& file_;
    Lang lang_;
};

// ---- Text ------------------------------------------------------------------------------

/// CR LF and a lone CR become LF.
std::string normalise_line_breaks(std::string text) {
    if (text.find('\r') == std::string::npos) return text;
    std::size_t out = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            text[out++] = '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            text[out++] = text[i];
        }
    }
    text.resize(out);
    return text;
}

/// The length of the space at `pos` that cells are trimmed of: ASCII space, tab and line
/// break, U+3000 (ideographic space) and U+00A0 (no-break space, which Excel exports keep).
std::size_t space_at(std::string_view text, std::size_t pos) {
    const char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\n') return 1;
    if (text.substr(pos).starts_with("\xE3\x80\x80")) return 3;
    if (text.substr(pos).starts_with("\xC2\xA0")) return 2;
    return 0;
}

std::size_t space_before(std::string_view text, std::size_t end) {
    if (end == 0) return 0;
    const char c = text[end - 1];
    if (c == ' ' || c == '\t' || c == '\n') return 1;
    if (end >= 3 && text.substr(end - 3, 3) == "\xE3\x80\x80") return 3;
    if (end >= 2 && text.substr(end - 2, 2) == "\xC2\xA0") return 2;
    return 0;
}

bool only_space(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t n = space_at(text, pos);
        if (n == 0 && text.substr(pos).starts_with("\xEF\xBB\xBF")) n = 3;  // a stray BOM
        if (n == 0 && text[pos] == '\r') n = 1;
        if (n == 0) return false;
        pos += n;
    }
    return true;
}

/// A cell as the table keeps it: control characters other than line break and tab removed
/// (C0, DEL, C1), surrounding spaces trimmed, Excel's text-protected ="00123" unwrapped.
/// Anything else, formulas included, is kept as text.
std::string clean_cell(std::string_view raw) {
    std::string cell;
    cell.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto c = static_cast<unsigned char>(raw[i]);
        if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) continue;
        if (c == 0xC2 && i + 1 < raw.size()) {
            const auto next = static_cast<unsigned char>(raw[i + 1]);
            if (next >= 0x80 && next <= 0x9F) {  // U+0080..U+009F
                ++i;
                continue;
            }
        }
        // The bidirectional embeddings, overrides and isolates (U+202A..U+202E,
        // U+2066..U+2069): invisible, never part of a name or a note, and the means of
        // making one text look like another in the documents and letters made from it.
        if (c == 0xE2 && i + 2 < raw.size()) {
            const auto b1 = static_cast<unsigned char>(raw[i + 1]);
            const auto b2 = static_cast<unsigned char>(raw[i + 2]);
            if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) ||
                (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
                i += 2;
                continue;
            }
        }
        cell.push_back(static_cast<char>(c));
    }
    std::size_t begin = 0;
    while (begin < cell.size()) {
        const std::size_t n = space_at(cell, begin);
        if (n == 0) break;
        begin += n;
    }
    std::size_t end = cell.size();
    while (end > begin) {
        const std::size_t n = space_before(cell, end);
        if (n == 0) break;
        end -= n;
    }
    std::string_view kept(cell.data() + begin, end - begin);
    if (kept.size() >= 3 && kept.starts_with("=\"") && kept.ends_with('"') &&
        kept.substr(2, kept.size() - 3).find('"') == std::string_view::npos) {
        kept = kept.substr(2, kept.size() - 3);
    }
    return std::string(kept);
}

/// The index after the quote that closes a quoted cell whose text starts at `pos` ("" is a
/// quote inside it), or npos when the line ends inside it.
std::size_t after_quoted(std::string_view line, std::size_t pos) {
    while (pos < line.size()) {
        if (line[pos] == '"') {
            if (pos + 1 < line.size() && line[pos + 1] == '"') {
                pos += 2;
                continue;
            }
            return pos + 1;
        }
        ++pos;
    }
    return std::string_view::npos;
}

/// Excel's text-protected number written unquoted (="00123", as CRMs write it for Excel) is
/// a quote inside an unquoted cell to a strict RFC 4180 reader. Such cells are rewritten as
/// the quoted cell "00123" before parsing. Returns the rewritten line, or nothing to change.
std::optional<std::string> unwrap_protected(std::string_view line, char delimiter,
                                            bool starts_in_quotes) {
    std::string out;
    std::size_t copied = 0;
    std::size_t pos = 0;
    const auto next_field = [&](std::size_t from) -> std::size_t {
        const std::size_t at = line.find(delimiter, from);
        return at == std::string_view::npos ? at : at + 1;
    };
    if (starts_in_quotes) {
        pos = after_quoted(line, 0);
        if (pos != std::string_view::npos) pos = next_field(pos);
    }
    while (pos != std::string_view::npos && pos < line.size()) {
        const std::size_t start = pos;
        while (pos < line.size() && line[pos] != delimiter &&
               (line[pos] == ' ' || line[pos] == '\t')) {
            ++pos;
        }
        if (line.substr(pos).starts_with("=\"")) {
            const std::size_t close = line.find('"', pos + 2);
            std::size_t after = close == std::string_view::npos ? close : close + 1;
            while (after != std::string_view::npos && after < line.size() &&
                   line[after] != delimiter && (line[after] == ' ' || line[after] == '\t')) {
                ++after;
            }
            if (after != std::string_view::npos &&
                (after == line.size() || line[after] == delimiter || line[after] == '\n')) {
                out.append(line.substr(copied, start - copied));
                out += '"';
                out.append(line.substr(pos + 2, close - pos - 2));
                out += '"';
                copied = after;
                pos = after;
                if (pos < line.size() && line[pos] == delimiter) ++pos;
                continue;
            }
        }
        if (pos < line.size() && line[pos] == '"') {
            pos = after_quoted(line, pos + 1);
            if (pos == std::string_view::npos) break;
        }
        pos = next_field(pos);
    }
    if (copied == 0) return std::nullopt;
    out.append(line.substr(copied));
    return out;
}

/// Tabs, commas and semicolons outside quotes on one line, and how many cells of text the
/// most frequent of them would give.
struct DelimiterCount {
    std::size_t tabs = 0;
    std::size_t commas = 0;
    std::size_t semicolons = 0;

    /// The most frequent; a tie goes to tab, then comma, then semicolon (a tab is never
    /// typed into a header by accident, and the comma is the standard). None: `fallback`.
    char winner(char fallback) const {
        if (tabs == 0 && commas == 0 && semicolons == 0) return fallback;
        if (tabs >= commas && tabs >= semicolons) return '\t';
        if (commas >= semicolons) return ',';
        return ';';
    }
};

DelimiterCount count_delimiters(std::string_view line) {
    DelimiterCount count;
    bool quoted = false;
    for (const char c : line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == '\t') {
            ++count.tabs;
        } else if (c == ',') {
            ++count.commas;
        } else if (c == ';') {
            ++count.semicolons;
        }
    }
    return count;
}

/// The cells of `line` split at `delimiter` (outside quotes) that hold text.
std::size_t cells_with_text(std::string_view line, char delimiter) {
    std::size_t cells = 0;
    bool quoted = false;
    bool text = false;
    for (const char c : line) {
        if (c == '"') quoted = !quoted;
        if (!quoted && c == delimiter) {
            cells += text ? 1 : 0;
            text = false;
        } else if (c != ' ' && c != '"' && c != '\t') {
            text = true;
        }
    }
    return cells + (text ? 1 : 0);
}

/// The delimiter of the header: the first line whose most frequent delimiter gives two or
/// more cells of text, so that a report's title lines above the header ("Pipeline report",
/// "顧客管理表,,,,") do not decide it. Looked for in the first 50 lines with text; when
/// none has two cells, the first line with text decides.
char detect_delimiter(std::string_view text, bool utf16) {
    const char fallback = utf16 ? '\t' : ',';
    std::optional<char> first;
    std::size_t pos = 0;
    for (int seen = 0; pos < text.size() && seen < 50;) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (line.find_first_not_of(" \t,;\"") == std::string_view::npos) continue;
        ++seen;
        const char winner = count_delimiters(line).winner(fallback);
        if (!first) first = winner;
        if (cells_with_text(line, winner) >= 2) return winner;
    }
    return first.value_or(fallback);
}

/// Excel writes `sep=;` as the first line of a CSV for a locale whose list separator is not
/// the comma; the line names the delimiter and is no row.
std::optional<char> excel_separator_line(std::string_view text) {
    if (text.size() < 5 || (text.substr(0, 4) != "sep=" && text.substr(0, 4) != "SEP=")) {
        return std::nullopt;
    }
    if (text.size() > 5 && text[5] != '\n') return std::nullopt;
    const char c = text[4];
    if (c == ',' || c == ';' || c == '\t' || c == '|') return c;
    return std::nullopt;
}

// ---- Parsing ---------------------------------------------------------------------------

struct RawRow {
    std::size_t line = 0;
    std::size_t end_line = 0;
    std::vector<std::string> cells;
    bool blank = true;
};

// libcsv's parser states (libcsv.c); the struct and its members are public in csv.h.
constexpr int k_row_not_begun = 0;
constexpr int k_field_begun = 2;

struct Parse {
    std::vector<RawRow> rows;
    RawRow current;
    std::size_t line = 0;               // the line being fed
    std::size_t fields = 0;             // cells submitted so far, all rows
    std::optional<std::size_t> header;  // index in rows of the first row with text

    static void on_cell(void* data, std::size_t length, void* self) {
        auto& parse = *static_cast<Parse*>(self);
        std::string cell = clean_cell({static_cast<const char*>(data), length});
        if (!cell.empty()) parse.current.blank = false;
        parse.current.cells.push_back(std::move(cell));
        ++parse.fields;
    }

    static void on_row(int, void* self) {
        auto& parse = *static_cast<Parse*>(self);
        parse.current.end_line = parse.line;
        parse.rows.push_back(std::move(parse.current));
        parse.current = RawRow{};
        if (!parse.header && !parse.rows.back().blank) parse.header = parse.rows.size() - 1;
    }

    std::string header_name(std::size_t column) const {
        if (!header || column == 0 || column > rows[*header].cells.size()) return {};
        return rows[*header].cells[column - 1];
    }
};

struct CsvParser {
    csv_parser parser{};
    CsvParser() {
        if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) throw std::bad_alloc();
    }
    ~CsvParser() { csv_free(&parser); }
    CsvParser(const CsvParser&) = delete;
    CsvParser& operator=(const CsvParser&) = delete;
};

std::vector<RawRow> parse_rows(std::string_view text, char delimiter, const std::string& file,
                               Lang lang) {
    CsvParser csv;
    csv_set_delim(&csv.parser, static_cast<unsigned char>(delimiter));
    Parse parse;
    std::size_t quote_line = 0;    // where the open quoted cell began
    std::size_t quote_column = 0;  // and its column
    std::size_t pos = 0;
    while (pos < text.size()) {
        ++parse.line;
        const std::size_t newline = text.find('\n', pos);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
        std::string_view line = text.substr(pos, end - pos);
        pos = end;

        const bool in_quotes = csv.parser.pstate == k_field_begun && csv.parser.quoted != 0;
        if (csv.parser.pstate == k_row_not_begun) parse.current.line = parse.line;
        std::optional<std::string> rewritten;
        if (line.find("=\"") != std::string_view::npos) {
            rewritten = unwrap_protected(line, delimiter, in_quotes);
            if (rewritten) line = *rewritten;
        }
        const std::size_t fields_before = parse.fields;
        const std::size_t done =
            csv_parse(&csv.parser, line.data(), line.size(), Parse::on_cell, Parse::on_row, &parse);
        if (done != line.size()) {
            if (csv_error(&csv.parser) != CSV_EPARSE) throw std::bad_alloc();
            const std::size_t column = parse.current.cells.size() + 1;
            const std::string place =
                table_place(parse.line, column, parse.header_name(column), lang);
            if (in_quotes && parse.fields == fields_before && quote_line != parse.line) {
                fail(file, place,
                     trf(lang, "import.read.bad_quote_since", fmt::arg("line", quote_line)));
            }
            fail(file, place, std::string(tr(lang, "import.read.bad_quote")));
        }
        if (csv.parser.pstate == k_field_begun && csv.parser.quoted != 0 &&
            (!in_quotes || parse.fields != fields_before)) {
            quote_line = parse.line;
            quote_column = parse.current.cells.size() + 1;
        }
    }
    if (csv.parser.pstate == k_field_begun && csv.parser.quoted != 0) {
        fail(file, table_place(quote_line, quote_column, parse.header_name(quote_column), lang),
             std::string(tr(lang, "import.read.unclosed_quote")));
    }
    if (csv_fini(&csv.parser, Parse::on_cell, Parse::on_row, &parse) != 0) {
        throw std::bad_alloc();  // not reached: an open quote was reported above
    }
    return std::move(parse.rows);
}

bool single_cell(const RawRow& row) {
    return !row.blank && !row.cells.empty() && !row.cells.front().empty() &&
           std::all_of(row.cells.begin() + 1, row.cells.end(),
                       [](const std::string& cell) { return cell.empty(); });
}

}  // namespace

Table read_table(std::string_view bytes, const TableOptions& options, const std::string& file,
                 Lang lang) {
    if (only_space(bytes)) fail(file, {}, std::string(tr(lang, "import.read.empty")));
    Decoded decoded = Decoder(file, lang).decode(bytes, options.encoding);
    if (only_space(decoded.text)) fail(file, {}, std::string(tr(lang, "import.read.empty")));
    const std::string text = normalise_line_breaks(std::move(decoded.text));

    Table table;
    table.encoding = std::move(decoded.name);
    std::string separated;
    std::string_view body = text;
    if (const auto separator = excel_separator_line(text)) {
        // The line stays, empty, so that every later line keeps its number.
        table.delimiter = *separator;
        separated = "\n" + text.substr(std::min(text.size(), std::size_t{6}));
        body = separated;
    } else {
        table.delimiter = detect_delimiter(text, decoded.utf16);
    }
    std::vector<RawRow> rows = parse_rows(body, table.delimiter, file, lang);

    // The header is the first row with two cells of text; rows of text above it are a
    // report's title and the date it was run. A file of one column has its first row.
    const auto two_cells = [](const RawRow& row) {
        return std::count_if(row.cells.begin(), row.cells.end(),
                             [](const std::string& cell) { return !cell.empty(); }) >= 2;
    };
    auto header = std::find_if(rows.begin(), rows.end(), two_cells);
    if (header == rows.end()) {
        header =
            std::find_if(rows.begin(), rows.end(), [](const RawRow& row) { return !row.blank; });
    }
    if (header == rows.end()) fail(file, {}, std::string(tr(lang, "import.read.no_text")));
    for (auto title = rows.begin(); title != header; ++title) {
        if (!title->blank) table.title_lines.push_back(title->line);
    }
    table.header_line = header->line;
    table.header = std::move(header->cells);
    const std::size_t first = static_cast<std::size_t>(header - rows.begin()) + 1;

    // A report footer: after a blank line, only single-cell lines to the end. A file of one
    // named column has no way to tell such lines from data, so it has no footer.
    std::size_t footer = rows.size();
    const auto named = std::count_if(table.header.begin(), table.header.end(),
                                     [](const std::string& cell) { return !cell.empty(); });
    if (named >= 2) {
        std::size_t run = rows.size();
        while (run > first && (rows[run - 1].blank || single_cell(rows[run - 1]))) --run;
        for (std::size_t i = run; i < rows.size(); ++i) {
            if (rows[i].blank) continue;
            const RawRow& before = rows[i - 1];
            if (before.blank || rows[i].line > before.end_line + 1) {
                footer = i;
                break;
            }
        }
    }

    const std::size_t width = table.header.size();
    for (std::size_t i = first; i < rows.size(); ++i) {
        RawRow& row = rows[i];
        if (row.blank) continue;
        if (i >= footer) {
            table.footer_lines.push_back(row.line);
            continue;
        }
        if (row.cells.size() > width) {
            const auto extra = std::find_if(row.cells.begin() + static_cast<std::ptrdiff_t>(width),
                                            row.cells.end(),
                                            [](const std::string& cell) { return !cell.empty(); });
            if (extra != row.cells.end()) {
                const auto last =
                    std::find_if(row.cells.rbegin(), row.cells.rend(),
                                 [](const std::string& cell) { return !cell.empty(); });
                const auto count = static_cast<std::size_t>(row.cells.rend() - last);
                const auto column = static_cast<std::size_t>(extra - row.cells.begin()) + 1;
                fail(file, table_place(row.line, column, {}, lang),
                     trf(lang, "import.read.too_many_cells", fmt::arg("count", count),
                         fmt::arg("header_count", width)));
            }
        }
        row.cells.resize(width);
        table.rows.push_back(TableRow{row.line, std::move(row.cells)});
    }
    return table;
}

std::string table_place(std::size_t line, std::size_t column, std::string_view header, Lang lang) {
    if (column == 0) return trf(lang, "import.place.line", fmt::arg("line", line));
    // An empty header cell: the column is named by its number alone.
    if (header.empty()) {
        return trf(lang, "import.read.place_column", fmt::arg("line", line),
                   fmt::arg("column", column));
    }
    return trf(lang, "import.place.cell", fmt::arg("line", line), fmt::arg("column", column),
               fmt::arg("header", header));
}

}  // namespace handover
