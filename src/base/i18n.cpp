#include "handover/base/i18n.hpp"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace handover {
namespace {

std::vector<Message> build_catalogue(std::initializer_list<std::span<const Message>> tables) {
    std::vector<Message> all(messages::common().begin(), messages::common().end());
    for (auto table : tables) all.insert(all.end(), table.begin(), table.end());
    std::stable_sort(all.begin(), all.end(),
                     [](const Message& a, const Message& b) { return a.key < b.key; });
    return all;
}

std::vector<Message>& catalogue() {
    static std::vector<Message> entries = build_catalogue({});
    return entries;
}

}  // namespace

std::string_view tr(Lang lang, std::string_view key) {
    const auto& entries = catalogue();
    auto it = std::lower_bound(entries.begin(), entries.end(), key,
                               [](const Message& m, std::string_view k) { return m.key < k; });
    if (it == entries.end() || it->key != key) {
        // A key of a layer above base is found only once the program has set the whole
        // catalogue (use_messages, cli::use_all_messages).
        throw std::logic_error("message key missing from the catalogue: " + std::string(key));
    }
    return lang == Lang::ja ? it->ja : it->en;
}

void use_messages(std::initializer_list<std::span<const Message>> tables) {
    catalogue() = build_catalogue(tables);
}

std::span<const Message> all_messages() {
    return catalogue();
}

std::optional<Lang> lang_from_string(std::string_view text) {
    if (text == "en") return Lang::en;
    if (text == "ja") return Lang::ja;
    return std::nullopt;
}

std::string_view to_string(Lang lang) {
    return lang == Lang::ja ? "ja" : "en";
}

Lang lang_from_environment() {
    // POSIX precedence: the first of these that is set and non-empty decides.
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value == nullptr || *value == '\0') continue;
        return std::string_view(value).starts_with("ja") ? Lang::ja : Lang::en;
    }
    return Lang::en;
}

std::string_view to_string(Currency currency) {
    return k_currency_names[static_cast<std::size_t>(currency)];
}
std::string_view to_string(DateLocale locale) {
    return k_locale_names[static_cast<std::size_t>(locale)];
}

std::string_view weekday_name(Lang lang, Day day) {
    static constexpr std::string_view en[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::string_view ja[] = {"月", "火", "水", "木", "金", "土", "日"};
    const unsigned i = weekday_index(day);
    return lang == Lang::ja ? ja[i] : en[i];
}

std::string format_date_long(Lang lang, Day day) {
    const date::year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    if (lang == Lang::ja) return fmt::format("{}年{}月{}日({})", y, m, d, weekday_name(lang, day));
    static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return fmt::format("{} {} {} {}", weekday_name(lang, day), d, months[m - 1], y);
}

std::string format_date_prose(Lang lang, DateLocale locale, Day day, int reference_year) {
    if (lang == Lang::ja) return format_date_long(lang, day);
    static constexpr std::string_view weekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                    "Friday", "Saturday", "Sunday"};
    static constexpr std::string_view months[] = {"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};
    const date::year_month_day ymd{day};
    const int y = static_cast<int>(ymd.year());
    const std::string_view weekday = weekdays[weekday_index(day)];
    const std::string_view month = months[static_cast<unsigned>(ymd.month()) - 1];
    const unsigned d = static_cast<unsigned>(ymd.day());
    const bool with_year = y != reference_year;
    if (locale == DateLocale::en_GB) {
        return with_year ? fmt::format("{} {} {} {}", weekday, d, month, y)
                         : fmt::format("{} {} {}", weekday, d, month);
    }
    return with_year ? fmt::format("{}, {} {}, {}", weekday, month, d, y)
                     : fmt::format("{}, {} {}", weekday, month, d);
}

std::string format_date_short(Lang lang, Day day) {
    const date::year_month_day ymd{day};
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    if (lang == Lang::ja) return fmt::format("{}/{}({})", m, d, weekday_name(lang, day));
    return fmt::format("{} {:02}-{:02}", weekday_name(lang, day), m, d);
}

}  // namespace handover
