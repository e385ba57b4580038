// What would make a plan fit: searches by planning again. See fit.hpp and
// docs/scheduling.md, "What would fit".
#include "handover/engine/fit.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "handover/calendar/calendar.hpp"
#include "handover/engine/rules.hpp"
#include "handover/engine/task_ids.hpp"

namespace handover {
namespace {

bool is_infeasible(const Warning& w, Day today) {
    if (w.severity != Severity::error) return false;
    switch (w.code) {
        case WarningCode::notify_late:
            // The window is a preference (rule 6): one that leaves no day from today on is
            // missed whatever changes, and its warning says to book the talk today.
            return w.second > today;
        case WarningCode::no_time_to_notify:
        case WarningCode::no_time_for_intro:
        case WarningCode::over_capacity:
            return true;
        default:
            return false;
    }
}

/// Whether every announcement could be placed in time (DISCLOSURE_LATE looks at these).
bool notifications_fit(const Plan& plan) {
    return std::none_of(plan.warnings.begin(), plan.warnings.end(), [](const Warning& w) {
        return w.code == WarningCode::no_time_to_notify || w.code == WarningCode::notify_late;
    });
}

/// A search's answers by n, so that no n is planned twice.
template <typename Try>
auto remembered(Try&& attempt) {
    return [attempt = std::forward<Try>(attempt), seen = std::map<int, bool>()](int n) mutable {
        auto [it, added] = seen.try_emplace(n, false);
        if (added) it->second = attempt(n);
        return it->second;
    };
}

/// The open days after `after`, at most `count`, in the input's calendar.
std::vector<Day> open_days_after(const Input& input, Day after, int count) {
    std::vector<Day> days;
    // Generous: even a calendar closed on most days finds its open days in this span.
    const Day last = after + date::days{count * 4 + 60};
    const WorkCalendar calendar(input, after + date::days{1}, last);
    for (int d = 0; d < calendar.size() && static_cast<int>(days.size()) < count; ++d) {
        if (calendar.is_open(d)) days.push_back(calendar.day(d));
    }
    return days;
}

/// The clients a search may hand over or announce by email, lowest priority first: those
/// not told yet.
std::vector<std::size_t> lowest_priority_first(const Input& input) {
    std::vector<std::size_t> order(input.clients.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::vector<PriorityKey> keys;
    keys.reserve(input.clients.size());
    for (const Client& c : input.clients) keys.push_back(priority_key(c, input.policy));
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return keys[b] < keys[a]; });
    std::erase_if(order, [&](std::size_t c) {
        return input.done.contains(task_id::for_client(input.clients[c].id, task_id::notify));
    });
    return order;
}

}  // namespace

bool plan_fits(const Plan& plan) {
    return std::none_of(plan.warnings.begin(), plan.warnings.end(),
                        [&](const Warning& w) { return is_infeasible(w, plan.today); });
}

std::optional<FitAdvice> find_fit(const Input& input, const Plan& plan, Replan replan,
                                  std::vector<std::string_view>& clients) {
    clients.clear();
    if (plan_fits(plan) || input.today > input.last_day ||
        input.clients.size() > k_fit_max_clients) {
        return std::nullopt;
    }
    FitAdvice advice;
    advice.hours_now = input.calendar.hours_per_day;

    // (a) A later last day: a plan that fits by day n fits by any later day in practice
    // (every window and deadline moves later with it, the days before stay), so the
    // earliest is found by doubling and halving; fits at n and not at n - 1 is checked.
    {
        const std::vector<Day> later = open_days_after(input, input.last_day, k_fit_max_extra_days);
        Input changed = input;
        auto fits = remembered([&](int n) {
            changed.last_day = later[static_cast<std::size_t>(n - 1)];
            changed.end_date = input.end_date
                                   ? std::optional(std::max(*input.end_date, changed.last_day))
                                   : std::nullopt;
            return plan_fits(replan(changed));
        });
        if (const int n = smallest_that_fits(static_cast<int>(later.size()), fits); n > 0) {
            advice.last_day = later[static_cast<std::size_t>(n - 1)];
            advice.extra_days = n;
        }
    }
    // (b) More hours a day, in half-hour steps: more room on every day never takes a place
    // away (meetings a day stay as they are).
    {
        const int steps = static_cast<int>((k_fit_max_hours - advice.hours_now) / 0.5 + 1e-9);
        Input changed = input;
        auto fits = remembered([&](int n) {
            changed.calendar.hours_per_day = advice.hours_now + 0.5 * n;
            return plan_fits(replan(changed));
        });
        if (const int n = smallest_that_fits(steps, fits); n > 0)
            advice.hours_per_day = advice.hours_now + 0.5 * n;
    }
    // (c) The k lowest-priority clients announced by email, else handed to the manager:
    // each client less to visit frees its day, so more clients never fit worse. A client of
    // high value or one who would mind the change is never proposed for email: when too few
    // others are left, the email option is not offered.
    {
        const std::vector<std::size_t> order = lowest_priority_first(input);
        std::vector<std::size_t> by_email;
        for (const std::size_t c : order) {
            const Client& client = input.clients[c];
            if (client.preferred_method == Method::email || client.change_averse ||
                is_high_value(client, input.policy)) {
                continue;
            }
            by_email.push_back(c);
        }
        auto email = remembered([&](int n) {
            Input changed = input;
            for (int k = 0; k < n; ++k) {
                changed.clients[by_email[static_cast<std::size_t>(k)]].preferred_method =
                    Method::email;
            }
            return plan_fits(replan(changed));
        });
        const int k_email = smallest_that_fits(static_cast<int>(by_email.size()), email);
        if (k_email > 0) {
            advice.by_email = true;
            advice.clients = k_email;
            for (int k = 0; k < k_email; ++k)
                clients.push_back(input.clients[by_email[static_cast<std::size_t>(k)]].id);
        } else {
            auto hand_over = remembered([&](int n) {
                Input changed = input;
                std::vector<char> gone(input.clients.size(), 0);
                for (int k = 0; k < n; ++k) gone[order[static_cast<std::size_t>(k)]] = 1;
                changed.clients.clear();
                for (std::size_t c = 0; c < input.clients.size(); ++c) {
                    if (gone[c] == 0) changed.clients.push_back(input.clients[c]);
                }
                return plan_fits(replan(changed));
            });
            // Handing over every client is no plan: at most all but one.
            const int k_manager = smallest_that_fits(static_cast<int>(order.size()) - 1, hand_over);
            if (k_manager > 0) {
                advice.clients = k_manager;
                for (int k = 0; k < k_manager; ++k)
                    clients.push_back(input.clients[order[static_cast<std::size_t>(k)]].id);
            }
        }
    }
    return advice;
}

void add_fit_advice(const Input& input, Plan& plan, Replan replan) {
    if (plan_fits(plan) || input.today > input.last_day ||
        input.clients.size() > k_fit_max_clients) {
        return;
    }
    // DISCLOSURE_LATE (rule 6): the announcements fit when the manager allows client
    // contact earlier. The latest such day, never before today, is what to ask for.
    std::optional<Warning> disclosure;
    if (input.disclose_from && *input.disclose_from > input.today && !notifications_fit(plan)) {
        Input changed = input;
        // Working days from the day before disclose_from back to today, latest first.
        std::vector<Day> earlier;
        {
            const WorkCalendar calendar(input, input.today, *input.disclose_from);
            for (int d = calendar.size() - 2; d >= 0; --d) {
                if (calendar.is_open(d)) earlier.push_back(calendar.day(d));
            }
        }
        auto fits = remembered([&](int n) {
            changed.disclose_from = earlier[static_cast<std::size_t>(n - 1)];
            return notifications_fit(replan(changed));
        });
        if (const int n = smallest_that_fits(static_cast<int>(earlier.size()), fits); n > 0) {
            Warning w;
            w.code = WarningCode::disclosure_late;
            w.severity = Severity::warning;
            w.first = *input.disclose_from;
            w.second = earlier[static_cast<std::size_t>(n - 1)];
            w.number = n;
            disclosure = w;
        }
    }
    std::vector<std::string_view> ids;
    plan.fit = find_fit(input, plan, replan, ids);
    Warning w;
    w.code = WarningCode::plan_does_not_fit;
    w.severity = Severity::error;
    if (!ids.empty()) {
        std::vector<Text> kept;
        kept.reserve(ids.size());
        for (const std::string_view id : ids) kept.push_back(plan.text(id));
        w.several = true;
        w.client_at = static_cast<std::uint32_t>(plan.warning_clients.size());
        plan.warning_clients.push_back(plan.list(kept));
    }
    plan.warnings.insert(plan.warnings.begin(), w);
    if (disclosure) {
        const auto after_errors =
            std::find_if(plan.warnings.begin(), plan.warnings.end(),
                         [](const Warning& x) { return x.severity != Severity::error; });
        plan.warnings.insert(after_errors, *disclosure);
    }
}

}  // namespace handover
