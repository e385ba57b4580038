#include "handover/engine/rules.hpp"

#include <algorithm>

#include "handover/calendar/calendar.hpp"
#include "handover/engine/task_ids.hpp"

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

double brief_hours(const Client& client, const Policy& policy) {
    if (client.change_averse || client.relationship == Relationship::strong ||
        is_high_value(client, policy)) {
        return 1.0;
    }
    return is_open_deal(client.stage) ? 0.5 : 0.25;
}

double visit_hours(Method method, const Client& client) {
    return contact_hours(method) + (method == Method::in_person ? client.travel_hours : 0.0);
}

VisitMode visit_mode(const Input& input, const Client& client) {
    // A plan of rules version 1 had an introduction for every client: one recorded as done
    // stays the task it was (SPEC section 3; README, "Upgrading").
    if (!input.done.empty() &&
        input.done.contains(task_id::for_client(client.id, task_id::introduce))) {
        return VisitMode::separate;
    }
    switch (input.policy.introduction) {
        case IntroductionPolicy::joint:
            return VisitMode::joint;
        case IntroductionPolicy::separate:
            return VisitMode::separate;
        case IntroductionPolicy::automatic:
            break;
    }
    // The article: someone who would mind the change, or a relationship with much at
    // stake, hears it from the person they know first; the successor comes a week later.
    const bool sensitive = client.change_averse || client.relationship == Relationship::strong ||
                           is_high_value(client, input.policy);
    return sensitive ? VisitMode::separate : VisitMode::joint;
}

std::optional<Day> pending_close(const Client& client) {
    return has_pending_close(client) ? client.expected_close : std::nullopt;
}

Day takeover_day(const Input& input) {
    Day day = input.last_day + date::days{1};
    // A working week has at least one day (the input's bound), and no run of holidays lasts
    // a month, so the first working day is near; the bound only guards the loop.
    for (int i = 0; i < 60; ++i, day += date::days{1}) {
        if (input.calendar.workdays[weekday_index(day)] &&
            !is_configured_holiday(input.calendar, day)) {
            return day;
        }
    }
    return input.last_day + date::days{1};
}

bool is_meeting(Method method) {
    return method == Method::in_person || method == Method::video;
}

bool is_high_value(const Client& client, const Policy& policy) {
    return policy.high_value > 0 && client.value >= policy.high_value;
}

bool successor_joins_events(const Client& client, const Policy& policy) {
    const bool open_deal = is_open_deal(client.stage) || has_pending_close(client);
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

int last_contact_day(const WorkCalendar& calendar, int last_index) {
    return calendar.open_day_before(last_index, 1);
}

NotifyTarget notification_target(const Client& client, const WorkCalendar& calendar,
                                 const Policy& policy, const NotifyWindow& window, int release,
                                 VisitMode mode, Day last_day) {
    const int last_index = calendar.index_of(last_day);
    const int last_contact = last_contact_day(calendar, last_index);
    // A separate announcement leaves at least one working day for the joint visit.
    const int last_notify =
        mode == VisitMode::joint ? last_contact : calendar.open_day_before(last_index, 2);
    // The window never reaches past the last day a client can still meet the successor.
    NotifyTarget target{TimingRule::window, std::max(window.start, release),
                        std::min(window.end, last_notify), -1};
    const auto close = pending_close(client);
    if (!close) return target;
    if (*close > last_day) {
        // The deal outlives the person: tell early and bring the successor into the deal.
        target.rule = TimingRule::after_departure;
        return target;
    }
    // "Right after the contract is signed": the first working day after the decision, plus
    // the days the user chose to wait.
    int after = calendar.next_open(calendar.index_of(*close) + 1);
    if (policy.notify_after_close_days > 0 && after < calendar.size())
        after = calendar.open_day_after(after, policy.notify_after_close_days);
    target.first_after_close = after;
    if (after < window.start) {
        target.rule = TimingRule::closed_before;
        return target;
    }
    if (after <= last_notify) {
        // The close wins over the window: waiting still leaves the introduction its day.
        target.rule = TimingRule::after_close;
        target.from = std::max(after, release);
        target.to = last_notify;
        return target;
    }
    // Decided too near the last day: waiting would leave no time, so tell before the
    // decision, as late in the window as possible, and let the successor join the closing.
    target.rule = TimingRule::closes_late;
    target.to = std::min(window.end, calendar.prev_open(calendar.index_of(*close) - 1));
    return target;
}

std::optional<int> statutory_notice_days(Jurisdiction jurisdiction) {
    switch (jurisdiction) {
        case Jurisdiction::JP:
            return 14;  // Civil Code art. 627(1)
        case Jurisdiction::GB:
            return 7;  // Employment Rights Act 1996 s.86(2)
        case Jurisdiction::US:
            return std::nullopt;  // at will: no statutory notice
    }
    return std::nullopt;
}

bool northern_ireland(const Input& input) {
    if (input.jurisdiction != Jurisdiction::GB) return false;
    const auto& calendars = input.calendar.calendars;
    const auto has = [&](HolidayCalendar c) {
        return std::find(calendars.begin(), calendars.end(), c) != calendars.end();
    };
    return has(HolidayCalendar::GB_NIR) && !has(HolidayCalendar::GB_EAW) &&
           !has(HolidayCalendar::GB_SCT);
}

Policy scaled_windows(const Policy& policy, int available_days) {
    Policy scaled = policy;
    if (available_days >= k_reference_notice_days) return scaled;
    const int available = std::max(0, available_days);
    // round(value * available / reference), halves up, in integers: the same on every
    // machine. Never more than the value, never less than the floor (unless the value is).
    const auto shrink = [&](int value, int floor) {
        const int proportional =
            (value * available + k_reference_notice_days / 2) / k_reference_notice_days;
        return std::min(value, std::max(floor, proportional));
    };
    if (!policy.given.notify_earliest_days)
        scaled.notify_earliest_days =
            shrink(policy.notify_earliest_days, k_min_notify_earliest_days);
    if (!policy.given.notify_latest_days)
        scaled.notify_latest_days = shrink(policy.notify_latest_days, k_min_notify_latest_days);
    if (!policy.given.intro_buffer_days)
        scaled.intro_buffer_days = shrink(policy.intro_buffer_days, k_min_intro_buffer_days);
    return scaled;
}

bool windows_scaled(const Policy& policy, const Policy& scaled) {
    return policy.notify_earliest_days != scaled.notify_earliest_days ||
           policy.notify_latest_days != scaled.notify_latest_days ||
           policy.intro_buffer_days != scaled.intro_buffer_days;
}

int introduction_deadline(const WorkCalendar& calendar, const Policy& policy, int last_index) {
    return calendar.open_day_before(last_index, policy.intro_buffer_days);
}

}  // namespace handover
