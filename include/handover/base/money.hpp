#pragma once

#include <string>

#include "handover/base/i18n.hpp"

namespace handover {

/// An amount as a person reads it in a document, with its currency: in English the symbol
/// before the number (`¥18,500,000`, `$185,000`, `£75,000`, `€90,000`), in Japanese the unit
/// after it (`18,500,000円`, `185,000米ドル`, `75,000ポンド`, `90,000ユーロ`). Digits are
/// grouped by thousands; cents appear only when the value has them (`$1,250.50`), rounded
/// to the currency's minor unit (yen has none). Values come from the input, which takes
/// 0 to k_max_amount (schema.hpp); the digits are those of the value as stored, rounded
/// once, so a large value prints without floating noise.
std::string format_amount(Lang lang, Currency currency, double value);

/// The same amount for a spreadsheet cell: no symbol, no grouping, a dot before the cents
/// when there are any (`185000`, `1250.50`), so that a spreadsheet reads it as a number.
std::string plain_amount(Currency currency, double value);

}  // namespace handover
