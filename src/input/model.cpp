#include "handover/input/model.hpp"

#include <algorithm>

namespace handover {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(std::string_view text, const std::array<std::string_view, N>& names) {
    auto it = std::find(names.begin(), names.end(), text);
    if (it == names.end()) return std::nullopt;
    return static_cast<Enum>(it - names.begin());
}

}  // namespace

std::string_view to_string(Stage stage) {
    return k_stage_names[static_cast<std::size_t>(stage)];
}
std::string_view to_string(Relationship relationship) {
    return k_relationship_names[static_cast<std::size_t>(relationship)];
}
std::string_view to_string(Method method) {
    return k_method_names[static_cast<std::size_t>(method)];
}

std::optional<Stage> stage_from_string(std::string_view text) {
    return lookup<Stage>(text, k_stage_names);
}
std::optional<Relationship> relationship_from_string(std::string_view text) {
    return lookup<Relationship>(text, k_relationship_names);
}
std::optional<Method> method_from_string(std::string_view text) {
    return lookup<Method>(text, k_method_names);
}

bool is_open_deal(Stage stage) {
    return stage == Stage::negotiation || stage == Stage::closing;
}

std::string_view to_string(IntroductionPolicy introduction) {
    return k_introduction_names[static_cast<std::size_t>(introduction)];
}

std::string_view to_string(Jurisdiction jurisdiction) {
    return k_jurisdiction_names[static_cast<std::size_t>(jurisdiction)];
}
std::string_view to_string(HolidayCalendar calendar) {
    return k_holiday_calendar_names[static_cast<std::size_t>(calendar)];
}

Currency default_currency(Jurisdiction jurisdiction) {
    switch (jurisdiction) {
        case Jurisdiction::US:
            return Currency::USD;
        case Jurisdiction::GB:
            return Currency::GBP;
        case Jurisdiction::JP:
            break;
    }
    return Currency::JPY;
}

DateLocale default_locale(Jurisdiction jurisdiction) {
    // Japanese business English follows the American order of month and day.
    return jurisdiction == Jurisdiction::GB ? DateLocale::en_GB : DateLocale::en_US;
}

double default_high_value(Currency currency) {
    switch (currency) {
        case Currency::USD:
            return 100'000;
        case Currency::GBP:
            return 75'000;
        case Currency::EUR:
            return 90'000;
        case Currency::JPY:
            break;
    }
    return 10'000'000;
}

bool default_prepare_before_notice(Jurisdiction jurisdiction) {
    return jurisdiction != Jurisdiction::JP;
}

bool has_pending_close(const Client& client) {
    const bool deciding = client.stage == Stage::proposal || client.stage == Stage::negotiation ||
                          client.stage == Stage::closing || client.stage == Stage::renewal;
    return deciding && client.expected_close.has_value();
}

std::string_view successor_of(const Input& input, const Client& client) {
    if (client.successor.empty()) return input.successor;
    return client.successor;
}

}  // namespace handover
