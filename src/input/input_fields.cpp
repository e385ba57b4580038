// Typed values out of JSON, and the words of the diagnostics when a value is not one.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "handover/base/dates.hpp"
#include "handover/base/suggest.hpp"
#include "handover/base/terminal_text.hpp"
#include "handover/base/text_width.hpp"
#include "handover/input/input.hpp"
#include "handover/input/schema.hpp"
#include "input_reading.hpp"

namespace handover::input_detail {
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

std::string shown(std::string_view text, std::size_t max_chars) {
    std::size_t end = 0;
    for (std::size_t chars = 0; end < text.size(); ++chars) {
        if (chars == max_chars) return terminal_text(text.substr(0, end)) + "...";
        end += decode_utf8(text, end).length;
    }
    return terminal_text(text);
}

std::string shown_number(double value) {
    if (std::abs(value) < 1e16 && value == std::floor(value)) return fmt::format("{:.0f}", value);
    return fmt::format("{}", value);
}

std::string join(Keys words) {
    std::string out;
    for (std::string_view word : words) {
        if (!out.empty()) out += ", ";
        out += word;
    }
    return out;
}

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

/// "--" is refused as well: ids are written into HTML comments (`<!-- id: ... -->`) in the
/// Markdown checklist, where "--" would end the comment early.
bool is_client_id(std::string_view id) {
    return !id.empty() && id.size() <= k_max_client_id && id.find("--") == id.npos &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
           });
}

std::string Pointer::str() const {
    if (parent_ == nullptr) return {};
    std::string out = parent_->str();
    out += '/';
    out += index_plus_one_ == 0 ? pointer_token(key_) : std::to_string(index_plus_one_ - 1);
    return out;
}

// ----------------------------------------------------------------------------------------
// Reporting

void FieldReader::report(const Pointer& at, std::string message, std::string suggestion) {
    // A file of 200,000 empty clients has 600,000 problems: past the limit they are counted.
    if (diagnostics_.size() >= k_max_diagnostics) {
        ++dropped_;
        return;
    }
    diagnostics_.push_back({at.str(), client_, std::move(message), std::move(suggestion)});
}

std::string FieldReader::found(const json& value) const {
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

void FieldReader::wrong_type(const json& value, const Pointer& at, std::string_view expected) {
    report(at, trf(lang_, "input.type", fmt::arg("expected", expected),
                   fmt::arg("found", found(value))));
}

void FieldReader::missing(const Pointer& at, std::string_view key) {
    report(at, trf(lang_, "input.missing_key", fmt::arg("key", key)));
}

// ----------------------------------------------------------------------------------------
// Structure

bool FieldReader::object(const json& value, const Pointer& at, Keys keys) {
    if (!value.is_object()) {
        wrong_type(value, at, tr(lang_, "input.type.object"));
        return false;
    }
    for (const auto& [key, unused] : value.items()) {
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        // Without a likely correction, the list of keys is the next best help.
        std::string suggestion = suggest(key, keys);
        std::string message =
            suggestion.empty() ? trf(lang_, "input.unknown_key.allowed",
                                     fmt::arg("key", shown(key)), fmt::arg("allowed", join(keys)))
                               : trf(lang_, "input.unknown_key", fmt::arg("key", shown(key)));
        report(at / key, std::move(message), std::move(suggestion));
    }
    return true;
}

const json* FieldReader::field(const json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

const json* FieldReader::required(const json& object, const Pointer& at, std::string_view key) {
    const json* value = field(object, key);
    if (value == nullptr) missing(at, key);
    return value;
}

// ----------------------------------------------------------------------------------------
// Scalars

std::optional<std::string_view> FieldReader::text(const json& value, const Pointer& at) {
    if (!value.is_string()) {
        wrong_type(value, at, tr(lang_, "input.type.string"));
        return std::nullopt;
    }
    return value.get_ref<const std::string&>();
}

std::optional<std::string_view> FieldReader::name(const json& value, const Pointer& at) {
    auto result = text(value, at);
    if (result && result->empty()) {
        report(at, std::string(tr(lang_, "input.name.empty")));
        return std::nullopt;
    }
    return result;
}

std::optional<std::string_view> FieldReader::email(const json& value, const Pointer& at) {
    auto result = text(value, at);
    if (!result) return std::nullopt;
    // Not RFC 5322: the address is printed in a signature, so what matters is that it reads
    // as one. One @ between a non-empty name and a domain with a dot inside it, and nothing
    // that cannot stand in an address written in a letter (spaces, controls, angle brackets).
    const std::string_view address = *result;
    const std::size_t at_sign = address.find('@');
    const bool one_at = at_sign != std::string_view::npos && at_sign > 0 &&
                        address.find('@', at_sign + 1) == std::string_view::npos;
    const std::string_view domain = one_at ? address.substr(at_sign + 1) : std::string_view{};
    const std::size_t dot = domain.find('.');
    const bool dotted = dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() &&
                        !domain.ends_with('.');
    const bool plain = std::none_of(address.begin(), address.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == ',' || c == ';';
    });
    if (!one_at || !dotted || !plain) {
        report(at, trf(lang_, "input.email.invalid", fmt::arg("value", shown(address))));
        return std::nullopt;
    }
    return result;
}

std::optional<bool> FieldReader::boolean(const json& value, const Pointer& at) {
    if (!value.is_boolean()) {
        wrong_type(value, at, tr(lang_, "input.type.boolean"));
        return std::nullopt;
    }
    return value.get<bool>();
}

std::optional<double> FieldReader::number(const json& value, const Pointer& at, double min,
                                          double max, bool exclusive_min) {
    if (!value.is_number()) {
        wrong_type(value, at, tr(lang_, "input.type.number"));
        return std::nullopt;
    }
    const double x = value.get<double>();
    if ((exclusive_min ? x <= min : x < min) || x > max) {
        report(at, trf(lang_, exclusive_min ? "input.range.exclusive" : "input.range",
                       fmt::arg("min", shown_number(min)), fmt::arg("max", shown_number(max)),
                       fmt::arg("value", shown_number(x))));
        return std::nullopt;
    }
    return x;
}

std::optional<int> FieldReader::integer(const json& value, const Pointer& at, int min, int max) {
    if (!value.is_number()) {
        wrong_type(value, at, tr(lang_, "input.type.integer"));
        return std::nullopt;
    }
    const double x = value.get<double>();
    if (x != std::floor(x)) {
        report(at, trf(lang_, "input.type", fmt::arg("expected", tr(lang_, "input.type.integer")),
                       fmt::arg("found", trf(lang_, "input.type.fraction",
                                             fmt::arg("value", shown_number(x))))));
        return std::nullopt;
    }
    if (x < min || x > max) {
        report(at, trf(lang_, "input.range.integer", fmt::arg("min", min), fmt::arg("max", max),
                       fmt::arg("value", shown_number(x))));
        return std::nullopt;
    }
    return static_cast<int>(x);
}

std::optional<std::size_t> FieldReader::choice(const json& value, const Pointer& at, Keys names) {
    if (!value.is_string()) {
        wrong_type(value, at, trf(lang_, "input.type.choice", fmt::arg("choices", join(names))));
        return std::nullopt;
    }
    const auto& word = value.get_ref<const std::string&>();
    const auto it = std::find(names.begin(), names.end(), word);
    if (it == names.end()) {
        report(at,
               trf(lang_, "input.choice", fmt::arg("value", shown(word)),
                   fmt::arg("choices", join(names))),
               suggest(word, names));
        return std::nullopt;
    }
    return static_cast<std::size_t>(it - names.begin());
}

std::optional<Day> FieldReader::date_text(const std::string& text, const Pointer& at) {
    const std::optional<Day> day = parse_iso_date(text);
    if (!day) {
        // The right shape but no such day (2027-02-29, 2026-13-01) deserves its own words.
        const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                            std::count_if(text.begin(), text.end(),
                                          [](char c) { return c >= '0' && c <= '9'; }) == 8;
        report(at, shaped ? trf(lang_, "input.date.unreal", fmt::arg("text", text))
                          : trf(lang_, "input.date.format", fmt::arg("text", shown(text))));
        return std::nullopt;
    }
    if (!in_supported_range(*day)) {
        report(at, trf(lang_, "input.date.range", fmt::arg("date", text),
                       fmt::arg("min", k_min_year), fmt::arg("max", k_max_year)));
        return std::nullopt;
    }
    return day;
}

std::optional<Day> FieldReader::date(const json& value, const Pointer& at) {
    if (!value.is_string()) {
        wrong_type(value, at, tr(lang_, "input.type.date"));
        return std::nullopt;
    }
    return date_text(value.get_ref<const std::string&>(), at);
}

std::optional<Day> FieldReader::optional_date(const json& object, const Pointer& at,
                                              std::string_view key) {
    const json* value = field(object, key);
    return value ? date(*value, at / key) : std::nullopt;
}

std::optional<Day> FieldReader::required_date(const json& object, const Pointer& at,
                                              std::string_view key) {
    const json* value = required(object, at, key);
    return value ? date(*value, at / key) : std::nullopt;
}

}  // namespace handover::input_detail
