#pragma once

#include <fmt/format.h>

#include <array>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "handover/base/dates.hpp"

namespace handover {

enum class Lang { en, ja };

/// The currency of the clients' `value` (input `currency`), ISO 4217 codes.
enum class Currency : std::uint8_t { JPY, USD, GBP, EUR };
inline constexpr std::array<std::string_view, 4> k_currency_names{"JPY", "USD", "GBP", "EUR"};
/// How English prose writes a date (input `locale`): `Monday, November 30` or
/// `Monday 30 November`.
enum class DateLocale : std::uint8_t { en_US, en_GB };
inline constexpr std::array<std::string_view, 2> k_locale_names{"en-US", "en-GB"};

std::string_view to_string(Currency currency);
std::string_view to_string(DateLocale locale);

/// One catalogue entry: a stable key and its English and Japanese text.
/// Texts with parameters use fmt named arguments, e.g. `{client}`, so each language
/// can put them in its own word order.
struct Message {
    std::string_view key;
    std::string_view en;
    std::string_view ja;
};

/// The text for `key`. An unknown key is a programming error and throws std::logic_error.
/// Call sites name their key as a literal (or pass on one named so by their caller): the
/// words for a value of a closed set come from labels.hpp, never from a key put together
/// at run time. test_catalogue.cpp reads the sources and checks every key-shaped literal
/// against the catalogue, and that no call builds its key.
std::string_view tr(Lang lang, std::string_view key);

/// `tr` with named arguments: trf(lang, "warn.notice", fmt::arg("days", 14)).
template <typename... Args>
std::string trf(Lang lang, std::string_view key, const Args&... args) {
    return fmt::format(fmt::runtime(tr(lang, key)), args...);
}

/// Every entry of the catalogue, for tests that check completeness.
std::span<const Message> all_messages();

/// The catalogue `tr` reads: this layer's common texts plus `tables`, the texts of the layers
/// above (each keeps its own, in handover/<layer>/messages.hpp). Called once at start-up,
/// before any `tr`, by the one who links them all (cli::use_all_messages); until then `tr`
/// knows the common texts only.
void use_messages(std::initializer_list<std::span<const Message>> tables);

namespace messages {
/// Texts every layer uses: severities, methods, stages, dates, list separators.
std::span<const Message> common();
}  // namespace messages

/// "en" or "ja" from a flag value; empty when unknown.
std::optional<Lang> lang_from_string(std::string_view text);
std::string_view to_string(Lang lang);

/// The language from LC_ALL, then LC_MESSAGES, then LANG (`ja*` -> Japanese), else English.
Lang lang_from_environment();

/// A date as people write it: `Tue 1 Dec 2026` / `2026年12月1日(火)`.
std::string format_date_long(Lang lang, Day day);
/// A short date for tables: `Tue 12-01` / `12/1(火)`.
std::string format_date_short(Lang lang, Day day);
/// A date inside a sentence of a letter or an email, as a person writes it there: en-US
/// `Tuesday, December 1`, en-GB `Tuesday 1 December`, with the year only when it is not
/// `reference_year` (the plan's today): `Friday, January 8, 2027` / `Friday 8 January 2027`.
/// Japanese prose keeps the long form, year included (`2026年12月1日(火)`), as Japanese
/// business letters date things in full. Tables, lists and headings use format_date_long
/// and format_date_short.
std::string format_date_prose(Lang lang, DateLocale locale, Day day, int reference_year);
/// The weekday name: `Mon` / `月`.
std::string_view weekday_name(Lang lang, Day day);

}  // namespace handover
