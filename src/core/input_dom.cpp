// The JSON parser: nlohmann's SAX parser into a DOM, except for the elements of the
// top-level `clients` array, each handed to the ClientReader as soon as it is complete.
// A file of 100,000 clients thus never exists as one DOM (a std::map node per key, about
// ten times the size of the text); only the small rest of the document does.
#include <fmt/format.h>

#include <algorithm>

#include "handover/input.hpp"
#include "input_reading.hpp"

namespace handover::input_detail {
namespace {

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

/// Builds the DOM as nlohmann's own parser would, and in the same pass:
/// - hands each element of the top-level `clients` array to the ClientReader and drops it;
/// - reports duplicate keys, which nlohmann resolves silently by keeping the last one;
/// - refuses nesting deeper than k_max_depth. nlohmann's parser keeps its own state on the
///   heap (no recursion), so stopping here bounds every later recursive walk;
/// - knows the JSON pointer of the value being read when a syntax error stops the parse.
class DomBuilder final : public nlohmann::json_sax<json> {
  public:
    DomBuilder(std::string_view text, Lang lang, ClientReader& clients)
        : text_(text), lang_(lang), clients_(clients) {}

    Document& document() { return document_; }

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
        // The member is made now and its value filled in later: one lookup per key. A
        // duplicate keeps its earlier value until the new one replaces it.
        auto& members = *top.value->get_ptr<json::object_t*>();
        const auto [member, fresh] = members.try_emplace(std::move(key));
        if (!fresh) {
            document_.diagnostics.push_back(
                {pointer() + '/' + pointer_token(member->first),
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
        document_.diagnostics.push_back(
            {pointer(), client_id(), describe(position, token, error), {}});
        return false;
    }

  private:
    struct Frame {
        json* value;
        bool is_array;
        bool is_clients = false;      ///< the top-level `clients` array
        bool has_key = false;         ///< objects: `key` names the value being read
        const std::string* key{};     ///< objects: the latest key (in the DOM, which outlives it)
        json* member{};               ///< objects: where the latest key's value goes
        std::size_t handed_over = 0;  ///< arrays: elements given away (all, for `clients`)
    };

    /// True when the value about to be read is the top-level `clients`.
    bool at_clients() const {
        return stack_.size() == 1 && !stack_[0].is_array && *stack_[0].key == "clients";
    }

    /// Where a new value goes: the root, the end of an array, or the current key.
    json& slot() {
        if (stack_.empty()) return document_.root;
        Frame& top = stack_.back();
        if (top.is_array) {
            top.value->push_back(nullptr);
            return top.value->back();
        }
        // A second `clients` key replaces the first, as in nlohmann's DOM.
        if (at_clients()) clients_.restart();
        return *top.member;
    }

    bool put(json&& value) {
        slot() = std::move(value);
        value_read();
        return true;
    }

    bool open(json&& container) {
        if (stack_.size() >= static_cast<std::size_t>(k_max_depth)) {
            document_.diagnostics.push_back(
                {pointer(),
                 client_id(),
                 trf(lang_, "input.too_deep", fmt::arg("limit", k_max_depth)),
                 {}});
            return false;
        }
        const bool is_clients = at_clients() && container.is_array();
        json& target = slot();
        target = std::move(container);
        stack_.push_back({&target, target.is_array(), is_clients});
        return true;
    }

    bool close() {
        stack_.pop_back();
        value_read();
        return true;
    }

    /// After a complete value: a client goes to the ClientReader and out of the DOM.
    void value_read() {
        if (stack_.empty()) return;
        Frame& top = stack_.back();
        top.has_key = false;
        if (top.is_clients) {
            clients_.read(top.value->back(), top.handed_over++);
            top.value->clear();
        }
    }

    /// The id of the client being read, when it came before the problem.
    std::string client_id() const {
        if (stack_.size() < 3 || !stack_[1].is_clients) return {};
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
            if (frame.is_array) {
                const std::size_t size = frame.handed_over + frame.value->size();
                out += '/';
                out += std::to_string(innermost ? size : size - 1);
            } else if (frame.has_key) {
                out += '/';
                out += pointer_token(*frame.key);
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
    ClientReader& clients_;
    Document document_;
    std::vector<Frame> stack_;
};

}  // namespace

Document parse_document(std::string_view text, Lang lang, ClientReader& clients) {
    DomBuilder builder(text, lang, clients);
    const bool parsed = json::sax_parse(text, &builder, json::input_format_t::json,
                                        /*strict*/ true, /*ignore_comments*/ true);
    Document document = std::move(builder.document());
    document.complete = parsed;
    return document;
}

}  // namespace handover::input_detail
