#include "handover/engine/rules.hpp"

#include <algorithm>

namespace handover {

double contact_hours(Method method) {
    switch (method) {
        case Method::in_person:
            return 1.5;
        case Method::video:
            return 1.0;
        case Method::phone:
            return 0.5;
        case Method::email:
            return 0.25;
    }
    return 1.0;
}

double handover_doc_hours(const Client& client, const Policy& policy) {
    // An open deal or a large account has more to write down: terms, pricing, next steps.
    return (is_open_deal(client.stage) || is_high_value(client, policy)) ? 1.5 : 1.0;
}

bool is_meeting(Method method) {
    return method == Method::in_person || method == Method::video;
}

bool is_high_value(const Client& client, const Policy& policy) {
    return policy.high_value > 0 && client.value >= policy.high_value;
}

bool successor_joins_events(const Client& client, const Policy& policy) {
    const bool open_deal = is_open_deal(client.stage) ||
                           (client.stage == Stage::proposal && client.expected_close.has_value());
    return open_deal || is_high_value(client, policy) ||
           client.relationship == Relationship::strong;
}

MethodChoice choose_method(const Client& client, const Policy& policy) {
    MethodChoice choice;
    // The article: in person is the ideal; phone or email are acceptable when the
    // relationship allows. The more there is to lose, the stronger the method.
    if (client.change_averse) {
        choice = {Method::in_person, MethodReason::change_averse, Method::in_person, false};
    } else if (client.relationship == Relationship::strong) {
        choice = {Method::in_person, MethodReason::strong, Method::in_person, false};
    } else if (is_high_value(client, policy)) {
        choice = {Method::in_person, MethodReason::high_value, Method::in_person, false};
    } else if (is_open_deal(client.stage)) {
        choice = {Method::in_person, MethodReason::open_deal, Method::in_person, false};
    } else if (client.relationship == Relationship::weak) {
        choice = {Method::email, MethodReason::weak, Method::email, false};
    } else if (client.stage == Stage::dormant) {
        choice = {Method::email, MethodReason::dormant, Method::email, false};
    } else if (client.stage == Stage::prospect) {
        choice = {Method::email, MethodReason::prospect, Method::email, false};
    } else if (client.stage == Stage::renewal) {
        // A renewal conversation is coming: seeing each other's faces is worth a slot.
        choice = {Method::video, MethodReason::renewal, Method::video, false};
    } else {
        choice = {Method::phone, MethodReason::normal, Method::phone, false};
    }
    if (client.preferred_method) {
        const Method preferred = *client.preferred_method;
        // Methods are ordered strongest first, so a larger value is a weaker method.
        const bool weaker = static_cast<int>(preferred) > static_cast<int>(choice.wanted);
        const bool sensitive = client.change_averse || is_high_value(client, policy);
        choice.too_weak = weaker && sensitive;
        choice.method = preferred;
        choice.reason = MethodReason::preferred;
    }
    return choice;
}

PriorityKey priority_key(const Client& client, const Policy& policy) {
    return {client.change_averse ? 0 : 1,
            client.relationship == Relationship::strong ? 0 : 1,
            is_high_value(client, policy) ? 0 : 1,
            is_open_deal(client.stage) ? 0 : 1,
            -client.value,
            client.index};
}

NotifyWindow notification_window(const WorkCalendar& calendar, const Policy& policy, int last_index,
                                 int release) {
    NotifyWindow window;
    // "Not so early that it worries the client": calendar days before the last day.
    const Day earliest = calendar.day(last_index) - date::days{policy.notify_earliest_days};
    window.start = std::max({0, release, calendar.index_of(earliest)});
    // "Not so late that it costs trust": working days before the last day.
    window.end = calendar.open_day_before(last_index, policy.notify_latest_days);
    return window;
}

NotifyTarget notification_target(const Client& client, const WorkCalendar& calendar,
                                 const NotifyWindow& window, Day last_day) {
    NotifyTarget target{TimingRule::window, window.start, window.start, -1};
    if (!is_open_deal(client.stage) || !client.expected_close) return target;

    const Day close = *client.expected_close;
    if (close > last_day) {
        // The deal outlives the person: tell early and bring the successor into the deal.
        target.rule = TimingRule::after_departure;
        return target;
    }
    // "Right after the contract is signed": the first working day after the close.
    const int after_close = calendar.next_open(calendar.index_of(close) + 1);
    target.first_after_close = after_close;
    if (after_close < window.start) {
        target.rule = TimingRule::closed_before;
        return target;
    }
    if (after_close <= window.end) {
        target.rule = TimingRule::after_close;
        target.target = after_close;
        target.not_before = after_close;
        return target;
    }
    // Signed too near the last day: waiting would leave no time, so tell at the window's
    // end and let the successor take part in the closing.
    target.rule = TimingRule::closes_late;
    target.target = std::max(window.start, window.end);
    target.not_before = window.start;
    return target;
}

int introduction_deadline(const WorkCalendar& calendar, const Policy& policy, int last_index) {
    return calendar.open_day_before(last_index, policy.intro_buffer_days);
}

}  // namespace handover
