#pragma once
// Random but reproducible inputs for property tests: stages, dates, capacities, blocked
// days, holidays, interviews and done sets drawn from a fixed seed.

#include <random>
#include <string>

#include "handover/engine/task_ids.hpp"
#include "handover/input/model.hpp"
#include "support/input_builder.hpp"

namespace handover::testing {

class Generator {
  public:
    explicit Generator(unsigned seed) : rng_(seed) {}

    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    Input input() {
        Input in;
        in.me = "Me";
        in.manager = "Boss";
        in.successor = chance(90) ? "Heir" : "";
        in.today = Day{date::year{2026} / date::January / 1} + date::days{pick(0, 700)};
        in.last_day = in.today + date::days{pick(0, 120)};
        if (chance(30)) in.end_date = in.last_day + date::days{pick(0, 40)};
        if (chance(30)) in.disclose_from = in.today + date::days{pick(0, 40)};
        if (in.disclose_from && *in.disclose_from > in.last_day) in.disclose_from = in.last_day;

        auto& cal = in.calendar;
        for (auto& workday : cal.workdays) workday = chance(75);
        cal.workdays[static_cast<std::size_t>(pick(0, 6))] = true;
        for (std::size_t c = 0; c < k_holiday_calendar_names.size(); ++c) {
            if (chance(c == 0 ? 50 : 15)) cal.calendars.push_back(static_cast<HolidayCalendar>(c));
        }
        for (int i = pick(0, 4); i > 0; --i) {
            cal.holidays.push_back(NamedHoliday{random_day(in), chance(50) ? "Company day" : ""});
        }
        for (int i = pick(0, 6); i > 0; --i) {
            std::optional<double> hours;
            if (chance(50)) hours = pick(1, 12) * 0.5;
            cal.blocked.push_back(BlockedTime{random_day(in), hours, "blocked"});
        }
        cal.hours_per_day = pick(1, 16) * 0.5;
        cal.max_meetings_per_day = pick(0, 4);

        in.policy.notice_days = pick(0, 60);
        in.policy.notify_earliest_days = pick(1, 60);
        in.policy.notify_latest_days = pick(0, 20);
        in.policy.intro_buffer_days = pick(0, 10);
        in.policy.high_value = pick(0, 3) * 5e6;

        in.job_search.weekly_review = chance(60);
        for (int i = pick(0, 5); i > 0; --i) {
            in.job_search.interviews.push_back(Interview{random_day(in), pick(1, 8) * 0.5, "Co"});
        }

        const int clients = pick(0, 40);
        for (int i = 0; i < clients; ++i) {
            auto& c = handover::testing::add_client(in, "c" + std::to_string(i),
                                                    static_cast<Stage>(pick(0, 6)));
            c.relationship = static_cast<Relationship>(pick(0, 2));
            c.change_averse = chance(25);
            c.value = pick(0, 30) * 1e6;
            if (chance(40)) c.expected_close = in.today + date::days{pick(-10, 150)};
            if (chance(20)) c.preferred_method = static_cast<Method>(pick(0, 3));
            if (chance(20)) c.contact = {};
        }
        // Client events before, inside and after the plan's days, now and then two on one
        // day (rule 8).
        const auto span = static_cast<int>((in.last_day - in.today).count());
        for (auto& c : in.clients) {
            for (int i = pick(0, 2); i > 0; --i) {
                const Day day = in.today + date::days{pick(-5, span + 35)};
                c.next_events.push_back(Event{day, "event", pick(1, 6) * 0.5});
                if (chance(15)) c.next_events.push_back(Event{day, "again", 1});
            }
        }
        // Support after the last day (rule 11), on either side of the end of employment.
        if (chance(30))
            in.support_until = in.end_date.value_or(in.last_day) + date::days{pick(-5, 5)};
        // Done: a random subset of the real ids, dated on or before today.
        for (const auto& id : task_id::known_ids(in)) {
            if (chance(12)) in.done[id] = in.today - date::days{pick(0, 10)};
        }
        return in;
    }

  private:
    Day random_day(const Input& in) {
        const auto span = static_cast<int>((in.last_day - in.today).count());
        return in.today + date::days{pick(-3, span + 3)};
    }
    std::mt19937 rng_;
};

}  // namespace handover::testing
