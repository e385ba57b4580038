// `--format json`: the machine contract of SPEC section 4 (schema_version 1). Key order
// and layout are part of the contract (2-space indent, `[]` for empty arrays, whole hours
// as `1.0`), as is what a JSON library's pretty printer would produce for them.
//
// The document is written straight into one string instead of being built as a JSON DOM
// and dumped: at 100,000 clients the DOM cost three times the time and a gigabyte of
// memory (docs/benchmarks.md).
#include <fmt/format.h>

#include "handover/render.hpp"

namespace handover {
namespace {

constexpr int k_schema_version = 1;

/// Appends `text` as a JSON string: quotes, backslashes and control characters escaped,
/// UTF-8 kept as it is, and any invalid byte replaced by U+FFFD so the output stays JSON.
void append_string(std::string& out, std::string_view text) {
    out += '"';
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '"':
                    out += "\\\"";
                    break;
                case '\\':
                    out += "\\\\";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                default:
                    if (c < 0x20) {
                        fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        // A multi-byte sequence: copy it whole when it is well-formed UTF-8.
        const std::size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
        bool valid = length > 0 && c <= 0xF4 && i + length <= text.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        }
        if (valid && length >= 3) {
            const auto c1 = static_cast<unsigned char>(text[i + 1]);
            // No overlong forms, no surrogates, nothing above U+10FFFF.
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
                (c == 0xF4 && c1 >= 0x90))
                valid = false;
        }
        if (valid) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    out += '"';
}

/// A double as the shortest text that reads back the same, always with a decimal point.
void append_number(std::string& out, double value) {
    const std::size_t start = out.size();
    fmt::format_to(std::back_inserter(out), "{}", value);
    if (out.find_first_of(".eEn", start) == std::string::npos) out += ".0";
}

/// Writes `"key": ` at the given indentation, after a comma when not the first member.
class ObjectWriter {
  public:
    ObjectWriter(std::string& out, int indent) : out_(out), indent_(indent) { out_ += '{'; }

    void key(std::string_view name) {
        out_ += first_ ? "\n" : ",\n";
        first_ = false;
        out_.append(static_cast<std::size_t>(indent_ + 2), ' ');
        append_string(out_, name);
        out_ += ": ";
    }
    void string(std::string_view name, std::string_view value) {
        key(name);
        append_string(out_, value);
    }
    void optional_string(std::string_view name, const std::optional<std::string>& value) {
        key(name);
        if (value)
            append_string(out_, *value);
        else
            out_ += "null";
    }
    void date(std::string_view name, const std::optional<Day>& value) {
        key(name);
        if (value)
            append_string(out_, format_iso(*value));
        else
            out_ += "null";
    }
    void string_value(std::string_view value) { append_string(out_, value); }
    void null_value() { out_ += "null"; }
    void integer(std::string_view name, long long value) {
        key(name);
        fmt::format_to(std::back_inserter(out_), "{}", value);
    }
    void number(std::string_view name, double value) {
        key(name);
        append_number(out_, value);
    }
    void boolean(std::string_view name, bool value) {
        key(name);
        out_ += value ? "true" : "false";
    }
    void strings(std::string_view name, const std::vector<std::string>& values) {
        key(name);
        if (values.empty()) {
            out_ += "[]";
            return;
        }
        out_ += '[';
        for (std::size_t i = 0; i < values.size(); ++i) {
            out_ += i == 0 ? "\n" : ",\n";
            out_.append(static_cast<std::size_t>(indent_ + 4), ' ');
            append_string(out_, values[i]);
        }
        out_ += '\n';
        out_.append(static_cast<std::size_t>(indent_ + 2), ' ');
        out_ += ']';
    }
    /// An array of objects, each written by `write(ObjectWriter&, const T&)`.
    template <typename T, typename F>
    void objects(std::string_view name, const std::vector<T>& items, F&& write) {
        key(name);
        if (items.empty()) {
            out_ += "[]";
            return;
        }
        out_ += '[';
        for (std::size_t i = 0; i < items.size(); ++i) {
            out_ += i == 0 ? "\n" : ",\n";
            out_.append(static_cast<std::size_t>(indent_ + 4), ' ');
            ObjectWriter element(out_, indent_ + 4);
            write(element, items[i]);
            element.close();
        }
        out_ += '\n';
        out_.append(static_cast<std::size_t>(indent_ + 2), ' ');
        out_ += ']';
    }
    void close() {
        if (first_) {
            out_ += '}';
            return;
        }
        out_ += '\n';
        out_.append(static_cast<std::size_t>(indent_), ' ');
        out_ += '}';
    }

  private:
    std::string& out_;
    int indent_;
    bool first_ = true;
};

void write_task(ObjectWriter& w, const Task& task) {
    w.string("id", task.id);
    w.integer("step", task.step);
    w.string("kind", task.kind);
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
    w.string("rule", task.rule);
    w.boolean("meeting", task.meeting);
    if (task.kind == "notify") w.strings("talking_points", task.talking_points);
}

void write_client(ObjectWriter& w, const ClientPlan& client) {
    w.string("id", client.id);
    w.string("name", client.name);
    w.string("stage", to_string(client.stage));
    w.string("method", to_string(client.method));
    w.string("method_reason", client.method_reason);
    w.string("successor", client.successor);
    w.integer("priority", client.priority);
    w.date("expected_close", client.expected_close);
    w.date("notify_date", client.notify_date);
    w.date("introduce_date", client.introduce_date);
    w.boolean("change_averse", client.change_averse);
}

void write_warning(ObjectWriter& w, const Warning& warning) {
    w.string("code", warning.code);
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

}  // namespace

// Input is unused: everything the contract names is in the plan, and the input's private
// notes must never reach this output.
std::string render_json(const Plan& plan, const Input& /*input*/,
                        const RenderOptions& /*options*/) {
    std::string out;
    // About 600 bytes a task once talking points and reasons are in; one allocation.
    out.reserve(1024 + plan.tasks.size() * 640 + plan.clients.size() * 320 +
                plan.warnings.size() * 320);
    ObjectWriter w(out, 0);
    w.integer("schema_version", k_schema_version);
    w.date("today", plan.today);
    w.date("last_day", plan.last_day);
    w.date("end_date", plan.end_date);
    w.date("support_until", plan.support_until);
    w.date("disclose_from", plan.disclose_from);
    w.string("lang", to_string(plan.lang));
    w.string("me", plan.me);
    w.string("manager", plan.manager);
    w.string("successor", plan.successor);
    w.objects("tasks", plan.tasks, write_task);
    w.objects("clients", plan.clients, write_client);
    w.objects("warnings", plan.warnings, write_warning);
    w.objects("load", plan.load, write_load);
    w.close();
    out += '\n';
    return out;
}

}  // namespace handover
