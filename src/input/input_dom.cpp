// The JSON parser: nlohmann's SAX parser into a DOM, except for the elements of the
// top-level `clients` array, each handed to the ClientReader as soon as it is complete.
// A large file thus never exists as one DOM (a std::map node per key, many times the size
// of the text); only the small rest of the document does.
//
// What the DOM may hold is bounded while it is built, before the memory is spent: each list
// of the format keeps at most its limit of elements (the rest are counted, for the message,
// and dropped), and the document as a whole at most a number of values in proportion to its
// size (k_max_values_base + one per k_text_bytes_per_value bytes). A DOM value takes 30 to
// 160 bytes, so a file of tiny values anywhere (an unknown key, a wrong type, deep arrays)
// cannot make the DOM more than a few times the size of the text.
//
// A syntax error is explained in the reader's language. What kind of error it is comes from
// the text, not from nlohmann's English message: the text is read again up to the error as
// nlohmann's lexer reads it (`Lexeme`), and the token there, the one before it and the
// containers still open say what went wrong and what was expected.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "handover/base/utf8.hpp"
#include "handover/input/input.hpp"
#include "handover/input/schema.hpp"
#include "input_reading.hpp"

namespace handover::input_detail {
namespace {

using input_fields::k_client;
using input_fields::k_root;
using input_fields::Type;

/// The line and column (both from 1; the column counts characters, not bytes) of a byte
/// offset, since that is how editors let a user jump to the spot.
std::pair<std::size_t, std::size_t> line_and_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const std::string_view before = text.substr(0, offset);
    const std::size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0
    const auto line = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n')) + 1;
    return {line, count_utf8_characters(before.substr(line_start)) + 1};
}

/// What a syntax error is about, found from the error's id, its position and the bytes
/// of the text (the state of the parse says what was expected), never from the wording
/// of nlohmann's message, which is English and may change between versions.
enum class Syntax : std::uint8_t {
    utf8,
    control,
    escape,
    comment,
    overflow,
    truncated,
    number,
    literal,
    extra,
    expected_key,
    expected_colon,
    expected_object_end,
    expected_array_end,
    expected_value,
    other
};

/// A token of the text as nlohmann's lexer reads it (comments allowed), for finding where
/// and why a parse stopped. Only a text with a syntax error is read this way.
struct Lexeme {
    enum Kind : std::uint8_t {
        none,  ///< no token: the text ended
        punctuation,
        string,
        number,
        literal,  ///< true, false, null
        comment,
        bad_string,   ///< `fault` says why
        bad_number,   ///< up to and including the character that is wrong
        bad_literal,  ///< a misspelt true, false or null, or a character that starts no token
        bad_comment,
    };
    Kind kind = none;
    std::size_t begin = 0;
    std::size_t end = 0;  ///< one past the last byte
    Syntax fault = Syntax::other;

    bool bad() const { return kind >= bad_string; }
};

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The byte at `i`, or -1 past the end.
int byte_at(std::string_view text, std::size_t i) {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : -1;
}

bool is_digit_at(std::string_view text, std::size_t i) {
    const int c = byte_at(text, i);
    return c >= '0' && c <= '9';
}

/// Four hex digits at `i` as a number; -1 when they are not.
int hex4(std::string_view text, std::size_t i) {
    int value = 0;
    for (std::size_t k = i; k < i + 4; ++k) {
        const int c = byte_at(text, k);
        int digit = -1;
        if (c >= '0' && c <= '9') digit = c - '0';
        if (c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        if (c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        if (digit < 0) return -1;
        value = value * 16 + digit;
    }
    return value;
}

/// A string from its opening quote: where it ends, or its first fault, checked as nlohmann
/// checks it (escapes, surrogate pairs, control characters, UTF-8 as RFC 3629 defines it).
Lexeme lex_string(std::string_view text, std::size_t begin) {
    const auto fault = [&](std::size_t at, Syntax why) {
        return Lexeme{Lexeme::bad_string, begin, std::min(at + 1, text.size()), why};
    };
    std::size_t i = begin + 1;
    while (true) {
        const int c = byte_at(text, i);
        if (c < 0) return fault(text.size(), Syntax::truncated);
        if (c == '"') return {Lexeme::string, begin, i + 1};
        if (c == '\\') {
            const int escaped = byte_at(text, i + 1);
            if (escaped >= 0 && std::string_view("\"\\/bfnrt").find(static_cast<char>(escaped)) !=
                                    std::string_view::npos) {
                i += 2;
                continue;
            }
            if (escaped != 'u') return fault(i + 1, Syntax::escape);
            const int code = hex4(text, i + 2);
            if (code < 0) return fault(i + 2, Syntax::escape);
            i += 6;
            if (code >= 0xDC00 && code <= 0xDFFF) return fault(i - 1, Syntax::escape);
            if (code >= 0xD800 && code <= 0xDBFF) {
                // A high surrogate needs a low one right after it.
                const int low = byte_at(text, i) == '\\' && byte_at(text, i + 1) == 'u'
                                    ? hex4(text, i + 2)
                                    : -1;
                if (low < 0xDC00 || low > 0xDFFF) return fault(i, Syntax::escape);
                i += 6;
            }
            continue;
        }
        if (c < 0x20) return fault(i, Syntax::control);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t continuation = 0;
        int low = 0x80;
        int high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            continuation = 1;
        } else if (c == 0xE0) {
            continuation = 2;
            low = 0xA0;
        } else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) {
            continuation = 2;
        } else if (c == 0xED) {
            continuation = 2;
            high = 0x9F;
        } else if (c == 0xF0) {
            continuation = 3;
            low = 0x90;
        } else if (c >= 0xF1 && c <= 0xF3) {
            continuation = 3;
        } else if (c == 0xF4) {
            continuation = 3;
            high = 0x8F;
        } else {
            return fault(i, Syntax::utf8);
        }
        for (std::size_t k = 1; k <= continuation; ++k) {
            const int next = byte_at(text, i + k);
            if (next < low || next > high) return fault(i + k, Syntax::utf8);
            low = 0x80;
            high = 0xBF;
        }
        i += continuation + 1;
    }
}

/// A number as JSON writes it; a malformed one up to and including its wrong character.
Lexeme lex_number(std::string_view text, std::size_t begin) {
    const auto bad = [&](std::size_t at) {
        return Lexeme{Lexeme::bad_number, begin, std::min(at + 1, text.size())};
    };
    std::size_t i = begin;
    if (byte_at(text, i) == '-') ++i;
    if (byte_at(text, i) == '0') {
        ++i;
    } else if (is_digit_at(text, i)) {
        while (is_digit_at(text, i)) ++i;
    } else {
        return bad(i);
    }
    if (byte_at(text, i) == '.') {
        ++i;
        if (!is_digit_at(text, i)) return bad(i);
        while (is_digit_at(text, i)) ++i;
    }
    if (byte_at(text, i) == 'e' || byte_at(text, i) == 'E') {
        ++i;
        if (byte_at(text, i) == '+' || byte_at(text, i) == '-') ++i;
        if (!is_digit_at(text, i)) return bad(i);
        while (is_digit_at(text, i)) ++i;
    }
    return {Lexeme::number, begin, i};
}

/// The token that starts at `begin` (not a space).
Lexeme lex(std::string_view text, std::size_t begin) {
    const char c = text[begin];
    if (std::string_view("{}[],:").find(c) != std::string_view::npos) {
        return {Lexeme::punctuation, begin, begin + 1};
    }
    if (c == '"') return lex_string(text, begin);
    if (c == '-' || (c >= '0' && c <= '9')) return lex_number(text, begin);
    if (c == 't' || c == 'f' || c == 'n') {
        const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        for (std::size_t k = 1; k < word.size(); ++k) {
            if (byte_at(text, begin + k) != word[k]) {
                return {Lexeme::bad_literal, begin, std::min(begin + k + 1, text.size())};
            }
        }
        return {Lexeme::literal, begin, begin + word.size()};
    }
    if (c == '/') {
        if (byte_at(text, begin + 1) == '/') {
            std::size_t end = begin + 2;
            while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
            return {Lexeme::comment, begin, end};
        }
        if (byte_at(text, begin + 1) == '*') {
            const std::size_t close = text.find("*/", begin + 2);
            if (close == std::string_view::npos) return {Lexeme::bad_comment, begin, text.size()};
            return {Lexeme::comment, begin, close + 2};
        }
        return {Lexeme::bad_comment, begin, std::min(begin + 2, text.size())};
    }
    return {Lexeme::bad_literal, begin, begin + 1};  // nothing starts with this character
}

/// Builds the DOM as nlohmann's own parser would, and in the same pass:
/// - hands each element of the top-level `clients` array to the ClientReader and drops it,
///   and each member of the top-level `done` object to the DoneReader;
/// - reports duplicate keys, which nlohmann resolves silently by keeping the last one;
/// - refuses nesting deeper than k_max_depth. nlohmann's parser keeps its own state on the
///   heap (no recursion), so stopping here bounds every later recursive walk;
/// - keeps at most the limit of each list (schema.hpp) and reports how many there were;
/// - stops when the document holds more values than its size allows (k_max_values_base);
/// - knows the JSON pointer of the value being read when a syntax error stops the parse.
class DomBuilder final : public nlohmann::json_sax<json> {
  public:
    DomBuilder(std::string_view text, Lang lang, ClientReader& clients, DoneReader& done)
        : text_(text),
          lang_(lang),
          clients_(clients),
          done_(done),
          max_values_(k_max_values_base + text.size() / k_text_bytes_per_value) {
        stack_.reserve(static_cast<std::size_t>(k_max_depth));
    }

    Document& document() { return document_; }

    bool null() override { return put(json(nullptr)); }
    bool boolean(bool value) override { return put(json(value)); }
    bool number_integer(number_integer_t value) override { return put(json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return put(json(value)); }
    bool number_float(number_float_t value, const string_t&) override { return put(json(value)); }
    bool string(string_t& value) override { return put(json(std::move(value))); }
    bool binary(binary_t&) override { return true; }  // JSON text has no binary values

    bool start_object(std::size_t) override { return open(json::object(), false); }
    bool start_array(std::size_t) override { return open(json::array(), true); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& key) override {
        Frame& top = stack_.back();
        ++top.count;
        if (!top.value || over_limit(top)) {
            // Not kept: the key is only needed for a pointer in a message.
            top.dropped_key = std::move(key);
            top.key = nullptr;
            top.member = nullptr;
            top.has_key = true;
            return true;
        }
        top.has_key = false;  // the pointer of a duplicate is the object's, plus the key
        top.values_before = values_;
        // The member is made now and its value filled in later: one lookup per key. A
        // duplicate keeps its earlier value until the new one replaces it.
        auto& members = *top.value->get_ptr<json::object_t*>();
        const auto [member, fresh] = members.try_emplace(std::move(key));
        if (!fresh) {
            --top.count;  // a duplicate replaces a member: the object does not grow
            add({pointer() + '/' + pointer_token(member->first),
                 client_id(),
                 trf(lang_, "input.duplicate_key", fmt::arg("key", shown(member->first))),
                 {}});
        }
        top.key = &member->first;
        top.member = &member->second;
        top.has_key = true;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token,
                     const nlohmann::detail::exception& error) override {
        add({pointer(), client_id(), describe(position, token, error), {}});
        return false;
    }

    /// Diagnostics beyond k_max_diagnostics that were counted and not kept.
    std::size_t dropped() const { return dropped_; }

  private:
    struct Frame {
        json* value;  ///< null when the container is dropped (inside a list past its limit)
        bool is_array;
        bool is_clients = false;    ///< the top-level `clients` array
        bool is_done = false;       ///< the top-level `done` object
        std::size_t limit = 0;      ///< a list of the format: at most this many kept; 0: none
        bool has_key = false;       ///< objects: `key` names the value being read
        const std::string* key{};   ///< objects: the latest key (in the DOM, which outlives it)
        json* member{};             ///< objects: where the latest key's value goes; null: dropped
        std::string dropped_key{};  ///< objects: the latest key when it was not kept
        std::size_t count = 0;      ///< elements or members begun, kept or not
        std::size_t values_before = 0;  ///< `clients`, `done`: values held before the current
                                        ///< element or member

        std::string_view key_text() const { return key ? *key : dropped_key; }
    };

    static bool over_limit(const Frame& frame) {
        return frame.limit != 0 && frame.count > frame.limit;
    }

    /// True when the top frame is the root object and its current key is `name`.
    bool at_root_key(std::string_view name) const {
        return stack_.size() == 1 && !stack_[0].is_array && stack_[0].key_text() == name;
    }

    /// True when the value about to be read is the top-level `clients`.
    bool at_clients() const { return at_root_key(k_root["clients"].key); }

    /// The member `key` of `object` in the field table; null when it has none.
    static const Field* member_of(const Object& object, std::string_view key) {
        for (const Field& field : object.fields) {
            if (field.key == key) return &field;
        }
        return nullptr;
    }

    /// The limit the field table gives the container about to be opened when it is one of
    /// the format's lists (or `done`, whose entries are its members); 0 otherwise. The lists
    /// are members of the root, of its sections and of a client.
    std::size_t list_limit(bool is_array) const {
        if (stack_.empty() || stack_[0].is_array) return 0;
        const Frame& top = stack_.back();
        if (!top.value || top.is_array) return 0;
        if (stack_.size() > 1 && !is_array) return 0;  // only the root holds an object list
        const Object* object = nullptr;
        if (stack_.size() == 1) {
            object = &k_root;
        } else if (stack_.size() == 2) {
            const Field* section = member_of(k_root, stack_[0].key_text());
            if (section && section->type == Type::object) object = section->object;
        } else if (stack_.size() == 3 && stack_[1].is_clients) {
            object = &k_client;
        }
        const Field* field = object ? member_of(*object, top.key_text()) : nullptr;
        if (!field) return 0;
        const bool limited = is_array ? field->type == Type::list : field->type == Type::task_dates;
        return limited ? field->max_items : 0;
    }

    /// Where a new value goes: the root, the end of an array, or the current key; null when
    /// the value is dropped.
    json* slot() {
        if (stack_.empty()) return &document_.root;
        Frame& top = stack_.back();
        if (top.is_array) {
            ++top.count;
            if (!top.value || over_limit(top)) return nullptr;
            if (top.is_clients) top.values_before = values_;
            top.value->push_back(nullptr);
            return &top.value->back();
        }
        // A second `clients` key replaces the first, as in nlohmann's DOM.
        if (at_clients()) clients_.restart();
        return top.member;
    }

    /// Counts one more value held in the DOM; false (and a diagnostic) past the budget.
    bool hold() {
        if (++values_ <= max_values_) return true;
        add({pointer(std::size_t(-1), true),
             client_id(),
             trf(lang_, "input.too_many_values", fmt::arg("limit", max_values_),
                 fmt::arg("size", text_.size())),
             {}});
        return false;
    }

    bool put(json&& value) {
        if (json* target = slot()) {
            if (!hold()) return false;
            *target = std::move(value);
        }
        value_read();
        return true;
    }

    bool open(json&& container, bool is_array) {
        if (stack_.size() >= static_cast<std::size_t>(k_max_depth)) {
            add({pointer(),
                 client_id(),
                 trf(lang_, "input.too_deep", fmt::arg("limit", k_max_depth)),
                 {}});
            return false;
        }
        const bool is_clients = at_clients() && is_array;
        const bool is_done = at_root_key(k_root["done"].key) && !is_array;
        const std::size_t limit = list_limit(is_array);
        json* target = slot();
        if (target) {
            if (!hold()) return false;
            *target = std::move(container);
        }
        stack_.push_back({target, is_array, is_clients, is_done, limit});
        return true;
    }

    bool close() {
        if (const Frame& top = stack_.back(); over_limit(top)) {
            // Named by the list's own pointer, so the last frame is left out.
            add({pointer(stack_.size() - 1),
                 client_id(),
                 trf(lang_, "input.too_many_entries", fmt::arg("count", top.count),
                     fmt::arg("limit", top.limit)),
                 {}});
        }
        stack_.pop_back();
        value_read();
        return true;
    }

    /// After a complete value: a client goes to the ClientReader and out of the DOM, an
    /// entry of `done` to the DoneReader.
    void value_read() {
        if (stack_.empty()) {
            root_read_ = true;
            return;
        }
        Frame& top = stack_.back();
        top.has_key = false;
        if (top.is_clients && top.value && !over_limit(top)) {
            clients_.read(top.value->back(), top.count - 1);
            top.value->clear();
            values_ = top.values_before;
        } else if (top.is_done && top.value && top.member) {
            auto& members = *top.value->get_ptr<json::object_t*>();
            const auto member = members.find(*top.key);
            done_.read(member->first, member->second);
            top.key = nullptr;
            top.member = nullptr;
            members.erase(member);
            values_ = top.values_before;
        }
    }

    /// Keeps a diagnostic, up to k_max_diagnostics; the rest are only counted.
    void add(Diagnostic diagnostic) {
        if (document_.diagnostics.size() < k_max_diagnostics) {
            document_.diagnostics.push_back(std::move(diagnostic));
        } else {
            ++dropped_;
        }
    }

    /// The id of the client being read, when it came before the problem.
    std::string client_id() const {
        if (stack_.size() < 3 || !stack_[1].is_clients || !stack_[2].value) return {};
        const json& client = *stack_[2].value;
        if (!client.is_object()) return {};
        const auto id = client.find("id");
        if (id == client.end() || !id->is_string()) return {};
        const auto& text = id->get_ref<const std::string&>();
        return is_client_id(text) ? text : std::string();
    }

    /// The pointer of the value being read: arrays point at the element in progress. With
    /// `depth`, only the outer `depth` containers: the pointer of the one inside them.
    /// `begun`: the innermost array has counted the element being read already.
    std::string pointer(std::size_t depth = std::size_t(-1), bool begun = false) const {
        std::string out;
        depth = std::min(depth, stack_.size());
        for (std::size_t i = 0; i < depth; ++i) {
            const Frame& frame = stack_[i];
            const bool innermost = i + 1 == stack_.size();
            if (frame.is_array) {
                out += '/';
                out += std::to_string(innermost && !begun ? frame.count : frame.count - 1);
            } else if (frame.has_key) {
                out += '/';
                out += pointer_token(frame.key_text());
            }
        }
        return out;
    }

    Syntax classify(std::size_t position, const nlohmann::detail::exception& error) const {
        // `position` counts the characters read, the offending one included.
        const bool at_end = position > text_.size();
        // A broken byte order mark fails before the first token (nlohmann's skip_bom).
        if (position <= 3 && !text_.empty() && static_cast<unsigned char>(text_[0]) == 0xEF) {
            return Syntax::other;
        }
        const std::size_t offset = position == 0 ? 0 : position - 1;
        // The token the parse stopped at: the first bad one, or the one that holds the
        // offending character; and the token before it, comments left out.
        Lexeme previous;
        Lexeme token;
        for (std::size_t i = 0;;) {
            while (i < text_.size() && is_space(text_[i])) ++i;
            if (i >= text_.size()) break;
            const Lexeme next = lex(text_, i);
            if (next.bad() || next.end > offset) {
                token = next;
                break;
            }
            if (next.kind != Lexeme::comment) previous = next;
            i = next.end;
        }
        if (token.kind == Lexeme::bad_string && token.fault != Syntax::truncated) {
            return token.fault;  // utf8, control, escape
        }
        if (token.kind == Lexeme::bad_comment) return Syntax::comment;
        if (error.id == 406) return Syntax::overflow;  // out_of_range: a number too large
        if (at_end) return Syntax::truncated;
        switch (token.kind) {
            case Lexeme::bad_number:
                return Syntax::number;
            case Lexeme::bad_literal:
                return Syntax::literal;
            case Lexeme::punctuation:
            case Lexeme::string:
            case Lexeme::number:
            case Lexeme::literal:
                return misplaced(previous);
            default:
                return Syntax::other;
        }
    }

    /// What the parser expected instead of a well-formed token: the containers open and the
    /// token before it tell.
    Syntax misplaced(const Lexeme& previous) const {
        if (stack_.empty()) return root_read_ ? Syntax::extra : Syntax::expected_value;
        const char before = previous.kind == Lexeme::punctuation ? text_[previous.begin] : '\0';
        const bool opened_or_comma = before == '{' || before == '[' || before == ',';
        const Frame& top = stack_.back();
        if (top.is_array)
            return opened_or_comma ? Syntax::expected_value : Syntax::expected_array_end;
        if (top.has_key) return before == ':' ? Syntax::expected_value : Syntax::expected_colon;
        return opened_or_comma ? Syntax::expected_key : Syntax::expected_object_end;
    }

    /// A localized explanation of a syntax error, at its line and column.
    std::string describe(std::size_t position, const std::string& lexed,
                         const nlohmann::detail::exception& error) const {
        std::size_t offset = position == 0 ? 0 : position - 1;
        std::string detail;
        const auto about = [&](std::string_view key, const Token& token) {
            offset = token.begin;
            detail = trf(lang_, key, fmt::arg("token", quoted(token.text)));
        };
        switch (classify(position, error)) {
            case Syntax::utf8:
                detail = tr(lang_, "input.json.utf8");
                break;
            case Syntax::control:
                detail = tr(lang_, "input.json.control");
                break;
            case Syntax::escape:
                detail = tr(lang_, "input.json.escape");
                break;
            case Syntax::comment:
                detail = tr(lang_, "input.json.comment");
                break;
            case Syntax::overflow:
                about("input.json.overflow", lexed_token(position, lexed));
                break;
            case Syntax::truncated:
                offset = text_.size();
                detail = tr(lang_, "input.json.truncated");
                break;
            case Syntax::number:
                about("input.json.number", number_token(position, lexed));
                break;
            case Syntax::literal:
                about("input.json.literal", bad_word(position));
                break;
            case Syntax::extra:
                about("input.json.extra", complete_token(position, lexed));
                break;
            case Syntax::expected_key:
                about("input.json.expected_key", complete_token(position, lexed));
                break;
            case Syntax::expected_colon:
                about("input.json.expected_colon", complete_token(position, lexed));
                break;
            case Syntax::expected_object_end:
                about("input.json.expected_object_end", complete_token(position, lexed));
                break;
            case Syntax::expected_array_end:
                about("input.json.expected_array_end", complete_token(position, lexed));
                break;
            case Syntax::expected_value:
                about("input.json.expected_value", complete_token(position, lexed));
                break;
            case Syntax::other:
                // A case the classification does not know: nlohmann's own words.
                detail =
                    trf(lang_, "input.json.other", fmt::arg("detail", shown(error.what(), 200)));
                break;
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
    ClientReader& clients_;
    DoneReader& done_;
    Document document_;
    std::vector<Frame> stack_;
    bool root_read_ = false;  ///< the document's value is complete
    std::size_t values_ = 0;  ///< values held in the DOM (a client's, until it is handed over)
    const std::size_t max_values_;
    std::size_t dropped_ = 0;
};

}  // namespace

Document parse_document(std::string_view text, Lang lang, ClientReader& clients, DoneReader& done) {
    DomBuilder builder(text, lang, clients, done);
    const bool parsed = json::sax_parse(text, &builder, json::input_format_t::json,
                                        /*strict*/ true, /*ignore_comments*/ true);
    Document document = std::move(builder.document());
    document.complete = parsed;
    document.dropped = builder.dropped();
    return document;
}

}  // namespace handover::input_detail
