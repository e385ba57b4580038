#include "handover/base/money.hpp"

#include <fmt/format.h>

#include <cmath>
#include <string_view>

namespace handover {
namespace {

/// The digits of the minor unit each currency has (ISO 4217 exponent).
int minor_digits(Currency currency) {
    return currency == Currency::JPY ? 0 : 2;
}

/// The value's whole part and, when it has a non-zero minor part, that part: rounded once
/// to the currency's minor unit by fmt (correctly rounded from the stored double, with no
/// multiplication that could add error of its own).
struct Parts {
    bool negative = false;
    std::string whole;
    std::string cents;  ///< empty when there are none
};

Parts split(Currency currency, double value) {
    Parts parts;
    if (!std::isfinite(value)) value = 0;  // the input refuses these; never print "nan"
    parts.negative = value < 0;
    const int digits = minor_digits(currency);
    const std::string text = fmt::format("{:.{}f}", std::fabs(value), digits);
    const auto dot = text.find('.');
    parts.whole = text.substr(0, dot);
    if (dot != std::string::npos) {
        const std::string cents = text.substr(dot + 1);
        if (cents.find_first_not_of('0') != std::string::npos) parts.cents = cents;
    }
    // -0.001 rounds to zero: no minus before a zero amount.
    if (parts.whole.find_first_not_of('0') == std::string::npos && parts.cents.empty()) {
        parts.negative = false;
    }
    return parts;
}

std::string grouped(std::string_view digits) {
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string_view symbol(Currency currency) {
    switch (currency) {
        case Currency::JPY:
            return "¥";
        case Currency::USD:
            return "$";
        case Currency::GBP:
            return "£";
        case Currency::EUR:
            return "€";
    }
    return "";
}

/// The unit a Japanese business document writes after the number. Japanese writes the
/// currency's name after the figure (`1億米ドル`, `5,000ユーロ`), as press releases,
/// securities reports and contracts do; a bare `$` is read as an English text's sign.
/// Dollars are `米ドル`, not `ドル`: Canadian, Australian, Hong Kong and Singapore dollars
/// are all common in Japanese trade, so `ドル` alone is ambiguous. The pound and the euro
/// need no such qualifier in practice (`ポンド`, `ユーロ`).
std::string_view unit_ja(Currency currency) {
    switch (currency) {
        case Currency::JPY:
            return "円";
        case Currency::USD:
            return "米ドル";
        case Currency::GBP:
            return "ポンド";
        case Currency::EUR:
            return "ユーロ";
    }
    return "";
}

}  // namespace

std::string format_amount(Lang lang, Currency currency, double value) {
    const Parts parts = split(currency, value);
    std::string number = grouped(parts.whole);
    if (!parts.cents.empty()) number += '.' + parts.cents;
    const std::string_view sign = parts.negative ? "-" : "";
    if (lang == Lang::ja) return fmt::format("{}{}{}", sign, number, unit_ja(currency));
    return fmt::format("{}{}{}", sign, symbol(currency), number);
}

std::string plain_amount(Currency currency, double value) {
    const Parts parts = split(currency, value);
    std::string out = parts.negative ? "-" : "";
    out += parts.whole;
    if (!parts.cents.empty()) out += '.' + parts.cents;
    return out;
}

}  // namespace handover
