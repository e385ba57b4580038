#include "handover/calendar/calendar.hpp"

#include <algorithm>
#include <map>

#include "handover/calendar/closures.hpp"
#include "handover/calendar/holidays.hpp"

namespace handover {
namespace {

struct HolidayName {
    std::string ja;
    std::string en;
};

/// The built-in calendars' holidays for the years a range touches, by day. Where two
/// calendars share a day, the first one the file lists names it.
std::map<Day, HolidayName> public_holidays_between(const CalendarConfig& config, Day first,
                                                   Day last) {
    std::map<Day, HolidayName> out;
    const int y0 = static_cast<int>(date::year_month_day{first}.year());
    const int y1 = static_cast<int>(date::year_month_day{last}.year());
    for (HolidayCalendar calendar : config.calendars) {
        for (int year = std::max(y0, k_min_year); year <= std::min(y1, k_max_year); ++year) {
            for (auto& holiday : public_holidays(calendar, year)) {
                if (holiday.date < first || last < holiday.date) continue;
                out.emplace(holiday.date, HolidayName{holiday.name_ja, holiday.name_en});
            }
        }
    }
    return out;
}

}  // namespace

bool is_configured_holiday(const CalendarConfig& config, Day day) {
    if (std::any_of(config.holidays.begin(), config.holidays.end(),
                    [&](const NamedHoliday& h) { return h.date == day; }))
        return true;
    if (const auto closure = closure_period(day); closure && closes(config, closure->closure))
        return true;
    if (!in_supported_range(day)) return false;
    const int year = static_cast<int>(date::year_month_day{day}.year());
    return std::any_of(config.calendars.begin(), config.calendars.end(), [&](auto calendar) {
        const auto list = public_holidays(calendar, year);
        return std::any_of(list.begin(), list.end(),
                           [&](const Holiday& h) { return h.date == day; });
    });
}

WorkCalendar::WorkCalendar(const Input& input, Day first, Day last) : first_(first), last_(last) {
    const auto& config = input.calendar;
    const int count = last < first ? 0 : static_cast<int>((last - first).count()) + 1;
    days_.resize(static_cast<std::size_t>(count));

    std::map<Day, HolidayName> holidays;
    if (count > 0) holidays = public_holidays_between(config, first, last);
    // The file's own days: a company day on a public holiday keeps the public name.
    for (const NamedHoliday& own : config.holidays) {
        holidays.emplace(own.date, HolidayName{own.name, own.name});
    }
    // A closure day that is not a national holiday (1 January is) is named by its closure.
    if (config.year_end_closure || config.obon_closure) {
        for (Day d = first; d <= last; d += date::days{1}) {
            const auto closure = closure_period(d);
            if (!closure || !closes(config, closure->closure)) continue;
            holidays.emplace(d,
                             HolidayName{std::string(closure_day_name(closure->closure, true)),
                                         std::string(closure_day_name(closure->closure, false))});
        }
    }

    for (int i = 0; i < count; ++i) {
        DayInfo& info = days_[static_cast<std::size_t>(i)];
        const Day d = day(i);
        auto holiday = holidays.find(d);
        info.holiday = holiday != holidays.end();
        if (info.holiday) {
            info.note = holiday->second.ja;
            info.note_en = holiday->second.en;
        }
        info.open = config.workdays[weekday_index(d)] && !info.holiday;
        info.room = info.open ? config.hours_per_day : 0;
        info.meetings = info.open ? config.max_meetings_per_day : 0;
    }
    // Blocked time: without hours the whole day; with hours, what is left of the day.
    for (const auto& blocked : config.blocked) {
        const int i = index_of(blocked.date);
        if (i < 0 || i >= count) continue;
        DayInfo& info = days_[static_cast<std::size_t>(i)];
        info.blocked = true;
        if (info.note.empty()) info.note = info.note_en = blocked.reason;
        if (!blocked.hours || *blocked.hours >= config.hours_per_day) {
            info.open = false;
            info.room = 0;
            info.meetings = 0;
        } else {
            info.room = std::max(0.0, info.room - *blocked.hours);
        }
        if (info.room <= 0) info.open = false;
    }
    for (auto& info : days_) info.hours = info.room;
    // Interviews are taken out of the day's handover hours; a day left without hours
    // stays a working day (it counts for the notice windows) but takes no task.
    for (const auto& interview : input.job_search.interviews) {
        const int i = index_of(interview.date);
        if (i < 0 || i >= count) continue;
        DayInfo& info = days_[static_cast<std::size_t>(i)];
        info.hours = std::max(0.0, info.hours - interview.hours);
    }

    open_prefix_.resize(static_cast<std::size_t>(count));
    int running = 0;
    for (int i = 0; i < count; ++i) {
        if (days_[static_cast<std::size_t>(i)].open) {
            ++running;
            open_list_.push_back(i);
        }
        open_prefix_[static_cast<std::size_t>(i)] = running;
    }
}

int WorkCalendar::open_days_through(int index) const {
    if (index < 0) return 0;
    if (index >= size()) return open_prefix_.empty() ? 0 : open_prefix_.back();
    return open_prefix_[static_cast<std::size_t>(index)];
}

int WorkCalendar::open_day_before(int index, int n) const {
    // Position in open_list_ of the last open day at or before `index`, then step back n.
    const int through = open_days_through(index);
    const int position = through - 1 - n;
    if (position < 0) return -1;
    return open_list_[static_cast<std::size_t>(position)];
}

int WorkCalendar::open_day_after(int index, int n) const {
    const int position = open_days_through(index) - 1 + n;
    if (position < 0 || position >= static_cast<int>(open_list_.size())) return size();
    return open_list_[static_cast<std::size_t>(position)];
}

int WorkCalendar::next_open(int index) const {
    if (index < 0) index = 0;
    auto it = std::lower_bound(open_list_.begin(), open_list_.end(), index);
    return it == open_list_.end() ? size() : *it;
}

int WorkCalendar::prev_open(int index) const {
    if (index >= size()) index = size() - 1;
    auto it = std::upper_bound(open_list_.begin(), open_list_.end(), index);
    if (it == open_list_.begin()) return -1;
    return *std::prev(it);
}

}  // namespace handover
