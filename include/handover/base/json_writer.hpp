#pragma once
// The one JSON writer every JSON output of handover goes through: the plan, `next`, `diff`,
// `holidays` and the schema, and the strings `done` and `init` write into a clients.json.
// One string escaper and one layout, so the outputs cannot drift apart.
//
// The layout is what a JSON library's pretty printer with a 2-space indent writes
// (nlohmann's dump(2)): one member or element per line, `{}` and `[]` when empty, `": "`
// after a key, whole doubles as `1.0`, UTF-8 kept as it is. Documents are written as they
// go into a BufferedSink rather than built as a DOM first: the DOM of a large plan cost
// several times the time and memory of the plan itself (docs/benchmarks.md). Only the
// schema, small and nested, is built as a DOM and written with json_document().

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "handover/base/dates.hpp"
#include "handover/base/text_pool.hpp"
#include "handover/base/text_sink.hpp"

namespace handover {

/// `text` as a JSON string, quotes included: quotes, backslashes and control characters
/// escaped (`\n`, `\u001f`), UTF-8 kept as it is, and each byte that is not part of
/// well-formed UTF-8 replaced by U+FFFD so the output stays JSON.
std::string json_string(std::string_view text);
/// A number as the writer writes it: the shortest text that reads back the same, always
/// with a decimal point or an exponent (`2.0`, `0.5`, `1e+20`).
std::string json_number(double value);
/// A document held as a JSON value (the schema of clients.json), in the layout below, with
/// a final newline.
std::string json_document(const nlohmann::ordered_json& value);

class JsonArray;

/// One JSON object written member by member at `indent` spaces (the indentation of the line
/// that holds its `{`). Member names are the caller's own ASCII literals and are not
/// escaped. close() writes the `}`; a nested object or array is closed before the next
/// member of its parent is written.
class JsonObject {
  public:
    explicit JsonObject(BufferedSink& out, int indent = 0);

    /// `"name": `, after a comma when not the first member; a value follows.
    void key(std::string_view name);
    void string(std::string_view name, std::string_view value);
    /// `null` when `value` is empty (an id that may be absent).
    void optional_string(std::string_view name, std::string_view value);
    /// `null` when there is no value; an empty string is written as `""`.
    void string_or_null(std::string_view name, const std::optional<std::string_view>& value);
    /// `"YYYY-MM-DD"`, or `null`.
    void date(std::string_view name, const std::optional<Day>& value);
    void integer(std::string_view name, long long value);
    /// The shortest text that reads back the same, always with a decimal point or exponent.
    void number(std::string_view name, double value);
    void boolean(std::string_view name, bool value);
    void null(std::string_view name);
    /// Values after key().
    void string_value(std::string_view value);
    void null_value();
    /// An array of strings, one per line: any list of texts (a TextList, a vector of strings).
    template <typename Strings>
    void strings(std::string_view name, const Strings& values);
    /// A nested object; close it before writing the next member.
    JsonObject object(std::string_view name);
    /// A nested array; close it before writing the next member.
    JsonArray array(std::string_view name);
    /// An array of objects, each written by `write(JsonObject&, const T&)`.
    template <typename Items, typename F>
    void objects(std::string_view name, const Items& items, F&& write);
    void close();

  private:
    friend class JsonArray;
    /// The `{` already written (by JsonArray::object(), with the line break before it).
    struct Opened {};
    JsonObject(BufferedSink& out, int indent, Opened) : out_(out), indent_(indent) {}
    /// `"name": ` and what comes before it, appended to the buffer itself.
    void member(std::string& out, std::string_view name);

    BufferedSink& out_;
    int indent_;
    bool first_ = true;
};

/// One JSON array written element by element at `indent` spaces (the indentation of the
/// line that holds its `[`).
class JsonArray {
  public:
    explicit JsonArray(BufferedSink& out, int indent = 0);

    /// The next element, an object; close it before the next element.
    JsonObject object();
    void string(std::string_view value);
    void close();

  private:
    /// The comma and line break before an element.
    void next(std::string& out);

    BufferedSink& out_;
    int indent_;
    bool first_ = true;
};

template <typename Items, typename F>
void JsonObject::objects(std::string_view name, const Items& items, F&& write) {
    JsonArray list = array(name);
    for (const auto& item : items) {
        JsonObject element = list.object();
        write(element, item);
        element.close();
    }
    list.close();
}

/// A whole document as one string, with a final newline: `write(JsonObject&)` writes the
/// members of its top-level object (`next`, `diff`: small documents).
template <typename Write>
std::string json_object_text(Write&& write) {
    return collect([&](TextSink& sink) {
        BufferedSink out(sink);
        JsonObject object(out);
        write(object);
        object.close();
        out += '\n';
        out.finish();
    });
}

/// The same for a document whose top level is an array: `write(JsonArray&)` writes its
/// elements.
template <typename Write>
std::string json_array_text(Write&& write) {
    return collect([&](TextSink& sink) {
        BufferedSink out(sink);
        JsonArray array(out);
        write(array);
        array.close();
        out += '\n';
        out.finish();
    });
}

/// The writer's steps, shared by json_writer.cpp and the inline members below.
namespace json_detail {
/// `text` as a JSON string (see json_string).
void append_string(std::string& out, std::string_view text);
/// A double as the shortest text that reads back the same (see json_number).
void append_number(std::string& out, double value);
void append_integer(std::string& out, long long value);
/// `"YYYY-MM-DD"`, quotes included.
void append_date(std::string& out, Day day);
/// A line break and `indent` spaces, in one append: the writer's most frequent step.
inline void new_line(std::string& out, int indent) {
    static constexpr std::string_view k_break_and_spaces =
        "\n                                                                ";
    const auto wanted = static_cast<std::size_t>(indent) + 1;
    if (wanted <= k_break_and_spaces.size()) {
        out.append(k_break_and_spaces.substr(0, wanted));
    } else {
        out += '\n';
        out.append(wanted - 1, ' ');
    }
}
}  // namespace json_detail

// ---- objects and arrays, inline: each member of the plan's JSON is one call
// ------------------------------------------------------------------- Each member is appended to
// the buffer in one step, so the buffer checks whether it is full once per member rather than once
// per piece: this is the inner loop of the export.

inline JsonObject::JsonObject(BufferedSink& out, int indent) : out_(out), indent_(indent) {
    out_ += '{';
}

inline void JsonObject::member(std::string& out, std::string_view name) {
    if (!first_) out += ',';
    first_ = false;
    json_detail::new_line(out, indent_ + 2);
    // Member names are the callers' own ASCII literals: nothing to escape.
    out += '"';
    out.append(name);
    out.append(std::string_view("\": "));
}

inline void JsonObject::key(std::string_view name) {
    out_.append_with([&](std::string& out) { member(out, name); });
}

inline void JsonObject::string(std::string_view name, std::string_view value) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        json_detail::append_string(out, value);
    });
}

inline void JsonObject::optional_string(std::string_view name, std::string_view value) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        if (value.empty())
            out.append(std::string_view("null"));
        else
            json_detail::append_string(out, value);
    });
}

inline void JsonObject::string_or_null(std::string_view name,
                                       const std::optional<std::string_view>& value) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        if (value)
            json_detail::append_string(out, *value);
        else
            out.append(std::string_view("null"));
    });
}

inline void JsonObject::date(std::string_view name, const std::optional<Day>& value) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        if (value)
            json_detail::append_date(out, *value);
        else
            out.append(std::string_view("null"));
    });
}

inline void JsonObject::integer(std::string_view name, long long value) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        json_detail::append_integer(out, value);
    });
}

inline void JsonObject::number(std::string_view name, double value) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        json_detail::append_number(out, value);
    });
}

inline void JsonObject::boolean(std::string_view name, bool value) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        out.append(value ? std::string_view("true") : std::string_view("false"));
    });
}

inline void JsonObject::null(std::string_view name) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        out.append(std::string_view("null"));
    });
}

inline void JsonObject::string_value(std::string_view value) {
    out_.append_with([&](std::string& out) { json_detail::append_string(out, value); });
}

inline void JsonObject::null_value() {
    out_ += std::string_view("null");
}

template <typename Strings>
void JsonObject::strings(std::string_view name, const Strings& values) {
    out_.append_with([&](std::string& out) {
        member(out, name);
        if (values.empty()) {
            out.append(std::string_view("[]"));
            return;
        }
        out += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0) out += ',';
            json_detail::new_line(out, indent_ + 4);
            json_detail::append_string(out, std::string_view(values[i]));
        }
        json_detail::new_line(out, indent_ + 2);
        out += ']';
    });
}

inline JsonObject JsonObject::object(std::string_view name) {
    key(name);
    return JsonObject(out_, indent_ + 2);
}

inline JsonArray JsonObject::array(std::string_view name) {
    key(name);
    return JsonArray(out_, indent_ + 2);
}

inline void JsonObject::close() {
    out_.append_with([&](std::string& out) {
        if (!first_) json_detail::new_line(out, indent_);
        out += '}';
    });
}

inline JsonArray::JsonArray(BufferedSink& out, int indent) : out_(out), indent_(indent) {
    out_ += '[';
}

inline void JsonArray::next(std::string& out) {
    if (!first_) out += ',';
    first_ = false;
    json_detail::new_line(out, indent_ + 2);
}

inline JsonObject JsonArray::object() {
    out_.append_with([&](std::string& out) {
        next(out);
        out += '{';
    });
    return JsonObject(out_, indent_ + 2, JsonObject::Opened{});
}

inline void JsonArray::string(std::string_view value) {
    out_.append_with([&](std::string& out) {
        next(out);
        json_detail::append_string(out, value);
    });
}

inline void JsonArray::close() {
    out_.append_with([&](std::string& out) {
        if (!first_) json_detail::new_line(out, indent_);
        out += ']';
    });
}

}  // namespace handover
