#pragma once
// The parts of parse_input, shared by input.cpp (the document and its small sections),
// input_clients.cpp (one client at a time), input_fields.cpp (typed values and their
// diagnostics) and input_dom.cpp (the JSON parser).

#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "handover/base/diagnostics.hpp"
#include "handover/base/i18n.hpp"
#include "handover/base/text_pool.hpp"
#include "handover/input/input_fields.hpp"
#include "handover/input/model.hpp"

namespace handover::input_detail {

using json = nlohmann::json;
using Keys = input_fields::Keys;
using input_fields::Field;
using input_fields::Object;

/// User text echoed in a message: escaped for a terminal by terminal_text() (a key must not
/// be able to drive the terminal; invalid UTF-8 shows as \xNN), and long text cut short.
std::string shown(std::string_view text, std::size_t max_chars = 48);

/// One reference token of a JSON pointer (RFC 6901 escapes), made safe to print.
std::string pointer_token(std::string_view key);

/// A number as people write it: 24, 0.5, 1000000000000000 (not 1e+15).
std::string shown_number(double value);

/// "a, b, c": the allowed words of a message.
std::string join(Keys words);

/// A did-you-mean that also catches a wrong case ("Closing", "jp"), which an edit distance
/// over short words would reject.
std::string suggest(std::string_view word, Keys candidates);

/// Why a file could not be read, from the errno of the failed call: "cannot read the
/// file: ..." in `lang`.
std::string read_error_message(int error, Lang lang);

/// A client id as k_client_id_pattern says; the parser and the validator both ask.
bool is_client_id(std::string_view id);

/// The JSON pointer of a value, written out only when a problem is reported there: a valid
/// file has a dozen fields per client, and their pointers would be strings built in vain.
/// A Pointer refers to its parent, so it lives no longer than the expression or the scope
/// that made the parent; it cannot be copied, which keeps it from being stored.
class Pointer {
  public:
    /// The whole document: the empty pointer.
    Pointer() = default;
    Pointer(const Pointer&) = delete;
    Pointer& operator=(const Pointer&) = delete;

    /// The member `key` of this object; the key is kept by reference as well.
    Pointer operator/(std::string_view key) const { return Pointer(this, key, 0); }
    /// The element `index` of this array.
    Pointer operator/(std::size_t index) const { return Pointer(this, {}, index + 1); }

    /// `/clients/3/stage`, with RFC 6901 escapes and the keys made safe to print.
    std::string str() const;

  private:
    Pointer(const Pointer* parent, std::string_view key, std::size_t index_plus_one)
        : parent_(parent), key_(key), index_plus_one_(index_plus_one) {}

    const Pointer* parent_ = nullptr;
    std::string_view key_;
    std::size_t index_plus_one_ = 0;  ///< 0 for a key
};

/// Reads typed values out of JSON and reports, in order, every one that is not what the
/// format asks for. Each reader of a part of the document (the top level, a client) is one.
class FieldReader {
  public:
    explicit FieldReader(Lang lang) : lang_(lang) {}

    std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
    /// Diagnostics beyond k_max_diagnostics: counted, not kept.
    std::size_t dropped() const { return dropped_; }
    /// Forgets every diagnostic, kept or counted.
    void clear_diagnostics() {
        diagnostics_.clear();
        dropped_ = 0;
    }

  protected:
    // --- reporting ---

    void report(const Pointer& at, std::string message, std::string suggestion = {});
    /// `expected` is already localized: a type name, or a list of choices.
    void wrong_type(const json& value, const Pointer& at, std::string_view expected);
    void missing(const Pointer& at, std::string_view key);
    /// Names the client in every later diagnostic; empty for none.
    void set_client(std::string id) { client_ = std::move(id); }

    // --- structure ---

    /// True when `value` is an object; reports every key not in `keys` on the way.
    bool object(const json& value, const Pointer& at, Keys keys);
    /// True when `value` is an object; reports every key the table does not give `shape`.
    bool object(const json& value, const Pointer& at, const Object& shape) {
        return object(value, at, shape.keys);
    }

    /// Calls `each(item, pointer, index)` for every element when `value` is an array.
    template <typename Each>
    bool array(const json& value, const Pointer& at, Each each) {
        if (!value.is_array()) {
            wrong_type(value, at, tr(lang_, "input.type.array"));
            return false;
        }
        for (std::size_t i = 0; i < value.size(); ++i) each(value[i], at / i, i);
        return true;
    }

    static const json* field(const json& object, std::string_view key);
    const json* required(const json& object, const Pointer& at, std::string_view key);
    /// The member `field` of `object` (at `at`), reported missing when the table says it is
    /// required; null when it is not there.
    const json* member(const json& object, const Pointer& at, const Field& field) {
        return field.required ? required(object, at, field.key)
                              : FieldReader::field(object, field.key);
    }

    // --- scalars ---

    /// A view of the string in `value`: valid as long as `value` is.
    std::optional<std::string_view> text(const json& value, const Pointer& at);
    /// A non-empty string.
    std::optional<std::string_view> name(const json& value, const Pointer& at);
    /// An email address (input_fields::Type::email).
    std::optional<std::string_view> email(const json& value, const Pointer& at);
    std::optional<bool> boolean(const json& value, const Pointer& at);
    std::optional<double> number(const json& value, const Pointer& at, double min, double max,
                                 bool exclusive_min = false);
    /// A whole number; 30.0 counts, as it does in JSON Schema.
    std::optional<int> integer(const json& value, const Pointer& at, int min, int max);
    /// A number within the bounds the table gives `field`.
    std::optional<double> number(const json& value, const Pointer& at, const Field& field) {
        return number(value, at, field.min, field.max, field.exclusive_min);
    }
    /// A whole number within the bounds the table gives `field`.
    std::optional<int> integer(const json& value, const Pointer& at, const Field& field) {
        return integer(value, at, static_cast<int>(field.min), static_cast<int>(field.max));
    }
    /// One of `names`, as its index.
    std::optional<std::size_t> choice(const json& value, const Pointer& at, Keys names);
    /// One of the choices the table gives `field`, as its index.
    std::optional<std::size_t> choice(const json& value, const Pointer& at, const Field& field) {
        return choice(value, at, field.choices);
    }
    /// A date string, already known to be a string.
    std::optional<Day> date_text(const std::string& text, const Pointer& at);
    std::optional<Day> date(const json& value, const Pointer& at);
    std::optional<Day> optional_date(const json& object, const Pointer& at, std::string_view key);
    std::optional<Day> required_date(const json& object, const Pointer& at, std::string_view key);
    /// The date member `field` of `object`, required or not as the table says.
    std::optional<Day> date_member(const json& object, const Pointer& at, const Field& field) {
        return field.required ? required_date(object, at, field.key)
                              : optional_date(object, at, field.key);
    }

    const Lang lang_;

  private:
    std::string found(const json& value) const;

    std::string client_;
    std::vector<Diagnostic> diagnostics_;
    std::size_t dropped_ = 0;
};

/// Reads the elements of the `clients` array one at a time, as the parser completes each,
/// so that the DOM of one client at most exists at once. Needs nothing from the rest of
/// the document: whatever compares clients with the top-level values runs after the parse.
class ClientReader : private FieldReader {
  public:
    explicit ClientReader(Lang lang) : FieldReader(lang) {}

    using FieldReader::diagnostics;
    using FieldReader::dropped;
    /// Every client read, in a vector of their exact number (none once a client had a
    /// problem: the file is refused then). The reader is left empty.
    std::vector<Client> take_clients();
    /// The text of the clients read; the Input keeps it.
    const std::shared_ptr<TextPool>& pool() const { return pool_; }

    /// Forgets every client read: a later `clients` key replaces the array, as in a DOM.
    void restart();
    /// The element `index` of the array: a Client when it is one, diagnostics otherwise.
    void read(const json& value, std::size_t index);

  private:
    void read_client(const json& value, const Pointer& at, std::size_t index);

    /// The clients read so far. A vector grown by doubling would hold the clients one and a
    /// half times while it grows, and up to twice at the end; in chunks, they are moved
    /// once, into a vector of their exact number, each chunk freed once it is empty.
    std::vector<std::vector<Client>> chunks_;
    std::size_t count_ = 0;
    std::shared_ptr<TextPool> pool_ = std::make_shared<TextPool>();
    /// The index of the first client with each id (a view of the pool), for naming it in a
    /// duplicate's message.
    std::unordered_map<std::string_view, std::size_t> first_index_;
    std::vector<Text> lines_;  ///< one client's history lines, before they go to the pool
};

/// Reads the entries of the top-level `done` object one at a time, as the parser completes
/// each: in the DOM an entry (a map node, its key and a string for the date) takes many
/// times its text, and k_max_done of them are allowed. Whether a date is after today
/// is only known after the parse (`today` may come later in the file); the Validator asks.
class DoneReader : private FieldReader {
  public:
    explicit DoneReader(Lang lang) : FieldReader(lang) {}

    using FieldReader::diagnostics;
    using FieldReader::dropped;
    /// One entry: a task id and the date it was done.
    void read(std::string_view key, const json& value);
    /// Every entry with a valid id and date (and no other), moved out.
    DoneDates take_dates();
    /// The task id of each diagnostic, in the same order, for sorting them with others.
    const std::vector<std::string>& diagnostic_keys() const { return keys_; }

  private:
    /// Outside the years a date may have, so never a date read.
    static constexpr Day k_no_day{};
    /// Every id read, the ones with a problem under k_no_day, so that duplicates are seen.
    DoneDates dates_;
    std::vector<std::string> keys_;
};

/// A parsed document. The elements of the top-level `clients` array are not in it: they
/// went to the ClientReader as they were read, and the array is left empty; the members of
/// `done` went to the DoneReader, and the object is left empty.
struct Document {
    json root;
    /// Duplicate keys in the order of the text, and the syntax error that ended the parse.
    std::vector<Diagnostic> diagnostics;
    std::size_t dropped = 0;  ///< diagnostics beyond k_max_diagnostics, counted only
    bool complete = false;    ///< false when a syntax error or a limit stopped the parse
};

/// Parses `text` (without a byte order mark or NUL bytes), handing each client to `clients`.
Document parse_document(std::string_view text, Lang lang, ClientReader& clients, DoneReader& done);

}  // namespace handover::input_detail
