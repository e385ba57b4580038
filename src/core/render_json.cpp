// `--format json`: the machine contract of SPEC section 4 (schema_version 1). Key order
// and layout are part of the contract (2-space indent, `[]` for empty arrays, whole hours
// as `1.0`), as is what a JSON library's pretty printer would produce for them.
//
// The document is written as it goes instead of being built as a JSON DOM and dumped (the
// DOM cost several times the time and memory of the plan itself), into a buffer that is
// handed to the sink whenever it passes a megabyte (docs/benchmarks.md).
#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <cstring>

#include "handover/plan_texts.hpp"
#include "handover/render.hpp"

namespace handover {
namespace {

using namespace std::string_view_literals;

constexpr int k_schema_version = 1;

/// Length of the well-formed UTF-8 sequence starting at text[i], or 0 when it is not one:
/// no overlong forms, no surrogates, nothing above U+10FFFF.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (length == 0 || c > 0xF4 || i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    }
    if (length >= 3) {
        const auto c1 = static_cast<unsigned char>(text[i + 1]);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
            (c == 0xF4 && c1 >= 0x90))
            return 0;
    }
    return length;
}

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
            const std::size_t length = utf8_length(text, i);
            if (length > 0) {
                i += length;
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

/// A double as the shortest text that reads back the same, always with a decimal point.
void append_number(std::string& out, double value) {
    std::array<char, 40> digits{};
    const auto end = fmt::format_to_n(digits.data(), digits.size(), "{}", value).out;
    const std::string_view text(digits.data(), static_cast<std::size_t>(end - digits.data()));
    out.append(text);
    if (text.find_first_of(".eEn") == std::string_view::npos) out.append(".0"sv);
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

/// Writes `"key": ` at the given indentation, after a comma when not the first member.
/// The buffer is handed on to the sink between the elements of an array once it is large.
class ObjectWriter {
  public:
    ObjectWriter(std::string& out, int indent, TextSink& sink)
        : out_(out), indent_(indent), sink_(sink) {
        out_ += '{';
    }

    void key(std::string_view name) {
        if (!first_) out_ += ',';
        first_ = false;
        new_line(indent_ + 2);
        // Member names are this file's own ASCII literals: nothing to escape.
        out_ += '"';
        out_.append(name);
        out_.append(R"(": )"sv);
    }
    void string(std::string_view name, std::string_view value) {
        key(name);
        append_string(out_, value);
    }
    /// An id that may be absent (empty): `null` then.
    void optional_string(std::string_view name, std::string_view value) {
        key(name);
        if (value.empty())
            out_.append("null"sv);
        else
            append_string(out_, value);
    }
    void date(std::string_view name, const std::optional<Day>& value) {
        key(name);
        if (value)
            append_date(out_, *value);
        else
            out_.append("null"sv);
    }
    void string_value(std::string_view value) { append_string(out_, value); }
    void null_value() { out_.append("null"sv); }
    void integer(std::string_view name, long long value) {
        key(name);
        append_integer(out_, value);
    }
    void number(std::string_view name, double value) {
        key(name);
        append_number(out_, value);
    }
    void boolean(std::string_view name, bool value) {
        key(name);
        out_ += value ? "true" : "false";
    }
    void strings(std::string_view name, TextList values) {
        array(name, values, [this](const Text& value) { append_string(out_, value); });
    }
    /// An array of objects, each written by `write(ObjectWriter&, const T&)`.
    template <typename T, typename F>
    void objects(std::string_view name, const std::vector<T>& items, F&& write) {
        array(name, items, [&](const T& item) {
            ObjectWriter element(out_, indent_ + 4, sink_);
            write(element, item);
            element.close();
            spill(out_, sink_);
        });
    }
    void close() {
        if (first_) {
            out_ += '}';
            return;
        }
        new_line(indent_);
        out_ += '}';
    }

  private:
    /// A line break and `indent` spaces, in one append: the writer's most frequent step.
    void new_line(int indent) {
        static constexpr std::string_view k_break_and_spaces =
            "\n                                                                ";
        const auto wanted = static_cast<std::size_t>(indent) + 1;
        if (wanted <= k_break_and_spaces.size()) {
            out_.append(k_break_and_spaces.substr(0, wanted));
        } else {
            out_ += '\n';
            out_.append(wanted - 1, ' ');
        }
    }

    /// `"name": [...]` with one element per line, or `[]` when empty (as a pretty printer
    /// writes it); `write_item` appends one element.
    template <typename Items, typename F>
    void array(std::string_view name, const Items& items, F&& write_item) {
        key(name);
        if (items.empty()) {
            out_.append("[]"sv);
            return;
        }
        out_ += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) out_ += ',';
            new_line(indent_ + 4);
            write_item(items[i]);
        }
        new_line(indent_ + 2);
        out_ += ']';
    }

    std::string& out_;
    int indent_;
    TextSink& sink_;
    bool first_ = true;
};

void write_task(ObjectWriter& w, const Task& task) {
    w.string("id", task.id);
    w.integer("step", task.step);
    w.string("kind", to_string(task.kind));
    w.string("title", task.title);
    w.optional_string("client", task.client);
    w.date("date", task.date);
    w.number("hours", task.hours);
    w.key("method");
    if (task.method)
        w.string_value(to_string(*task.method));
    else
        w.null_value();
    w.strings("depends_on", task.depends_on);
    w.string("status", to_string(task.status));
    w.string("why", task.why);
    w.string("rule", to_string(task.rule));
    w.boolean("meeting", task.meeting);
    if (task.kind == TaskKind::notify) w.strings("talking_points", task.talking_points);
}

void write_client(ObjectWriter& w, Lang lang, const ClientPlan& client) {
    w.string("id", client.id);
    w.string("name", client.name);
    w.string("stage", to_string(client.stage));
    w.string("method", to_string(client.method));
    w.string("method_reason", method_reason(lang, client));
    w.string("successor", client.successor);
    w.integer("priority", client.priority);
    w.date("expected_close", client.expected_close);
    w.date("notify_date", client.notify_date);
    w.date("introduce_date", client.introduce_date);
    w.boolean("change_averse", client.change_averse);
}

void write_warning(ObjectWriter& w, const Warning& warning) {
    w.string("code", to_string(warning.code));
    w.string("severity", to_string(warning.severity));
    w.optional_string("client", warning.client);
    w.optional_string("task", warning.task);
    w.string("message", warning.message);
}

void write_load(ObjectWriter& w, const WeekLoad& week) {
    w.string("week", week.week);
    w.date("monday", week.monday);
    w.number("planned_hours", week.planned_hours);
    w.number("available_hours", week.available_hours);
    w.number("interview_hours", week.interview_hours);
    w.integer("interviews", week.interviews);
    w.integer("meetings", week.meetings);
}

/// The whole document, through `out`, handed to `sink` in chunks.
void write_document(const Plan& plan, Lang lang, std::string& out, TextSink& sink) {
    ObjectWriter w(out, 0, sink);
    w.integer("schema_version", k_schema_version);
    w.date("today", plan.today);
    w.date("last_day", plan.last_day);
    w.date("end_date", plan.end_date);
    w.date("support_until", plan.support_until);
    w.date("disclose_from", plan.disclose_from);
    w.string("lang", to_string(lang));
    w.string("me", plan.me);
    w.string("manager", plan.manager);
    w.string("successor", plan.successor);
    w.objects("tasks", plan.tasks, write_task);
    w.objects("clients", plan.clients, [&](ObjectWriter& element, const ClientPlan& client) {
        write_client(element, lang, client);
    });
    w.objects("warnings", plan.warnings, write_warning);
    w.objects("load", plan.load, write_load);
    w.close();
    out += '\n';
}

}  // namespace

// Input is unused: everything the contract names is in the plan, and the input's private
// notes must never reach this output.
std::string render_json(const Plan& plan, const Input& /*input*/, const RenderOptions& options) {
    return collect([&](TextSink& sink) { write_json(plan, options.lang, sink); });
}

void write_json(const Plan& plan, Lang lang, TextSink& sink) {
    std::string buffer;
    buffer.reserve(k_chunk_bytes + (k_chunk_bytes >> 2));
    write_document(plan, lang, buffer, sink);
    sink.write(buffer);
}

}  // namespace handover
