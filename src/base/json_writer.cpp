// The one JSON writer: the string escaper, numbers and dates, objects and arrays laid out
// as json_writer.hpp describes. The plan's `--format json` (render/plan_json_write.cpp),
// `next`, `diff`, `holidays` and the schema are written with it; `done` and the starter
// file escape their strings with the same escaper.
//
// A document is written as it goes instead of being built as a JSON DOM and dumped (the
// DOM cost several times the time and memory of the plan itself), into a BufferedSink that
// hands it on a megabyte at a time (docs/benchmarks.md).
#include "handover/base/json_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <nlohmann/json.hpp>

#include "handover/base/utf8.hpp"

namespace handover {

using namespace std::string_view_literals;

namespace {

/// The escape for an ASCII byte that JSON does not allow as it is.
std::string_view ascii_escape(unsigned char c, std::array<char, 8>& scratch) {
    switch (c) {
        case '"':
            return "\\\"";
        case '\\':
            return "\\\\";
        case '\b':
            return "\\b";
        case '\f':
            return "\\f";
        case '\n':
            return "\\n";
        case '\r':
            return "\\r";
        case '\t':
            return "\\t";
        default:
            break;
    }
    const auto end = fmt::format_to(scratch.data(), "\\u{:04x}", c);
    return {scratch.data(), static_cast<std::size_t>(end - scratch.data())};
}

/// True when one of the eight bytes in `word` is not copied as it is: a control character,
/// a quote, a backslash or part of a multi-byte character. (Bit tricks that test all eight
/// at once; each says whether such a byte exists, not which one it is.)
constexpr bool needs_care(std::uint64_t word) {
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t highs = 0x8080808080808080;
    const auto has_zero_byte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
    const std::uint64_t below_space = (word - ones * 0x20) & ~word & highs;
    return ((word & highs) | below_space | has_zero_byte(word ^ (ones * '"')) |
            has_zero_byte(word ^ (ones * '\\'))) != 0;
}

/// Eight bytes as memcpy reads them on a little- or big-endian machine alike for the
/// checks below (each byte is tested on its own, so the order does not matter).
constexpr std::uint64_t eight(std::string_view bytes) {
    std::uint64_t word = 0;
    for (char c : bytes) word = (word << 8) | static_cast<unsigned char>(c);
    return word;
}
static_assert(!needs_care(eight("plain ~ ")));
static_assert(!needs_care(eight("\x7f !#$[]{")));
static_assert(needs_care(eight("ab\"defgh")));
static_assert(needs_care(eight("abcdefg\\")));
static_assert(
    needs_care(eight("\x1f"
                     "bcdefgh")));
static_assert(needs_care(eight("abc\ndefg")));
static_assert(needs_care(eight("abcdef\xE3\x81")));
static_assert(needs_care(eight(std::string_view("abc\0defg", 8))));

}  // namespace

namespace json_detail {

/// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
/// UTF-8 kept as it is, and any invalid byte replaced by U+FFFD so the output stays JSON.
/// Runs of bytes that need nothing are copied in one piece: this is the inner loop of the
/// whole JSON export.
void append_string(std::string& out, std::string_view text) {
    out += '"';
    std::array<char, 8> scratch{};
    std::size_t run = 0;  // start of the bytes not yet copied
    std::size_t i = 0;
    while (i < text.size()) {
        if (i + 8 <= text.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, text.data() + i, sizeof word);
            if (!needs_care(word)) {
                i += 8;
                continue;
            }
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const Utf8Char character = decode_utf8(text, i);
            if (character.valid) {
                i += character.length;
                continue;
            }
            out.append(text.substr(run, i - run));
            out.append("\xEF\xBF\xBD"sv);
            run = ++i;
            continue;
        }
        const std::string_view escape = ascii_escape(c, scratch);
        out.append(text.substr(run, i - run));
        out.append(escape);
        run = ++i;
    }
    out.append(text.substr(run));
    out += '"';
}

/// A double as the shortest text that reads back the same, always with a decimal point or
/// an exponent, as a pretty printer writes it (nlohmann's rules: an exponent from 1e15 up
/// and below 1e-4, where fmt starts it only at 1e16; `null` for what JSON cannot hold).
void append_number(std::string& out, double value) {
    if (!std::isfinite(value)) {
        out.append("null"sv);
        return;
    }
    std::array<char, 40> digits{};
    const auto end = fmt::format_to_n(digits.data(), digits.size(), "{}", value).out;
    const std::string_view text(digits.data(), static_cast<std::size_t>(end - digits.data()));
    if (text.find_first_of("eE") != std::string_view::npos) {
        out.append(text);
        return;
    }
    const std::size_t sign = text.front() == '-' ? 1 : 0;
    const std::size_t point = std::min(text.find('.'), text.size());
    if (point - sign == 16) {
        // Sixteen digits before the point: d.igits e+15, trailing zeros dropped.
        std::string significant(text.substr(sign, point - sign));
        if (point < text.size()) significant.append(text.substr(point + 1));
        while (significant.size() > 1 && significant.back() == '0') significant.pop_back();
        out.append(text.substr(0, sign));
        out += significant.front();
        if (significant.size() > 1) {
            out += '.';
            out.append(significant, 1);
        }
        out.append("e+15"sv);
        return;
    }
    out.append(text);
    if (point == text.size()) out.append(".0"sv);
}

void append_integer(std::string& out, long long value) {
    std::array<char, 24> digits{};
    const auto end = fmt::format_to_n(digits.data(), digits.size(), "{}", value).out;
    out.append(digits.data(), static_cast<std::size_t>(end - digits.data()));
}

/// `"YYYY-MM-DD"` without a temporary string: dates are in most objects of the plan.
void append_date(std::string& out, Day day) {
    const date::year_month_day ymd(day);
    std::array<char, 16> text{};
    const auto end =
        fmt::format_to_n(text.data(), text.size(), "\"{:04}-{:02}-{:02}\"",
                         static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                         static_cast<unsigned>(ymd.day()))
            .out;
    out.append(text.data(), static_cast<std::size_t>(end - text.data()));
}

}  // namespace json_detail

namespace {

using namespace json_detail;

/// Any value of a DOM, laid out as JsonObject and JsonArray lay out theirs.
void write_value(std::string& out, const nlohmann::ordered_json& value, int indent) {
    using Type = nlohmann::ordered_json::value_t;
    if (value.type() == Type::object || value.type() == Type::array) {
        const bool object = value.type() == Type::object;
        out += object ? '{' : '[';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!first) out += ',';
            first = false;
            new_line(out, indent + 2);
            if (object) {
                append_string(out, it.key());
                out.append(": "sv);
            }
            write_value(out, *it, indent + 2);
        }
        if (!first) new_line(out, indent);
        out += object ? '}' : ']';
    } else if (value.type() == Type::string) {
        append_string(out, value.get_ref<const std::string&>());
    } else if (value.type() == Type::boolean) {
        out.append(value.get<bool>() ? "true"sv : "false"sv);
    } else if (value.type() == Type::number_integer) {
        append_integer(out, value.get<long long>());
    } else if (value.type() == Type::number_unsigned) {
        fmt::format_to(std::back_inserter(out), "{}", value.get<unsigned long long>());
    } else if (value.type() == Type::number_float) {
        append_number(out, value.get<double>());
    } else {
        out.append("null"sv);
    }
}

}  // namespace

std::string json_string(std::string_view text) {
    std::string out;
    append_string(out, text);
    return out;
}

std::string json_number(double value) {
    std::string out;
    append_number(out, value);
    return out;
}

std::string json_document(const nlohmann::ordered_json& value) {
    std::string out;
    write_value(out, value, 0);
    out += '\n';
    return out;
}

}  // namespace handover
