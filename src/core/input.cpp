// Reading and validating clients.json: the one place where untrusted text becomes an Input.
// Every problem is collected (a user fixes a file in one pass, not one error per run) and
// each one names the JSON pointer, the client, what was expected and a likely correction.
#include "handover/input.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <span>
#include <system_error>

#include "handover/diagnostics.hpp"
#include "handover/schema.hpp"
#include "handover/suggest.hpp"
#include "handover/task_ids.hpp"

namespace handover {
namespace {

using json = nlohmann::json;
using Keys = std::span<const std::string_view>;

/// A problem with the file as a whole (no pointer): nothing more can be read from it.
[[noreturn]] void refuse(const std::string& file, std::string message) {
    throw InputError(file, {{{}, {}, std::move(message), {}}});
}

// ----------------------------------------------------------------------------------------
// Showing user text in messages

/// User text echoed in a message: control characters escaped (a key must not be able to
/// drive the terminal), invalid UTF-8 shown as \xNN, and long text cut short.
std::string shown(std::string_view text, std::size_t max_chars = 48) {
    std::string out;
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (chars == max_chars) return out + "...";
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        if (byte >= 0xC2 && byte <= 0xDF) length = 2;
        if (byte >= 0xE0 && byte <= 0xEF) length = 3;
        if (byte >= 0xF0 && byte <= 0xF4) length = 4;
        bool valid = byte < 0x80 || length > 1;
        for (std::size_t k = 1; valid && k < length; ++k) {
            valid = i + k < text.size() && (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        }
        if (!valid) {
            out += fmt::format("\\x{:02X}", byte);
            length = 1;
        } else if (byte < 0x20 || byte == 0x7F) {
            out += fmt::format("\\u{:04X}", byte);
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
        ++chars;
    }
    return out;
}

/// One reference token of a JSON pointer (RFC 6901 escapes), made safe to print.
std::string pointer_token(std::string_view key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~') {
            escaped += "~0";
        } else if (c == '/') {
            escaped += "~1";
        } else {
            escaped += c;
        }
    }
    return shown(escaped, 80);
}

std::string child(const std::string& pointer, std::string_view key) {
    return pointer + "/" + pointer_token(key);
}
std::string child(const std::string& pointer, std::size_t index) {
    return pointer + "/" + std::to_string(index);
}

std::string join(Keys words) {
    std::string out;
    for (std::string_view word : words) {
        if (!out.empty()) out += ", ";
        out += word;
    }
    return out;
}

/// A number as people write it: 24, 0.5, 1000000000000000 (not 1e+15).
std::string shown_number(double value) {
    if (std::abs(value) < 1e16 && value == std::floor(value)) return fmt::format("{:.0f}", value);
    return fmt::format("{}", value);
}

/// The line and column (both from 1; the column counts characters, not bytes) of a byte
/// offset, since that is how editors let a user jump to the spot.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// ----------------------------------------------------------------------------------------
// Parsing

/// A client id as k_client_id_pattern says; the parser and the validator both ask.
/// "--" is refused as well: ids are written into HTML comments (`<!-- id: ... -->`) in the
/// Markdown checklist, where "--" would end the comment early.
bool is_client_id(std::string_view id) {
    return !id.empty() && id.size() <= k_max_client_id && id.find("--") == id.npos &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
           });
}

/// Builds the DOM as nlohmann's own parser would, and in the same pass:
/// - reports duplicate keys, which nlohmann resolves silently by keeping the last one;
/// - refuses nesting deeper than k_max_depth. nlohmann's parser keeps its own state on the
///   heap (no recursion), so stopping here bounds every later recursive walk;
/// - knows the JSON pointer of the value being read when a syntax error stops the parse.
class DomBuilder final : public nlohmann::json_sax<json> {
  public:
    DomBuilder(std::string_view text, Lang lang) : text_(text), lang_(lang) {}

    json& root() { return root_; }
    std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

    bool null() override { return put(json(nullptr)); }
    bool boolean(bool value) override { return put(json(value)); }
    bool number_integer(number_integer_t value) override { return put(json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return put(json(value)); }
    bool number_float(number_float_t value, const string_t&) override { return put(json(value)); }
    bool string(string_t& value) override { return put(json(std::move(value))); }
    bool binary(binary_t&) override { return true; }  // JSON text has no binary values

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& key) override {
        Frame& top = stack_.back();
        if (top.value->contains(key)) {
            diagnostics_.push_back({child(pointer(), key),
                                    client_id(),
                                    trf(lang_, "input.duplicate_key", fmt::arg("key", shown(key))),
                                    {}});
        }
        top.key = std::move(key);
        top.has_key = true;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& error) override {
        diagnostics_.push_back({pointer(), client_id(), describe(position, token, error), {}});
        return false;
    }

  private:
    struct Frame {
        json* value;
        std::string key;  ///< the key being read, for objects
        bool has_key = false;
    };

    /// Where a new value goes: the root, the end of an array, or the current key.
    json& slot() {
        if (stack_.empty()) return root_;
        Frame& top = stack_.back();
        if (top.value->is_array()) {
            top.value->push_back(nullptr);
            return top.value->back();
        }
        return (*top.value)[top.key];
    }

    bool put(json&& value) {
        slot() = std::move(value);
        if (!stack_.empty()) stack_.back().has_key = false;
        return true;
    }

    bool open(json&& container) {
        if (stack_.size() >= static_cast<std::size_t>(k_max_depth)) {
            diagnostics_.push_back({pointer(),
                                    client_id(),
                                    trf(lang_, "input.too_deep", fmt::arg("limit", k_max_depth)),
                                    {}});
            return false;
        }
        json& target = slot();
        target = std::move(container);
        stack_.push_back({&target, {}, false});
        return true;
    }

    bool close() {
        stack_.pop_back();
        if (!stack_.empty()) stack_.back().has_key = false;
        return true;
    }

    /// The id of the client being read, when it came before the problem.
    std::string client_id() const {
        if (stack_.size() < 3 || stack_[0].key != "clients" || !stack_[1].value->is_array()) {
            return {};
        }
        const json& client = *stack_[2].value;
        const auto id = client.find("id");
        if (id == client.end() || !id->is_string()) return {};
        const auto& text = id->get_ref<const std::string&>();
        return is_client_id(text) ? text : std::string();
    }

    /// The pointer of the value being read: arrays point at the element in progress.
    std::string pointer() const {
        std::string out;
        for (std::size_t i = 0; i < stack_.size(); ++i) {
            const Frame& frame = stack_[i];
            const bool innermost = i + 1 == stack_.size();
            if (frame.value->is_array()) {
                const std::size_t size = frame.value->size();
                out = child(out, innermost ? size : size - 1);
            } else if (frame.has_key) {
                out = child(out, frame.key);
            }
        }
        return out;
    }

    /// nlohmann's message is English and names its own tokens; it is mapped to a localized
    /// explanation of the usual causes, keeping its text only for cases never seen.
    std::string describe(std::size_t position, const std::string& lexed,
                         const nlohmann::detail::exception& error) const {
        const std::string_view what = error.what();
        const auto has = [&](std::string_view part) { return what.find(part) != what.npos; };
        // `position` counts the characters read, the offending one included.
        const bool at_end = position > text_.size();
        std::size_t offset = position == 0 ? 0 : position - 1;
        std::string detail;
        const auto about = [&](std::string_view key, const Token& token) {
            offset = token.begin;
            detail = trf(lang_, key, fmt::arg("token", quoted(token.text)));
        };
        if (has("ill-formed UTF-8")) {
            detail = tr(lang_, "input.json.utf8");
        } else if (has("control character")) {
            detail = tr(lang_, "input.json.control");
        } else if (has("invalid string") && !has("missing closing quote")) {
            detail = tr(lang_, "input.json.escape");
        } else if (has("invalid comment")) {
            detail = tr(lang_, "input.json.comment");
        } else if (error.id == 406) {
            about("input.json.overflow", lexed_token(position, lexed));
        } else if (at_end) {
            offset = text_.size();
            detail = tr(lang_, "input.json.truncated");
        } else if (has("invalid number")) {
            about("input.json.number", number_token(position, lexed));
        } else if (has("invalid literal")) {
            about("input.json.literal", bad_word(position));
        } else if (has("; expected end of input")) {
            about("input.json.extra", complete_token(position, lexed));
        } else if (has("; expected string literal")) {
            about("input.json.expected_key", complete_token(position, lexed));
        } else if (has("; expected ':'")) {
            about("input.json.expected_colon", complete_token(position, lexed));
        } else if (has("; expected '}'")) {
            about("input.json.expected_object_end", complete_token(position, lexed));
        } else if (has("; expected ']'")) {
            about("input.json.expected_array_end", complete_token(position, lexed));
        } else if (has("unexpected")) {
            about("input.json.expected_value", complete_token(position, lexed));
        } else {
            detail = trf(lang_, "input.json.other", fmt::arg("detail", shown(what, 200)));
        }
        const auto [line, column] = line_and_column(text_, offset);
        return trf(lang_, "input.json.syntax", fmt::arg("line", line), fmt::arg("column", column),
                   fmt::arg("detail", detail));
    }

    // nlohmann reports the position just past the offending character, and a copy of the
    // token that is exact for strings and numbers only (before punctuation and literals it
    // still holds earlier characters). The other tokens are read back from the text.
    struct Token {
        std::size_t begin;
        std::string text;
    };

    static std::string quoted(const std::string& token) {
        if (token.starts_with('"') || token.starts_with('\'')) return shown(token, 32);
        return "'" + shown(token, 32) + "'";
    }

    /// A string or number token, as nlohmann lexed it.
    static Token lexed_token(std::size_t end, const std::string& lexed) {
        return {end - std::min(end, lexed.size()), lexed};
    }

    /// A malformed number without the character that stopped it ("1.}" -> "1.").
    static Token number_token(std::size_t end, const std::string& lexed) {
        Token token = lexed_token(end, lexed);
        if (token.text.size() > 1 &&
            std::string_view("0123456789.eE+-").find(token.text.back()) == std::string_view::npos) {
            token.text.pop_back();
        }
        return token;
    }

    /// A token that was read in full but came at the wrong place.
    Token complete_token(std::size_t end, const std::string& lexed) const {
        const char last = text_[end - 1];
        if (std::string_view("{}[],:").find(last) != std::string_view::npos) {
            return {end - 1, std::string(1, last)};
        }
        if (is_letter(last)) {  // true, false, null
            std::size_t begin = end - 1;
            while (begin > 0 && is_letter(text_[begin - 1])) --begin;
            return {begin, std::string(text_.substr(begin, end - begin))};
        }
        return lexed_token(end, lexed);
    }

    /// The bare word around a character that cannot start or continue a value: an unquoted
    /// key, a single-quoted string, a misspelt literal.
    Token bad_word(std::size_t end) const {
        const auto is_word = [](char c) {
            return is_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '\'';
        };
        std::size_t at = end - 1;
        // "tru]": the word is what came before the character that ended it.
        if (!is_word(text_[at]) && at > 0 && is_word(text_[at - 1])) --at;
        std::size_t begin = at;
        while (begin > 0 && is_word(text_[begin - 1])) --begin;
        std::size_t stop = at + 1;
        while (stop < text_.size() && is_word(text_[stop])) ++stop;
        return {begin, std::string(text_.substr(begin, stop - begin))};
    }

    static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    std::string_view text_;
    Lang lang_;
    json root_;
    std::vector<Frame> stack_;
    std::vector<Diagnostic> diagnostics_;
};

// ----------------------------------------------------------------------------------------
// Validation

constexpr std::string_view k_root_keys[] = {
    "$schema",  "version",       "me",       "manager", "successor",  "today",   "last_day",
    "end_date", "support_until", "calendar", "policy",  "job_search", "clients", "done"};
constexpr std::string_view k_person_keys[] = {"name"};
constexpr std::string_view k_manager_keys[] = {"name", "disclose_from"};
constexpr std::string_view k_calendar_keys[] = {"workdays", "holidays", "blocked", "hours_per_day",
                                                "max_meetings_per_day"};
constexpr std::string_view k_blocked_keys[] = {"date", "hours", "reason"};
constexpr std::string_view k_policy_keys[] = {
    "notice_days", "notify_earliest_days", "notify_latest_days", "intro_buffer_days", "high_value"};
constexpr std::string_view k_job_search_keys[] = {"interviews", "weekly_review"};
constexpr std::string_view k_interview_keys[] = {"date", "hours", "company"};
constexpr std::string_view k_client_keys[] = {
    "id",           "name",          "contact",          "stage",     "expected_close", "value",
    "relationship", "change_averse", "preferred_method", "successor", "notes",          "history",
    "next_events"};
constexpr std::string_view k_event_keys[] = {"date", "what"};
constexpr std::string_view k_holiday_calendars[] = {"JP"};

/// A did-you-mean that also catches a wrong case ("Closing", "jp"), which an edit distance
/// over short words would reject.
std::string suggest(std::string_view word, Keys candidates) {
    const auto same_letters = [](std::string_view a, std::string_view b) {
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        };
        return a.size() == b.size() &&
               std::equal(a.begin(), a.end(), b.begin(),
                          [&](char x, char y) { return lower(x) == lower(y); });
    };
    for (std::string_view candidate : candidates) {
        if (same_letters(word, candidate)) return std::string(candidate);
    }
    return did_you_mean(word, candidates);
}

/// The id a user probably meant: "Acme Corp" -> "acme-corp". Empty when nothing is left.
std::string client_id_suggestion(std::string_view id) {
    std::string out;
    for (char c : id) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == ' ' || c == '.') c = '-';
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') out += c;
    }
    return is_client_id(out) ? out : std::string();
}

/// Task ids are generated ASCII (`acme/notify`); anything else cannot name a task.
bool is_task_id_like(std::string_view key) {
    return !key.empty() && key.size() <= k_max_task_id &&
           std::all_of(key.begin(), key.end(), [](char c) { return c > ' ' && c < 0x7F; });
}

Day add_years(Day day, int years) {
    const date::year_month_day ymd{day};
    const date::year_month_day later = ymd + date::years{years};
    // 29 February has no twin in most years: use the last day of that February.
    return later.ok() ? Day{later} : Day{later.year() / later.month() / date::last};
}

/// Walks the DOM once, checks every rule and fills the Input as it goes. The Input is only
/// handed out when no diagnostic was raised.
class Validator {
  public:
    Validator(Lang lang, std::optional<Day> today_flag) : lang_(lang), today_flag_(today_flag) {}

    std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

    Input read(const json& root) {
        if (!object(root, "", k_root_keys)) return std::move(input_);
        // Another version means another format: its other problems would only be noise.
        if (const json* version = field(root, "version")) {
            if (!version->is_number()) {
                wrong_type(*version, "/version", tr(lang_, "input.type.integer"));
            } else if (version->get<double>() != k_format_version) {
                diagnostics_ = {{"/version",
                                 {},
                                 trf(lang_, "input.version",
                                     fmt::arg("version", shown_number(version->get<double>()))),
                                 {}}};
                return std::move(input_);
            }
        } else {
            missing("", "version");
        }
        if (const json* schema = field(root, "$schema")) text(*schema, "/$schema");
        if (const json* me = field(root, "me")) input_.me = person(*me, "/me");
        if (const json* manager = field(root, "manager")) read_manager(*manager);
        if (const json* successor = field(root, "successor")) {
            input_.successor = person(*successor, "/successor");
        }
        const std::optional<Day> today_in_file = optional_date(root, "", "today");
        input_.today_in_file = today_in_file.has_value();
        const std::optional<Day> last_day = required_date(root, "", "last_day");
        input_.end_date = optional_date(root, "", "end_date");
        input_.support_until = optional_date(root, "", "support_until");
        if (const json* calendar = field(root, "calendar")) read_calendar(*calendar);
        if (const json* policy = field(root, "policy")) read_policy(*policy);
        if (const json* job_search = field(root, "job_search")) read_job_search(*job_search);
        if (const json* clients = required(root, "", "clients")) read_clients(*clients);

        // A `today` in the file that failed to read leaves nothing to compare against.
        const bool today_known = today_flag_ || today_in_file || !field(root, "today");
        input_.today = today_flag_ ? *today_flag_ : today_in_file ? *today_in_file : local_today();
        if (last_day) {
            input_.last_day = *last_day;
            check_dates_against_last_day(today_known);
        }
        if (const json* done = field(root, "done")) read_done(*done, today_known);
        return std::move(input_);
    }

  private:
    // --- reporting ---

    void report(std::string pointer, std::string message, std::string suggestion = {}) {
        diagnostics_.push_back(
            {std::move(pointer), client_, std::move(message), std::move(suggestion)});
    }

    std::string found(const json& value) const {
        switch (value.type()) {
            case json::value_t::null:
                return std::string(tr(lang_, "input.type.null"));
            case json::value_t::boolean:
                return std::string(tr(lang_, "input.type.boolean"));
            case json::value_t::string:
                return std::string(tr(lang_, "input.type.string"));
            case json::value_t::array:
                return std::string(tr(lang_, "input.type.array"));
            case json::value_t::object:
                return std::string(tr(lang_, "input.type.object"));
            default:
                return std::string(tr(lang_, "input.type.number"));
        }
    }

    /// `expected` is already localized: a type name, or a list of choices.
    void wrong_type(const json& value, const std::string& pointer, std::string_view expected) {
        report(pointer, trf(lang_, "input.type", fmt::arg("expected", expected),
                            fmt::arg("found", found(value))));
    }

    void missing(const std::string& pointer, std::string_view key) {
        report(pointer, trf(lang_, "input.missing_key", fmt::arg("key", key)));
    }

    // --- structure ---

    /// True when `value` is an object; reports every key not in `keys` on the way.
    bool object(const json& value, const std::string& pointer, Keys keys) {
        if (!value.is_object()) {
            wrong_type(value, pointer, tr(lang_, "input.type.object"));
            return false;
        }
        for (const auto& [key, unused] : value.items()) {
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            // Without a likely correction, the list of keys is the next best help.
            std::string suggestion = suggest(key, keys);
            std::string message =
                suggestion.empty()
                    ? trf(lang_, "input.unknown_key.allowed", fmt::arg("key", shown(key)),
                          fmt::arg("allowed", join(keys)))
                    : trf(lang_, "input.unknown_key", fmt::arg("key", shown(key)));
            report(child(pointer, key), std::move(message), std::move(suggestion));
        }
        return true;
    }

    /// Calls `each(item, pointer, index)` for every element when `value` is an array.
    template <typename Each>
    bool array(const json& value, const std::string& pointer, Each each) {
        if (!value.is_array()) {
            wrong_type(value, pointer, tr(lang_, "input.type.array"));
            return false;
        }
        for (std::size_t i = 0; i < value.size(); ++i) each(value[i], child(pointer, i), i);
        return true;
    }

    static const json* field(const json& object, std::string_view key) {
        if (!object.is_object()) return nullptr;
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    const json* required(const json& object, const std::string& pointer, std::string_view key) {
        const json* value = field(object, key);
        if (value == nullptr) missing(pointer, key);
        return value;
    }

    // --- scalars ---

    std::optional<std::string> text(const json& value, const std::string& pointer) {
        if (!value.is_string()) {
            wrong_type(value, pointer, tr(lang_, "input.type.string"));
            return std::nullopt;
        }
        return value.get<std::string>();
    }

    std::optional<std::string> name(const json& value, const std::string& pointer) {
        auto result = text(value, pointer);
        if (result && result->empty()) {
            report(pointer, std::string(tr(lang_, "input.name.empty")));
            return std::nullopt;
        }
        return result;
    }

    std::optional<bool> boolean(const json& value, const std::string& pointer) {
        if (!value.is_boolean()) {
            wrong_type(value, pointer, tr(lang_, "input.type.boolean"));
            return std::nullopt;
        }
        return value.get<bool>();
    }

    std::optional<double> number(const json& value, const std::string& pointer, double min,
                                 double max, bool exclusive_min = false) {
        if (!value.is_number()) {
            wrong_type(value, pointer, tr(lang_, "input.type.number"));
            return std::nullopt;
        }
        const double x = value.get<double>();
        if ((exclusive_min ? x <= min : x < min) || x > max) {
            report(pointer,
                   trf(lang_, exclusive_min ? "input.range.exclusive" : "input.range",
                       fmt::arg("min", shown_number(min)), fmt::arg("max", shown_number(max)),
                       fmt::arg("value", shown_number(x))));
            return std::nullopt;
        }
        return x;
    }

    /// A whole number; 30.0 counts, as it does in JSON Schema.
    std::optional<int> integer(const json& value, const std::string& pointer, int min, int max) {
        if (!value.is_number()) {
            wrong_type(value, pointer, tr(lang_, "input.type.integer"));
            return std::nullopt;
        }
        const double x = value.get<double>();
        if (x != std::floor(x)) {
            report(pointer,
                   trf(lang_, "input.type", fmt::arg("expected", tr(lang_, "input.type.integer")),
                       fmt::arg("found", trf(lang_, "input.type.fraction",
                                             fmt::arg("value", shown_number(x))))));
            return std::nullopt;
        }
        if (x < min || x > max) {
            report(pointer, trf(lang_, "input.range.integer", fmt::arg("min", min),
                                fmt::arg("max", max), fmt::arg("value", shown_number(x))));
            return std::nullopt;
        }
        return static_cast<int>(x);
    }

    /// One of `names`, as its index.
    std::optional<std::size_t> choice(const json& value, const std::string& pointer, Keys names) {
        if (!value.is_string()) {
            wrong_type(value, pointer,
                       trf(lang_, "input.type.choice", fmt::arg("choices", join(names))));
            return std::nullopt;
        }
        const auto& word = value.get_ref<const std::string&>();
        const auto it = std::find(names.begin(), names.end(), word);
        if (it == names.end()) {
            report(pointer,
                   trf(lang_, "input.choice", fmt::arg("value", shown(word)),
                       fmt::arg("choices", join(names))),
                   suggest(word, names));
            return std::nullopt;
        }
        return static_cast<std::size_t>(it - names.begin());
    }

    /// A date string, already known to be a string.
    std::optional<Day> date_text(const std::string& text, const std::string& pointer) {
        const std::optional<Day> day = parse_iso_date(text);
        if (!day) {
            // The right shape but no such day (2027-02-29, 2026-13-01) deserves its own words.
            const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                                std::count_if(text.begin(), text.end(),
                                              [](char c) { return c >= '0' && c <= '9'; }) == 8;
            report(pointer, shaped
                                ? trf(lang_, "input.date.unreal", fmt::arg("text", text))
                                : trf(lang_, "input.date.format", fmt::arg("text", shown(text))));
            return std::nullopt;
        }
        if (!in_supported_range(*day)) {
            report(pointer, trf(lang_, "input.date.range", fmt::arg("date", text),
                                fmt::arg("min", k_min_year), fmt::arg("max", k_max_year)));
            return std::nullopt;
        }
        return day;
    }

    std::optional<Day> date(const json& value, const std::string& pointer) {
        if (!value.is_string()) {
            wrong_type(value, pointer, tr(lang_, "input.type.date"));
            return std::nullopt;
        }
        return date_text(value.get_ref<const std::string&>(), pointer);
    }

    std::optional<Day> optional_date(const json& object, const std::string& pointer,
                                     std::string_view key) {
        const json* value = field(object, key);
        return value ? date(*value, child(pointer, key)) : std::nullopt;
    }

    std::optional<Day> required_date(const json& object, const std::string& pointer,
                                     std::string_view key) {
        const json* value = required(object, pointer, key);
        return value ? date(*value, child(pointer, key)) : std::nullopt;
    }

    // --- sections ---

    /// `{ "name": "..." }`: me, successor.
    std::string person(const json& value, const std::string& pointer) {
        if (!object(value, pointer, k_person_keys)) return {};
        const json* name_value = required(value, pointer, "name");
        if (!name_value) return {};
        return name(*name_value, child(pointer, "name")).value_or("");
    }

    void read_manager(const json& value) {
        const std::string pointer = "/manager";
        if (!object(value, pointer, k_manager_keys)) return;
        if (const json* name_value = required(value, pointer, "name")) {
            input_.manager = name(*name_value, pointer + "/name").value_or("");
        }
        input_.disclose_from = optional_date(value, pointer, "disclose_from");
    }

    void read_calendar(const json& value) {
        const std::string pointer = "/calendar";
        if (!object(value, pointer, k_calendar_keys)) return;
        CalendarConfig& calendar = input_.calendar;
        if (const json* workdays = field(value, "workdays")) {
            read_workdays(*workdays, pointer + "/workdays");
        }
        if (const json* holidays = field(value, "holidays")) {
            array(*holidays, pointer + "/holidays",
                  [&](const json& item, const std::string& at, std::size_t) {
                      read_holiday(item, at);
                  });
        }
        if (const json* blocked = field(value, "blocked")) {
            array(*blocked, pointer + "/blocked",
                  [&](const json& item, const std::string& at, std::size_t) {
                      if (!object(item, at, k_blocked_keys)) return;
                      BlockedTime block;
                      const auto day = required_date(item, at, "date");
                      if (const json* hours = field(item, "hours")) {
                          block.hours = number(*hours, at + "/hours", 0, k_max_hours, true);
                      }
                      if (const json* reason = field(item, "reason")) {
                          block.reason = text(*reason, at + "/reason").value_or("");
                      }
                      if (day) {
                          block.date = *day;
                          calendar.blocked.push_back(std::move(block));
                      }
                  });
        }
        if (const json* hours = field(value, "hours_per_day")) {
            if (auto x = number(*hours, pointer + "/hours_per_day", 0, k_max_hours, true)) {
                calendar.hours_per_day = *x;
            }
        }
        if (const json* meetings = field(value, "max_meetings_per_day")) {
            if (auto n = integer(*meetings, pointer + "/max_meetings_per_day", 0,
                                 k_max_meetings_per_day)) {
                calendar.max_meetings_per_day = *n;
            }
        }
    }

    void read_workdays(const json& value, const std::string& pointer) {
        std::array<bool, 7> days{};
        const bool is_array =
            array(value, pointer, [&](const json& item, const std::string& at, std::size_t) {
                if (auto day = choice(item, at, k_weekday_names)) {
                    if (days[*day]) {
                        report(at, trf(lang_, "input.workdays.duplicate",
                                       fmt::arg("day", k_weekday_names[*day])));
                    }
                    days[*day] = true;
                }
            });
        if (!is_array) return;
        if (value.empty()) report(pointer, std::string(tr(lang_, "input.workdays.empty")));
        input_.calendar.workdays = days;
    }

    void read_holiday(const json& item, const std::string& pointer) {
        if (!item.is_string()) {
            wrong_type(item, pointer, tr(lang_, "input.type.holiday"));
            return;
        }
        const auto& text_value = item.get_ref<const std::string&>();
        if (text_value == "JP") {
            input_.calendar.japanese_holidays = true;
            return;
        }
        // A word is a calendar name; anything with a digit was meant as a date.
        const bool has_digit = std::any_of(text_value.begin(), text_value.end(),
                                           [](char c) { return c >= '0' && c <= '9'; });
        if (!has_digit) {
            report(pointer,
                   trf(lang_, "input.holiday.unknown", fmt::arg("value", shown(text_value))),
                   suggest(text_value, k_holiday_calendars));
            return;
        }
        if (auto day = date_text(text_value, pointer)) input_.calendar.holidays.push_back(*day);
    }

    void read_policy(const json& value) {
        const std::string pointer = "/policy";
        if (!object(value, pointer, k_policy_keys)) return;
        Policy& policy = input_.policy;
        const auto days = [&](std::string_view key, int min, int& out) {
            if (const json* item = field(value, key)) {
                if (auto n = integer(*item, child(pointer, key), min, k_max_policy_days)) out = *n;
            }
        };
        days("notice_days", 0, policy.notice_days);
        days("notify_earliest_days", 1, policy.notify_earliest_days);
        days("notify_latest_days", 0, policy.notify_latest_days);
        days("intro_buffer_days", 0, policy.intro_buffer_days);
        if (const json* high = field(value, "high_value")) {
            if (auto x = number(*high, pointer + "/high_value", 0, k_max_amount)) {
                policy.high_value = *x;
            }
        }
    }

    void read_job_search(const json& value) {
        const std::string pointer = "/job_search";
        if (!object(value, pointer, k_job_search_keys)) return;
        JobSearch& job_search = input_.job_search;
        if (const json* interviews = field(value, "interviews")) {
            array(*interviews, pointer + "/interviews",
                  [&](const json& item, const std::string& at, std::size_t) {
                      if (!object(item, at, k_interview_keys)) return;
                      Interview interview;
                      const auto day = required_date(item, at, "date");
                      if (const json* hours = field(item, "hours")) {
                          interview.hours = number(*hours, at + "/hours", 0, k_max_hours, true)
                                                .value_or(interview.hours);
                      }
                      if (const json* company = field(item, "company")) {
                          interview.company = text(*company, at + "/company").value_or("");
                      }
                      if (day) {
                          interview.date = *day;
                          job_search.interviews.push_back(std::move(interview));
                      }
                  });
        }
        if (const json* weekly = field(value, "weekly_review")) {
            job_search.weekly_review =
                boolean(*weekly, pointer + "/weekly_review").value_or(job_search.weekly_review);
        }
    }

    void read_clients(const json& value) {
        std::map<std::string, std::size_t, std::less<>> first_index;
        array(value, "/clients", [&](const json& item, const std::string& at, std::size_t index) {
            read_client(item, at, index, first_index);
            client_.clear();
        });
    }

    void read_client(const json& value, const std::string& pointer, std::size_t index,
                     std::map<std::string, std::size_t, std::less<>>& first_index) {
        Client client;
        client.index = index;
        // The id comes first so that every other diagnostic of this client can name it.
        if (const json* id = field(value, "id");
            id && id->is_string() && is_client_id(id->get_ref<const std::string&>())) {
            client_ = id->get<std::string>();
        }
        if (!object(value, pointer, k_client_keys)) return;
        if (const json* id = required(value, pointer, "id")) {
            if (auto id_text = text(*id, pointer + "/id")) {
                if (!is_client_id(*id_text)) {
                    report(pointer + "/id",
                           trf(lang_, "input.client_id.invalid", fmt::arg("id", shown(*id_text)),
                               fmt::arg("max", k_max_client_id)),
                           client_id_suggestion(*id_text));
                } else if (auto [it, fresh] = first_index.emplace(*id_text, index); !fresh) {
                    report(pointer + "/id",
                           trf(lang_, "input.client_id.duplicate", fmt::arg("id", *id_text),
                               fmt::arg("index", it->second)));
                }
                client.id = *id_text;
            }
        }
        if (const json* name_value = required(value, pointer, "name")) {
            client.name = name(*name_value, pointer + "/name").value_or("");
        }
        if (const json* contact = field(value, "contact")) {
            client.contact = text(*contact, pointer + "/contact").value_or("");
        }
        if (const json* stage = required(value, pointer, "stage")) {
            if (auto i = choice(*stage, pointer + "/stage", k_stage_names)) {
                client.stage = static_cast<Stage>(*i);
            }
        }
        client.expected_close = optional_date(value, pointer, "expected_close");
        if (const json* amount = field(value, "value")) {
            client.value = number(*amount, pointer + "/value", 0, k_max_amount).value_or(0);
        }
        if (const json* relationship = field(value, "relationship")) {
            if (auto i = choice(*relationship, pointer + "/relationship", k_relationship_names)) {
                client.relationship = static_cast<Relationship>(*i);
            }
        }
        if (const json* averse = field(value, "change_averse")) {
            client.change_averse = boolean(*averse, pointer + "/change_averse").value_or(false);
        }
        if (const json* method = field(value, "preferred_method")) {
            if (auto i = choice(*method, pointer + "/preferred_method", k_method_names)) {
                client.preferred_method = static_cast<Method>(*i);
            }
        }
        if (const json* successor = field(value, "successor")) {
            client.successor = text(*successor, pointer + "/successor").value_or("");
        }
        if (const json* notes = field(value, "notes")) {
            client.notes = text(*notes, pointer + "/notes").value_or("");
        }
        if (const json* history = field(value, "history")) {
            array(*history, pointer + "/history",
                  [&](const json& item, const std::string& at, std::size_t) {
                      if (auto line = text(item, at)) client.history.push_back(std::move(*line));
                  });
        }
        if (const json* events = field(value, "next_events")) {
            array(*events, pointer + "/next_events",
                  [&](const json& item, const std::string& at, std::size_t) {
                      if (!object(item, at, k_event_keys)) return;
                      const auto day = required_date(item, at, "date");
                      std::optional<std::string> what;
                      if (const json* what_value = required(item, at, "what")) {
                          what = text(*what_value, at + "/what");
                      }
                      if (day && what) client.next_events.push_back({*day, std::move(*what)});
                  });
        }
        input_.clients.push_back(std::move(client));
    }

    void check_dates_against_last_day(bool today_known) {
        const Day last_day = input_.last_day;
        const std::string last_text = format_iso(last_day);
        if (today_known) {
            const std::string today_text = format_iso(input_.today);
            if (last_day < input_.today) {
                report("/last_day",
                       trf(lang_, "input.last_day.past", fmt::arg("last_day", last_text),
                           fmt::arg("today", today_text)));
            } else if (last_day > add_years(input_.today, k_max_years_ahead)) {
                report("/last_day",
                       trf(lang_, "input.last_day.too_far", fmt::arg("last_day", last_text),
                           fmt::arg("years", k_max_years_ahead), fmt::arg("today", today_text)));
            }
        }
        const auto not_before = [&](const std::optional<Day>& day, std::string_view key) {
            if (day && *day < last_day) {
                report(child("", key),
                       trf(lang_, "input.before_last_day", fmt::arg("date", format_iso(*day)),
                           fmt::arg("last_day", last_text), fmt::arg("key", key)));
            }
        };
        not_before(input_.end_date, "end_date");
        not_before(input_.support_until, "support_until");
        if (input_.disclose_from && *input_.disclose_from > last_day) {
            report("/manager/disclose_from",
                   trf(lang_, "input.disclose_after_last_day",
                       fmt::arg("date", format_iso(*input_.disclose_from)),
                       fmt::arg("last_day", last_text)));
        }
    }

    /// Task ids are not matched against the plan here: only the engine knows them.
    void read_done(const json& value, bool today_known) {
        if (!value.is_object()) {
            wrong_type(value, "/done", tr(lang_, "input.type.object"));
            return;
        }
        for (const auto& [key, when] : value.items()) {
            const std::string pointer = child("/done", key);
            if (!is_task_id_like(key)) {
                report(pointer, trf(lang_, "input.task_id.invalid", fmt::arg("key", shown(key)),
                                    fmt::arg("max", k_max_task_id)));
                continue;
            }
            const std::optional<Day> day = date(when, pointer);
            if (!day) continue;
            if (today_known && *day > input_.today) {
                report(pointer, trf(lang_, "input.done.future", fmt::arg("date", format_iso(*day)),
                                    fmt::arg("today", format_iso(input_.today))));
                continue;
            }
            input_.done.emplace(key, *day);
        }
    }

    Lang lang_;
    std::optional<Day> today_flag_;
    Input input_;
    std::string client_;  ///< the client being read, for diagnostics
    std::vector<Diagnostic> diagnostics_;
};

// ----------------------------------------------------------------------------------------
// Reading files

std::string read_error_message(int error, Lang lang) {
    switch (error) {
        case ENOENT:
            return std::string(tr(lang, "input.read.not_found"));
        case EACCES:
            return std::string(tr(lang, "input.read.permission"));
        case EISDIR:
            return std::string(tr(lang, "input.read.directory"));
        default:
            return trf(lang, "input.read.failed", fmt::arg("reason", std::strerror(error)));
    }
}

/// Reads a stream to its end, stopping as soon as it passes the size limit (a pipe or a
/// device has no size to check beforehand).
std::string read_stream(std::FILE* stream, const std::string& file, Lang lang) {
    std::string text;
    char buffer[1 << 16];
    while (true) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, stream);
        if (n == 0) break;
        if (text.size() + n > k_max_input_bytes) {
            refuse(file,
                   trf(lang, "input.read.too_large_stream", fmt::arg("limit", k_max_input_bytes)));
        }
        text.append(buffer, n);
    }
    if (std::ferror(stream)) refuse(file, read_error_message(errno, lang));
    return text;
}

std::string read_text(const std::string& path, Lang lang) {
    if (path == "-") return read_stream(stdin, "<stdin>", lang);
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (std::filesystem::is_directory(status)) {
        refuse(path, std::string(tr(lang, "input.read.directory")));
    }
    if (std::filesystem::is_regular_file(status)) {
        // A huge file is refused before a byte of it is read.
        const auto size = std::filesystem::file_size(path, error);
        if (!error && size > k_max_input_bytes) {
            refuse(path, trf(lang, "input.read.too_large", fmt::arg("size", size),
                             fmt::arg("limit", k_max_input_bytes)));
        }
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(path.c_str(), "rb"),
                                                                 &std::fclose);
    if (!stream) refuse(path, read_error_message(errno, lang));
    return read_stream(stream.get(), path, lang);
}

}  // namespace

std::string read_input_text(const std::string& path, Lang lang) {
    return read_text(path, lang);
}

Input parse_input(std::string_view text, const std::string& file, std::optional<Day> today_flag,
                  Lang lang) {
    if (text.size() > k_max_input_bytes) {
        refuse(file, trf(lang, "input.read.too_large", fmt::arg("size", text.size()),
                         fmt::arg("limit", k_max_input_bytes)));
    }
    // Editors on Windows like to start UTF-8 files with a byte order mark.
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    // A second mark is a U+FEFF character before the JSON, which JSON does not allow; the
    // parser would skip it, the `done` editor (rightly) would not.
    if (text.starts_with("\xEF\xBB\xBF")) refuse(file, std::string(tr(lang, "input.double_bom")));
    if (text.find_first_not_of(" \t\r\n") == text.npos)
        refuse(file, std::string(tr(lang, "input.empty")));
    // nlohmann takes a NUL byte for the end of the text; in a text file it means UTF-16.
    if (text.find('\0') != text.npos) refuse(file, std::string(tr(lang, "input.nul")));

    DomBuilder builder(text, lang);
    const bool parsed = json::sax_parse(text, &builder, json::input_format_t::json,
                                        /*strict*/ true, /*ignore_comments*/ true);
    if (!parsed) throw InputError(file, std::move(builder.diagnostics()));

    Validator validator(lang, today_flag);
    Input input = validator.read(builder.root());
    // Duplicate keys first: they come from the text, the rest from reading what is left.
    std::vector<Diagnostic> diagnostics = std::move(builder.diagnostics());
    diagnostics.insert(diagnostics.end(), validator.diagnostics().begin(),
                       validator.diagnostics().end());
    if (!diagnostics.empty()) throw InputError(file, std::move(diagnostics));
    // `done` names tasks; only a valid input says which tasks exist.
    diagnostics = task_id::check_done(input, lang);
    if (!diagnostics.empty()) throw InputError(file, std::move(diagnostics));
    return input;
}

Input load_input(const std::string& path, std::optional<Day> today_flag, Lang lang) {
    return parse_input(read_text(path, lang), path == "-" ? "<stdin>" : path, today_flag, lang);
}

Day local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Day{date::year{local.tm_year + 1900} / (local.tm_mon + 1) / local.tm_mday};
}

}  // namespace handover
